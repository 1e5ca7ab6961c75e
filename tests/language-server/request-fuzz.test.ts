import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResponseError } from "vscode-jsonrpc/node.js";
import type { Hover } from "vscode-languageserver-protocol";
import { diagnosticLines, expectedDiagnosticLines } from "../helpers/diagnostic-lines.js";
import { fileUri, LspClient, positionOf } from "../helpers/lsp-client.js";
import { EXAMPLES } from "../helpers/minutes.js";
import { abstractEdit, placeEdit } from "../helpers/random-edits.js";
import { plausibleOrEdited, SEEDS } from "../fuzz/support.js";

/*
 * Every request the server serves, sent over stdio with parameters drawn at random (seeded):
 * well formed, or with one part replaced by something an editor or a script might send by
 * mistake (a position at -1 or 2^31, a number where a URI belongs, a field missing, a range
 * backwards, an unknown format), while the document they ask about is being edited. No request
 * may go unanswered or be answered with InternalError (which means a handler threw), nothing
 * may be logged as failed, every range an answer about a document no one edits holds lies in
 * its text (and its edits do not overlap), and afterwards the server publishes for the edited document exactly
 * what a fresh parse and check give, and still answers. The bound is a count: 600 requests and
 * 150 edits, in batches of 20 sent at once.
 */

const INTERNAL_ERROR = -32603;
const REQUESTS = 600;
const EDITS = 150;
const BATCH = 20;

const TEXT_77 = readFileSync(path.join(EXAMPLES, "sec-panel-77.minutes"), "utf8");
const TEXT_78 = readFileSync(path.join(EXAMPLES, "sec-panel-78.minutes"), "utf8");

let folder: string;
let client: LspClient;
/**
 * Meeting 77, open and unchanged; meeting 78, indexed from disk and never opened; the scratch
 * meeting, open and edited, alone in a committee of its own; and for each batch a new meeting,
 * random minutes opened beside 77 and never changed (`fixedUri`).
 */
let uri77: string;
let uri78: string;
let scratchUri: string;
let fixedUri: string;
/** The texts of the documents no one edits, by URI: what an answer about one of them may point at. */
const fixedTexts = new Map<string, string[]>();

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "minutes-request-fuzz-"));
  cpSync(EXAMPLES, folder, { recursive: true });
  mkdirSync(path.join(folder, "scratch"));
  cpSync(path.join(EXAMPLES, "minutes.config.json"), path.join(folder, "scratch", "minutes.config.json"));
  uri77 = fileUri(path.join(folder, "sec-panel-77.minutes"));
  uri78 = fileUri(path.join(folder, "sec-panel-78.minutes"));
  scratchUri = fileUri(path.join(folder, "scratch", "sec-panel-78.minutes"));
  client = new LspClient();
  await client.initialize(folder);
  client.open(uri77, TEXT_77);
  fixedTexts.set(uri77, linesOf(TEXT_77));
  client.open(scratchUri, TEXT_78);
  await client.diagnosticsAt(scratchUri, 1);
});

afterAll(async () => {
  await client.shutdown();
  rmSync(folder, { recursive: true, force: true });
});

// ---------------------------------------------------------------- what is sent

const POSITIONAL = ["textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/documentHighlight", "textDocument/prepareRename", "textDocument/rename", "textDocument/completion"] as const;
const WHOLE_DOCUMENT = ["textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full", "textDocument/formatting", "textDocument/codeAction"] as const;
const CUSTOM = ["minutes/render", "minutes/preview", "minutes/register", "minutes/newMeeting", "minutes/export"] as const;
const METHODS = [...POSITIONAL, ...WHOLE_DOCUMENT, ...CUSTOM, "workspace/symbol"] as const;
type Method = (typeof METHODS)[number];

/** Which document a request is about: one of the three, or a URI that names none of them. */
type Target = "77" | "fixed" | "78" | "scratch" | "missing" | "untitled" | "http";

/** What may stand where a value belongs, by mistake. */
const wrongValue = fc.constantFrom<unknown>(null, "", "text", 0, -1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER, true, [], [1, 2], {}, { uri: 42 });
const wrongPosition = fc.constantFrom<unknown>(
  { line: -1, character: 0 },
  { line: 0, character: -1 },
  { line: 2 ** 31, character: 2 ** 31 },
  { line: Number.MAX_SAFE_INTEGER, character: 0 },
  { line: 1.5, character: 0 },
  { line: "1", character: "2" },
  { line: 3 },
  {},
  null,
  [1, 2],
);

