import type { Document } from "../model/ast.js";

/*
 * The dates a message gives as examples of how to write one, in the year the secretary is
 * writing about: the year written in the date that was not read (`31/02/2024`), else the
 * meeting's. A message about a 2024 meeting that said `2020-04-30` read as a stale template
 * (found by a secretary's test).
 */

/** The year to write examples in: one written in `text`, else the meeting's, else 2020. */
export function exampleYear(doc: Document, text = ""): number {
  const written = /(?<!\d)(19\d\d|20\d\d)(?!\d)/.exec(text);
  if (written) return Number(written[1]);
  const meeting = doc.header.date?.iso;
  return meeting ? Number(meeting.slice(0, 4)) : 2020;
}

/** A day and month written both ways in `year`: `2024-04-30` and `30 April 2024`. */
export function exampleDate(year: number, month: number, day: number): string {
  const names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `\`${year}-${pad(month)}-${pad(day)}\` or \`${day} ${names[month - 1]} ${year}\``;
}
