import { bodyNameEdit, newSettingsNamingBody, carryForwardFix, commonLineEnd, differenceEdit, fixInRounds, formatDocument, parse, validate, type Diagnostic as CoreDiagnostic, type Fix, type TextEdit } from "@minutes/core";
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { URI } from "vscode-uri";
import { CONFIG_NAME } from "@minutes/node-files";
import { toOffset, toRange, toWorkspaceEdit } from "../convert.js";
import { isOurDiagnostic } from "../params.js";
import type { Snapshot, State } from "../state.js";

export const CARRY_FORWARD_KIND = `${CodeActionKind.Source}.carryForward`;

/** A file's URI as the client writes it. */
function fileUri(file: string): string {
  return URI.file(file).toString();
}

/** Quick fixes from the diagnostics in range, adding an unknown person, naming the body, and the source actions. */
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
      // A diagnostic of an older version of the text matches no finding, and gets no action
      // whose offsets or words would come from elsewhere (found by a test of the editor's
      // features: asked for the lightbulb before new diagnostics arrived, "add the attendee"
      // took its initials from the text typed since, half an emoji among them).
      const finding = findingOf(findings, s, diagnostic);
      if (!finding) continue;
      (finding.fixes ?? []).forEach((fix, i) => actions.push(quickFix(s, fix, diagnostic, i === 0 && fix.certain)));
      if (finding.code === "unknown-initials") {
        const add = addAttendee(s, finding, diagnostic);
        if (add) actions.push(add);
      }
      if (finding.code === "body-name-unknown") {
        const name = nameTheBody(s, state, finding, diagnostic);
        if (name) actions.push(name);
      }
    }
  }
  if (wants(CARRY_FORWARD_KIND)) {
    const fix = carryForwardFix(s.doc, s.uri, s.committee.index);
    // On the line of `open-action-not-carried`, its quick fix is this one: the list shows it once
    // (found by a Neovim user's test: it was listed twice).
    if (fix && !actions.some((a) => a.title === fix.title)) actions.push({ title: fix.title, kind: CARRY_FORWARD_KIND, edit: toWorkspaceEdit(s.doc, s.uri, fix) });
  }
  if (wants(CodeActionKind.SourceFixAll)) {
    // The rounds (a parse and a check each) only when fix all is asked for by name, as on save: an
    // editor asks for code actions, without `only`, whenever the cursor moves, to draw its lightbulb.
    const all = fixAll(s, state, only?.some((k) => k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source) ? FIX_ALL_ROUNDS : 1);
    if (all) actions.push({ title: `Fix ${all.fixed} certain problem${all.fixed === 1 ? "" : "s"}`, kind: CodeActionKind.SourceFixAll, edit: toWorkspaceEdit(s.doc, s.uri, { edits: [all.edit] }) });
  }
  return actions;
}

/**
 * Every certain fix, in rounds, as `minutes check --fix` applies them: one fix can make another
 * certain (found by a test of the editor's features: fixing `Confidential:` left its closer to a
 * second "fix all"). Each round's text is checked in its committee, the meeting standing in for
 * the open one only while it is checked, then put back; one edit covers what changed.
 */
function fixAll(s: Snapshot, state: State, rounds: number): { edit: TextEdit; fixed: number } | undefined {
  const { config, index } = s.committee;
  const held = index.get(s.uri)?.doc;
  const findings = (text: string) => {
    const doc = parse(text, { config });
    index.set(s.uri, doc);
    try {
      return validate(doc, { config, uri: s.uri, index });
    } finally {
      if (held) index.set(s.uri, held);
      else index.delete(s.uri);
    }
  };
  const { text, fixed } = fixInRounds(s.doc.text, state.diagnosticsOf(s), rounds === 1 ? () => [] : findings, rounds);
  const edit = differenceEdit(s.doc.text, text);
  return edit && fixed > 0 ? { edit, fixed } : undefined;
}

