/*
 * Trimming written as loops. Regular expressions anchored at the end (`/[ \t]+$/`) retry at
 * every position of a long run of spaces, which is quadratic: a line of 40,000 spaces took
 * seconds. These take linear time whatever the input.
 */

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** `text` without the spaces and tabs at its end. */
export function trimEndBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Every line of `text` without the spaces and tabs at its end. */
export function trimLineEnds(text: string): string {
  return text.split(/(\r\n|\r|\n)/).map((part, i) => (i % 2 === 0 ? trimEndBlanks(part) : part)).join("");
}

/** Where a run of characters from `set` that ends `text` starts (`text.length` when there is none). */
export function trailingRunStart(text: string, set: string): number {
  let start = text.length;
  while (start > 0 && set.includes(text.charAt(start - 1))) start--;
  return start;
}

/** `text` to be matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * White space within a line: `isWhiteSpace` without the line breaks (nor a word processor's,
 * U+2028 and U+2029, which a check reports). A PDF's and a word processor's spaces are among it.
 */
export function isSpaceWithinLine(c: number): boolean {
  return c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029 && isWhiteSpace(c);
}

/** JavaScript's `\s`, by character code: for loops that replace an expression using `\s`. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
