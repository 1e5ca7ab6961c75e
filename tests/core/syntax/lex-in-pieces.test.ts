import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lex, lexSteps } from "../../../packages/core/src/syntax/lexer.js";
import { parse, parseSteps } from "../../../packages/core/src/index.js";
import { runToEnd } from "../../../packages/core/src/steps.js";
import { example, SEC_CONFIG } from "../../helpers/minutes.js";
import { SEEDS } from "../../fuzz/support.js";

/*
 * A large text is lexed in pieces cut before item lines, with a pause between them, so that the
 * language server answers requests meanwhile. The pieces must give exactly the tokens of the
 * whole: the same types, the same text, at the same offsets.
 */

const tokensOf = (tokens: readonly { tokenType: { name: string }; image: string; startOffset: number; endOffset?: number }[]) =>
  tokens.map((t) => [t.tokenType.name, t.image, t.startOffset, t.endOffset]);

function inPieces(text: string, piece: number): { tokens: ReturnType<typeof tokensOf>; pauses: number } {
  const steps = lexSteps(text, piece);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { tokens: tokensOf(step.value), pauses };
    pauses++;
  }
}

/** Lines of every kind the lexer reads, and lines that look like them. */
const LINES = [
  "item 2: Staffing [RED]",
  "item 3 (continued): Budget",
  "  item 4: indented",
  "item",
  "items: none",
  "item 5 was discussed and",
  "action SECP77/01: KL to consider the following:",
  "action SECP77/02: PD to write",
  "update SECP70/01: SECAS reported progress. Status: Open.",
  "(a) the first point;",
  "(b) the second point.",
  "1. a numbered line",
  "- a bullet",
  "\u00a0- a pasted bullet",
  "\u200b",
  "// a comment: with a colon",
  "",
  "confidential:",
  "end confidential",
  "summary:",
  "end summary",
  "heading: Finance",
  "The Panel AGREED:",
  "The Panel NOTED the report under section 100A",
  "(4) of the Act.",
  "attendees:",
  "  PD   Peter Davies",
  "meeting: SEC Panel Meeting 77",
];

const text = fc
  .array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom("\n", "\n", "\n", "\r\n")), { minLength: 1, maxLength: 60 })
  .map((lines) => lines.map(([line, end]) => line + end).join(""));

describe("lexing a large text in pieces", () => {
  it("gives the tokens of one lex of the whole, for any text and any size of piece (seeded)", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 400 }), (source, piece) => {
        expect(inPieces(source, piece).tokens).toEqual(tokensOf(lex(source).tokens));
      }),
      { seed: SEEDS.lexInPieces, numRuns: 400 },
    );
  });

  it("pauses between the pieces of the reference minutes repeated, and parses them to the same tree", () => {
    const reference = example("sec-panel-77.minutes");
    const large = reference + reference.slice(reference.indexOf("\nitem 1:") + 1).repeat(5);
    const { tokens, pauses } = inPieces(large, 20_000);
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(tokens).toEqual(tokensOf(lex(large).tokens));
    // (`parseSteps` lexes in pieces of its own size; with the text above it, the tree is `parse`'s.)
    expect(runToEnd(parseSteps(large, { config: SEC_CONFIG })).items.length).toBe(parse(large, { config: SEC_CONFIG }).items.length);
  });

  it("lexes a text no longer than a piece at once", () => {
    expect(inPieces("item 1: A\n\nThe Panel NOTED it.\n", 1000).pauses).toBe(0);
  });
});
