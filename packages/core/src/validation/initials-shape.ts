import { CAPITAL, SMALL } from "../text/letters.js";

/**
 * How initials are written, for the check of declarations, rename and the owner check alike:
 * two to four capitals, then at most two lower-case letters that tell two people apart (`DKa`);
 * the first capital may keep the small letter of its name's own spelling (`McD` for McDonald).
 */
export const INITIALS_SHAPE = new RegExp(`^[${CAPITAL}][${SMALL}]?[${CAPITAL}]{1,3}[${SMALL}]{0,2}$`);

/** The shape in words, for messages: "expected …" or "use …". */
export const INITIALS_SHAPE_IN_WORDS = "two to four capitals, optionally followed by one or two lower-case letters to tell two people apart (`DK`, `DKa`), or with the small letter of a name such as McDonald (`McD`)";