/** How many rounds of certain fixes "fix all" applies, as `minutes check --fix` does. */
const FIX_ALL_ROUNDS = 5;

/**
 * The current tree's finding (`findings`, kept per tree) of a diagnostic the client sends back:
 * the one with its code and range. A diagnostic of an older version of the text matches none.
 */
function findingOf(findings: readonly CoreDiagnostic[], s: Snapshot, diagnostic: Diagnostic): CoreDiagnostic | undefined {
  const start = toOffset(s.doc, diagnostic.range.start);
  const end = toOffset(s.doc, diagnostic.range.end);
  return findings.find((d) => d.code === diagnostic.code && d.range.start === start && d.range.end === end);
}

function quickFix(s: Snapshot, fix: Fix, diagnostic: Diagnostic, preferred: boolean): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: toWorkspaceEdit(s.doc, s.uri, fix) };
}

/**
 * `Add XY to the attendees`: a line after the last person who attended (someone mentioned in
 * the discussion was there, so not under `apologies:` or `absent:`), the name to fill in.
 */
function addAttendee(s: Snapshot, finding: CoreDiagnostic, diagnostic: Diagnostic): CodeAction | undefined {
  const section = s.doc.attendees;
  if (!section) return undefined;
  const { start, end } = finding.range;
  const initials = s.doc.text.slice(start, end);
  const eol = commonLineEnd(s.doc.text);
  // `The DCC (DKi)`: someone of the organisation written before the mention goes beside its other
  // attendees, or, with none present, says their organisation in a note (found by a test of the
  // editor's features: added among SECAS, the attendee was then said not to be of the DCC).
  const mention = s.semantics.mentions.find((m) => m.initials.start === start);
  const organisation = mention?.qualifier?.kind === "organisation" ? mention.qualifier.organisation : undefined;
  const colleague = organisation ? s.semantics.people.all.filter((p) => p.organisation === organisation && p.attendee.attendance === "present").at(-1)?.attendee : undefined;
  const line = `  ${initials.padEnd(5)}Full Name${organisation && !colleague ? `  (of ${organisation})` : ""}`;
  const present = colleague ?? section.attendees.filter((a) => a.attendance === "present").at(-1);
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

/**
 * `Add "The Council" to the body's names`: an edit of the committee's settings file, or a new
 * one beside the minutes when it has none and the client can make files. The file is read from
 * disk as the action is asked for. (The checks read it again when it is saved, and the finding
 * goes.)
 */
function nameTheBody(s: Snapshot, state: State, finding: CoreDiagnostic, diagnostic: Diagnostic): CodeAction | undefined {
  const settings = state.committees.settingsOnDisk(s.committee);
  if (!settings) return undefined;
  // As the settings name it, `The Council`, also where the minutes write `the Council` after a lead-in.
  const written = s.doc.text.slice(finding.range.start, finding.range.end);
  const name = written.charAt(0).toUpperCase() + written.slice(1);
  const uri = fileUri(settings.file);
  const base = { kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if (settings.text === undefined) {
    if (!state.clientCreatesFiles) return undefined;
    const text = newSettingsNamingBody(name, commonLineEnd(s.doc.text));
    return {
      ...base,
      title: `Create ${CONFIG_NAME} naming \`${name}\` the body`,
      edit: { documentChanges: [{ kind: "create", uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] }] },
    };
  }
  const edit = bodyNameEdit(settings.text, name);
  if (!edit) return undefined;
  const file = TextDocument.create(uri, "json", 0, settings.text);
  const range = { start: file.positionAt(edit.range.start), end: file.positionAt(edit.range.end) };
  return { ...base, title: `Add \`${name}\` to the body's names in ${CONFIG_NAME}`, edit: { changes: { [uri]: [{ range, newText: edit.newText }] } } };
}

export function onFormatting(state: State, uri: string) {
  const s = state.snapshot(uri);
  if (!s) return [];
  return formatDocument(s.doc).map((e) => ({ range: toRange(s.doc, e.range), newText: e.newText }));
}

