/*
 * The words of the header's lines, before their colon. The lexer, the model, the formatter,
 * completion and the checker of fields written with a capital read these lists, so that a field
 * added here is known to all of them.
 */

/** The header's fields: `meeting: SEC Panel Meeting 77`, `next meeting: 2020-03-13`. */
export const HEADER_KEYS = ["meeting", "number", "reference", "status", "date", "time", "venue", "classification", "next meeting"] as const;

export type HeaderKey = (typeof HEADER_KEYS)[number];

/** The attendee list's own lines: `attendees:`, `apologies:`, `absent:`, `category: Name`, `group: Name`. */
export const ATTENDEE_KEYS = ["attendees", "apologies", "absent", "category", "group"] as const;
