import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { IGrammar } from "vscode-textmate";
import { parse } from "../../packages/core/src/parse.js";
import { lex } from "../../packages/core/src/syntax/lexer.js";
import { LineIndex } from "../../packages/core/src/text/line-index.js";
import { SEEDS } from "../fuzz/support.js";
import { loadGrammar, tokenizeLines } from "./textmate.js";

/*
 * The editor colours what the parser reads: on generated minutes, every line the lexer makes part
 * of an action or an update, of a list item, of prose or of a structural line, the grammar colours
 * as one. The lines are drawn from the shapes where the two are most easily told apart: numbers
 * that continue a sentence or start an item, colons before sub-tasks, comment lines between,
 * statuses, due dates, owners, passages and blank lines of invisible characters, each indented
 * or followed by spaces, tabs, no-break or zero-width spaces at random.
 *
 * A post-meeting note, closed or not, is among the lines: the marks that end a line inside it end
 * the clause, as the lexer reads them. The owner an action's
 * text starts with is coloured as the parser reads it, but for two cases a line's tokenizer cannot
 * see: a verb that starts the next line, and a text that is only `AB to`; and one the lexer
 * reads otherwise: under `action ID:` and a space of another kind than a space, a tab or a
 * no-break space.
 */

const LINES = [
  // Prose that ends a clause, and that does not.
  "The Board may act under", "The Board acted.", "It was set out as follows:", "options;", "SECAS to support them by", "superseded by",
  "by SECP77/01.", "(PD) to note", "AB, CD to act", "PD, CD to do", "PD to:", "to", ":", ";", ".", "end of list:", "act.\u00a0", "act:\u00a0",
  "act:\u200b", "x.\t", "  continued words", "see [Post-meeting note: done] below:", "[Post-meeting note: see below;", "and [Post-meeting note: to follow", "[Post-meeting note:", "[due 1 May 2025];", "[due 3 June 2025]",
  // Numbers and bullets.
  "(b) the Board may", "(c) it acted.", "2. second", "10. ten", "iv) roman", "(iv) roman", "a) small", "   (d) indented",
  "\u00a0(e) indented with a no-break space", "\t(f) tab indented", "- bullet", "- bullet.", "• dot:", "- AGREED the budget;",
  "- report them. [due 1 May 2025]",
  // Comments and blank lines.
  "// comment", "// comment.", "// a note:", "  // indented comment", "", "\u00a0", "\u200b", " \t ",
  // Structural lines and resolutions.
  "heading: H", "The Panel NOTED the report", "The Panel NOTED the report.", "The Panel:", "summary:", "end summary", "end",
  "confidential:", "end confidential", "status: open", "meeting: M", "item 2: B", "item x: C",
  // Actions and updates, and statuses.
  "action SECP1/01: PD to", "action SECP1/01: PD to:", "action SECP1/01:", "action SECP1/01: ", "action SECP1/01: PD to do it.",
  "action SECP1/01: PD to do it:", "action SECP1/01: PD may review", "  action SEC2/02: AB to check [due 1 May 2025]",
  "action SEC3/01: AB to check [due 2025-05-01].", "update SECP1/01: done", "update SECP1/01: done.", "update SECP1/01:",
  "update SECP1/01: as follows:", "update A1/2: PD to do", "Status: closed.", "Status: open;", "Status: open", "the Status:",
  "Status: Closed. The Chair thanked.", "The DCC confirmed it. Status: Closed.",
];

type Kind = "construct" | "list" | "prose" | "structural";

/** What the lexer makes of each line: the kind of the token it stands in; undefined for blank and comment lines between tokens. */
function lexerKinds(text: string): (Kind | undefined)[] {
  const lines = new LineIndex(text);
  const kinds: (Kind | undefined)[] = new Array(lines.lineCount).fill(undefined);
  for (const token of lex(text).tokens) {
    const name = token.tokenType.name;
    const kind: Kind = name === "ActionBlock" || name === "UpdateBlock" ? "construct" : name === "BulletBlock" ? "list" : name === "Text" ? "prose" : "structural";
    const image = token.image.replace(/(?:\r\n|\r|\n)$/, "");
    const first = lines.positionAt(token.startOffset).line;
    const last = lines.positionAt(token.startOffset + Math.max(0, image.length - 1)).line;
    for (let line = first; line <= last; line++) kinds[line] = kind;
  }
  return kinds;
}

/** Whether a character shows nothing (the lexer reads a line of them as blank). */
const INVISIBLE = /[\s\u200b-\u200f\u00ad\ufeff]/;

