#!/usr/bin/env node
// Latency of the built language server as an editor sees it, over stdio.
//
//   node bench/lsp-latency.mjs                 the reference minutes (examples/sec-panel-77.minutes)
//   node bench/lsp-latency.mjs --doc 1mb       a ~1 MB meeting made of the reference's items
//   options: --n 200 (edits per phase)  --warmup 20 (edits before measuring)  --out FILE
//
// Needs the server built (`pnpm run build`). For each of N edits (a character inserted into a
// prose line, then deleted, alternately, so the text keeps coming back to the original):
//   diagnostics          didChange sent -> publishDiagnostics for that version received
//   completion           completion after `(` in a prose line, once the diagnostics are in (idle server)
//   completion-on-change completion sent right after the didChange, while the server checks the new version
//   diagnostics-with-completion   the diagnostics latency of those same edits
//   completion-mid-check completion sent when the server should be half-way through validating:
//                        after the median diagnostics latency so far times (parse + validate/2) /
//                        (parse + validate), the split measured in-process
// Prints p50/p95/max in milliseconds and writes them to bench/results/lsp-latency.json, one entry
// per document (the other entries in the file are kept).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SERVER_BIN = path.join(ROOT, "packages/language-server/bin/minutes-language-server.js");
const EXAMPLES = path.join(ROOT, "examples");

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const DOC = option("doc", "reference");
const N = Number(option("n", "200"));
const WARMUP = Number(option("warmup", "20"));
const OUT = path.resolve(option("out", path.join(ROOT, "bench/results/lsp-latency.json")));
if (!["reference", "1mb"].includes(DOC)) {
  console.error(`lsp-latency: --doc is "reference" (default) or "1mb", not "${DOC}"`);
  process.exit(2);
}

let core;
try {
  core = await import(pathToFileURL(path.join(ROOT, "packages/core/dist/index.js")).href);
  readFileSync(path.join(ROOT, "packages/language-server/dist/main.js"));
} catch {
  console.error("lsp-latency: build first: `pnpm run build` (or npx tsc -b packages/core packages/language-server)");
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// The document and its committee folder

const reference = readFileSync(path.join(EXAMPLES, "sec-panel-77.minutes"), "utf8");
const baseConfig = JSON.parse(readFileSync(path.join(EXAMPLES, "minutes.config.json"), "utf8"));

/**
 * About `bytes` of minutes: the reference's header, attendees and item 1 once, then items 2 to
 * 23 repeated with items renumbered and fresh action IDs (SECP77/001, 002, ...: three digits, so
 * the committee's settings say three). Valid apart from the reference's own slips, which each
 * copy of the items keeps (DKi, SECMPO0062).
 */
function generateMeeting(bytes) {
  const threeDigits = (text) => text.replace(/\b(SECP\d+)\/(\d{2})\b/g, "$1/0$2");
  const item2 = reference.indexOf("\nitem 2:") + 1;
  const tail = reference.search(/\nnext meeting:/) + 1;
  const head = threeDigits(reference.slice(0, item2));
  const items = threeDigits(reference.slice(item2, tail));
  const parts = [head];
  let size = head.length;
  let item = 1;
  let action = 1;
  while (size < bytes) {
    const copy = items
      .replace(/^item \d+:/gm, () => `item ${++item}:`)
      .replace(/^action SECP77\/\d+:/gm, () => `action SECP77/${String(++action).padStart(3, "0")}:`);
    parts.push(copy);
    size += copy.length;
  }
  parts.push(reference.slice(tail));
  return parts.join("");
}

const folder = mkdtempSync(path.join(os.tmpdir(), "minutes-bench-"));
let file;
let config = baseConfig;
if (DOC === "1mb") {
  config = { ...baseConfig, actionIds: { ...baseConfig.actionIds, sequenceDigits: 3 } };
  writeFileSync(path.join(folder, "minutes.config.json"), JSON.stringify(config, null, 2));
  file = path.join(folder, "sec-panel-77-1mb.minutes");
  writeFileSync(file, generateMeeting(1_000_000));
} else {
  cpSync(EXAMPLES, folder, { recursive: true });
  file = path.join(folder, "sec-panel-77.minutes");
}
const original = readFileSync(file, "utf8");
const uri = pathToFileURL(file).toString();

function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}
const anchor = "The Chair (PD) questioned";
const at = original.indexOf(anchor);
if (at < 0) throw new Error(`the document has no "${anchor}"`);
/** Where the character is inserted and deleted: after "questioned", in prose. */
const editAt = positionOf(original, at + anchor.length);
/** Where completion is asked for: just after `(`. */
const completeAt = positionOf(original, at + "The Chair (".length);

