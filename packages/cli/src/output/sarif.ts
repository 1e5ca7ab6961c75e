import type { Diagnostic } from "@minutes/core";
import { humanRange } from "./positions.js";
import type { FileReport } from "./report.js";

const LEVEL: Record<Diagnostic["severity"], string> = { error: "error", warning: "warning", information: "note", hint: "note" };

/** SARIF 2.1.0, the format code-scanning tools read. */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const codes = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const rules = codes.map((code) => ({
    id: code,
    name: code,
    helpUri: `https://github.com/minutes-tools/minutes/blob/main/docs/diagnostics.md#${code}`,
  }));
  const results = reports.flatMap(({ file, doc, diagnostics }) =>
    diagnostics.map((d) => {
      const r = humanRange(doc, d.range);
      return {
        ruleId: d.code,
        ruleIndex: codes.indexOf(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.split("\\").join("/") },
              region: { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column },
            },
          },
        ],
        ...(d.fixes && d.fixes.length > 0
          ? {
              fixes: d.fixes.map((f) => ({
                description: { text: f.title },
                artifactChanges: [
                  {
                    artifactLocation: { uri: file.split("\\").join("/") },
                    replacements: f.edits.map((e) => {
                      const er = humanRange(doc, e.range);
                      return {
                        deletedRegion: { startLine: er.start.line, startColumn: er.start.column, endLine: er.end.line, endColumn: er.end.column },
                        insertedContent: { text: e.newText },
                      };
                    }),
                  },
                ],
              })),
            }
          : {}),
      };
    }),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "minutes", version, informationUri: "https://github.com/minutes-tools/minutes", rules } }, results }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
