/*
 * The characters a line may hold and still look empty, or that may stand before a word without
 * showing: spaces of every width, and the characters a word processor or a pasted PDF leaves
 * that show nothing (soft hyphens, zero-width spaces and joiners, direction marks, byte order
 * marks, variation selectors, the braille blank, and the control characters Word's fields and
 * table cells leave in copied text: U+0007, U+0013 to U+0015, U+001E, U+001F, and the rest of
 * C0 and C1 but the line feed and the carriage return; found by a review, where one before
 * `confidential:` published the passage with no finding). The lexer reads a line of them as blank; the checks look past
 * them to the keyword or the mark they stand before. One list, so the two never disagree.
 */

/** The characters, as a character class for patterns written without the `u` flag. */
export const INVISIBLE_CLASS = String.raw`[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb ]`;

const PATTERN = new RegExp(INVISIBLE_CLASS);

/**
 * The line breaks a word processor writes that end no line here (nor in the editor, which ends
 * lines at `\n` and `\r` only): Word's manual line break U+000B, a page break U+000C, U+0085,
 * and the line and paragraph separators U+2028 and U+2029. Each is also one of the characters
 * above, that show nothing.
 */
export function isWordProcessorBreak(c: number): boolean {
  return c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Any of them, for splitting a text at them. */
export const WORD_PROCESSOR_BREAK = /[\v\f\u0085\u2028\u2029]/;

/** Whether the character with this code is one of them (line breaks are not). */
export function isInvisible(c: number): boolean {
  if (c < 0x80) return c === 32 || c < 32 ? c !== 10 && c !== 13 : c === 127;
  return PATTERN.test(String.fromCharCode(c));
}

/** Every one of them, one string each: the lexer's first-character hints. */
export const INVISIBLE_CHARS: readonly string[] = (() => {
  const out: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (c !== 10 && c !== 13 && isInvisible(c)) out.push(String.fromCharCode(c));
  return out;
})();

/** `text` without the characters that show nothing at either end (a loop: an expression would take time quadratic in a long run of them). */
export function trimInvisible(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isInvisible(text.charCodeAt(start))) start++;
  while (end > start && isInvisible(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}
