import type { Document } from "../model/ast.js";
import { formatLongDate } from "../model/dates.js";

/*
 * The dates a message gives as examples of how to write one, in the year the secretary is
 * writing about: the year written in the date that was not read (`31/02/2024`), else the
 * meeting's. A message about a 2024 meeting that said `2020-04-30` read as a stale template
 * (found by a secretary's test).
 */

/**
 * The year to write examples in: one written in `text` (`31/02/2024`, or `31/02/24`), else the
 * meeting's date, as read or as written, else the next meeting's, else 2020.
 */
export function exampleYear(doc: Document, text = ""): number {
  const header = doc.header;
  for (const candidate of [text, header.date?.iso, header.date?.text, header.nextMeeting?.iso, header.nextMeeting?.text]) {
    const year = yearIn(candidate ?? "");
    if (year) return year;
  }
  return 2020;
}

/** A year written in `text`: four figures, or two at the end of a date in figures (`31/02/24`). */
function yearIn(text: string): number | undefined {
  const full = /(?<!\d)(19\d\d|20\d\d)(?!\d)/.exec(text);
  if (full) return Number(full[1]);
  const short = /\d{1,2}[/.-]\d{1,2}[/.-](\d\d)$/.exec(text.trim());
  return short ? 2000 + Number(short[1]) : undefined;
}

/** A day and month written both ways in `year`: `2024-04-30` and `30 April 2024`. */
export function exampleDate(year: number, month: number, day: number): string {
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return `\`${iso}\` or \`${formatLongDate(iso)}\``;
}
