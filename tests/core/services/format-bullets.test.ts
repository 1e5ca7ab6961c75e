import { describe, expect, it } from "vitest";
import { applyEdits, formatDocument, parse } from "../../../packages/core/src/index.js";
import { meeting, SEC_CONFIG } from "../../helpers/minutes.js";

/** The items of the formatted meeting (the formatter also aligns the attendees of the header). */
const format = (text: string) => {
  const out = applyEdits(text, formatDocument(parse(text, { config: SEC_CONFIG }))).text;
  return out.slice(out.indexOf("item 1:"));
};

describe("formatting bullets", () => {
  it("keeps each bullet's own marker, at the line's start with one space after it", () => {
    const text = meeting("item 1: Budget\n\nThe SEC Panel:\n  –   AGREED the budget; and\n\t•\tNOTED the forecast;\n  ◦  NOTED the plan.\n");
    expect(format(text)).toBe("item 1: Budget\n\nThe SEC Panel:\n– AGREED the budget; and\n• NOTED the forecast;\n◦ NOTED the plan.\n");
  });

  it("keeps a numbered item's own number, with one space after it", () => {
    const text = meeting("item 1: Budget\n\nThe SEC Panel:\n  (a)   AGREED the budget; and\n\tiv)\tNOTED the forecast;\n 2.  NOTED the plan.\n");
    expect(format(text)).toBe("item 1: Budget\n\nThe SEC Panel:\n(a) AGREED the budget; and\niv) NOTED the forecast;\n2. NOTED the plan.\n");
  });

  it("leaves a dash inside a line alone", () => {
    const items = "item 1: Budget\n\nThe budget –   as amended – was NOTED.\n";
    expect(format(meeting(items))).toBe(items);
  });
});
