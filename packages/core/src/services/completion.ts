import { verbsOf } from "../config/config.js";
import { CAPITAL, isAsciiLetter, SMALL } from "../text/letters.js";
import { isWhiteSpace } from "../text/trim.js";
import { contentsOf } from "../model/walk.js";
import type { Range } from "../text/range.js";
import { formatActionId, parseActionId } from "../workspace/action-ids.js";
import { compareIds, type ActionRecord, type FolderIndex } from "../workspace/folder-index.js";
import { actionTextOf } from "../workspace/action-text.js";
import type { Semantics } from "./semantics.js";
import { LIST_MARKER } from "../syntax/bullets.js";
import { nextItemNumber } from "../model/line-readers.js";
import { HEADER_KEYS } from "../syntax/header-fields.js";

/** A bullet's marker and the word being typed after it: where a resolution verb is completed. */
const BULLET_THEN_WORD = new RegExp(`^\\s*${LIST_MARKER}\\s+([A-Za-z]*)$`);
const BULLET_START = new RegExp(`^${LIST_MARKER}\\s`);

export type CandidateKind = "initials" | "action" | "verb" | "status" | "classification" | "organisation" | "keyword" | "snippet" | "value";

/** A completion, independent of any protocol: the server maps it onto LSP's CompletionItem. */
export interface CompletionCandidate {
  readonly label: string;
  readonly kind: CandidateKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** What to insert; LSP snippet syntax when `snippet` is set. Defaults to the label. */
  readonly insertText?: string;
  readonly snippet?: boolean;
  /** The range the insertion replaces: the partial word before the cursor. */
  readonly replace: Range;
  readonly sortText?: string;
}

/** Initials being typed after `(`, accented letters included. */
const INITIALS_TYPED = new RegExp(`\\(([${CAPITAL}${SMALL}]*)$`);


/**
 * The completions that fit at `offset` of `text`, decided from the line before the cursor and
 * the tree. `text` may be newer than the tree by a few keystrokes on the cursor's line (an
 * editor asks for completion as soon as it sends a change): the line before the cursor comes
 * from `text`, and who the attendees are, which actions exist, from the tree, which a keystroke
 * rarely changes. So completion need not wait for a parse while the user types; after a change
 * to other lines the caller passes a tree of `text` itself.
 */
