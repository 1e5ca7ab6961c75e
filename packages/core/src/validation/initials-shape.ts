/**
 * How initials are written, for the check of declarations, rename and the owner check alike:
 * two to four capitals, then at most two lower-case letters that tell two people apart (`DKa`).
 */
export const INITIALS_SHAPE = /^[A-Z]{2,4}[a-z]{0,2}$/;

/** The shape in words, for messages: "expected …" or "use …". */
export const INITIALS_SHAPE_IN_WORDS = "two to four capitals, optionally followed by one or two lower-case letters to tell two people apart (`DK`, `DKa`)";
