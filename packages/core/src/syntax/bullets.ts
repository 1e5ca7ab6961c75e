/*
 * How a list item starts: a bullet mark or a number, followed by a space or tab. The lexer, the
 * model builder, the formatter, completion and the grammar (grammar/build-grammar.mjs) read
 * these.
 */

/**
 * The bullet marks: the ASCII `-` and `*`, and the glyphs a word processor leaves when a
 * bulleted list is pasted as text: `•`, the en dash `–` (a dashed list), `◦` and `▪` (second
 * and third levels), `·` (a Symbol-font bullet), and the private-use characters U+F0B7 and
 * U+F0A7 that Word's Symbol and Wingdings bullets become when its list is copied as text (found
 * by a secretary's test: the list was read as one paragraph, the character printed with it).
 * Also Word's second level `o` (Courier New), and its Wingdings bullets as they paste: `§`, `Ø`,
 * and the private-use U+F076, U+F0FC, U+F06E, U+F0A8 and U+F0D8 (found by a leak hunt: an
 * action's sub-tasks so marked were published with it from a classified item). A mark is one
 * only before a space or a tab: `o'clock` and `Øystein` are words.
 */
export const BULLET_MARKERS = ["-", "*", "•", "–", "◦", "▪", "·", "\uF0B7", "\uF0A7", "o", "§", "Ø", "\uF076", "\uF0FC", "\uF06E", "\uF0A8", "\uF0D8"] as const;

/** `BULLET_MARKERS` as a character class, for the patterns that read bullets. */
export const BULLET_CLASS = `[${BULLET_MARKERS.map((m) => (m === "-" ? "\\-" : m)).join("")}]`;

/**
 * The numbers of a numbered list, as councils and boards number resolutions and points: `1.`,
 * `2)`, `(3)`, `(a)`, `(B)`, `(iv)`, `(IV)`, `b)`, `iii)`. Not `a.` or `A.`, which start sentences and
 * initials (`A. Smith`), nor `1.1`, a section number.
 */
export const NUMBER_MARKER = String.raw`(?:\d{1,3}[.)]|\((?:\d{1,3}|[A-Za-z]|[ivx]{2,5}|[IVX]{2,5})\)|(?:[a-z]|[ivx]{2,5})\))`;

/** A list item's mark, bullet or number (followed, where it is used, by a space or tab). */
export const LIST_MARKER = `(?:${BULLET_CLASS}|${NUMBER_MARKER})`;

/** Whether `text` starts with a list entry's mark and the space or tab after it: `- `, `2. `, `(a) `. */
export function startsListEntry(text: string): boolean {
  return LIST_ENTRY.test(text);
}

const LIST_ENTRY = new RegExp(`^${LIST_MARKER}[ \t]`);

/** The characters a list item can start with: the lexer tries the list item's pattern only on lines that start with one. */
export const LIST_START_CHARS: readonly string[] = [...BULLET_MARKERS, ..."0123456789(abcdefghijklmnopqrstuvwxyz"];

/** Whether a list item's mark is a number (`1.`, `(a)`), which the exports print, rather than a bullet. */
export function isNumberMarker(marker: string): boolean {
  return !(BULLET_MARKERS as readonly string[]).includes(marker);
}
