/** A half-open span of offsets into the document text: `start` inclusive, `end` exclusive. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A piece of source text with the range it came from. Every reference in the model is one. */
export interface Token<T = string> {
  readonly text: string;
  readonly value: T;
  readonly range: Range;
}

export function token(text: string, start: number): Token {
  return { text, value: text, range: { start, end: start + text.length } };
}

export function contains(outer: Range, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}
