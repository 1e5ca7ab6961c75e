import type { RegisterRow } from "../export/register-csv.js";
import { compareIds, type ActionRecord, type FolderIndex } from "./folder-index.js";
import { ownerEnd } from "../model/build-blocks.js";
import { actionTextOf, registerText } from "./action-text.js";
import { splitStatus, statusKey, statusStateOf, type MinutesConfig } from "../config/config.js";
import { publicActionDue, publicActionText, publicBlocks } from "../export/public-view.js";
import { publicStatus, publicSupersessions } from "../model/walk.js";
import type { DateValue } from "../model/ast.js";

export interface RegisterOptions {
  /**
   * Every action, those raised or updated where the public minutes withhold them included.
   * Without it (the register that is circulated) the register shows what the public minutes
   * show: an action raised inside a `confidential:` passage is not listed, and an update inside
   * one, or in an item recorded in the confidential minutes, gives neither the action's text
   * nor its status.
   */
  readonly confidential?: boolean;
}

/**
 * One row per action across the folder, for the register: where it was raised, its text and
 * owner, and its state after the last meeting that updated it. An action raised at a meeting
 * outside the folder is still listed, from its restated text in its updates.
 */
export function registerRows(index: FolderIndex, options: RegisterOptions = {}): RegisterRow[] {
  const records = [...index.allActions()]
    .filter((record) => index.isKnownAction(record))
    .map((record) => (options.confidential ? record : publicPart(record, index.config)))
    .filter((r): r is ActionRecord => r !== undefined);
  return records.sort(byRaising).map((record) => {
    const raised = record.raised;
    const last = record.updates.at(-1);
    const given = latestStatus(record);
    // The circulated register lists an action as the public minutes print it: without the
    // sub-tasks of an action raised in an item they withhold.
    const text = raised && !options.confidential ? registerText(publicActionText(raised.meeting.doc, index.config, raised.action)) : actionTextOf(record);
    // The circulated register names a successor only where the public minutes do.
    const successors = (u: ActionRecord["updates"][number]) => (options.confidential ? u.update.supersededBy : publicSupersessions(u.update));
    const superseded = [...record.updates].reverse().find((u) => successors(u).length > 0);
    return {
      id: record.id,
      meeting: raised ? String(raised.meeting.number ?? "") : "",
      dateRaised: raised?.meeting.date ?? "",
      // The raising action's own owner, or none (sub-tasks, each with its own doer); read from the
      // text only for an action known from its updates alone.
      owner: raised ? (raised.action.owner?.text ?? "") : ownerOf(text),
      due: dueCell(raised && (options.confidential ? raised.action.due : publicActionDue(raised.meeting.doc, index.config, raised.action))),
      text,
      ...(last ? statusCells(given && (options.confidential ? given.update.status : publicStatus(given.update))?.text, given && (options.confidential ? given.state : publicState(given, index.config)), index.config) : { status: "Open", statusRemark: "" }),
      lastUpdateMeeting: last ? String(last.meeting.number ?? "") : "",
      supersededBy: superseded ? successors(superseded).map((r) => r.text).join(" ") : "",
    };
  });
}

/**
 * An update's state as the public minutes show it: none when its status is written inside a
 * passage, and a `Closed` that a passage among the update's paragraphs turns into `superseded`
 * stays closed, since the successor is withheld.
 */
function publicState(u: ActionRecord["updates"][number], config: MinutesConfig): ActionRecord["updates"][number]["state"] {
  if (!publicStatus(u.update)) return undefined;
  if (u.state !== "superseded" || publicSupersessions(u.update).length > 0) return u.state;
  return statusStateOf(u.update.status?.text ?? "", config);
}

/** The latest update that gives a status: one written without a status leaves the last one known. */
function latestStatus(record: ActionRecord): ActionRecord["updates"][number] | undefined {
  for (let i = record.updates.length - 1; i >= 0; i--) if (record.updates[i]!.update.status?.text) return record.updates[i];
  return undefined;
}

/**
 * What the public may know of an action: what the public minutes of its meetings show
 * (`publicBlocks`). Undefined when it was raised where they withhold it, or is known only from
 * updates they withhold; an update they withhold gives neither text nor status.
 */
function publicPart(record: ActionRecord, config: MinutesConfig): ActionRecord | undefined {
  if (record.raised && !publicBlocks(record.raised.meeting.doc, config).has(record.raised.action)) return undefined;
  const updates = record.updates.filter((u) => publicBlocks(u.meeting.doc, config).has(u.update));
  if (!record.raised && updates.length === 0) return undefined;
  return updates.length === record.updates.length ? record : { ...record, updates };
}

function byRaising(a: ActionRecord, b: ActionRecord): number {
  return compareIds(a.id, b.id);
}

/**
 * The status as the register prints it: the settings' word in one case (`CLOSED` is `Closed`),
 * and the remark after it as written, in a column of its own (`Open – carried forward to June`
 * is `Open` and `carried forward to June`), so that the Status column can be filtered. A status
 * the settings do not know (which the checker reports) is printed as written.
 */
function statusCells(written: string | undefined, state: string | undefined, config: MinutesConfig): Pick<RegisterRow, "status" | "statusRemark"> {
  const split = written ? splitStatus(written, config) : undefined;
  const remark = split?.remark ?? "";
  if (state === "superseded") return { status: "Superseded", statusRemark: remark };
  if (!written) return { status: "(no status)", statusRemark: "" };
  if (!split) return { status: written.trim(), statusRemark: "" };
  const word = statusKey(split.word);
  return { status: word.charAt(0).toUpperCase() + word.slice(1), statusRemark: remark };
}

/** The owner named at the start of an action's text (`SECAS to publish ...`), read as the action line is. */
function ownerOf(text: string): string {
  const end = ownerEnd(text);
  return end > 0 ? text.slice(0, end).trim() : "";
}

/** A due date's cell: the date read (ISO), else the words as written; empty with none. */
function dueCell(due: DateValue | undefined): string {
  return due ? (due.iso ?? due.text) : "";
}
