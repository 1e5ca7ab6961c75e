import fc from "fast-check";
import type { Diagnostic, Document, Range } from "../../packages/core/src/index.js";

/*
 * Shared pieces of the property tests: generators of minutes-like text and the checks of the
 * model's ranges. Every property runs with a fixed seed and a bounded number of runs, so a
 * failure is reproduced by running the suite again (fast-check prints the seed and path).
 */

/** Seeds of the properties, one each, so that adding a property does not change the others' inputs. */
export const SEEDS = {
  lexInPieces: 20_241_201,
  arbitraryText: 20_240_101,
  plausibleLines: 20_240_102,
  exampleEdits: 20_240_103,
  exportMarkers: 20_240_201,
  htmlEscaping: 20_240_202,
  lspEdits: 20_240_301,
  wordLoops: 20_240_104,
  formatting: 20_240_105,
  inlineReferences: 20_240_106,
  grammarAgreement: 20_240_107,
  formattingReading: 20_240_108,
  certainFixes: 20_240_109,
  renaming: 20_240_110,
  renamingActions: 20_240_111,
  fixesApply: 20_240_112,
  lspRequests: 20_240_302,
  commandLines: 20_240_401,
  wordXml: 20_240_203,
  settings: 20_240_113,
  namesAtEnd: 20_240_114,
} as const;

// ---------------------------------------------------------------- text generators

/** Characters the lexer cares about, plus the awkward ones: line breaks of every kind (a word processor's too), NUL, BOM, lone surrogates. */
const SPECIAL = ["\n", "\r", "\r\n", "\0", "\t", " ", "  ", "(", ")", "[", "]", ":", "/", "-", "*", "•", "//", "\uFEFF", "\u2028", "\u2029", "\u000b", "\u0007", "\u0013", "\u001f", "\uD800", "\uDC00", "é", "😀", "\u0301"];

/** One unit of arbitrary text: any code point (astral included) or one of the awkward characters. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
);

/** Arbitrary strings, sometimes with a very long line (a fragment repeated up to 20,000 characters). */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit, maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit, maxLength: 60 }), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 40 }), fc.integer({ min: 1_000, max: 20_000 }), fc.string({ unit, maxLength: 60 }))
      .map(([before, fragment, length, after]) => before + fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length) + after),
  },
);

const word = fc.constantFrom("the", "Panel", "SECAS", "DCC", "noted", "that", "update", "action", "item", "end", "status", "summary", "confidential", "Status:", "Open.", "CLOSED.", "AGREED", "NOTED", "agreed", "to", "may", "The", "of", "on", "a", "[due", "2020-03-01]", "]", "[", ":", "MP081", "MP0O81", "DP101", "SECMP0062", "SECP77/01", "SEC76/01", "SECP7/1", "superseded", "by", "é", "😀", "<b>", "\u000b", "Item", "Confidential:", "Private", "PRIVATE", "(PRIVATE, Part 2)", "-", "It", "thanked", "Chief Executive (CEO)", "unwell", "\u0013", "Confidential section:", "[Confidential:", "3. Pay [PRIVATE]");
const initials = fc.constantFrom("PD", "KL", "DKa", "DKi", "DK", "AH", "RH", "ZZ", "X", "ABCDE", "ABCDEF", "pd", "Pd", "MWa", "LE", "DL");
const actionId = fc.constantFrom("SECP77/01", "SECP77/02", "SECP78/01", "SECP76/03", "SEC76/01", "SECP77/1", "SECP77/001", "X1/1", "77/01", "SECP77/", "");
const level = fc.constantFrom("RED", "AMBER", "GREEN", "WHITE", "confidential", "RDE", "", "red", "RED]");
const date = fc.constantFrom("2020-02-14", "14 February 2020", "2020-02-30", "2020-13-01", "tomorrow", "", "2020-03-13", "1 Jan 2021");

/** A run of prose: words, mentions `(XX)`, IDs, references and post-meeting notes. */
export const proseText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word },
      { weight: 2, arbitrary: initials.map((i) => `(${i})`) },
      { weight: 1, arbitrary: initials },
      { weight: 1, arbitrary: actionId },
      { weight: 1, arbitrary: fc.constantFrom("[Post-meeting note:", "[Post-meeting note: done.]", "(Charlotte Semp)", "(RFI)", "Request For Information (RFI)") },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((words) => words.join(" "));