// In-process timings of one parse and one check of the document, for context and for the mid-check delay.
const { config: coreConfig } = core.readConfig(JSON.stringify(config));
// The first two runs warm up and are not counted.
const inProcess = { parse: [], validate: [] };
for (let i = 0; i < (DOC === "1mb" ? 7 : 22); i++) {
  let t = performance.now();
  const doc = core.parse(original, { config: coreConfig });
  const parseMs = performance.now() - t;
  const index = new core.FolderIndex(coreConfig);
  index.set(uri, doc);
  t = performance.now();
  core.validate(doc, { config: coreConfig, uri, index });
  const validateMs = performance.now() - t;
  if (i < 2) continue;
  inProcess.parse.push(parseMs);
  inProcess.validate.push(validateMs);
}

// ---------------------------------------------------------------------------------------------
// The server

const server = spawn(process.execPath, [SERVER_BIN, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiters = new Map();
const published = new Map();
connection.onNotification("textDocument/publishDiagnostics", (p) => {
  if (p.uri !== uri || p.version === undefined) return;
  const now = performance.now();
  published.set(p.version, { at: now, count: p.diagnostics.length });
  waiters.get(p.version)?.(now);
  waiters.delete(p.version);
});
connection.onNotification("window/logMessage", () => {});
connection.onRequest("client/registerCapability", () => null);
connection.onRequest("window/workDoneProgress/create", () => null);
connection.listen();

/** Resolves with the time the diagnostics for `version` arrived. */
function diagnosticsAt(version) {
  const known = published.get(version);
  if (known) return Promise.resolve(known.at);
  return new Promise((resolve) => waiters.set(version, resolve));
}

await connection.sendRequest("initialize", {
  processId: process.pid,
  rootUri: pathToFileURL(folder).toString(),
  workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: "bench" }],
  capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
});
await connection.sendNotification("initialized", {});
let version = 1;
const opened = performance.now();
await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "minutes", version, text: original } });
const openMs = (await diagnosticsAt(version)) - opened;
const diagnosticCount = published.get(version).count;

let inserted = false;
/** The next edit: insert "x" at editAt, or delete it again. */
function nextChange() {
  const change = inserted
    ? { range: { start: editAt, end: { line: editAt.line, character: editAt.character + 1 } }, text: "" }
    : { range: { start: editAt, end: editAt }, text: "x" };
  inserted = !inserted;
  return { textDocument: { uri, version: ++version }, contentChanges: [change] };
}

