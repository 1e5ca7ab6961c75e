/** A half-open span of offsets into the document text: `start` inclusive, `end` exclusive. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * A piece of source text, itself the range it came from. Every reference in the model is one.
 * Model nodes carry their `start` and `end` themselves, as ESTree's and TypeScript's nodes do,
 * rather than in a `range` object of their own: half the objects of a model were those ranges,
 * and every object a large model has is one more for the young collector to copy
 * (docs/performance.md, "A range is its node").
 */
export interface Token<T = string> extends Range {
  readonly text: string;
  readonly value: T;
}

/** A fresh range of `node`'s offsets, for what outlives the model or is compared as a range. */
export function spanOf(node: Range): Range {
  return { start: node.start, end: node.end };
}

// Tokens are written as object literals where they are made, not through a shared helper:
// with the model's tokens made by one `token(text, start)` function, parsing ran about a third
// slower in an in-process A/B of the two builds. Keep them literal.

export function contains(outer: Range, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}

/** The index of the last of `sorted` (by start) that starts at or before `at`, or -1 when none does. */
export function lastStartingBy(sorted: readonly Range[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.start <= at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
