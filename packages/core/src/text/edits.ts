import type { Diagnostic, TextEdit } from "../diagnostics.js";

/** Applies non-overlapping edits to a text. Edits that overlap an earlier one are skipped and returned. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; skipped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const skipped: TextEdit[] = [];
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.range.start < at || edit.range.end > text.length || edit.range.start > edit.range.end) {
      skipped.push(edit);
      continue;
    }
    out += text.slice(at, edit.range.start) + edit.newText;
    at = edit.range.end;
  }
  return { text: out + text.slice(at), skipped };
}

/**
 * The edits of every certain fix, one fix a diagnostic, leaving out any fix that would
 * overlap another: what `minutes check --fix` applies.
 */
export function certainEdits(diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; fixed: Diagnostic[] } {
  const edits: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes?.find((f) => f.certain);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => e.range.start < t.end && t.start < e.range.end))) continue;
    edits.push(...fix.edits);
    taken.push(...fix.edits.map((e) => e.range));
    fixed.push(d);
  }
  return { edits, fixed };
}
