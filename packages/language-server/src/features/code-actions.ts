import { carryForwardFix, certainEdits, commonLineEnd, formatDocument, type Diagnostic as CoreDiagnostic, type Fix } from "@minutes/core";
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from "vscode-languageserver";
import { toOffset, toRange, toWorkspaceEdit } from "../convert.js";
import { isOurDiagnostic } from "../params.js";
import type { Snapshot, State } from "../state.js";

export const CARRY_FORWARD_KIND = `${CodeActionKind.Source}.carryForward`;

/** Quick fixes from the diagnostics in range, adding an unknown person, and the source actions. */
export function onCodeAction(state: State, params: CodeActionParams): CodeAction[] {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const findings = state.diagnosticsOf(s);
    for (const diagnostic of params.context.diagnostics) {
      if (!isOurDiagnostic(diagnostic)) continue;
      fixesOf(findings, s, diagnostic).forEach((fix, i) => actions.push(quickFix(s, fix, diagnostic, i === 0 && fix.certain)));
      if (diagnostic.code === "unknown-initials") {
        const add = addAttendee(s, diagnostic);
        if (add) actions.push(add);
      }
    }
  }
  if (wants(CARRY_FORWARD_KIND)) {
    const fix = carryForwardFix(s.doc, s.uri, s.committee.index);
    if (fix) actions.push({ title: fix.title, kind: CARRY_FORWARD_KIND, edit: toWorkspaceEdit(s.doc, s.uri, fix) });
  }
  if (wants(CodeActionKind.SourceFixAll)) {
    const { edits, fixed } = certainEdits(state.diagnosticsOf(s));
    if (edits.length > 0) {
      actions.push({ title: `Fix ${fixed.length} certain problem${fixed.length === 1 ? "" : "s"}`, kind: CodeActionKind.SourceFixAll, edit: toWorkspaceEdit(s.doc, s.uri, { edits }) });
    }
  }
  return actions;
}

/**
 * The fixes of a diagnostic the client sends back: those of the current tree's finding (`findings`,
 * kept per tree) with its code and range. A diagnostic of an older version of the text matches
 * none, and gets no fix whose offsets would land elsewhere.
 */
function fixesOf(findings: readonly CoreDiagnostic[], s: Snapshot, diagnostic: Diagnostic): readonly Fix[] {
  const start = toOffset(s.doc, diagnostic.range.start);
  const end = toOffset(s.doc, diagnostic.range.end);
  const finding = findings.find((d) => d.code === diagnostic.code && d.range.start === start && d.range.end === end);
  return finding?.fixes ?? [];
}

function quickFix(s: Snapshot, fix: Fix, diagnostic: Diagnostic, preferred: boolean): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: toWorkspaceEdit(s.doc, s.uri, fix) };
}

/**
 * `Add XY to the attendees`: a line after the last person who attended (someone mentioned in
 * the discussion was there, so not under `apologies:` or `absent:`), the name to fill in.
 */
function addAttendee(s: Snapshot, diagnostic: Diagnostic): CodeAction | undefined {
  const section = s.doc.attendees;
  if (!section) return undefined;
  const start = toOffset(s.doc, diagnostic.range.start);
  const end = toOffset(s.doc, diagnostic.range.end);
  const initials = s.doc.text.slice(start, end);
  const eol = commonLineEnd(s.doc.text);
  const line = `  ${initials.padEnd(5)}Full Name`;
  const present = section.attendees.filter((a) => a.attendance === "present").at(-1);
  const absentList = section.groups.find((g) => g.kind === "apologies" || g.kind === "absent");
  // After the last one present; else above the list of those who were not; else at the end.
  const edit = present
    ? { at: present.end, newText: `${eol}${line}` }
    : absentList
      ? { at: absentList.start, newText: `${line}${eol}` }
      : { at: section.attendees.at(-1)?.end ?? section.end, newText: `${eol}${line}` };
  const range = toRange(s.doc, { start: edit.at, end: edit.at });
  return {
    title: `Add \`${initials}\` to the attendees`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [s.uri]: [{ range, newText: edit.newText }] } },
  };
}

export function onFormatting(state: State, uri: string) {
  const s = state.snapshot(uri);
  if (!s) return [];
  return formatDocument(s.doc).map((e) => ({ range: toRange(s.doc, e.range), newText: e.newText }));
}

