import type { MinutesConfig } from "../config/config.js";
import type { Document } from "../model/ast.js";
import type { FolderIndex } from "../workspace/folder-index.js";
import { trimLineEnds } from "../text/trim.js";
import { updateStub } from "../workspace/action-text.js";

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
    const start = section.range.start;
    const end = section.attendees.at(-1)?.range.end ?? section.range.end;
    lines.push(trimLineEnds(previous.text.slice(start, Math.max(end, section.range.start))));
    lines.push("");
  }
  lines.push("item 1: Minutes and Actions Outstanding", "");
  lines.push(`The minutes of ${h.title?.text ?? "the previous meeting"} were approved.`, "");
  const open = index?.get(uri) ? index.openAtEnd(uri) : [];
  if (open.length > 0) {
    lines.push("The following action updates were provided:", "");
    for (const record of open) {
      lines.push(updateStub(record), "");
    }
  }
  lines.push(`${config.bodyNames[0] ?? "The Panel"} NOTED the updates.`, "");
  return lines.join("\n");
}
