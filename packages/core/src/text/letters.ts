/*
 * The capital and the small letters of the Latin alphabets, as character-class ranges for
 * patterns written without the `u` flag (which would slow the scans that run over every
 * paragraph): initials and names written with accents (`ÉL`, `ŁK`, `ŠN`, `Zoë`, `Łukasz`) are
 * initials and names too. The classes hold ASCII, Latin-1 and Latin Extended-A and -B (to
 * U+024F), the letters of the European languages written in Latin script; a letter is a capital
 * when it has a small form, and small when it has a capital one, as the engine's own case
 * mapping says. The grammar's patterns are built from the same classes (grammar/build-grammar.mjs).
 */

const LAST = 0x024f;

/** The letters from U+00C0 to `LAST` that pass `test`, as runs: `À-ÖØ-Þ`. */
function rangesOf(test: (letter: string) => boolean): string {
  let out = "";
  for (let c = 0xc0; c <= LAST; c++) {
    if (!test(String.fromCharCode(c))) continue;
    let end = c;
    while (end + 1 <= LAST && test(String.fromCharCode(end + 1))) end++;
    out += end === c ? String.fromCharCode(c) : end === c + 1 ? String.fromCharCode(c, end) : `${String.fromCharCode(c)}-${String.fromCharCode(end)}`;
    c = end;
  }
  return out;
}

export const CAPITAL = `A-Z${rangesOf((l) => l !== l.toLowerCase())}`;
export const SMALL = `a-z${rangesOf((l) => l !== l.toUpperCase())}`;

/** Each character up to `LAST` by code: 1 when a capital, 2 when a small letter (both, for `ǅ`), as the classes above say. */
const KIND = new Uint8Array(LAST + 1);
for (let c = 0; c <= LAST; c++) {
  const inside = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
  const l = String.fromCharCode(c);
  if (inside && l !== l.toLowerCase()) KIND[c] = KIND[c]! | 1;
  if (inside && l !== l.toUpperCase()) KIND[c] = KIND[c]! | 2;
}

/** Whether the character is in `CAPITAL`, by code. */
export function isCapital(c: number): boolean {
  return c <= LAST && (KIND[c]! & 1) !== 0;
}

/** Whether the character is in `SMALL`, by code. */
export function isSmall(c: number): boolean {
  return c <= LAST && (KIND[c]! & 2) !== 0;
}

/** An ASCII letter, by code: `A`–`Z`, `a`–`z`. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const CURLED = /[’‘]/;
const CURLED_ALL = /[’‘]/g;

/** `O’Neill` as `O'Neill`: a word processor curls apostrophes, and names are compared with straight ones. */
export function straightApostrophes(text: string): string {
  return CURLED.test(text) ? text.replace(CURLED_ALL, "'") : text;
}

/**
 * Initials, as the source of an expression, unanchored: a capital, then one to three more, each
 * of which may follow one or two small letters or an apostrophe of a name's own spelling (`McD`,
 * `MacL` for MacLeod, `DvdB` for Daan van den Berg: the last two found by a review of false
 * positives), then at most two small letters. Shared by the shape of initials
 * (`validation/initials-shape.ts`) and the attendee line's reader.
 */
export const INITIALS_PATTERN = `[${CAPITAL}](?:(?:[${SMALL}]{1,2}|['’])?[${CAPITAL}]){1,3}[${SMALL}]{0,2}`;
