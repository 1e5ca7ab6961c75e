import { readFileSync } from "node:fs";
import path from "node:path";
import { FolderIndex, parse, readConfig, validate, type Diagnostic, type Document, type MinutesConfig } from "../../packages/core/src/index.js";
import { marked } from "./marked.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const EXAMPLES = path.join(ROOT, "examples");

export function example(name: string): string {
  return readFileSync(path.join(EXAMPLES, name), "utf8");
}

/** The SEC Panel's settings, as shipped in examples/. */
export const SEC_CONFIG: MinutesConfig = readConfig(example("minutes.config.json")).config;

/** A small, correct meeting to build test cases on: the header and attendees; items follow. */
export const HEADER = `meeting: SEC Panel Meeting 77
number: 77
date: 2020-02-14
time: 10:00-13:00

attendees:
category: SEC Panel Members
group: SEC Panel Chair
  PD   Peter Davies
group: Small Suppliers
  KL   Karen Lee
group: DCC
  DL   Dan Lambert          (alternate for Ro Crawford)
category: Representing Other Participants
group: DCC
  DKa  Del Kang             (part, teleconference)
category: SECAS
  DK   David Kemp           (part)
  RH   Robin Healey
apologies:
  MG   Mike Gibson
`;

/** HEADER plus the given items. */
export function meeting(items: string, header = HEADER): string {
  return `${header}\n${items}`;
}

/** `meeting(items)` held as meeting `number` on `date` (ISO), for folders of several meetings. */
export function meetingOn(number: number, date: string, items: string): string {
  return meeting(items).replace("meeting: SEC Panel Meeting 77", `meeting: SEC Panel Meeting ${number}`).replace("number: 77", `number: ${number}`).replace("date: 2020-02-14", `date: ${date}`);
}

export function check(text: string, config: MinutesConfig = SEC_CONFIG, index?: FolderIndex, uri = "test.minutes"): { doc: Document; diagnostics: Diagnostic[] } {
  const doc = parse(text, { config });
  index?.set(uri, doc);
  return { doc, diagnostics: validate(doc, { config, uri, ...(index ? { index } : {}) }) };
}

/** The findings at warning or error level, as `code@marked text`, for comparison with the fixture's marks. */
export function findings(source: string, options: { config?: MinutesConfig; levels?: string[] } = {}) {
  const { text, ranges } = marked(source);
  const { doc, diagnostics } = check(text, options.config);
  const levels = options.levels ?? ["error", "warning"];
  const actual = diagnostics
    .filter((d) => levels.includes(d.severity))
    .map((d) => ({ code: d.code, text: text.slice(d.range.start, d.range.end) }));
  return { doc, diagnostics, actual, marks: ranges.map((r) => r.text), text };
}

/** Codes found at warning/error level, and the marked text they point at. */
export function codesAt(source: string, config?: MinutesConfig): string[] {
  return findings(source, config ? { config } : {}).actual.map((f) => `${f.code}: ${f.text}`);
}
