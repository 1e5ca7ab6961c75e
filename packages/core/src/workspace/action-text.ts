import type { Prose } from "../model/ast.js";
import { keptFor } from "../kept.js";
import type { ActionRecord } from "./folder-index.js";
import type { MinutesConfig } from "../config/config.js";
import { publicBlocks } from "../export/public-view.js";
import { DUE_AT_END } from "../model/due.js";


/** Prose on one line, kept per prose: an action left open is restated by every later meeting. */
const oneLines = new WeakMap<Prose, string>();

function oneLine(prose: Prose | undefined): string {
  return prose ? keptFor(oneLines, prose, () => prose.text.replace(/\s+/g, " ").trim()) : "";
}

/**
 * What an action is to do, on one line: its text as raised or, for an action raised at a
 * meeting outside the folder, as the latest update that restates it (the wording the next
 * meeting carries; an update written without the text does not blank it). Completion, hover,
 * the register and the carry-forward stubs all show this one.
 */
export function actionTextOf(record: ActionRecord): string {
  // The due date is not what is to be done: `[due 2024-01-19]` has a column of its own in the register.
  if (record.raised) return withoutDue(oneLine(record.raised.action.prose));
  for (let i = record.updates.length - 1; i >= 0; i--) {
    const text = oneLine(record.updates[i]!.update.original);
    if (text) return text;
  }
  return "";
}

/** An action's text on one line, without its `[due ...]`, as the register lists it. */
export function registerText(text: string): string {
  return withoutDue(text.replace(/\s+/g, " ").trim());
}

/** Text on one line without the `[due ...]` at its end, nor the space before it. */
function withoutDue(oneLine: string): string {
  const due = DUE_AT_END.exec(oneLine);
  return due ? oneLine.slice(0, due.index).trimEnd() : oneLine;
}

/** An update to fill in for an action still open: its text as raised (or as last restated), and a status. */
export function updateStub(record: ActionRecord): string {
  return `update ${record.id}: ${actionTextOf(record)}\n\nUpdate to follow. Status: Open.`;
}

/**
 * The update stubs for actions carried into the next meeting, in the order given, blank lines
 * between: those the public minutes withheld where they were raised (inside a `confidential:`
 * passage, or at a meeting classified confidential as a whole) go together in a `confidential:`
 * passage after the others, so that carrying an action forward never publishes what its own
 * meeting withheld. `eol` is the line end of the text they go into.
 */
export function carriedStubs(records: readonly ActionRecord[], config: MinutesConfig): string {
  const shown = records.filter((r) => !isWithheld(r, config)).map(updateStub);
  const withheld = records.filter((r) => isWithheld(r, config)).map(updateStub);
  const passage = withheld.length > 0 ? [`confidential:\n${withheld.join("\n\n")}\nend confidential`] : [];
  return [...shown, ...passage].join("\n\n");
}

/**
 * Whether the public minutes withheld the text a stub would restate: where the action was
 * raised or, raised outside the folder, the update its text is taken from (`actionTextOf`).
 */
function isWithheld(record: ActionRecord, config: MinutesConfig): boolean {
  if (record.raised) return !publicBlocks(record.raised.meeting.doc, config).has(record.raised.action);
  for (let i = record.updates.length - 1; i >= 0; i--) {
    const u = record.updates[i]!;
    if (oneLine(u.update.original)) return !publicBlocks(u.meeting.doc, config).has(u.update);
  }
  return false;
}
