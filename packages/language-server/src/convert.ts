import type { Diagnostic as CoreDiagnostic, Document, Fix, Range as CoreRange } from "@minutes/core";
import { inLineEndsOf } from "@minutes/core";
import {
  DiagnosticSeverity,
  ErrorCodes,
  ResponseError,
  type Diagnostic,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";

/*
 * The one place where core's offsets meet LSP's line/character positions (UTF-16, as both
 * count). Features convert at the edge and never compute positions themselves.
 */

export function toRange(doc: Document, range: CoreRange): Range {
  return { start: doc.lines.positionAt(range.start), end: doc.lines.positionAt(range.end) };
}

/**
 * A position from the client as an offset. Lines and characters past the end are clamped (as
 * LSP asks); a position that is not two unsigned integers is refused (InvalidParams), rather
 * than turned into a NaN offset that comes back as `null` in ranges.
 */
export function toOffset(doc: Document, position: Position): number {
  checkPosition(position);
  return doc.lines.offsetAt(position);
}

/** A position from a client must be two unsigned integers; anything else is a bad request, not a crash. */
export function checkPosition(position: Position): void {
  const valid = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  if (!position || !valid(position.line) || !valid(position.character)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `A position must be { line, character } with unsigned integers, not ${JSON.stringify(position) ?? "nothing"}.`);
  }
}

const SEVERITY: Record<CoreDiagnostic["severity"], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: Document, uri: string, d: CoreDiagnostic, docOf: (uri: string) => Document | undefined): Diagnostic {
  return {
    range: toRange(doc, d.range),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: `https://github.com/minutes-tools/minutes/blob/main/docs/diagnostics.md#${d.code}` },
    source: "minutes",
    message: d.message,
    ...(d.related && d.related.length > 0
      ? {
          relatedInformation: d.related.flatMap((r) => {
            const target = r.uri ?? uri;
            const targetDoc = r.uri ? docOf(r.uri) : doc;
            return targetDoc ? [{ location: { uri: target, range: toRange(targetDoc, r.range) }, message: r.message }] : [];
          }),
        }
      : {}),
    // No fixes in `data`: a code action request finds them among the tree's own findings
    // (code-actions.ts), so they are not sent with every finding at every check.
  };
}

/** A fix's edits as LSP text edits, in the document's own line ends, so a file never gets mixed ones. */
export function toTextEdits(doc: Document, fix: Pick<Fix, "edits">): TextEdit[] {
  return inLineEndsOf(fix.edits, doc.text).map((e) => ({ range: toRange(doc, e.range), newText: e.newText }));
}

export function toWorkspaceEdit(doc: Document, uri: string, fix: Pick<Fix, "edits">): WorkspaceEdit {
  return { changes: { [uri]: toTextEdits(doc, fix) } };
}