/** What the grammar makes of each line, by the scopes of its first visible character; undefined for blank and comment lines. */
function grammarKinds(grammar: IGrammar, text: string): (Kind | undefined)[] {
  return tokenizeLines(grammar, text).map(({ line, tokens }) => {
    let at = 0;
    while (at < line.length && INVISIBLE.test(line.charAt(at))) at++;
    if (at === line.length) return undefined;
    const scopes = tokens.find((t) => t.start <= at && at < t.end)!.scopes.join(" ");
    if (/meta\.action/.test(scopes)) return "construct";
    if (/comment\.line/.test(scopes)) return undefined;
    if (/markup\.list/.test(scopes)) return "list";
    // (A status and a supersession are keywords inside prose.)
    if (/keyword\.other\.(?!status\b|supersession\b)|meta\.field/.test(scopes)) return "structural";
    return "prose";
  });
}

let grammar: IGrammar;

beforeAll(async () => {
  grammar = await loadGrammar();
});

describe("the grammar and the lexer", () => {
  it("read every line of generated minutes as the same kind (seeded)", () => {
    fc.assert(
      fc.property(generatedLines(), fc.constantFrom("\n", "\r\n", "\r"), (lines, eol) => {
        const text = ["item 1: A", "", ...lines].join(eol) + eol;
        const byLexer = lexerKinds(text);
        const byGrammar = grammarKinds(grammar, text);
        // A comment line between constructs is the lexer's comment group: only the lines it reads as part of a token count.
        const disagreements = byLexer.flatMap((kind, line) =>
          kind !== undefined && byGrammar[line] !== undefined && kind !== byGrammar[line] ? [`line ${line + 1} ${JSON.stringify(text.split(/\r\n|\r|\n/)[line])}: lexer ${kind}, grammar ${byGrammar[line]}`] : [],
        );
        expect(disagreements, JSON.stringify(text)).toEqual([]);
      }),
      { seed: SEEDS.grammarAgreement, numRuns: 1500 },
    );
  });

  it("colour as an action's owner what the parser reads as its owner (seeded)", () => {
    fc.assert(
      fc.property(generatedLines(), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        const text = ["item 1: A", "", ...lines].join(eol) + eol;
        const lineStarts = new LineIndex(text);
        // The characters the grammar colours as an owner, by offset.
        const coloured = new Set<number>();
        tokenizeLines(grammar, text).forEach(({ tokens }, line) => {
          const start = lineStarts.offsetAt({ line, character: 0 });
          for (const t of tokens) if (t.scopes.some((s) => s.startsWith("entity.name.type.owner"))) for (let i = t.start; i < t.end; i++) coloured.add(start + i);
        });
        const disagreements: string[] = [];
        for (const block of parse(text).items.flatMap((item) => item.blocks)) {
          if (block.kind !== "action") continue;
          let byGrammar = "";
          for (let i = block.start; i < block.end; i++) if (coloured.has(i)) byGrammar += text.charAt(i);
          const byParser = block.owner?.text ?? "";
          // Known and left: a whole text of `AB to`, which the grammar colours (it cannot see that no line follows) and the parser does not.
          if (byParser === "" && /^\S.*[ \t\u00a0]to[ \t\u00a0]*$/.test(block.prose.text)) continue;
          // And `action ID:` followed on its line by a space of another kind (an em space, a narrow
          // no-break space), which the lexer reads as the start of the text: the parser finds the
          // owner on the line under it, the grammar colours it only under a bare `action ID:`.
          if (block.owner && /^[^\r\n]*:[^\S\r\n]*[^ \t\u00a0\S\r\n][^\S\r\n]*(?:\r\n|\r|\n)/.test(text.slice(block.start, block.owner.start))) continue;
          // And an owner whose verb starts the next line (`SECAS and PD` / `to publish it.`): the parser reads it, a line's tokenizer cannot.
          if (block.owner && /^[^\S\r\n]*[\r\n]/.test(text.slice(block.owner.end, block.end))) continue;
          if (byGrammar.trim() !== byParser) disagreements.push(`${JSON.stringify(text.slice(block.start, block.end))}: parser ${JSON.stringify(byParser)}, grammar ${JSON.stringify(byGrammar.trim())}`);
        }
        expect(disagreements, JSON.stringify(text)).toEqual([]);
      }),
      { seed: SEEDS.grammarAgreement, numRuns: 1500 },
    );
  });
});

/** Up to twelve lines drawn from `LINES`, each indented or followed by white space at random. */
function generatedLines() {
  return fc.array(
    fc.tuple(fc.constantFrom("", "", "", "  ", "\t", "\u00a0", "\u200b", "\u2003", "\u202f"), fc.constantFrom(...LINES), fc.constantFrom("", "", "", " ", "\t", "\u00a0", "\u200b", "\u2003", "\u202f")).map(([a, l, b]) => a + l + b),
    { minLength: 1, maxLength: 12 },
  );
}
