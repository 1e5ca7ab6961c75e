/*
 * The vocabulary of the check specifications in this folder. A fixture is minutes text in
 * which `«...»` marks where a finding is expected; the helpers run the parser and every check
 * on it and compare the findings of one code with the marks, range for range.
 */
import { expect } from "vitest";
import {
  applyEdits,
  FolderIndex,
  parse,
  validate,
  type Diagnostic,
  type Document,
  type Fix,
  type MinutesConfig,
  type Severity,
} from "../../../../packages/core/src/index.js";
import { marked } from "../../../helpers/marked.js";
import { SEC_CONFIG } from "../../../helpers/minutes.js";

export { HEADER, meeting, SEC_CONFIG } from "../../../helpers/minutes.js";

export interface RunOptions {
  readonly config?: MinutesConfig;
  /** The folder the meeting is checked in; the meeting itself is added to it under `uri`. */
  readonly index?: FolderIndex;
  readonly uri?: string;
}

export interface Run {
  /** The fixture without its marks. */
  readonly text: string;
  readonly doc: Document;
  readonly diagnostics: Diagnostic[];
  /** The marked ranges, in document order. */
  readonly marks: { start: number; end: number; text: string }[];
}

export function run(source: string, options: RunOptions = {}): Run {
  const config = options.config ?? SEC_CONFIG;
  const uri = options.uri ?? "sec-panel-77.minutes";
  const { text, ranges } = marked(source);
  const doc = parse(text, { config });
  options.index?.set(uri, doc);
  const diagnostics = validate(doc, { config, uri, ...(options.index ? { index: options.index } : {}) });
  return { text, doc, diagnostics, marks: ranges };
}

/** `code` is reported exactly at each marked range (and nowhere else), each at `severity`. */
export function expectFindings(source: string, code: string, severity: Severity, options: RunOptions = {}): Run & { found: Diagnostic[] } {
  const result = run(source, options);
  const found = result.diagnostics.filter((d) => d.code === code);
  const at = (r: { start: number; end: number }) => `${r.start}-${r.end} ${JSON.stringify(result.text.slice(r.start, r.end))}`;
  expect(found.map((d) => at(d.range)), `where ${code} is reported`).toEqual(result.marks.map(at));
  for (const d of found) expect(d.severity, `severity of ${code}`).toBe(severity);
  return { ...result, found };
}

/** `code` is reported once, exactly at the one marked range; returns that finding. */
export function expectFinding(source: string, code: string, severity: Severity, options: RunOptions = {}): Run & { finding: Diagnostic } {
  const result = expectFindings(source, code, severity, options);
  expect(result.marks, "the fixture marks one range").toHaveLength(1);
  return { ...result, finding: result.found[0]! };
}

/** `code` is not reported anywhere in the text. */
export function expectNone(source: string, code: string, options: RunOptions = {}): Run {
  const result = run(source, options);
  const found = result.diagnostics.filter((d) => d.code === code).map((d) => `${d.code}: ${result.text.slice(d.range.start, d.range.end)} (${d.message})`);
  expect(found).toEqual([]);
  return result;
}

/** Nothing at all at warning or error level: the text is correct as far as every check goes. */
export function expectClean(source: string, options: RunOptions = {}): Run {
  const result = run(source, options);
  const found = result.diagnostics
    .filter((d) => d.severity === "error" || d.severity === "warning")
    .map((d) => `${d.code}: ${result.text.slice(d.range.start, d.range.end)} (${d.message})`);
  expect(found).toEqual([]);
  return result;
}

/** Every finding at warning or error level, as `code: marked text`, in document order. */
export function findingsOf(source: string, options: RunOptions = {}): string[] {
  const result = run(source, options);
  return result.diagnostics
    .filter((d) => d.severity === "error" || d.severity === "warning")
    .map((d) => `${d.code}: ${result.text.slice(d.range.start, d.range.end)}`);
}

/** The text after applying a fix's edits; fails if any edit could not be applied. */
export function applyFix(text: string, fix: Fix | undefined): string {
  expect(fix, "a fix is offered").toBeDefined();
  const { text: out, skipped } = applyEdits(text, fix!.edits);
  expect(skipped).toEqual([]);
  return out;
}

/** A committee folder holding the given meetings (uri -> minutes text), as the language server indexes one. */
export function folder(meetings: Record<string, string>, config: MinutesConfig = SEC_CONFIG): FolderIndex {
  const index = new FolderIndex(config);
  for (const [uri, text] of Object.entries(meetings)) index.set(uri, parse(text, { config }));
  return index;
}

/** The SEC Panel's settings with some overridden. */
export function withConfig(overrides: Partial<MinutesConfig>): MinutesConfig {
  return { ...SEC_CONFIG, ...overrides };
}
