// Throughput of parse + validate against baselines run in the same process on the same bytes.
// Candidates run round-robin, so a change of machine load hits all of them alike; the figure
// is the median of the runs, in CPU-independent wall time on an otherwise idle machine.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateMeeting, sequenceDigitsOf } from "./generate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const { parse, validate, readConfig } = await import(path.join(root, "packages/core/dist/index.js"));
const { marked } = await import(require.resolve("marked"));
const MarkdownIt = (await import(require.resolve("markdown-it"))).default;

const { config: secPanel } = readConfig(readFileSync(path.join(root, "examples/minutes.config.json"), "utf8"));
let config = secPanel;
const markdownIt = new MarkdownIt();
const LINE = /^(?:item|action|update)\b|\([A-Z][A-Za-z]{1,4}\)|[A-Z]+\d+\/\d+/;

export const CANDIDATES = {
  "split + regex": (text) => {
    let n = 0;
    for (const line of text.split("\n")) if (LINE.test(line)) n++;
    return n;
  },
  "marked.lexer": (text) => marked.lexer(text).length,
  "markdown-it": (text) => markdownIt.parse(text, {}).length,
  parse: (text) => parse(text, { config }).items.length,
  "parse + validate": (text) => validate(parse(text, { config }), { config }).length,
};

/** A collection of the young generation, when the process exposes the collector. */
function collectYoung() {
  globalThis.gc?.({ type: "minor" });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median milliseconds per candidate for one text. Each sample times `batch` runs in a row, so that
 * a sample of a small document holds its share of garbage collection (a single run of 25 KB is
 * shorter than the pause that collects it, and its median left the collector out, more for some
 * candidates than others) and is long enough that the machine's jitter is small beside it.
 */
export function measure(text, runs, batch = 1) {
  const times = Object.fromEntries(Object.keys(CANDIDATES).map((k) => [k, []]));
  // Warm every candidate up before measuring, so that each is timed as compiled code and not
  // while the JIT is still at work on it: at least 20 runs and one second each, whichever is longer.
  for (const f of Object.values(CANDIDATES)) {
    const until = performance.now() + 1000;
    for (let i = 0; i < 20 || performance.now() < until; i++) f(text);
  }
  for (let r = 0; r < runs; r++) {
    for (const [name, f] of Object.entries(CANDIDATES)) {
      // Each sample starts with an empty young generation and ends by collecting it (with `node
      // --expose-gc`, as `pnpm bench` runs it), inside the time: every candidate pays for
      // collecting its own garbage, and only its own. Otherwise a candidate pays for the garbage
      // the one before it left, and which candidate follows which decides part of the figures.
      collectYoung();
      const start = performance.now();
      for (let b = 0; b < batch; b++) f(text);
      collectYoung();
      times[name].push((performance.now() - start) / batch);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

export function throughput() {
  const sizes = [
    { label: "25 KB", bytes: 25_000, runs: 100, batch: 20 },
    { label: "1 MB", bytes: 1_000_000, runs: 15 },
    { label: "10 MB", bytes: 10_000_000, runs: 5 },
  ];
  const results = [];
  for (const size of sizes) {
    const text = generateMeeting(size.bytes);
    // A long generated meeting numbers its actions with three or four digits; the settings follow.
    config = { ...secPanel, actionIds: { ...secPanel.actionIds, sequenceDigits: sequenceDigitsOf(text) } };
    const mb = Buffer.byteLength(text) / 1e6;
    const ms = measure(text, size.runs, size.batch);
    const row = { size: size.label, bytes: Buffer.byteLength(text), ms, mbPerSecond: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, mb / (v / 1000)])) };
    row.ratios = {
      "parse + validate / marked.lexer": ms["marked.lexer"] / ms["parse + validate"],
      "parse + validate / markdown-it": ms["markdown-it"] / ms["parse + validate"],
    };
    results.push(row);
  }
  return results;
}

// `node --expose-gc [V8 flags] bench/throughput.mjs --json`: the rows, as JSON, measured under the
// flags this process was started with (bench/run.mjs runs it with the product's and with Node's own).
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes("--json")) {
  process.stdout.write(JSON.stringify(throughput()));
}
