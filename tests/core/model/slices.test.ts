import { describe, expect, it } from "vitest";
import { parse, parseSteps, validate, validateSteps, CHECKS } from "../../../packages/core/src/index.js";
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
    expect(pauses).toBe(CHECKS.length);
    expect(value).toEqual(validate(doc, { config: SEC_CONFIG }));
  });
});