const indent = fc.constantFrom("", "", "", "  ", "\t", "    ");
const fieldLine = fc
  .tuple(fc.constantFrom("meeting", "number", "reference", "status", "date", "time", "venue", "classification", "next meeting"), fc.oneof(proseText, date, level, fc.constantFrom("77", "78", "x", "10:00-13:00", "13:00-10:00", "draft", "final")))
  .map(([k, v]) => `${k}: ${v}`);
const attendeeLine = fc
  .tuple(initials, fc.constantFrom("Peter Davies", "Del Kang", "Ro Crawford", "x"), fc.constantFrom("", "(part)", "(part, teleconference)", "(alternate for Paul Fitzgerald)", "(of SECAS)", "(Part) (Teleconference)", "(chair", "()"))
  .map(([i, n, note]) => `  ${i}   ${n}   ${note}`);
const groupLine = fc.constantFrom("apologies:", "absent:", "category: SEC Panel Members", "group: DCC", "group: SECAS", "category: SECAS", "category:", "group:");
const itemLine = fc
  .tuple(fc.constantFrom("1", "2", "3", "10", "x", "", "0", "99999999999999999999"), proseText, level)
  .map(([n, t, l]) => `item ${n}: ${t}${l ? ` [${l}]` : ""}`);

/** One plausible line of a .minutes file (without its line break). */
export const plausibleLine: fc.Arbitrary<string> = fc
  .tuple(
    indent,
    fc.oneof(
      { weight: 1, arbitrary: fieldLine },
      { weight: 1, arbitrary: fc.constantFrom("attendees:") },
      { weight: 1, arbitrary: groupLine },
      { weight: 2, arbitrary: attendeeLine },
      { weight: 2, arbitrary: itemLine },
      { weight: 1, arbitrary: proseText.map((t) => `heading: ${t}`) },
      { weight: 2, arbitrary: fc.constantFrom("summary:", "end summary", "confidential:", "end confidential", "end", "end  summary", "endsummary") },
      {
        weight: 2,
        arbitrary: fc
          .tuple(actionId, fc.option(fc.oneof(initials, fc.constantFrom("SECAS", "The DCC", "PD and KL", "SECAS, on behalf of the Panel,")), { freq: 2 }), proseText, fc.constantFrom("", " [due 2020-06-12]", " [due never]", " [due"))
          .map(([id, owner, t, due]) => `action ${id}: ${owner ? `${owner} to ` : ""}${t}${due}`),
      },
      { weight: 2, arbitrary: fc.tuple(actionId, proseText).map(([id, t]) => `update ${id}: ${t}`) },
      { weight: 1, arbitrary: fc.constantFrom("Status: Open.", "Status: CLOSED.", "status: open", "Status: Done.", "This action has been closed and superseded by SECP77/01. Status: Closed.") },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom("- ", "* ", "• ", "-"), fc.constantFrom("", "AGREED ", "NOTED ", "Noted ", "APPROVES "), proseText).map(([b, v, t]) => `${b}${v}${t}`) },
      { weight: 1, arbitrary: fc.constantFrom("The Panel:", "The SEC Panel:", "The Committee:", "Points raised:") },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("The Panel ", "The SEC Panel ", "The DCC "), fc.constantFrom("NOTED ", "AGREED ", "agreed ", "NOTE "), proseText).map(([b, v, t]) => `${b}${v}${t}`) },
      { weight: 6, arbitrary: proseText },
      { weight: 4, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: fc.constantFrom("// a note to self", "// minutes-disable-next-line unknown-initials", "// minutes-disable-file reference-malformed, action-numbering", "// minutes-disable-next-line", "// minutes-disable-file nonsense-code") },
    ),
  )
  .map(([i, line]) => i + line);

/**
 * A document of plausible lines, shaped like minutes most of the time: header fields, then an
 * attendee list, then items whose bodies are any plausible lines (so everything can turn up
 * anywhere), joined by a mix of line breaks.
 */
