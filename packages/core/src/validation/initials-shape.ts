import { INITIALS_PATTERN } from "../text/letters.js";

/**
 * How initials are written, for the check of declarations, rename and the owner check alike:
 * two to four capitals, then at most two lower-case letters that tell two people apart (`DKa`).
 * A capital may keep one or two small letters or the apostrophe of its name's own spelling before
 * the next capital: `McD` for McDonald, `JMcK` for James McKenzie, `SO’B` for Sinéad O’Brien,
 * `MacL` for MacLeod.
 */
export const INITIALS_SHAPE = new RegExp(`^${INITIALS_PATTERN}$`);

/** The shape in words, for messages: "expected …" or "use …". */
export const INITIALS_SHAPE_IN_WORDS =
  "two to four capitals, optionally followed by one or two lower-case letters to tell two people apart (`DK`, `DKa`), or with the small letter or apostrophe of a name such as McDonald or O’Brien (`McD`, `JMcK`, `SO’B`)";
