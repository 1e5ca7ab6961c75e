import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NAME_AT_END, nameAtEnd } from "../../../packages/core/src/validation/mentions.js";
import { SEEDS } from "../../fuzz/support.js";

/*
 * The name written before a mention's initials (`Peter Davies (PD)`) is read by hand, word by word
 * from the end; the expression it replaced says what it reads. The two must agree on every text.
 */

const expressionReads = (text: string) => NAME_AT_END.exec(text)?.[1];

/** Pieces of the text before a mention: names' letters in several alphabets, their separators, and what breaks a name. */
const PIECES = [
  "Peter", "Davies", "O'Neill", "O’Neill", "D'arcy", "Mary", "Jane", "Šárka", "Nováková", "Émilie", "Zoë", "ǅemal", "ß",
  "McDonald", "van", "der", "Berg", "the", "Chair", "DCC", "A", "a", "É", "é", "'", "’", " ", " ", "  ", "-", "--", "(", ")", ".", ",", "1", "\u00a0", "\t",
];

describe("the name that ends the text before a mention", () => {
  it("is what the expression finds, on texts made of names' pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(nameAtEnd(text)).toBe(expressionReads(text));
      }),
      { seed: SEEDS.namesAtEnd, numRuns: 3000 },
    );
  });

  it("is what the expression finds, on arbitrary letters, marks and separators", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."AaZzÉéǅßŁłO'’ -.(\u00a0"), maxLength: 24 }), (text) => {
        expect(nameAtEnd(text)).toBe(expressionReads(text));
      }),
      { seed: SEEDS.namesAtEnd + 1, numRuns: 3000 },
    );
  });

  it("reads the longest name, and none after a letter or an apostrophe", () => {
    expect(nameAtEnd("reported by Mary-Jane Van O'Neill")).toBe("Mary-Jane Van O'Neill");
    expect(nameAtEnd("the Chair, Šárka Nováková")).toBe("Šárka Nováková");
    expect(nameAtEnd("the Chair Peter Davies")).toBe("Chair Peter Davies");
    expect(nameAtEnd("Davies")).toBeUndefined();
    expect(nameAtEnd("x'Peter Davies")).toBe(undefined);
    expect(nameAtEnd("and Peter  Davies")).toBeUndefined();
  });
});
