import type { Document, Range } from "@minutes/core";

/** 1-based line and column, as compilers print them. */
export function humanPosition(doc: Document, offset: number): { line: number; column: number } {
  const p = doc.lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

export function humanRange(doc: Document, range: Range) {
  return { start: humanPosition(doc, range.start), end: humanPosition(doc, range.end) };
}
