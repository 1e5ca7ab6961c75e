// Export of the reference minutes to each format.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { parse, readConfig, exportDocument, EXPORT_FORMATS } = await import(path.join(root, "packages/core/dist/index.js"));
const { config } = readConfig(readFileSync(path.join(root, "examples/minutes.config.json"), "utf8"));
const doc = parse(readFileSync(path.join(root, "examples/sec-panel-77.minutes"), "utf8"), { config });

export async function exportTimes(runs = 20) {
  const out = {};
  for (const format of EXPORT_FORMATS) {
    for (let i = 0; i < 3; i++) await exportDocument(doc, { format, config, draft: true });
    const times = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      size = (await exportDocument(doc, { format, config, draft: true })).bytes.length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    out[format] = { ms: times[Math.floor(runs / 2)], bytes: size };
  }
  return out;
}
