/*
 * `keyword-as-prose` and `classification-misplaced`: lines meant as structure that are read
 * as prose or title, so that what they should have withheld is published.
 */
import { describe, expect, it } from "vitest";
import { exportDocument, parse, PUBLIC_EXPORT_GUARDS } from "../../../../packages/core/src/index.js";
import { applyFix, expectFinding, expectFindings, expectNone, meeting, SEC_CONFIG } from "./spec.js";

const NOTED = "The Panel NOTED it.";

describe("keyword-as-prose", () => {
  it.each([
    ["«Confidential:»\nThe merger terms.\nend confidential", "confidential:\nThe merger terms.\nend confidential"],
    ["«CONFIDENTIAL :»\nThe merger terms.\nend confidential", "confidential:\nThe merger terms.\nend confidential"],
    ["«\u00a0confidential:»\nThe merger terms.\nend confidential", "confidential:\nThe merger terms.\nend confidential"],
    ["«Summary:»\nA summary.\nend summary", "summary:\nA summary.\nend summary"],
  ])("flags a passage opener in another form, and its fix writes the keyword: %j", (passage, fixed) => {
    const source = meeting(`item 1: Budget\n\n${NOTED}\n\n${passage}\n`);
    const { text, finding } = expectFinding(source, "keyword-as-prose", "error");
    expect(finding.fixes?.[0]?.certain).toBe(true);
    expect(applyFix(text, finding.fixes?.[0])).toBe(meeting(`item 1: Budget\n\n${NOTED}\n\n${fixed}\n`));
  });

  it("flags a closer in another case", () => {
    const source = meeting(`item 1: Budget\n\n${NOTED}\n\nconfidential:\nThe merger terms.\n«End Confidential»\n`);
    const { text, finding } = expectFinding(source, "keyword-as-prose", "error");
    expect(finding.message).toContain("Write `end confidential`");
    expect(applyFix(text, finding.fixes?.[0])).toContain("The merger terms.\nend confidential\n");
  });

  it.each([
    ["«Item 2:» Events of Default [RED]", "item 2: Events of Default [RED]"],
    ["«item 2. »Events of Default [RED]", "item 2: Events of Default [RED]"],
    ["«item 2 – »Events of Default", "item 2: Events of Default"],
    ["«item 2 »Events of Default [RED]", "item 2: Events of Default [RED]"],
  ])("flags an item line in another form, written straight under a paragraph or on its own: %j", (line, fixed) => {
    for (const gap of ["\n", "\n\n"]) {
      const source = meeting(`item 1: Budget\n\n${NOTED}${gap}${line}\n\nThe default notice was served.\n`);
      const { text, finding } = expectFinding(source, "keyword-as-prose", "error");
      expect(finding.message).toContain("the text below is published as part of the item above");
      expect(applyFix(text, finding.fixes?.[0])).toBe(meeting(`item 1: Budget\n\n${NOTED}${gap}${fixed}\n\nThe default notice was served.\n`));
    }
  });

  it("catches the forms a word processor makes: a no-break space, a level in parentheses", () => {
    for (const line of ["«item\u00a02:» Supplier failure [RED]", "«item 3 »Budget (RED)"]) {
      expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n${line}\n\nThe default notice was served.\n`), "keyword-as-prose", "error");
    }
    const { text, finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«Confidential: »the merger terms.\nend confidential\n`), "keyword-as-prose", "error");
    expect(applyFix(text, finding.fixes?.[0])).toContain("\n\nconfidential:\nthe merger terms.\nend confidential\n");
  });

  it("leaves prose that wraps onto a line starting with an item, and the text after an action's colon, alone", () => {
    expectNone(
      meeting(`item 1: Budget\n\nThe Panel agreed to return to this under\nitem 4. The Chair (PD) noted the paper.\n\nThe budget was discussed;\nItem 3 - the budget - would be published.\n\naction SECP77/01: Item 3: SECAS to circulate the paper.\n`),
      "keyword-as-prose",
    );
  });

  it("leaves prose about items, and a bullet that starts with the word, alone", () => {
    expectNone(
      meeting(`item 1: Budget\n\n${NOTED}\n\nItem 5 was deferred to the next meeting.\nItems 2 and 3 were taken together.\n\nThe Panel:\n- NOTED that item 6 - the budget - was deferred; and\n- AGREED it.\n\n- Item 7 - deferred\n- Item 8: later\n`),
      "keyword-as-prose",
    );
  });
});

describe("classification-misplaced", () => {
  it.each([
    ["item 4: Events «[RED]» of Default", "item 4: Events of Default [RED]"],
    ["item 4: Events of Default «(RED)»", "item 4: Events of Default [RED]"],
    ["item 4: Events of Default «[RED]» // see annex", "item 4: Events of Default // see annex [RED]"],
    ["item 4: Events of Default «(confidential)»", "item 4: Events of Default [confidential]"],
    ["item 4: Budget «[RED]».", "item 4: Budget [RED]"],
    ["item 4: Risks «(AMBER)»:", "item 4: Risks [AMBER]"],
  ])("flags a level that does not end the item line, and moves it there: %j", (line, fixed) => {
    const { text, finding } = expectFinding(meeting(`${line}\n\n${NOTED}\n`), "classification-misplaced", "error");
    expect(applyFix(text, finding.fixes?.[0])).toBe(meeting(`${fixed}\n\n${NOTED}\n`));
  });

  it("leaves a bracketed reference in a title, and a classified item, alone", () => {
    expectNone(meeting(`item 4: Modification [MP081] report\n\n${NOTED}\n\nitem 5: Events of Default [RED]\n\n${NOTED}\n`), "classification-misplaced");
  });
});

describe("guarding the public export", () => {
  it("is what a public export is refused for: the withheld text would be published as written", async () => {
    const source = meeting(`item 1: Budget\n\n${NOTED}\n\n«Confidential:»\nPLANTED-SECRET merger terms.\nend confidential\n\nitem 2: Events (RED)\n\nPLANTED-SECRET default.\n`);
    const { text, diagnostics } = expectFindings(source, "keyword-as-prose", "error");
    expect(diagnostics.filter((d) => PUBLIC_EXPORT_GUARDS.has(d.code)).map((d) => d.code)).toEqual(["keyword-as-prose", "classification-misplaced"]);
    // Why the export must refuse: as written, the model publishes the planted text.
    const published = new TextDecoder().decode((await exportDocument(parse(text, { config: SEC_CONFIG }), { format: "md", confidential: false, config: SEC_CONFIG })).bytes);
    expect(published).toContain("PLANTED-SECRET");
  });
});
