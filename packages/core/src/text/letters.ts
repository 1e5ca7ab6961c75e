/**
 * The capital and the small letters of the Latin-1 alphabet, for character classes in patterns
 * written without the `u` flag (which would slow the scans that run over every paragraph):
 * initials and names written with accents (`ÉL`, `ÖB`, `Zoë`) are initials and names too.
 */
export const CAPITAL = "A-ZÀ-ÖØ-Þ";
export const SMALL = "a-zß-öø-ÿ";
