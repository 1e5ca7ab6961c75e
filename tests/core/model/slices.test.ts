import { describe, expect, it } from "vitest";
import { parse, parseSteps, proseOf, validate, validateSteps, CHECKS } from "../../../packages/core/src/index.js";
import { PROSE_PER_SLICE } from "../../../packages/core/src/steps.js";
import { example, SEC_CONFIG } from "../../helpers/minutes.js";

/*
 * The language server parses and checks large documents in slices, with requests answered in
 * between. The slices must add up to exactly what the one-go functions give.
 */

function drain<T>(steps: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

describe("parsing and checking in slices", () => {
  const text = example("sec-panel-77.minutes");

  it("builds the 23 items of the reference minutes in more than one slice, to the same tree", () => {
    const { value: doc, pauses } = drain(parseSteps(text, { config: SEC_CONFIG }));
    expect(pauses).toBeGreaterThanOrEqual(1);
    const once = parse(text, { config: SEC_CONFIG });
    expect(doc.items.map((i) => [i.number.value, i.title.text, i])).toEqual(once.items.map((i) => [i.number.value, i.title.text, i]));
    expect(doc.diagnostics).toEqual(once.diagnostics);
  });

  it("pauses after each check, and finds what validate finds", () => {
    const doc = parse(text, { config: SEC_CONFIG });
    const { value, pauses } = drain(validateSteps(doc, { config: SEC_CONFIG }));
    // (And between the parts of the search for marks that withhold, whatever the document's size.)
    expect(pauses).toBeGreaterThanOrEqual(CHECKS.length);
    expect(pauses).toBeLessThan(CHECKS.length + 10);
    expect(value).toEqual(validate(doc, { config: SEC_CONFIG }));
  });

  describe("in a large document", () => {
    // The reference's items eight times over: some 1,300 runs of prose, and their findings.
    const firstItem = text.indexOf("\nitem 1:") + 1;
    const large = text.slice(0, firstItem) + text.slice(firstItem).repeat(8);
    const doc = parse(large, { config: SEC_CONFIG });
    const slicesOfProse = Math.floor(proseOf(doc).length / PROSE_PER_SLICE);

    it("pauses inside the checks that read every paragraph, and finds what validate finds", () => {
      expect(slicesOfProse).toBeGreaterThanOrEqual(2);
      const { value, pauses } = drain(validateSteps(doc, { config: SEC_CONFIG }));
      // Finding mentions and reading keywords written as prose each pause after every
      // PROSE_PER_SLICE runs of prose, on top of the pauses the reference minutes make.
      const small = drain(validateSteps(parse(text, { config: SEC_CONFIG }), { config: SEC_CONFIG })).pauses;
      expect(pauses).toBeGreaterThanOrEqual(small + 2 * slicesOfProse);
      expect(value).toEqual(validate(doc, { config: SEC_CONFIG }));
      expect(value.length).toBeGreaterThan(0);
    });

    it("finds the mentions in slices", () => {
      const fresh = parse(large, { config: SEC_CONFIG });
      const { value, pauses } = drain(validateSteps(fresh, { config: SEC_CONFIG, only: new Set(["unknown-initials"]) }));
      expect(pauses).toBeGreaterThanOrEqual(1 + slicesOfProse);
      expect(value).toEqual(validate(doc, { config: SEC_CONFIG, only: new Set(["unknown-initials"]) }));
    });
  });
});
