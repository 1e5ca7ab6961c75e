// Cold index of a committee's twenty years across sub-committees: 1,000 generated meetings in
// five folders, parsed and indexed from scratch in a fresh process so peak memory is its own.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateMeeting } from "./generate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { parse, validate, readConfig, FolderIndex } = await import(path.join(root, "packages/core/dist/index.js"));
const { config } = readConfig(readFileSync(path.join(root, "examples/minutes.config.json"), "utf8"));

const FOLDERS = 5;
const MEETINGS = 1000;
// Texts are made before the clock starts: the benchmark times indexing, not generation.
const texts = Array.from({ length: MEETINGS }, (_, i) => {
  const number = 100 + Math.floor(i / FOLDERS);
  const date = new Date(Date.UTC(2005, 0, 1) + Math.floor(i / FOLDERS) * 7 * 86400000).toISOString().slice(0, 10);
  return generateMeeting(6_000, number).replace(/^date: .*$/m, `date: ${date}`).replace(/^next meeting: .*$/m, "");
});
const bytes = texts.reduce((n, t) => n + t.length, 0);
global.gc?.();
const rssBefore = process.memoryUsage().rss;

const start = performance.now();
const indexes = Array.from({ length: FOLDERS }, () => new FolderIndex(config));
texts.forEach((text, i) => indexes[i % FOLDERS].set(`file:///committee-${i % FOLDERS}/meeting-${i}.minutes`, parse(text, { config })));
for (const index of indexes) index.allActions().next(); // builds every action table
const indexMs = performance.now() - start;

const checkStart = performance.now();
let problems = 0;
for (const index of indexes) for (const m of index.meetings()) problems += validate(m.doc, { config, uri: m.uri, index }).length;
const checkMs = performance.now() - checkStart;

// An edit to one meeting: what must be checked again.
const index = indexes[0];
const edited = index.meetings()[100].uri;
const dependents = index.dependents(edited);

const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({
  meetings: MEETINGS,
  folders: FOLDERS,
  megabytes: bytes / 1e6,
  coldIndexMs: indexMs,
  checkAllMs: checkMs,
  problems,
  peakRssMB: peakRss / 1e6,
  rssBeforeMB: rssBefore / 1e6,
  recheckAfterEdit: { edited: path.basename(edited), meetingsToRecheck: dependents.length, ofMeetingsInFolder: index.size },
}));