export const plausibleDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 5, arbitrary: fieldLine }, { weight: 1, arbitrary: plausibleLine }), { maxLength: 10 }),
    fc.option(fc.array(fc.oneof({ weight: 5, arbitrary: attendeeLine }, { weight: 2, arbitrary: groupLine }, { weight: 1, arbitrary: plausibleLine }), { maxLength: 12 }), { freq: 4 }),
    fc.array(fc.tuple(itemLine, fc.array(plausibleLine, { maxLength: 16 })), { maxLength: 6 }),
    fc.constantFrom("\n", "\n", "\n", "\r\n", "\r", "mixed"),
  )
  .chain(([header, attendees, items, eol]) => {
    const lines = [...header, ...(attendees ? ["", "attendees:", ...attendees] : []), ...items.flatMap(([item, body]) => ["", item, "", ...body])];
    const breaks = eol === "mixed" ? fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: lines.length, maxLength: lines.length }) : fc.constant(lines.map(() => eol));
    return breaks.map((b) => lines.map((l, i) => l + b[i]).join(""));
  });

/** What one random edit does; positions are taken modulo the text's length when it is applied. */
export type Edit =
  | { readonly op: "insert"; readonly at: number; readonly text: string }
  | { readonly op: "delete"; readonly at: number; readonly length: number }
  | { readonly op: "split"; readonly at: number; readonly eol: string }
  | { readonly op: "paste"; readonly from: number; readonly length: number; readonly at: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(plausibleLine.map((l) => `${l}\n`), plausibleLine, fc.string({ unit, maxLength: 20 })) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 2_000 })) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("split" as const), at: fc.nat(), eol: fc.constantFrom("\n", "\n\n", "\r\n", "\r") }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("paste" as const), from: fc.nat(), length: fc.integer({ min: 1, max: 3_000 }), at: fc.nat() }) },
);

export function applyEdit(text: string, e: Edit): string {
  const at = (n: number) => n % (text.length + 1);
  switch (e.op) {
    case "insert":
      return text.slice(0, at(e.at)) + e.text + text.slice(at(e.at));
    case "delete":
      return text.slice(0, at(e.at)) + text.slice(at(e.at) + e.length);
    case "split":
      return text.slice(0, at(e.at)) + e.eol + text.slice(at(e.at));
    case "paste": {
      const fragment = text.slice(at(e.from), at(e.from) + e.length);
      return text.slice(0, at(e.at)) + fragment + text.slice(at(e.at));
    }
  }
}

/** Plausible minutes, or the reference text after up to eight random edits. */
export function plausibleOrEdited(reference: string): fc.Arbitrary<string> {
  return fc.oneof(plausibleDocument, fc.array(edit, { maxLength: 8 }).map((edits) => edits.reduce(applyEdit, reference)));
}

// ---------------------------------------------------------------- range checks

function isRange(value: unknown): value is Range {
  return typeof value === "object" && value !== null && typeof (value as Range).start === "number" && typeof (value as Range).end === "number";
}

/** Every range in a part of the model (any object with numeric `start` and `end`), with the path it was found at. */
export function rangesIn(node: unknown, path = "", out: { path: string; range: Range }[] = [], seen = new Set<unknown>()): { path: string; range: Range }[] {
  if (typeof node !== "object" || node === null || seen.has(node)) return out;
  seen.add(node);
  if (isRange(node)) out.push({ path, range: node });
  for (const [key, value] of Object.entries(node)) {
    if (key === "lines" || key === "diagnostics" || typeof value === "string") continue;
    rangesIn(value, `${path}.${key}`, out, seen);
  }
  return out;
}

