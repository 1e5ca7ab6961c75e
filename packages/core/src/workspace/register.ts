import type { RegisterRow } from "../export/register-csv.js";
import { compareIds, type ActionRecord, type FolderIndex } from "./folder-index.js";
import { ownerEnd } from "../model/build-blocks.js";
import { actionTextOf } from "./action-text.js";

/**
 * One row per action across the folder, for the register: where it was raised, its text and
 * owner, and its state after the last meeting that updated it. An action raised at a meeting
 * outside the folder is still listed, from its restated text in its updates.
 */
export function registerRows(index: FolderIndex): RegisterRow[] {
  return [...index.allActions()].sort(byRaising).map((record) => {
    const raised = record.raised;
    const last = record.updates.at(-1);
    const text = actionTextOf(record);
    const superseded = [...record.updates].reverse().find((u) => u.update.supersededBy.length > 0);
    return {
      id: record.id,
      meeting: raised ? String(raised.meeting.number ?? "") : "",
      dateRaised: raised?.meeting.date ?? "",
      owner: raised?.action.owner?.text ?? ownerOf(text),
      text,
      status: last ? statusWord(last.update.status?.text, last.state) : "Open",
      lastUpdateMeeting: last ? String(last.meeting.number ?? "") : "",
      supersededBy: superseded ? superseded.update.supersededBy.map((r) => r.text).join(" ") : "",
    };
  });
}

function byRaising(a: ActionRecord, b: ActionRecord): number {
  return compareIds(a.id, b.id);
}

function statusWord(written: string | undefined, state: string | undefined): string {
  if (state === "superseded") return "Superseded";
  if (!written) return "(no status)";
  return written.charAt(0).toUpperCase() + written.slice(1).toLowerCase();
}

/** The owner named at the start of an action's text (`SECAS to publish ...`), read as the action line is. */
function ownerOf(text: string): string {
  const end = ownerEnd(text);
  return end > 0 ? text.slice(0, end).trim() : "";
}
