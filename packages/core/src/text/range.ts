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

// Tokens are written as object literals where they are made, not through a shared helper:
// with the model's tokens made by one `token(text, start)` function, parsing ran about a third
// slower in an in-process A/B of the two builds. Keep them literal.

export function contains(outer: Range, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}
