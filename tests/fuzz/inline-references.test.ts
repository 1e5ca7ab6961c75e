import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { scanInlines } from "../../packages/core/src/model/inline-scanner.js";
import { CAPITAL, SMALL } from "../../packages/core/src/text/letters.js";
import { SEEDS } from "./support.js";

/*
 * The inline scanner runs three searches (parentheses, post-meeting notes, words with digits)
 * where it once ran one expression of three alternatives. This holds it to that expression, the
 * specification of what an inline reference is, on text made of the characters that start,
 * end and fill references.
 */

const SPECIFICATION = new RegExp(
  [
    `\\((?:([${CAPITAL}][${CAPITAL}${SMALL}'’]{1,4})\\)|([${CAPITAL}][${SMALL}]+(?:[ -][${CAPITAL}][${CAPITAL}${SMALL}'’-]+)+)\\))`,
    String.raw`\b(?:([A-Z][A-Za-z]*\d+\/\d+)\b|([A-Z]{2,}l*\d[\dA-Zl]*)\b(?!\/))`,
    String.raw`\[([Pp]ost[- ]meeting [Nn]ote:?)`,
  ].join("|"),
  "g",
);

/** What the one expression finds, by kind, as `start:text`. */
function specified(text: string, base: number): Record<string, string[]> {
  const found: Record<string, string[]> = { initials: [], names: [], actionRefs: [], references: [], notes: [] };
  SPECIFICATION.lastIndex = 0;
  for (let m = SPECIFICATION.exec(text); m; m = SPECIFICATION.exec(text)) {
    const at = base + m.index;
    if (m[1] !== undefined) found.initials!.push(`${at + 1}:${m[1]}`);
    else if (m[2] !== undefined) found.names!.push(`${at + 1}:${m[2]}`);
    else if (m[3] !== undefined) found.actionRefs!.push(`${at}:${m[3]}`);
    else if (m[4] !== undefined) found.references!.push(`${at}:${m[4]}`);
    else found.notes!.push(`${at}`);
  }
  return found;
}

function scanned(text: string, base: number): Record<string, string[]> {
  const inlines = scanInlines(text, base);
  return {
    initials: inlines.initials.map((r) => `${r.start}:${r.text}`),
    names: inlines.names.map((r) => `${r.start}:${r.text}`),
    actionRefs: inlines.actionRefs.map((r) => `${r.start}:${r.text}`),
    references: inlines.references.map((r) => `${r.start}:${r.text}`),
    notes: inlines.notes.map((n) => `${n.start}`),
  };
}

const PIECES = [
  "(", ")", "[", "]", "/", "-", " ", "'", "’", "l", "1", "07", "SEC", "SECP77", "MP", "A", "B", "Ab", "DKa", "É", "ß", "x", "_",
  "Peter", "Davies", "Post-meeting note:", "post meeting Note", "[Post-meeting Note", "\n", "76/01", "(PD)", "(Del Kang)", "MPl12", "(ABCDE)",
  "-Jones", "(Smith",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

describe("inline references", () => {
  test("are found as the one expression of the specification finds them, each kind in source order", () => {
    fc.assert(
      fc.property(text, fc.nat({ max: 1000 }), (t, base) => {
        expect(scanned(t, base)).toEqual(specified(t, base));
      }),
      { seed: SEEDS.inlineReferences, numRuns: 3000 },
    );
  });

  test("never inside a note's opener: `Note` with a digit straight after it is the opener's word", () => {
    for (const written of ["[Post-meeting Note12/01] ok", "[post meeting NoteSECP76/01 x]", "[Post-meeting Note MP081]"]) {
      expect(scanned(written, 0)).toEqual(specified(written, 0));
    }
    expect(scanned("[Post-meeting Note12/01] ok", 0).actionRefs).toEqual([]);
    expect(scanned("[Post-meeting Note MP081]", 0).references).toEqual(["19:MP081"]);
  });

  test("in a name of 60 hyphenated words never closed: none, and the name closed: one (a bound by size; it took time exponential in the hyphens)", () => {
    const words = "-Jones".repeat(60);
    expect(scanned(`(Smith${words} x`, 0).names).toEqual([]);
    expect(scanned(`(Mary Smith${words})`, 0).names).toEqual([`1:Mary Smith${words}`]);
  });

  test("in a sentence of the reference minutes' kind", () => {
    const sentence = "SECAS (LE) noted SECP76/01 [Post-meeting note: MP081 and (Del Kang) agreed] and MPl12 (ABCDE).";
    expect(scanned(sentence, 10)).toEqual(specified(sentence, 10));
    expect(scanned(sentence, 10).actionRefs).toEqual(["27:SECP76/01"]);
  });
});
