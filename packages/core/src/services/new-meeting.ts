import type { MinutesConfig } from "../config/config.js";
import type { Document } from "../model/ast.js";
import type { FolderIndex } from "../workspace/folder-index.js";
import { trimLineEnds } from "../text/trim.js";
import { carriedStubs } from "../workspace/action-text.js";
import { commonLineEnd } from "../text/line-ends.js";

/**
 * The next meeting's file, from the previous one: the header carried over (the number plus
 * one, the date its `next meeting:` gave), the attendee list to confirm, and the actions
 * still open at its end as update stubs in item 1.
 */
export function newMeetingText(previous: Document, uri: string, index: FolderIndex | undefined, config: MinutesConfig): string {
  const h = previous.header;
  const number = h.number?.value !== undefined ? h.number.value + 1 : undefined;
  const title = h.title?.text && h.number?.value !== undefined ? h.title.text.replace(new RegExp(`\\b${h.number.value}\\b`), String(number)) : h.title?.text ?? "";
  const lines: string[] = [];
  lines.push(`// Drafted from ${h.title?.text ?? "the previous meeting"}: confirm the attendees, and fill in the items.`);
  lines.push(`meeting: ${title}`);
  if (number !== undefined) lines.push(`number: ${number}`);
  lines.push("status: draft");
  lines.push(`date: ${h.nextMeeting?.iso ?? h.nextMeeting?.text ?? ""}`);
  if (h.time) lines.push(`time: ${h.time.text}`);
  if (h.venue) lines.push(`venue: ${h.venue.text}`);
  if (h.classification) lines.push(`classification: ${h.classification.text}`);
  lines.push("");
  const section = previous.attendees;
  if (section) {
    lines.push("// Attendees as at the previous meeting: confirm who attended, and move absentees to apologies.");
    const start = section.start;
    const end = section.attendees.at(-1)?.end ?? section.end;
    lines.push(trimLineEnds(previous.text.slice(start, Math.max(end, section.start))));
    lines.push("");
  }
  lines.push("item 1: Minutes and Actions Outstanding", "");
  lines.push(`The minutes of ${h.title?.text ?? "the previous meeting"} were approved.`, "");
  const open = index?.get(uri) ? index.openAtEnd(uri) : [];
  if (open.length > 0) {
    lines.push("The following action updates were provided:", "");
    lines.push(carriedStubs(open, config), "");
  }
  lines.push(`${config.bodyNames[0] ?? "The Panel"} NOTED the updates.`, "");
  // In the previous meeting's line ends: the attendee lines copied from it keep theirs otherwise.
  const eol = commonLineEnd(previous.text);
  return lines.join("\n").replace(/\r?\n/g, eol);
}

/**
 * The file name of the next meeting, from this meeting's: its date replaced by the next
 * meeting's when the name holds the date (`panel-2020-02-14` → `panel-2020-03-13`), else its
 * number replaced by the next one when the name holds the number on its own (`sec-panel-77` →
 * `sec-panel-78`, `SECP_77_1402` → `SECP_78_1402`), else `next-` before the name. A number
 * that is only part of a date or of a longer number is never taken for the meeting's.
 */
export function nextMeetingFileName(name: string, doc: Document): string {
  let stem = name.replace(/\.minutes$/, "");
  const extension = name.slice(stem.length);
  let changed = false;
  // The date, when the name holds it and the next meeting's is known.
  const date = doc.header.date?.iso;
  const nextDate = doc.header.nextMeeting?.iso;
  if (date && nextDate && stem.includes(date)) {
    stem = stem.split(date).join(nextDate);
    changed = true;
  }
  // And the number, standing on its own (zero-padded or not), outside any date.
  const number = doc.header.number?.value;
  if (number !== undefined) {
    const dates = [...stem.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((d) => ({ start: d.index!, end: d.index! + d[0].length }));
    const own = new RegExp(`(?<!\\d)0*${number}(?!\\d)`, "g");
    let last: RegExpExecArray | null = null;
    for (let m = own.exec(stem); m; m = own.exec(stem)) if (!dates.some((d) => m!.index >= d.start && m!.index < d.end)) last = m;
    if (last) {
      stem = `${stem.slice(0, last.index)}${String(number + 1).padStart(last[0].length, "0")}${stem.slice(last.index + last[0].length)}`;
      changed = true;
    }
  }
  return changed ? `${stem}${extension}` : `next-${name}`;
}