/** A position somewhere in a document of `lines` lines, or just past its ends. */
const position = fc.record({ line: fc.integer({ min: 0, max: 420 }), character: fc.integer({ min: 0, max: 140 }) });

interface Draw {
  readonly method: Method;
  readonly target: Target;
  readonly at: { line: number; character: number };
  readonly to: { line: number; character: number };
  readonly word: string;
  readonly flags: readonly [boolean, boolean];
  /** Which part to spoil, if any: a key of the params, the position, the whole params. */
  readonly spoil: { readonly kind: "none" } | { readonly kind: "key"; readonly key: number; readonly value: unknown } | { readonly kind: "drop"; readonly key: number } | { readonly kind: "position"; readonly value: unknown };
}

const draw: fc.Arbitrary<Draw> = fc.record({
  method: fc.constantFrom(...METHODS),
  target: fc.constantFrom<Target>("77", "fixed", "fixed", "scratch", "scratch", "scratch", "78", "missing", "untitled", "http"),
  at: position,
  to: position,
  // New names, queries, formats and diagnostic codes: good ones and bad ones.
  word: fc.constantFrom("KL", "PD", "DKa", "SECP78/09", "SECP77/01", "", " ", "a b", "😀", "html", "docx", "md", "json", "csv", "pdf", "unknown-initials", "action-id-malformed", "resolution-verbs", "x".repeat(300)),
  flags: fc.tuple(fc.boolean(), fc.boolean()),
  spoil: fc.oneof(
    { weight: 6, arbitrary: fc.constant({ kind: "none" as const }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("key" as const), key: fc.nat(), value: wrongValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop" as const), key: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("position" as const), value: wrongPosition }) },
  ),
});

function uriOf(target: Target): string {
  switch (target) {
    case "77": return uri77;
    case "fixed": return fixedUri;
    case "78": return uri78;
    case "scratch": return scratchUri;
    case "missing": return fileUri(path.join(folder, "sec-panel-99.minutes"));
    case "untitled": return "untitled:Untitled-1";
    case "http": return "http://example.com/sec-panel-77.minutes";
  }
}

/** The well-formed params of a draw's request. */
function paramsOf(d: Draw): Record<string, unknown> {
  const textDocument = { uri: uriOf(d.target) };
  const range = { start: d.at, end: d.to };
  switch (d.method) {
    case "textDocument/references": return { textDocument, position: d.at, context: { includeDeclaration: d.flags[0] } };
    case "textDocument/rename": return { textDocument, position: d.at, newName: d.word };
    case "textDocument/completion": return { textDocument, position: d.at, context: d.flags[0] ? { triggerKind: 2, triggerCharacter: "(" } : { triggerKind: 1 } };
    case "textDocument/hover":
    case "textDocument/definition":
    case "textDocument/documentHighlight":
    case "textDocument/prepareRename":
      return { textDocument, position: d.at };
    case "textDocument/formatting": return { textDocument, options: { tabSize: 2, insertSpaces: d.flags[0] } };
    case "textDocument/codeAction":
      return { textDocument, range, context: { diagnostics: [{ range, message: "m", code: d.word, source: "minutes", severity: 1 }], only: d.flags[0] ? ["quickfix"] : undefined } };
    case "textDocument/documentSymbol":
    case "textDocument/foldingRange":
    case "textDocument/semanticTokens/full":
      return { textDocument };
    case "workspace/symbol": return { query: d.word };
    case "minutes/render": return { uri: textDocument.uri, format: d.word, confidential: d.flags[0], draft: d.flags[1] };
    // Written beside the source, in the temporary folder: never `outputUri`, which could point anywhere.
    case "minutes/export": return { uri: textDocument.uri, format: d.word, confidential: d.flags[0], draft: d.flags[1] };
    case "minutes/preview": return { uri: textDocument.uri, confidential: d.flags[0] };
    case "minutes/register": return d.flags[0] ? {} : { uri: textDocument.uri };
    case "minutes/newMeeting": return { uri: textDocument.uri };
  }
}

/** The params as sent: well formed, or with the part the draw names spoilt. */
function sentParams(d: Draw): unknown {
  const params = paramsOf(d);
  const keys = Object.keys(params);
  switch (d.spoil.kind) {
    case "none": return params;
    case "key": return keys.length === 0 ? d.spoil.value : { ...params, [keys[d.spoil.key % keys.length]!]: d.spoil.value };
    case "drop": {
      const { [keys[d.spoil.key % keys.length] ?? ""]: _dropped, ...rest } = params;
      return rest;
    }
    case "position":
      if ("position" in params) return { ...params, position: d.spoil.value };
      if ("range" in params) return { ...params, range: { start: d.at, end: d.spoil.value } };
      return params;
  }
}

// ---------------------------------------------------------------- the property

interface Answer {
  readonly method: Method;
  readonly params: unknown;
  readonly error?: number;
  readonly result?: unknown;
  /** The unedited document it was asked of, whose text its ranges can be checked against. */
  readonly about?: string;
}

// ---------------------------------------------------------------- what an answer may hold

interface Position {
  readonly line: number;
  readonly character: number;
}

function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Why `p` is no position in a document of these `lines`, or undefined: a line it has, a character within that line (its end included). */
function outside(lines: readonly string[], p: Position): string | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return "not two unsigned integers";
  if (p.line >= lines.length) return `line ${p.line} of ${lines.length}`;
  if (p.character > lines[p.line]!.length) return `character ${p.character} of a line of ${lines[p.line]!.length}`;
  return undefined;
}

const isPosition = (v: unknown): v is Position => typeof v === "object" && v !== null && typeof (v as Position).line === "number" && typeof (v as Position).character === "number";
const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/**
 * What is wrong with the ranges of an answer about the unedited document `uri`: each range in it
 * of a document whose text is known (but the diagnostics a code action echoes from its request)
 * must lie in that text and not run backwards; the edits one workspace edit makes to a document must not overlap;
 * semantic tokens must stay on their lines; folds must close after they open.
 */
function rangeProblems(method: Method, result: unknown, uri: string): string[] {
  const problems: string[] = [];
  // The edits of each workspace edit, by document: one code action's edit is applied whole, but the
  // code actions of one answer are alternatives, whose edits may well overlap one another's.
  const edits = new Map<string, { start: Position; end: Position }[]>();
  let workspaceEdit = 0;
  const editsOf = (file: string) => {
    const key = `${workspaceEdit} ${file}`;
    return edits.get(key) ?? edits.set(key, []).get(key)!;
  };
  const visit = (value: unknown, where: string, file: string) => {
    if (typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${where}[${i}]`, file));
    const node = value as Record<string, unknown>;
    const own = typeof node.uri === "string" ? node.uri : typeof node.targetUri === "string" ? node.targetUri : file;
    const lines = fixedTexts.get(own);
    if (lines && isPosition(node.start) && isPosition(node.end)) {
      const why = outside(lines, node.start) ?? outside(lines, node.end) ?? (before(node.start, node.end) ? undefined : "it runs backwards");
      if (why) problems.push(`${where}: ${JSON.stringify({ start: node.start, end: node.end })}: ${why}`);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === "diagnostics") continue;
      if (key === "changes" && typeof child === "object" && child !== null) {
        workspaceEdit++;
        for (const [target, list] of Object.entries(child as Record<string, { range: { start: Position; end: Position } }[]>)) {
          editsOf(target).push(...list.map((e) => e.range));
          visit(list, `${where}.changes[${target}]`, target);
        }
        continue;
      }
      if (key === "documentChanges" && Array.isArray(child)) {
        workspaceEdit++;
        for (const change of child as { textDocument?: { uri: string }; edits?: { range: { start: Position; end: Position } }[] }[]) {
          if (change.textDocument) editsOf(change.textDocument.uri).push(...(change.edits ?? []).map((e) => e.range));
        }
      }
      visit(child, `${where}.${key}`, own);
    }
  };
  visit(result, method, uri);
  // The edits one workspace edit makes to one document never overlap: an editor refuses such an edit whole.
  for (const [key, list] of edits) {
    const target = key.slice(key.indexOf(" ") + 1);
    const sorted = [...list].sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
    for (let i = 1; i < sorted.length; i++) if (!before(sorted[i - 1]!.end, sorted[i]!.start)) problems.push(`${method}: edits of ${target} overlap at ${JSON.stringify(sorted[i]!.start)}`);
  }
  const lines = fixedTexts.get(uri)!;
  if (method === "textDocument/semanticTokens/full") {
    const data = (result as { data: number[] }).data;
    if (data.length % 5 !== 0) problems.push(`semantic tokens: ${data.length} numbers, not a multiple of 5`);
    let line = 0;
    let character = 0;
    for (let i = 0; i + 4 < data.length; i += 5) {
      line += data[i]!;
      character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
      const why = outside(lines, { line, character }) ?? outside(lines, { line, character: character + data[i + 2]! });
      if (why || data[i + 2]! <= 0) problems.push(`semantic token ${i / 5} at ${line}:${character}, length ${data[i + 2]}: ${why ?? "empty"}`);
    }
  }
  if (method === "textDocument/foldingRange") {
    for (const fold of result as { startLine: number; endLine: number }[]) {
      if (!(fold.startLine <= fold.endLine && fold.endLine < lines.length)) problems.push(`fold ${fold.startLine}-${fold.endLine} of ${lines.length} lines`);
    }
  }
  return problems;
}

async function send(d: Draw): Promise<Answer> {
  const params = sentParams(d);
  // (The URI is read now: `fixedUri` is the batch's.)
  const asked = d.target === "77" ? uri77 : d.target === "fixed" ? fixedUri : undefined;
  try {
    // (Params that are not an object are sent over raw frames: tests/language-server/robustness.test.ts.)
    const result = await client.request(d.method, params);
    return { method: d.method, params, result, about: d.method === "workspace/symbol" || d.method === "minutes/register" ? uri77 : asked };
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    return { method: d.method, params, error: error.code };
  }
}

describe("the language server under random requests", () => {
  it(`answers ${REQUESTS} seeded requests of every kind, well formed or spoilt, sent while its document takes ${EDITS} edits: none with InternalError, nothing logged as failed, every range in the text, and it ends in step`, async () => {
    const draws = fc.sample(draw, { seed: SEEDS.lspRequests, numRuns: REQUESTS });
    const edits = fc.sample(abstractEdit, { seed: SEEDS.lspRequests, numRuns: EDITS });
    let text = TEXT_78;
    let version = 1;
    const answers: Answer[] = [];
    const fixed = fc.sample(plausibleOrEdited(TEXT_77), { seed: SEEDS.lspRequests, numRuns: REQUESTS / BATCH });
    for (let b = 0; b * BATCH < REQUESTS; b++) {
      fixedUri = fileUri(path.join(folder, `fixed-${b}.minutes`));
      fixedTexts.set(fixedUri, linesOf(fixed[b]!));
      client.open(fixedUri, fixed[b]!);
      // The edits go out between the requests of a batch, as an editor's keystrokes do: one
      // after every fourth request, each sent (the client writes in order) before the next request.
      const batchEdits = edits.slice((b * EDITS) / (REQUESTS / BATCH), ((b + 1) * EDITS) / (REQUESTS / BATCH));
      const batch: Promise<Answer>[] = [];
      for (const [k, d] of draws.slice(b * BATCH, (b + 1) * BATCH).entries()) {
        batch.push(send(d));
        const edit = k % (BATCH / batchEdits.length) === BATCH / batchEdits.length - 1 ? batchEdits[Math.floor(k / (BATCH / batchEdits.length))] : undefined;
        if (!edit) continue;
        const placed = placeEdit(text, edit);
        text = placed.text;
        await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: scratchUri, version: ++version }, contentChanges: [placed.change] });
      }
      answers.push(...(await Promise.all(batch)));
    }

    expect(answers).toHaveLength(REQUESTS);
    expect(version).toBe(EDITS + 1);
    // A handler that threw is answered with InternalError: name each, with what was sent.
    const thrown = answers.filter((a) => a.error === INTERNAL_ERROR).map((a) => `${a.method} ${JSON.stringify(a.params)?.slice(0, 300)}`);
    expect(thrown).toEqual([]);
    expect(client.logs.filter((m) => / failed: /.test(m))).toEqual([]);
    // The draws reach the handlers' work, not only their refusals: every method answers some
    // request with a result.
    const answered = new Set(answers.filter((a) => a.error === undefined).map((a) => a.method));
    expect(METHODS.filter((m) => !answered.has(m))).toEqual([]);
    // What the answers about unedited documents point at is in them.
    const checkable = answers.filter((a) => a.about !== undefined && a.error === undefined);
    expect(checkable.length).toBeGreaterThan(REQUESTS / 5);
    expect(checkable.flatMap((a) => rangeProblems(a.method, a.result, a.about!).map((p) => `${p} (asked ${JSON.stringify(a.params)?.slice(0, 200)})`))).toEqual([]);

    // In step: the edited document's diagnostics are those of a fresh parse and check of its text.
    const final = await client.diagnosticsAt(scratchUri, EDITS + 1);
    expect(diagnosticLines(final)).toEqual(expectedDiagnosticLines(scratchUri, text));
    expect(client.process.exitCode).toBeNull();
    const offset = TEXT_77.indexOf("The Chair (PD)") + "The Chair (".length;
    const hover = await client.request<Hover>("textDocument/hover", { textDocument: { uri: uri77 }, position: positionOf(TEXT_77, offset) });
    expect((hover.contents as { value: string }).value).toContain("Peter Davies");
  });
});
