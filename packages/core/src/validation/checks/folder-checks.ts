import type { CheckContext } from "../context.js";
import { fileNameOf } from "../../text/file-name.js";
import { formatLongDate } from "../../model/dates.js";
import { spanOf } from "../../text/range.js";

/**
 * `meeting-number-duplicate`: another file of the folder is the same meeting (a backup copy,
 * an old draft). The checks across meetings read both, so each reports the other's actions
 * as raised twice or already closed; this says why.
 */
export function duplicateMeeting(context: CheckContext): void {
  const number = context.doc.header.number;
  if (number?.value === undefined) return;
  const others = context.index.meetingsNumbered(number.value).filter((m) => m.uri !== context.uri);
  if (others.length === 0) return;
  context.report(
    "meeting-number-duplicate",
    "warning",
    number,
    `Meeting ${number.value} is also ${others.map((m) => fileNameOf(m.uri)).join(", ")} in this folder: a committee's folder holds each meeting once, and the checks across meetings read every copy, so their findings about actions are not to be trusted. Move the copy or draft out of the folder, or correct its \`number:\`.`,
    { related: others.map((m) => ({ message: `meeting ${number.value} here too`, range: spanOf(m.doc.header.number ?? { start: 0, end: 0 }), uri: m.uri })) },
  );
}

/**
 * `meeting-date-order`: a meeting dated before the meeting numbered just before it. Meetings
 * are put in order by date, so one wrong year (`9 April 2023` for 2024) moves a meeting years
 * back, and every check across meetings reads the folder in that order: this says why.
 */
export function meetingDateOrder(context: CheckContext): void {
  const { number, date } = context.doc.header;
  if (number?.value === undefined || !date?.iso) return;
  const before = context.index.meetingsNumbered(number.value - 1).find((m) => m.doc.header.date?.iso !== undefined);
  const earlierDate = before?.doc.header.date;
  if (!before || !earlierDate?.iso || earlierDate.iso <= date.iso) return;
  context.report(
    "meeting-date-order",
    "warning",
    date,
    `Meeting ${number.value} is dated ${formatLongDate(date.iso)}, before meeting ${number.value - 1} (${formatLongDate(earlierDate.iso)}, ${fileNameOf(before.uri)}): one of the two dates is wrong, most often the year. Meetings are taken in order of date, so the checks across meetings read this folder out of order until it is corrected.`,
    { related: [{ message: `meeting ${number.value - 1} is dated ${formatLongDate(earlierDate.iso)}`, range: spanOf(earlierDate), uri: before.uri }] },
  );
}
