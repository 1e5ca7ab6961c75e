import { it } from "vitest";
import { parse, validate } from "../../../../packages/core/src/index.js";
import { SEC_CONFIG, meeting } from "../../../helpers/minutes.js";
import { readFileSync } from "node:fs";
it("scratch", () => {
  const text = readFileSync(process.env.SCR!, "utf8");
  const full = process.env.RAW ? text : meeting(text);
  const doc = parse(full, { config: SEC_CONFIG });
  const out: string[] = [];
  for (const d of validate(doc, { config: SEC_CONFIG })) {
    out.push([d.severity, d.code, JSON.stringify(full.slice(d.range.start, d.range.end)), "--", d.message, d.fixes ? JSON.stringify(d.fixes.map(f => [f.title, f.certain, f.edits.map(e=>e.newText)])) : ""].join(" "));
  }
  console.log(out.join("\n"));
});
