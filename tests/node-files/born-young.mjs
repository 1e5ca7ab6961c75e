// Run by runtime.test.ts in a process of its own (`node --allow-natives-syntax born-young.mjs
// [--tune] ROOT`): parses a few large documents, then one small one, and prints how many of the
// small one's model objects V8 allocated straight into the old generation.
import { readFileSync } from "node:fs";
import path from "node:path";

const root = process.argv.at(-1);
const { tuneRuntime } = await import(path.join(root, "packages/node-files/dist/index.js"));
if (process.argv.includes("--tune")) tuneRuntime();
const { parse, readConfig } = await import(path.join(root, "packages/core/dist/index.js"));
const { generateMeeting, sequenceDigitsOf } = await import(path.join(root, "bench/generate.mjs"));
const { config: settings } = readConfig(readFileSync(path.join(root, "examples/minutes.config.json"), "utf8"));
const big = generateMeeting(1_000_000);
const config = { ...settings, actionIds: { ...settings.actionIds, sequenceDigits: sequenceDigitsOf(big) } };
const isYoung = new Function("o", "return %InYoungGeneration(o)");

// Large models that outlive young collections: what leads V8 to pretenure the sites that make them.
const kept = [];
for (let i = 0; i < 24; i++) {
  kept.push(parse(big, { config }));
  if (kept.length > 2) kept.shift();
}
const small = parse(readFileSync(path.join(root, "examples/sec-panel-77.minutes"), "utf8"), { config: settings });
let total = 0;
let old = 0;
const seen = new Set();
(function walk(value) {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  total++;
  if (!isYoung(value)) old++;
  for (const child of Array.isArray(value) ? value : Object.values(value)) walk(child);
})(small.items);
process.stdout.write(JSON.stringify({ total, old, kept: kept.length }));