export function complete(s: Semantics, index: FolderIndex | undefined, uri: string, offset: number, text: string = s.doc.text): CompletionCandidate[] {
  const { doc } = s;
  const lineStart = Math.max(text.lastIndexOf("\n", offset - 1), text.lastIndexOf("\r", offset - 1)) + 1;
  const before = text.slice(lineStart, offset);
  const word = (re: RegExp) => {
    const m = re.exec(before);
    return m ? { text: m[1] ?? "", range: { start: offset - (m[1] ?? "").length, end: offset } } : undefined;
  };
  const inAttendees = doc.attendees !== undefined && offset >= doc.attendees.start && (doc.items[0] === undefined || offset < doc.items[0].start);
  const inItems = doc.items[0] !== undefined && offset >= doc.items[0].start;

  let w;
  if ((w = word(INITIALS_TYPED))) return initials(s, w.range);
  if ((w = word(/^\s*update\s+([A-Za-z0-9/]*)$/))) {
    // The rest of an ID after the cursor is replaced too; where its colon is already written, the
    // completion gives the ID alone and keeps what follows (found by a test of the editor's
    // features: asked before `SECP78/04: ...`, it wrote a second ID and text in front of it).
    const rest = /^([A-Za-z0-9/]*)([ \t]*:)?/.exec(text.slice(offset, offset + 200))!;
    return actionIds(s, index, uri, { start: w.range.start, end: offset + rest[1]!.length }, rest[2] ? "update-id" : "update");
  }
  if ((w = word(/^\s*action\s+([A-Za-z0-9/]*)$/))) return nextActionId(s, w.range);
  if ((w = word(/^\s*action\s+[^\s:]+:\s*([A-Za-z]*)$/))) return [...organisations(s, w.range), ...initials(s, w.range)];
  if ((w = word(/\bStatus:\s*([A-Za-z]*)$/))) return statuses(s, w.range, "capitalised");
  // `STATUS:`, as minutes in capitals write it, takes its word in capitals (`STATUS: CLOSED`).
  if ((w = word(/\bSTATUS:\s*([A-Za-z]*)$/))) return statuses(s, w.range, "capitals");
  if (inItems && (w = word(/^\s*status:\s*([A-Za-z]*)$/))) return statuses(s, w.range, "lower");
  if ((w = word(/^\s*item\b[^[]*\[([A-Za-z]*)$/))) {
    // An editor that closes brackets has put a `]` after the cursor: the level replaces it too,
    // since the completion writes its own (`RED]`).
    return classifications(s, text.charAt(offset) === "]" ? { start: w.range.start, end: offset + 1 } : w.range, true);
  }
  if ((w = word(/^\s*classification:\s*([A-Za-z]*)$/))) return classifications(s, w.range, false);
  if (!inItems && (w = word(/^\s*status:\s*([A-Za-z]*)$/))) return ["draft", "final"].map((v) => ({ label: v, kind: "value" as const, replace: w!.range }));
  if ((w = word(/^\s*(?:group|category):\s*([A-Za-z ]*)$/)) || (w = word(/\(of\s+([A-Za-z ]*)$/))) return organisations(s, w.range);
  if ((w = word(BULLET_THEN_WORD)) && underBodyLeadIn(s, text, lineStart)) return verbs(s, w.range);
  const inline = wordAfterBody(before, s.config.bodyNames);
  if (inline !== undefined) return verbs(s, { start: offset - inline.length, end: offset });
  if ((w = word(/(?:^|[\s(])([A-Z]{2,}[0-9/]*)$/)) && (w.text.startsWith(s.config.actionIds.prefix) || s.config.actionIds.prefix.startsWith(w.text))) {
    return actionIds(s, index, uri, w.range, "mention");
  }
  if ((w = word(/^\s*([a-z]*)$/))) {
    if (inAttendees) return keywords(["category: ", "group: ", "apologies:"], w.range);
    if (!inItems) return [...keywords(HEADER_KEYS.filter((k) => !doc.header.fields.some((f) => f.key === k)).map((k) => `${k}: `), w.range), ...keywords(["attendees:"], w.range), ...snippets(s, w.range)];
    return [...keywords(["heading: ", "summary:", "end summary", "confidential:", "end confidential", "next meeting: "], w.range), ...snippets(s, w.range)];
  }
  return [];
}

/**
 * The word being typed after the body's name (`The Panel NO`): the letters before the cursor,
 * when white space and one of `bodyNames` (`The ...`) stand before them on the line. Read from the
 * cursor back: an expression with a lazy name before a run of white space took time quadratic in
 * the run (20,000 spaces: 1.4 s, found by a scan of the services).
 */
function wordAfterBody(before: string, bodyNames: readonly string[]): string | undefined {
  let word = before.length;
  while (word > 0 && isAsciiLetter(before.charCodeAt(word - 1))) word--;
  let name = word;
  while (name > 0 && isWhiteSpace(before.charCodeAt(name - 1))) name--;
  if (name === word) return undefined;
  const written = before.slice(0, name).trimStart();
  return /^The [A-Za-z ]+$/.test(written) && bodyNames.includes(written) ? before.slice(word) : undefined;
}

function initials(s: Semantics, replace: Range): CompletionCandidate[] {
  return s.people.all.map((p, i) => ({
    label: p.attendee.initials.text,
    kind: "initials",
    detail: `${p.attendee.name.text}${p.organisation ? ` · ${p.organisation}` : ""}`,
    documentation: [p.attendee.category?.name.text, p.attendee.group?.name.text].filter(Boolean).join(" › ") + (p.attendee.notes.length ? `  \n${p.attendee.notes.map((n) => n.text).join(", ")}` : ""),
    replace,
    sortText: String(i).padStart(4, "0"),
  }));
}

/** `update`: an ID and the action's text after `update `; `update-id`: the ID alone, its colon already written; `mention`: an ID in prose. */
function actionIds(s: Semantics, index: FolderIndex | undefined, uri: string, replace: Range, mode: "update" | "update-id" | "mention"): CompletionCandidate[] {
  if (!index) return [];
  const previous = index.previous(uri);
  const open = new Set(previous ? index.openAtEnd(previous.uri).map((r) => r.id) : []);
  const here = s.doc.header.number?.value;
  // Only actions, not the slips the checks report (`SEC76/01`, an ID its meeting never raised).
  const records = [...index.allActions()].filter((r) => index.isKnownAction(r) && (mode === "mention" || parseActionId(r.id, s.config)?.meeting !== here));
  // After `update `, the open actions this meeting has not updated yet come first (found by a test
  // of the editor's features: those already updated here were offered first).
  const updatedHere = mode !== "mention" ? new Set(contentsOf(s.doc).updates.map((u) => u.id.text)) : new Set<string>();
  const rank = (id: string) => (open.has(id) ? 2 : 0) - (updatedHere.has(id) ? 3 : 0);
  return records
    .sort((a, b) => rank(b.id) - rank(a.id) || compareIds(a.id, b.id))
    .map((r, i) => ({
      label: r.id,
      kind: "action" as const,
      detail: `${describeStatus(r, index, uri)}${r.raised?.action.owner ? ` · ${r.raised.action.owner.text}` : ""}`,
      documentation: actionTextOf(r),
      insertText: mode === "update" ? `${r.id}: ${actionTextOf(r)}` : r.id,
      replace,
      sortText: String(i).padStart(5, "0"),
    }));
}

/**
 * Where an action stands as this meeting opens: after the meetings before it, not after the
 * last one of the folder (which, for an older meeting being edited, said `open · CLOSED at
 * meeting 78` of an action open then).
 */
function describeStatus(r: ActionRecord, index: FolderIndex, uri: string): string {
  const before = index.stateBefore(r.id, uri);
  if (!before) return r.raised ? `raised at meeting ${r.raised.meeting.number ?? "?"}` : "not raised before this meeting";
  if (!before.by) return `${before.state} · raised at meeting ${r.raised?.meeting.number ?? "?"}`;
  return `${before.state} · ${before.by.update.status?.text ?? "no status"} at meeting ${before.by.meeting.number ?? "?"}`;
}

function nextActionId(s: Semantics, replace: Range): CompletionCandidate[] {
  const id = nextFreeActionId(s);
  return id ? [{ label: id, kind: "action", detail: "the next free action ID of this meeting", insertText: `${id}: `, replace, sortText: "0" }] : [];
}

/**
 * The ID after the highest of this meeting's own new actions (`SECP77/03` after `SECP77/02`),
 * for the completion after `action ` and the `action` snippet alike; undefined when the
 * meeting has no number. Actions written with another meeting's number do not count.
 */
function nextFreeActionId(s: Semantics): string | undefined {
  const number = s.doc.header.number?.value;
  if (number === undefined) return undefined;
  let max = 0;
  for (const action of contentsOf(s.doc).actions) {
    const parts = parseActionId(action.id.text, s.config);
    if (parts && parts.meeting === number) max = Math.max(max, parts.sequence);
  }
  return formatActionId(number, max + 1, s.config);
}

function statuses(s: Semantics, replace: Range, written: "capitalised" | "capitals" | "lower"): CompletionCandidate[] {
  return Object.entries(s.config.statuses).map(([word, state]) => ({
    label: written === "capitals" ? word.toUpperCase() : written === "capitalised" ? word.charAt(0).toUpperCase() + word.slice(1) : word,
    kind: "status" as const,
    detail: `the action is ${state}`,
    replace,
  }));
}

function classifications(s: Semantics, replace: Range, forItem: boolean): CompletionCandidate[] {
  const levels = [...s.config.classification.levels, ...(forItem ? ["confidential"] : [])];
  return levels.map((level) => ({
    label: level,
    kind: "classification" as const,
    detail: level === "confidential" || s.config.classification.confidential.includes(level) ? "recorded in the confidential minutes" : "published",
    ...(forItem ? { insertText: `${level}]` } : {}),
    replace,
  }));
}

function organisations(s: Semantics, replace: Range): CompletionCandidate[] {
  return s.config.organisations.map((o) => ({ label: o.name, kind: "organisation" as const, ...(o.description ? { detail: o.description } : {}), replace }));
}

function verbs(s: Semantics, replace: Range): CompletionCandidate[] {
  return verbsOf(s.config).map((v, i) => ({ label: v, kind: "verb" as const, detail: s.config.resolutionVerbs[v] ?? "", replace, sortText: String(i).padStart(3, "0") }));
}

/** Whether the bullet on the line starting at `lineStart` stands under the body's lead-in (`The Panel:`). */
function underBodyLeadIn(s: Semantics, source: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let count = 0; end > 0 && count < 40; count++) {
    const start = Math.max(source.lastIndexOf("\n", end - 1), source.lastIndexOf("\r", end - 1)) + 1;
    const text = source.slice(start, end).trim();
    end = start - 1;
    if (text === "" || BULLET_START.test(text)) continue;
    const lead = /^(.+):$/.exec(text);
    if (lead && s.config.bodyNames.some((b) => b.toLowerCase() === lead[1]!.trim().toLowerCase())) return true;
    if (/^[a-z]/.test(text) || /[.;]$/.test(text)) continue; // a bullet's continuation line
    return false;
  }
  return false;
}

function keywords(words: string[], replace: Range): CompletionCandidate[] {
  return words.map((k) => ({ label: k.trim(), kind: "keyword" as const, insertText: k, replace }));
}

function snippets(s: Semantics, replace: Range): CompletionCandidate[] {
  const last = s.doc.items.at(-1)?.number;
  const next = last?.value === undefined ? 1 : nextItemNumber(last.text, last.value);
  const body = s.config.bodyNames[0] ?? "The Panel";
  const verbChoice = snippetChoices(verbsOf(s.config));
  const id = nextFreeActionId(s) ?? "ID";
  // Who owns an action is most often one of the committee's organisations, else an attendee.
  const owner = snippetText(s.config.organisations[0]?.name ?? s.doc.attendees?.attendees[0]?.initials.text ?? "Owner");
  const levels = snippetChoices([...s.config.classification.levels, "confidential"]);
  const make = (label: string, detail: string, insertText: string): CompletionCandidate => ({ label, kind: "snippet", detail, insertText, snippet: true, replace });
  return [
    make("item", "a new agenda item, with an optional classification", `item \${1:${next}}: \${2:Title}\${3: [\${4|${levels}|}]}\n\n\${0}`),
    make("action", "a new action with the next free ID, and an optional due date", `action \${1:${id}}: \${2:${owner}} \${3|to,may|} \${4:do what is needed}.\${5: [due \${6:\${CURRENT_YEAR}-\${CURRENT_MONTH}-\${CURRENT_DATE}}]}\n\${0}`),
    make("update", "an update of an earlier action", "update ${1:ID}: ${2:the action as raised}\n\n${3:The update.} Status: ${4|Open,Closed|}.\n"),
    make(
      "update-superseded",
      "an update closing an action that a new action of this meeting replaces",
      `update \${1:ID}: \${2:the action as raised}\n\n\${3:The update.} This action has been closed and superseded by \${4:${id}}. Status: CLOSED.\n`,
    ),
    make("resolution", `one decision in a sentence: \`${body} ${verbsOf(s.config)[0] ?? "NOTED"} …\``, `${snippetText(body)} \${1|${verbChoice}|} \${2:the update}.\n`),
    make("resolutions", `a resolution block under \`${body}:\``, `${snippetText(body)}:\n- \${1|${verbChoice}|} \${2:the decision}; and\n- \${3|${verbChoice}|} \${0}.\n`),
    make("summary", "the public summary of a confidential item", "summary:\n${0}\nend summary\n"),
    make("confidential", "a passage withheld from the public version", "confidential:\n${0}\nend confidential\n"),
  ];
}

/** Text from the settings inside a snippet, where `$`, `}` and `\\` have a meaning: escaped. */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, "\\$&");
}

/** Values for a snippet's choice, `${1|a,b|}`: the characters that syntax gives a meaning to are escaped. */
function snippetChoices(values: readonly string[]): string {
  return values.map((v) => v.replace(/[,|\\]/g, "\\$&")).join(",");
}
