import fc from "fast-check";
import { CAPITAL, SMALL } from "../../packages/core/src/text/letters.js";
import { describe, expect, test } from "vitest";
import { ownerEnd } from "../../packages/core/src/model/build-blocks.js";
import { prose } from "../../packages/core/src/model/prose.js";
import { bulletResolution } from "../../packages/core/src/model/resolutions.js";
import { isWhiteSpace } from "../../packages/core/src/text/trim.js";
import { lastWordOf, spellsAcronym } from "../../packages/core/src/validation/mentions.js";
import { SEEDS } from "./support.js";

/*
 * Readers written as loops over character codes in place of regular expressions (they run for
 * every mention or bullet, and the expressions allocated): the expressions they replace stay
 * here as their specification, and each loop must give what its expression gives.
 */

/** Words, small words, capitals, and every kind of white space and joint the readers split on. */
const piece = fc.constantFrom(
  "Supplier", "of", "Last", "Resort", "the", "and", "&", "Request", "For", "Information", "Data", "Communications", "Company",
  "Chair", "Vice-Chair", "x", "AGREED", "NOTED;", "Noted:", "..", ";", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "-", "/", "’",
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
const initials = fc.constantFrom("SoLR", "RFI", "DCC", "LE", "VC", "SC", "X", "ABC", "DKa");

/**
 * `spellsAcronym` by splitting: split the text before into words, then match the capitals from
 * the end. A word in lower case joined by a hyphen to the word before it is part of that word
 * (`Hospital-level`), as the loop reads it (a campaign of more runs found the rule missing here).
 */
function spellsAcronymBySplitting(short: string, before: string): boolean {
  const small = new Set(["of", "for", "and", "the", "on", "in", "to", "a", "an", "&"]);
  const letters = short.replace(/[^A-Z]/g, "");
  if (letters.length < 2) return false;
  // Words and the runs of white space, hyphens and slashes between them, alternately.
  const parts = before.split(/([\s\-/]+)/);
  const words = parts.flatMap((w, i) => (i % 2 === 1 || w.length === 0 || (i > 0 && parts[i - 1]!.endsWith("-") && /^[a-z]/.test(w)) ? [] : [w]));
  let at = letters.length - 1;
  for (let i = words.length - 1; i >= 0 && at >= 0; i--) {
    const word = words[i]!;
    if (small.has(word.toLowerCase()) && word.charAt(0).toUpperCase() !== letters.charAt(at)) continue;
    if (word.charAt(0).toUpperCase() !== letters.charAt(at)) return false;
    at--;
  }
  return at < 0;
}

describe("readers written as loops give what their expressions give", () => {
  test("white space is JavaScript's \\s, for every UTF-16 code unit", () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(`U+${c.toString(16)}`);
    expect(differ).toEqual([]);
  });

  test("whether initials spell the words before them", () => {
    fc.assert(
      fc.property(initials, text, (short, before) => {
        expect(spellsAcronym(short, before)).toBe(spellsAcronymBySplitting(short, before));
      }),
      { seed: SEEDS.wordLoops, numRuns: 3000 },
    );
  });

  test("the word that ends a phrase", () => {
    fc.assert(
      fc.property(text, (before) => {
        // Letters of the Latin alphabets, hyphens and apostrophes (`O'Neill`, `Nováková`).
        expect(lastWordOf(before)).toBe(new RegExp(`([${CAPITAL}${SMALL}'’-]+)$`).exec(before)?.[1]);
      }),
      { seed: SEEDS.wordLoops, numRuns: 3000 },
    );
  });

  test("where an action's owner ends", () => {
    const action = fc
      .array(fc.constantFrom("SECAS", "The DCC", "to", "may", "must", "tomorrow", "willing", ",", " ", "   ", "\t", "\n", "\r\n", "\u2028", "\u00a0", "x"), { maxLength: 14 })
      .map((parts) => parts.join(""));
    const spec = /^(.+?)(?:\s+(?:to|may|should|will|must)\s|,)/;
    fc.assert(
      fc.property(fc.oneof(text, action), (body) => {
        const end = ownerEnd(body);
        expect(end < 0 ? undefined : body.slice(0, end)).toBe(spec.exec(body)?.[1]);
      }),
      { seed: SEEDS.wordLoops, numRuns: 5000 },
    );
  });

  test("a bullet's verb: its first word without the punctuation after it", () => {
    const body = { text: "The Panel", value: "The Panel", start: 0, end: 9 };
    fc.assert(
      fc.property(text, (bullet) => {
        const prose = { text: bullet, start: 100, end: 100 + bullet.length, initials: [], names: [], actionRefs: [], references: [], notes: [] };
        const word = /^\S+/.exec(bullet);
        const verb = bulletResolution(prose, body)?.verbs[0]?.text;
        expect(verb).toBe(word ? word[0].replace(/[;:,.]+$/, "") : undefined);
      }),
      { seed: SEEDS.wordLoops, numRuns: 3000 },
    );
  });

  test("a run of prose is trimmed of JavaScript's white space at both ends, as `trim()` does", () => {
    fc.assert(
      // (A comment line, `//`, is blanked out of prose: that is not trimming.)
      fc.property(text.filter((t) => !t.includes("//")), (source) => {
        const read = prose(source, 0, source.length);
        expect(read.text).toBe(source.trim());
        expect(source.slice(read.start, read.end)).toBe(read.text);
      }),
      { seed: SEEDS.wordLoops, numRuns: 3000 },
    );
  });
});
