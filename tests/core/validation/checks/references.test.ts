/*
 * References to other identifiers: `reference-malformed`. The SEC Panel configures three
 * patterns: modification proposal `MP\d{3}`, draft proposal `DP\d{3}`, SEC modification
 * `SECMP\d{4}`. An identifier one slip away from a pattern is flagged; anything else is left alone.
 */
import { describe, expect, it } from "vitest";
import { applyFix, expectFinding, expectFindings, expectNone, meeting, withConfig } from "./spec.js";

function item(prose: string): string {
  return meeting(`item 1: Modifications

${prose}

The Panel NOTED the update.
`);
}

describe("reference-malformed", () => {
  it.each([
    ["Ofgem approved the Final Modification Report for «MP0O81» on 4 February.", "MP0O81", "MP081", "modification proposal", "a stray letter O among the digits"],
    ["- «SECMPO0062» ‘Incorporation of multiple Technical Specification versions’.", "SECMPO0062", "SECMP0062", "SEC modification", "a stray letter O among the digits"],
    ["The Draft Proposal «DP1O1» was raised.", "DP1O1", "DP101", "draft proposal", "the letter O where a zero belongs"],
    ["The Draft Proposal «DPI01» was raised.", "DPI01", "DP101", "draft proposal", "the letter I where a one belongs"],
    ["The Draft Proposal «DPl01» was raised.", "DPl01", "DP101", "draft proposal", "the letter l where a one belongs"],
    ["Ofgem approved «MP0l8» on 4 February.", "MP0l8", "MP018", "modification proposal", "the letter l where a one belongs"],
  ])("flags %s", (prose, found, expected, kind, why) => {
    const { finding, text } = expectFinding(item(prose), "reference-malformed", "error");
    expect(finding.message).toBe(`\`${found}\` is not a well-formed ${kind} reference: ${why}. Did you mean \`${expected}\`?`);
    expect(finding.fixes?.map((f) => [f.title, f.certain])).toEqual([[`Change \`${found}\` to \`${expected}\``, true]]);
    expect(applyFix(text, finding.fixes?.[0])).toContain(prose.replace(`«${found}»`, expected));
  });

  it("reads item titles and headings as well, but not for people", () => {
    const source = meeting("item 1: Follow-up of «MP0O81» (RED) and (PD)\n\nheading: About «SECMPO0062»\n\nThe Panel NOTED it.\n");
    expectFindings(source, "reference-malformed", "error");
    expectNone(source, "unknown-initials");
  });

  it("flags each slip in a paragraph", () => {
    expectFindings(item("MP081 and «MP0O81» and SECMP0062 and «SECMPO0062»."), "reference-malformed", "error");
  });

  it.each([
    "Ofgem approved MP081, DP101 and SECMP0062.",
    "Ofgem intends to use licence condition (LC13A) to direct the DCC.",
    "The retirement of 2G/3G cellular networks and SEC Section H13.2 (a).",
    "The SMETS1 and SMETS2 meters, and the Panel meeting of 2020.",
    "The action SECP77/01 and the reference SECP_77_1402.",
    "The new proposal MP1234 was raised.",
  ])("leaves alone: %s", (prose) => {
    expectNone(item(prose), "reference-malformed");
  });

  it("is silent when the committee configures no reference patterns", () => {
    expectNone(item("Ofgem approved the Final Modification Report for MP0O81."), "reference-malformed", { config: withConfig({ references: [] }) });
  });
});

describe("reference-malformed, for references with slashes or hyphens", () => {
  const council = withConfig({
    references: [
      { name: "planning application", pattern: "P/\\d{2}/\\d{4}" },
      { name: "board paper", pattern: "BP\\d{2}-\\d{3}" },
    ],
  });

  it.each([
    ["Application «P/23/13O1» was considered.", "P/23/13O1", "P/23/1301", "planning application", "the letter O where a zero belongs"],
    ["Application «P/24/Ol12» was considered.", "P/24/Ol12", "P/24/0112", "planning application", "letters where digits belong"],
    ["The Board received paper «BP24-O58».", "BP24-O58", "BP24-058", "board paper", "the letter O where a zero belongs"],
  ])("flags %s", (prose, found, expected, kind, why) => {
    const { finding, text } = expectFinding(item(prose), "reference-malformed", "error", { config: council });
    expect(finding.message).toBe(`\`${found}\` is not a well-formed ${kind} reference: ${why}. Did you mean \`${expected}\`?`);
    expect(applyFix(text, finding.fixes?.[0])).toContain(prose.replace(`«${found}»`, expected));
  });

  it("leaves well-formed references, action IDs, dates and hyphenated words alone", () => {
    expectNone(item("Application P/23/1301 and paper BP24-058, action SECP77/01, the Hospital-level indicator, COVID-19 and 2019-20."), "reference-malformed", { config: council });
  });

  // Found by a review of false positives: a title or a heading was read only for references without slashes.
  it("flags them in an item's title and in a heading, once each", () => {
    const text = meeting("item 1: Papers («P/23/13O1»)\n\nheading: Paper «BP24-O58»\n\nThe Panel NOTED the papers.\n");
    const { found } = expectFindings(text, "reference-malformed", "error", { config: council });
    expect(found).toHaveLength(2);
    expectNone(meeting("item 1: Papers (P/23/1301, 2019-20)\n\nheading: Paper BP24-058\n\nThe Panel NOTED the papers.\n"), "reference-malformed", { config: council });
  });

  // Found by a review: a planning authority's references start with figures, and a slip in one went unnamed.
  it("flags a reference whose pattern starts with figures, in prose and in a title, and leaves dates and figures alone", () => {
    const planning = withConfig({ references: [{ name: "planning application", pattern: "\\d{2}/\\d{5}/(FUL|OUT|HOU)" }] });
    const { finding } = expectFinding(item("Application «24/0O955/OUT» was refused."), "reference-malformed", "error", { config: planning });
    expect(finding.message).toBe("`24/0O955/OUT` is not a well-formed planning application reference: the letter O where a zero belongs. Did you mean `24/00955/OUT`?");
    expectFinding(meeting("item 1: «24/0O955/OUT» – Former depot\n\nThe Panel NOTED it.\n"), "reference-malformed", "error", { config: planning });
    expectNone(item("Application 24/00871/FUL, received 14/02/2020, for 2019-20 and 12-14 Mill Road."), "reference-malformed", { config: planning });
  });
});
