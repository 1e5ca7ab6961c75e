import type { CheckContext } from "../context.js";
import { fileNameOf } from "../../text/file-name.js";

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
    number.range,
    `Meeting ${number.value} is also ${others.map((m) => fileNameOf(m.uri)).join(", ")} in this folder: a committee's folder holds each meeting once, and the checks across meetings read every copy, so their findings about actions are not to be trusted. Move the copy or draft out of the folder, or correct its \`number:\`.`,
    { related: others.map((m) => ({ message: `meeting ${number.value} here too`, range: m.doc.header.number?.range ?? { start: 0, end: 0 }, uri: m.uri })) },
  );
}
