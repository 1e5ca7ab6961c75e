import type { Prose } from "../model/ast.js";
import { keptFor } from "../kept.js";
import type { ActionRecord } from "./folder-index.js";

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
  if (record.raised) return oneLine(record.raised.action.prose);
  for (let i = record.updates.length - 1; i >= 0; i--) {
    const text = oneLine(record.updates[i]!.update.original);
    if (text) return text;
  }
  return "";
}

/** An update to fill in for an action still open: its text as raised (or as last restated), and a status. */
export function updateStub(record: ActionRecord): string {
  return `update ${record.id}: ${actionTextOf(record)}\n\nUpdate to follow. Status: Open.`;
}
