/*
 * The characters that mark a bullet, followed by a space or tab: the ASCII `-` and `*`, and the
 * glyphs a word processor leaves when a bulleted list is pasted as text: `•`, the en dash `–`
 * (a dashed list), `◦` and `▪` (second and third levels), `·` (a Symbol-font bullet). The
 * lexer, the formatter, completion and the grammar (grammar/build-grammar.mjs) read these.
 */
export const BULLET_MARKERS = ["-", "*", "•", "–", "◦", "▪", "·"] as const;

/** `BULLET_MARKERS` as a character class, for the patterns that read bullets. */
export const BULLET_CLASS = `[${BULLET_MARKERS.map((m) => (m === "-" ? "\\-" : m)).join("")}]`;
