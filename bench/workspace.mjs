// Cold index of a committee's twenty years across sub-committees: 1,000 generated meetings in
// five folders, written to disk first, then read and indexed from scratch by a fresh process
// with the language server's own indexing code, so time and peak memory are the index's own.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateMeeting } from "./generate.mjs";

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), "..");
const FOLDERS = 5;
const MEETINGS = 1000;

if (process.argv[2] === "--index") {
  // The measured process indexes the folders as the language server does at start, with the
  // server's own code: every file listed and read (strictly UTF-8), parsed into the committee of
  // its folder under the settings file above it, then the action tables built.
  // Under the language server's own V8 settings, as its entry sets them.
  (await import(path.join(root, "packages/node-files/dist/index.js"))).tuneRuntime();
  const { validate } = await import(path.join(root, "packages/core/dist/index.js"));
  const { Committees } = await import(path.join(root, "packages/language-server/dist/committees.js"));
  const workspace = process.argv[3];
  const committees = new Committees(() => {});
  const start = performance.now();
  const meetings = await committees.indexFolder(pathToFileURL(workspace).href, () => {});
  const indexes = committees.all().map((committee) => committee.index);
  for (const index of indexes) index.allActions().next(); // builds the action table
  const coldIndexMs = performance.now() - start;
  const peakAfterIndexMB = (process.resourceUsage().maxRSS * 1024) / 1e6;
  let bytes = 0;
  for (const index of indexes) for (const m of index.meetings()) bytes += m.doc.text.length;
  const checkStart = performance.now();
  let problems = 0;
  for (const index of indexes) for (const m of index.meetings()) problems += validate(m.doc, { config: index.config, uri: m.uri, index }).length;
  const checkAllMs = performance.now() - checkStart;
  const index = indexes[0];
  const edited = index.meetings()[100].uri;
  process.stdout.write(JSON.stringify({
    meetings,
    folders: indexes.length,
    megabytes: bytes / 1e6,
    coldIndexMs,
    peakRssMB: peakAfterIndexMB,
    checkAllMs,
    problems,
    recheckAfterEdit: { edited: path.basename(edited), meetingsToRecheck: index.dependents(edited).length, ofMeetingsInFolder: index.size },
  }));
} else {
  const workspace = mkdtempSync(path.join(os.tmpdir(), "minutes-bench-workspace-"));
  try {
    // One settings file for the committee and its sub-committees, above their folders.
    copyFileSync(path.join(root, "examples/minutes.config.json"), path.join(workspace, "minutes.config.json"));
    for (let i = 0; i < MEETINGS; i++) {
      const folder = path.join(workspace, `committee-${i % FOLDERS}`);
      mkdirSync(folder, { recursive: true });
      const number = 100 + Math.floor(i / FOLDERS);
      const date = new Date(Date.UTC(2005, 0, 1) + Math.floor(i / FOLDERS) * 7 * 86400000).toISOString().slice(0, 10);
      const text = generateMeeting(6_000, number).replace(/^date: .*$/m, `date: ${date}`).replace(/^next meeting: .*$/m, "");
      writeFileSync(path.join(folder, `meeting-${String(number).padStart(4, "0")}.minutes`), text);
    }
    process.stdout.write(execFileSync(process.execPath, [here, "--index", workspace], { encoding: "utf8" }));
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
