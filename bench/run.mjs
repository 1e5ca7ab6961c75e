#!/usr/bin/env node
// `pnpm bench`: throughput against baselines, the cold index of 1,000 meetings, export times,
// and (when bench/lsp-latency.mjs is present) editor latency over stdio. Prints tables and
// writes bench/results/latest.json. Figures, not assertions: see docs/performance.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exportTimes } from "./export.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
// The V8 settings the command line and the language server start with (packages/node-files/src/runtime.ts).
const { RUNTIME_FLAGS, tuneRuntime } = await import(path.join(here, "../packages/node-files/dist/index.js"));
// The exports below run here, as `minutes export` runs them.
tuneRuntime();
const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 1e9), node: process.version, loadAverage: os.loadavg().map((l) => l.toFixed(2)) };
console.log(`Machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadAverage.join(" ")}`);

const fmt = (n, d = 1) => n.toLocaleString("en-GB", { minimumFractionDigits: d, maximumFractionDigits: d });

/**
 * Throughput in a process of its own, started with `flags`: every candidate, ours and the
 * baselines, runs in it, on the same bytes, under the same settings.
 */
function throughputUnder(flags, title) {
  console.log(`\nThroughput (MB/s, median; generated minutes), ${title}`);
  const rows = JSON.parse(execFileSync(process.execPath, ["--expose-gc", ...flags, path.join(here, "throughput.mjs"), "--json"], { encoding: "utf8", maxBuffer: 1 << 26 }));
  const names = Object.keys(rows[0].ms);
  console.log(["size", ...names, "p+v ÷ marked", "p+v ÷ markdown-it"].map((h) => h.padStart(17)).join(""));
  for (const r of rows) {
    console.log([r.size, ...names.map((n) => fmt(r.mbPerSecond[n])), `${fmt(r.ratios["parse + validate / marked.lexer"], 2)}×`, `${fmt(r.ratios["parse + validate / markdown-it"], 2)}×`].map((c) => String(c).padStart(17)).join(""));
  }
  return { flags, rows };
}

const throughput = {
  product: throughputUnder(RUNTIME_FLAGS, `as the command line and the language server run (${RUNTIME_FLAGS.join(" ")})`),
  nodeDefaults: throughputUnder([], "under Node's own settings (a program that uses the core library in its process)"),
};

console.log("\nWorkspace: cold index of 1,000 meetings in 5 folders, read from disk by a fresh process");
const workspace = JSON.parse(execFileSync(process.execPath, [path.join(here, "workspace.mjs")], { encoding: "utf8" }));
console.log(`  ${workspace.meetings} meetings, ${fmt(workspace.megabytes)} MB: indexed in ${fmt(workspace.coldIndexMs, 0)} ms, peak RSS ${fmt(workspace.peakRssMB, 0)} MB`);
console.log(`  checking every meeting: ${fmt(workspace.checkAllMs, 0)} ms`);
console.log(`  an edit to ${workspace.recheckAfterEdit.edited} re-checks ${workspace.recheckAfterEdit.meetingsToRecheck} of the ${workspace.recheckAfterEdit.ofMeetingsInFolder} meetings of its folder`);

console.log("\nExport of the reference minutes (median ms)");
const exports = await exportTimes();
for (const [format, r] of Object.entries(exports)) console.log(`  ${format.padEnd(5)} ${fmt(r.ms, 2).padStart(8)} ms  ${r.bytes.toLocaleString("en-GB")} bytes`);

let latency;
const latencyScript = path.join(here, "lsp-latency.mjs");
if (existsSync(latencyScript) && !process.argv.includes("--no-lsp")) {
  console.log("\nEditor latency over stdio (bench/lsp-latency.mjs)");
  execFileSync(process.execPath, [latencyScript], { stdio: "inherit" });
  execFileSync(process.execPath, [latencyScript, "--doc", "1mb"], { stdio: "inherit" });
  latency = "see bench/results/lsp-latency*.json";
}

mkdirSync(path.join(here, "results"), { recursive: true });
writeFileSync(path.join(here, "results", "latest.json"), JSON.stringify({ date: new Date().toISOString(), machine, throughput, workspace, exports, latency }, null, 2));
console.log("\nSaved bench/results/latest.json");
