import type { Prose } from "../model/ast.js";
import { keptFor } from "../kept.js";
import type { ActionRecord } from "./folder-index.js";

/** Prose on one line, kept per prose: an action left open is restated by every later meeting. */
const oneLines = new WeakMap<Prose, string>();

export function oneLine(prose: Prose | undefined): string {
  return prose ? keptFor(oneLines, prose, () => prose.text.replace(/\s+/g, " ").trim()) : "";
}

/**
 * What an action is to do, on one line: its text as raised or, for an action raised at a
 * meeting outside the folder, as its latest update restates it (the wording the next meeting
 * carries). Completion, hover, the register and the carry-forward stubs all show this one.
 */
export function actionTextOf(record: ActionRecord): string {
  return oneLine(record.raised?.action.prose ?? record.updates.at(-1)?.update.original);
}
