// Two builds of the core library, parse + validate on the same generated meeting, alternating
// in one process, so that a change of the machine's load hits both alike.
//
//   node --expose-gc --no-allocation-site-pretenuring bench/compare-builds.mjs DIST_A DIST_B [BYTES] [SAMPLES]
//
// DIST_A and DIST_B are absolute paths of built `packages/core/dist` folders, each inside the
// workspace so that its imports resolve (copy the earlier build to `packages/core/base-dist`, say,
// and delete it after). It prints the fastest and the median sample of each, and B ÷ A.
import { readFileSync } from "node:fs";
import { generateMeeting, sequenceDigitsOf } from "./generate.mjs";

const [distA, distB, bytesArg = "25000", samplesArg] = process.argv.slice(2);
if (!distA || !distB || typeof globalThis.gc !== "function") {
  console.error("usage: node --expose-gc [--no-allocation-site-pretenuring] bench/compare-builds.mjs DIST_A DIST_B [BYTES] [SAMPLES]");
  process.exit(2);
}
const A = await import(`${distA}/index.js`);
const B = await import(`${distB}/index.js`);
const { config: settings } = A.readConfig(readFileSync(new URL("../examples/minutes.config.json", import.meta.url), "utf8"));
const text = generateMeeting(Number(bytesArg));
const config = { ...settings, actionIds: { ...settings.actionIds, sequenceDigits: sequenceDigitsOf(text) } };
const runA = () => A.validate(A.parse(text, { config }), { config });
const runB = () => B.validate(B.parse(text, { config }), { config });

// A small meeting is timed twenty runs at a time; each sample starts and ends with a young collection.
const large = text.length > 200_000;
const batch = large ? 1 : 20;
const samples = Number(samplesArg ?? (large ? 15 : 80));
for (const run of [runA, runB, runA, runB]) {
  const until = performance.now() + 800;
  for (let i = 0; i < 10 || performance.now() < until; i++) run();
}
const time = (run) => {
  globalThis.gc({ type: "minor" });
  const start = performance.now();
  for (let i = 0; i < batch; i++) run();
  globalThis.gc({ type: "minor" });
  return (performance.now() - start) / batch;
};
const a = [];
const b = [];
for (let s = 0; s < samples; s++) {
  if (s % 2) { b.push(time(runB)); a.push(time(runA)); } else { a.push(time(runA)); b.push(time(runB)); }
}
const at = (values, q) => [...values].sort((x, y) => x - y)[Math.floor(values.length * q)];
const ms = (v) => `${v.toFixed(3)} ms`;
console.log(`A: fastest ${ms(at(a, 0))}, median ${ms(at(a, 0.5))}`);
console.log(`B: fastest ${ms(at(b, 0))}, median ${ms(at(b, 0.5))}`);
console.log(`B ÷ A: fastest ${(at(b, 0) / at(a, 0)).toFixed(3)}, median ${(at(b, 0.5) / at(a, 0.5)).toFixed(3)}`);
