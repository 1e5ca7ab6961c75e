import { actionOccurrences, initialsOccurrences, initialsRenameEdits, locate, renameProblem, type Occurrence, type Token } from "@minutes/core";
import {
  DocumentHighlightKind,
  ResponseError,
  ErrorCodes,
  type DocumentHighlight,
  type Location,
  type PrepareRenameParams,
  type Range,
  type ReferenceParams,
  type RenameParams,
  type TextDocumentPositionParams,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import { toOffset, toRange } from "../convert.js";
import type { Snapshot, State } from "../state.js";

/** Every place the reference under the cursor stands: initials within the meeting, action IDs across the folder. */
function occurrences(s: Snapshot, offset: number): { occurrences: Occurrence[]; token: Token; target: NonNullable<ReturnType<typeof locate>> } | undefined {
  const target = locate(s.semantics, offset);
  if (!target) return undefined;
  if (target.kind === "initials") {
    if (target.people.length !== 1) return { occurrences: [], token: target.token, target };
    return { occurrences: initialsOccurrences(s.semantics, s.uri, target.people[0]!), token: target.token, target };
  }
  if (target.kind === "action") return { occurrences: actionOccurrences(s.committee.index, target.id), token: target.token, target };
  return undefined;
}

function toLocation(state: State, o: Occurrence): Location | undefined {
  const doc = state.meetingDoc(o.uri);
  return doc ? { uri: o.uri, range: toRange(doc, o.range) } : undefined;
}

export function onDefinition(state: State, params: TextDocumentPositionParams): Location[] | null {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return null;
  const found = occurrences(s, toOffset(s.doc, params.position));
  if (!found) return null;
  let defs = found.occurrences.filter((o) => o.definition);
  // An action raised at a meeting outside the folder is known from its first update.
  if (defs.length === 0 && found.target.kind === "action") defs = found.occurrences.slice(0, 1);
  return defs.flatMap((o) => toLocation(state, o) ?? []);
}

export function onReferences(state: State, params: ReferenceParams): Location[] | null {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return null;
  const found = occurrences(s, toOffset(s.doc, params.position));
  if (!found) return null;
  return found.occurrences.filter((o) => params.context.includeDeclaration || !o.definition).flatMap((o) => toLocation(state, o) ?? []);
}

export function onDocumentHighlight(state: State, params: TextDocumentPositionParams): DocumentHighlight[] | null {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return null;
  const found = occurrences(s, toOffset(s.doc, params.position));
  // Not a reference: say so with an empty list, so an editor does not fall back to highlighting
  // every occurrence of the word (every "The" of the minutes).
  if (!found) return [];
  return found.occurrences
    .filter((o) => o.uri === s.uri)
    .map((o) => ({ range: toRange(s.doc, o.range), kind: o.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

export function onPrepareRename(state: State, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return null;
  const target = locate(s.semantics, toOffset(s.doc, params.position));
  if (!target || (target.kind !== "initials" && target.kind !== "action")) {
    throw new ResponseError(ErrorCodes.InvalidRequest, "Only attendees' initials and action IDs can be renamed.");
  }
  return { range: toRange(s.doc, target.token), placeholder: target.token.text };
}

export function onRename(state: State, params: RenameParams): WorkspaceEdit | null {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return null;
  const found = occurrences(s, toOffset(s.doc, params.position));
  if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, "Only attendees' initials and action IDs can be renamed.");
  const problem = renameProblem(s.semantics, s.committee.index, found.target, params.newName);
  if (problem) throw new ResponseError(ErrorCodes.InvalidRequest, problem);
  if (found.target.kind === "initials") {
    // The declaration's edit takes the gap after the initials too, so the attendee table stays aligned.
    const edits = initialsRenameEdits(s.semantics, found.target.people[0]!, params.newName);
    return { changes: { [s.uri]: edits.map((e) => ({ range: toRange(s.doc, e.range), newText: e.newText })) } };
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const o of found.occurrences) {
    const location = toLocation(state, o);
    if (location) (changes[o.uri] ??= []).push({ range: location.range, newText: params.newName });
  }
  return { changes };
}
