import fc from "fast-check";
import { LineIndex } from "../../packages/core/src/index.js";

/*
 * Random edits of a document as an editor sends them (LSP ranged changes), for the tests that
 * drive the server with many: where and how much are drawn in the abstract and placed on the
 * text they are applied to, so that every edit is valid whatever came before it.
 */

/** An edit in the abstract: where and how much are taken relative to the text it is applied to. */
export interface AbstractEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const fragment = fc.oneof(
  fc.constantFrom("", "", "\n", "\n\n", "\r\n", "\r", " (PD)", " (ZZ)", "(DKa)", " SECP77/09", " MP0O81", "item 30: Late item [RED]\n", "action SECP77/08: SECAS to act.\n", "update SECP76/02: Old.\n", "summary:\n", "end\n", "confidential:\n", "- AGREED ", "The Panel NOTED ", "// comment\n", "  AB   Anne Bee\n", "é", "😀", "[Post-meeting note: ", "]", ":"),
  fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
);

export const abstractEdit: fc.Arbitrary<AbstractEdit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 120 })),
  insert: fragment,
});

/** Keeps an offset off the middle of a `\r\n` pair and of a surrogate pair, where no LSP position can point. */
function settle(text: string, offset: number): number {
  if (offset > 0 && offset < text.length) {
    const before = text.charCodeAt(offset - 1);
    const after = text.charCodeAt(offset);
    if (before === 13 && after === 10) return offset - 1;
    if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return offset - 1;
  }
  return offset;
}

/** `edit` placed on `text`: the LSP change that makes it, and the text after it. */
export function placeEdit(text: string, edit: AbstractEdit) {
  const lines = new LineIndex(text);
  const start = settle(text, edit.at % (text.length + 1));
  const end = settle(text, Math.min(text.length, start + edit.remove));
  const range = { start: lines.positionAt(start), end: lines.positionAt(end) };
  return { change: { range, text: edit.insert }, text: text.slice(0, start) + edit.insert + text.slice(end) };
}
