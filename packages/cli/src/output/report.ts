import type { Diagnostic, Document } from "@minutes/core";
import { humanPosition, humanRange } from "./positions.js";

export interface FileReport {
  /** The path as the user gave it (or as found in a folder), relative to the working folder. */
  readonly file: string;
  readonly doc: Document;
  readonly diagnostics: readonly Diagnostic[];
}

/** `file:line:col: severity: message [code]`, one a line. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const { file, doc, diagnostics } of reports) {
    for (const d of diagnostics) {
      const { line, column } = humanPosition(doc, d.range.start);
      lines.push(`${file}:${line}:${column}: ${d.severity}: ${d.message} [${d.code}]`);
    }
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

export function summary(reports: readonly FileReport[]): string {
  const count = (s: string) => reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === s).length, 0);
  const errors = count("error");
  const warnings = count("warning");
  const files = reports.length === 1 ? "1 file" : `${reports.length} files`;
  if (errors + warnings === 0) return `${files} checked: no problems.\n`;
  return `${files} checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}.\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function formatJson(reports: readonly FileReport[]): string {
  const problems = reports.flatMap(({ file, doc, diagnostics }) =>
    diagnostics.map((d) => ({
      file,
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: humanRange(doc, d.range),
      fixes: (d.fixes ?? []).map((f) => ({
        title: f.title,
        certain: f.certain,
        edits: f.edits.map((e) => ({ range: humanRange(doc, e.range), newText: e.newText })),
      })),
    })),
  );
  return JSON.stringify(problems, null, 2) + "\n";
}
