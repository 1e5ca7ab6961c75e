import type { Diagnostic, TextEdit } from "../diagnostics.js";
import { inLineEndsOf } from "./line-ends.js";

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

/**
 * Every certain fix of `text`, applied in rounds: one fix can make another certain (a passage's
 * opener fixed, its closer has a passage to close). `findings` gives the findings of a text, the
 * first round's being `diagnostics`, and is asked after each round; at most `rounds` rounds. The edits are written in the
 * text's own line ends. What `minutes check --fix` and the editor's "fix all" both apply.
 */
export function fixInRounds(
  text: string,
  diagnostics: readonly Diagnostic[],
  findings: (text: string) => readonly Diagnostic[],
  rounds = 5,
): { text: string; fixed: number } {
  let fixed = 0;
  let current = diagnostics;
  for (let round = 0; round < rounds; round++) {
    const certain = certainEdits(current);
    if (certain.edits.length === 0) break;
    text = applyEdits(text, inLineEndsOf(certain.edits, text)).text;
    fixed += certain.fixed.length;
    // (Asked after every round that changed the text, the last too: a caller keeps the findings of the text returned.)
    current = findings(text);
  }
  return { text, fixed };
}

/** One edit that turns `before` into `after`: the part between what they share at the start and at the end. */
export function differenceEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never between the halves of a surrogate pair or of a CRLF, where no editor position points.
  const splits = (text: string, at: number) => {
    const a = text.charCodeAt(at - 1);
    const b = text.charCodeAt(at);
    return (a === 13 && b === 10) || (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff);
  };
  while (start > 0 && (splits(before, start) || splits(after, start))) start--;
  while (end > 0 && (splits(before, before.length - end) || splits(after, after.length - end))) end--;
  return { range: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}