function inside(inner: Range, outer: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

const show = (r: Range) => `[${r.start},${r.end})`;

/**
 * The problems with a document's ranges (empty when all is well): every range inside the
 * text and not reversed; items in order and not overlapping; every block inside its item and
 * every range of a block inside that block; every attendee and group inside the attendee section.
 */
export function rangeProblems(doc: Document): string[] {
  const problems: string[] = [];
  const length = doc.text.length;
  for (const { path, range } of rangesIn(doc)) {
    if (!(Number.isInteger(range.start) && Number.isInteger(range.end) && 0 <= range.start && range.start <= range.end && range.end <= length)) {
      problems.push(`${path} ${show(range)} is not a range of a text of length ${length}`);
    }
  }
  doc.items.forEach((item, i) => {
    const next = doc.items[i + 1];
    if (next && item.end > next.start) problems.push(`items[${i}] ${show(item)} overlaps or follows items[${i + 1}] ${show(next)}`);
    if (!inside(item.headerRange, item)) problems.push(`items[${i}].headerRange ${show(item.headerRange)} outside the item ${show(item)}`);
    for (const { path, range } of rangesIn(item)) {
      if (!inside(range, item)) problems.push(`items[${i}]${path} ${show(range)} outside the item ${show(item)}`);
    }
    const blocks = (list: Document["items"][number]["blocks"], where: string, outer: Range) => {
      list.forEach((block, b) => {
        const next = list[b + 1];
        if (next && block.end > next.start) problems.push(`${where}[${b}] ${show(block)} overlaps ${where}[${b + 1}] ${show(next)}`);
        if (!inside(block, outer)) problems.push(`${where}[${b}] ${show(block)} outside its container ${show(outer)}`);
        for (const { path, range } of rangesIn(block)) {
          if (!inside(range, block)) problems.push(`${where}[${b}]${path} (${block.kind}) ${show(range)} outside its block ${show(block)}`);
        }
        if (block.kind === "summary" || block.kind === "confidential") blocks(block.blocks, `${where}[${b}].blocks`, block);
      });
    };
    blocks(item.blocks, `items[${i}].blocks`, item);
  });
  const section = doc.attendees;
  if (section) {
    for (const a of section.attendees) {
      if (!inside(a, section)) problems.push(`attendee ${show(a)} outside the attendees ${show(section)}`);
      for (const t of [a.initials, a.name, ...a.notes]) {
        if (!inside(t, a)) problems.push(`attendee token ${show(t)} outside its line ${show(a)}`);
      }
    }
    for (const g of section.groups) {
      if (!inside(g, section)) problems.push(`group ${show(g)} outside the attendees ${show(section)}`);
    }
  }
  return problems;
}

/** The problems with diagnostics: ranges (fix edits and same-document related ranges included) and messages. */
export function diagnosticProblems(diagnostics: readonly Diagnostic[], text: string, otherTexts: ReadonlyMap<string, string> = new Map()): string[] {
  const problems: string[] = [];
  const within = (r: Range, length: number) => Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= length;
  // `undefined`, `NaN` or `[object Object]` in a message is a value printed by mistake, unless the user typed it.
  const leaks = [/\bundefined\b/, /\[object Object\]/, /\bNaN\b/].filter((pattern) => !pattern.test(text));
  const wordsOk = (message: string) => message.trim().length > 0 && !leaks.some((pattern) => pattern.test(message));
  for (const d of diagnostics) {
    const label = `${d.code} ${show(d.range)} "${d.message.slice(0, 120)}"`;
    if (!within(d.range, text.length)) problems.push(`${label}: range outside a text of length ${text.length}`);
    if (!wordsOk(d.message)) problems.push(`${label}: bad message`);
    if (!d.code || d.code.includes("undefined")) problems.push(`${label}: bad code`);
    if (d.code === "internal-error" || d.code === "internal-check-error") problems.push(`${label}: an internal error was caught`);
    for (const fix of d.fixes ?? []) {
      if (!wordsOk(fix.title)) problems.push(`${label}: bad fix title "${fix.title}"`);
      for (const e of fix.edits) if (!within(e.range, text.length)) problems.push(`${label}: fix edit ${show(e.range)} outside the text`);
    }
    for (const r of d.related ?? []) {
      const target = r.uri === undefined ? text : otherTexts.get(r.uri);
      if (target !== undefined && !within(r.range, target.length)) problems.push(`${label}: related ${r.uri ?? "(same)"} ${show(r.range)} outside its text`);
      if (!wordsOk(r.message)) problems.push(`${label}: bad related message "${r.message}"`);
    }
  }
  return problems;
}

/** Shortens a failing input for a report: long texts are shown by their length and ends. */
export function brief(text: string): string {
  return text.length <= 400 ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, 200))}…(${text.length} chars)…${JSON.stringify(text.slice(-200))}`;
}