async function completion() {
  const t = performance.now();
  const items = await connection.sendRequest("textDocument/completion", { textDocument: { uri }, position: completeAt });
  if (!items.some((i) => i.label === "PD")) throw new Error("completion after ( did not offer PD");
  return performance.now() - t;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const parseShare = median(inProcess.parse) / (median(inProcess.parse) + median(inProcess.validate));
/** Every diagnostics latency of phase A, warm-up included: the mid-check delay follows them. */
const checkTimes = [];
const delays = [];

const samples = { diagnostics: [], completion: [], "completion-on-change": [], "diagnostics-with-completion": [], "completion-mid-check": [] };

async function phase(count, record) {
  for (let i = 0; i < count; i++) {
    // Phase A: an edit, its diagnostics, then completion on the idle server.
    {
      const params = nextChange();
      const t = performance.now();
      await connection.sendNotification("textDocument/didChange", params);
      const arrived = await diagnosticsAt(params.textDocument.version);
      checkTimes.push(arrived - t);
      const c = await completion();
      if (record) {
        samples.diagnostics.push(arrived - t);
        samples.completion.push(c);
      }
    }
    // Phase B: an edit and, at once, a completion request (typing `(` does just that).
    {
      const params = nextChange();
      const t = performance.now();
      await connection.sendNotification("textDocument/didChange", params);
      const c = completion();
      const arrived = await diagnosticsAt(params.textDocument.version);
      const cMs = await c;
      if (record) {
        samples["completion-on-change"].push(cMs);
        samples["diagnostics-with-completion"].push(arrived - t);
      }
    }
    // Phase C: an edit and a completion request sent half-way through the check.
    {
      const params = nextChange();
      const delay = median(checkTimes) * (parseShare + (1 - parseShare) / 2);
      await connection.sendNotification("textDocument/didChange", params);
      await sleep(delay);
      const c = await completion();
      await diagnosticsAt(params.textDocument.version);
      if (record) {
        samples["completion-mid-check"].push(c);
        delays.push(delay);
      }
    }
  }
}

await phase(WARMUP, false);
await phase(N, true);
if (inserted) {
  // Leave the document as it was (and check that the server agrees it is).
  const params = nextChange();
  await connection.sendNotification("textDocument/didChange", params);
  await diagnosticsAt(params.textDocument.version);
}
const finalCount = published.get(version).count;

await connection.sendRequest("shutdown");
await connection.sendNotification("exit");
await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once("exit", resolve)));
connection.dispose();
rmSync(folder, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Figures

function stats(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const round = (x) => Math.round(x * 100) / 100;
  return { n: xs.length, p50: round(q(0.5)), p95: round(q(0.95)), max: round(sorted.at(-1)), mean: round(xs.reduce((a, b) => a + b, 0) / xs.length) };
}

const figures = {
  command: `node bench/lsp-latency.mjs${DOC === "1mb" ? " --doc 1mb" : ""}${N !== 200 ? ` --n ${N}` : ""}${WARMUP !== 20 ? ` --warmup ${WARMUP}` : ""}`,
  date: new Date().toISOString(),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
  document: {
    name: DOC === "1mb" ? "generated from examples/sec-panel-77.minutes (items 2-23 repeated)" : "examples/sec-panel-77.minutes",
    bytes: Buffer.byteLength(original),
    lines: original.split("\n").length,
    diagnostics: diagnosticCount,
    diagnosticsAfterEdits: finalCount,
  },
  edits: { perPhase: N, warmup: WARMUP, phases: 3, total: version - 1 },
  unit: "ms",
  openToDiagnostics: Math.round(openMs * 100) / 100,
  inProcess: { parse: stats(inProcess.parse), validate: stats(inProcess.validate) },
  midCheckDelay: stats(delays),
  latency: Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, stats(xs)])),
};

console.log(`lsp-latency: ${figures.document.name}: ${figures.document.bytes} bytes, ${figures.document.lines} lines, ${diagnosticCount} diagnostics`);
console.log(`  ${N} measured edits per phase after ${WARMUP} warm-up (${figures.edits.total} edits in all), ${figures.node}, ${figures.platform}`);
console.log(`  didOpen -> diagnostics: ${figures.openToDiagnostics} ms; in-process parse p50 ${figures.inProcess.parse.p50} ms, validate p50 ${figures.inProcess.validate.p50} ms; mid-check delay p50 ${figures.midCheckDelay.p50} ms`);
console.log(`  ${"measure".padEnd(30)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"max".padStart(9)}   (ms)`);
for (const [k, s] of Object.entries(figures.latency)) {
  console.log(`  ${k.padEnd(30)} ${s.p50.toFixed(2).padStart(9)} ${s.p95.toFixed(2).padStart(9)} ${s.max.toFixed(2).padStart(9)}`);
}
if (finalCount !== diagnosticCount) console.log(`  note: ${finalCount} diagnostics after the edits, ${diagnosticCount} before (the text is the same)`);

mkdirSync(path.dirname(OUT), { recursive: true });
let all = {};
try {
  all = JSON.parse(readFileSync(OUT, "utf8"));
} catch {
  // First run: a new file.
}
all[DOC] = figures;
writeFileSync(OUT, `${JSON.stringify(all, null, 2)}\n`);
console.log(`  written to ${path.relative(process.cwd(), OUT) || OUT} (entry "${DOC}")`);
