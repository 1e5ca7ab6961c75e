import type { Diagnostic } from "vscode-languageserver-protocol";
import { FolderIndex, parse, validate } from "../../packages/core/src/index.js";
import { SEC_CONFIG } from "./minutes.js";

/*
 * Diagnostics as one line each, `code line:char-line:char severity message`, so that what the
 * server published over the wire and what core computes in-process compare as plain strings.
 */

/** The server's diagnostics, in its order. */
export function diagnosticLines(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.message}`);
}

/** What the server should publish for `text` as the only meeting of its committee, computed in-process. */
export function expectedDiagnosticLines(uri: string, text: string): string[] {
  const index = new FolderIndex(SEC_CONFIG);
  const doc = parse(text, { config: SEC_CONFIG });
  index.set(uri, doc);
  const severity = { error: 1, warning: 2, information: 3, hint: 4 } as const;
  return validate(doc, { config: SEC_CONFIG, uri, index }).map((d) => {
    const start = doc.lines.positionAt(d.range.start);
    const end = doc.lines.positionAt(d.range.end);
    return `${d.code} ${start.line}:${start.character}-${end.line}:${end.character} ${severity[d.severity]} ${d.message}`;
  });
}
