import { describe, expect, it } from "vitest";
import { exportDocument, parse, PUBLIC_EXPORT_GUARDS } from "../../../../packages/core/src/index.js";
import { guardFindings } from "../../../../packages/core/src/export/public-guard.js";
import { applyFix, expectFinding, expectFindings, expectNone, meeting, SEC_CONFIG } from "./spec.js";

/*
 * exclusion-unclassified: the item a council took after excluding the press and public, left
 * unclassified, is published whole (found by a leak hunt).
 */

const NOTED = "The Panel NOTED it.";
const EXCLUSION = "item 2: Exclusion of the Press and Public\n\nRESOLVED: that under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item of business, on the grounds that it involves the likely disclosure of exempt information.\n\n";
const EXEMPT = "Staffing restructure";
const BODY = "PLANTED-SECRET the post of deputy clerk would be deleted.\n\nThe Panel AGREED the restructure.\n\n";
const NEXT = "item 9: Date of next meeting\n\nTo be confirmed.\n";

describe("exclusion-unclassified", () => {
  it("reports the item after the exclusion, and its fix (not certain) classifies it", () => {
    const { text, finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n${EXCLUSION}«item 3: ${EXEMPT}»\n\n${BODY}${NEXT}`), "exclusion-unclassified", "error");
    expect(finding.message).toContain("Item 3 comes after the press and public were excluded (item 2, line");
    expect(finding.message).toContain(`\`item 3: ${EXEMPT} [RED]\``);
    expect(finding.fixes?.[0]?.certain).toBe(false);
    expect(applyFix(text, finding.fixes?.[0])).toContain(`\nitem 3: ${EXEMPT} [RED]\n`);
  });

  it.each([
    "The Panel AGREED to exclude the public for the next item.",
    "The press and public were excluded.",
    "RESOLVED that members of the public be excluded for item 3.",
    "The Chair moved the EXCLUSION OF THE PRESS AND PUBLIC, which was AGREED.",
  ])("reads the exclusion in `%s`", (sentence) => {
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n${sentence}\n\n«item 3: ${EXEMPT}»\n\n${BODY}`), "exclusion-unclassified", "error");
  });

  // Found by a second leak hunt: each wording left the item after it published, with no finding.
  it.each([
    "RESOLVED: that the press and public be temporarily excluded from the meeting.",
    "RESOLVED: that the public, including representatives of the press, be excluded from the meeting for the following item.",
    "RESOLVED: that the press and public be now excluded.",
    "RESOLVED to exclude from the meeting the press and public.",
    "RESOLVED: that the following item be considered in the absence of the press and public.",
    "The Panel RESOLVED to consider the following item in private.",
    "The Panel AGREED to move into closed session for the next item.",
    "RESOLVED: that the meeting go into Part II.",
    "RESOLVED: that the meeting be closed to the public for the following item.",
    "The press and public were asked to leave.",
    "The members of the public withdrew.",
  ])("reads the exclusion in `%s`", (sentence) => {
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n${sentence}\n\n«item 3: ${EXEMPT}»\n\n${BODY}`), "exclusion-unclassified", "error");
  });

  // Found by a third leak hunt: the meeting's move into private, stated rather than decided.
  it.each([
    "The meeting moved into closed session.",
    "The Board then went into private session.",
    "At 8.15pm the meeting moved into confidential session.",
    "Members moved into closed session to consider the next item.",
    "The remainder of the meeting was held in private session.",
    // Found by a third leak hunt: a decision in the passive, or in lower case as Scottish councils write it.
    "The Panel AGREED that the following item be taken in private.",
    "The Panel AGREED that the remaining business be heard in closed session.",
    "The Panel AGREED that the next item be treated as confidential.",
    "The Panel AGREED to go into confidential session for the next item.",
    "The Committee agreed to consider the following item in private.",
    "The following items were taken in private.",
    "The governors went into confidential session for the next item.",
    "The Committee moved into Part B of the agenda.",
  ])("reads the move into private in `%s`, as the item it stands in or the item after it", (sentence) => {
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n${sentence}\n\n«item 3: ${EXEMPT}»\n\n${BODY}`), "exclusion-unclassified", "error");
    // (A move for what follows, `the next item`, `the remainder of the meeting`, is for the items after it.)
    if (!/next|remainder|following|remaining/.test(sentence)) expectFinding(meeting(`«item 2: ${EXEMPT}»\n\n${sentence}\n\n${BODY}`), "exclusion-unclassified", "error");
  });

  it("is no finding where the move into private is to come, was elsewhere, or the meeting returned to open session before the item", () => {
    for (const source of [
      `item 2: Pay\n\nThe Board will move into closed session at its next meeting.\n\n${NOTED}\n\nitem 3: Audit\n\n${NOTED}\n`,
      `item 2: Pay\n\nThe Panel AGREED not to consider the item in private.\n\nitem 3: Audit\n\n${NOTED}\n`,
      `item 2: Pay\n\nThe Committee agreed that the review would be taken in private at its next meeting.\n\nitem 3: Audit\n\n${NOTED}\n`,
      `item 2: Pay\n\nThe Finance Committee met in closed session in May and the Panel NOTED its report.\n\nitem 3: Audit\n\n${NOTED}\n`,
      `item 2: Pay\n\n${NOTED}\n\nThe meeting moved into closed session.\n\nitem 3: Pay (part 2) [RED]\n\n${NOTED}\n\nitem 4: Audit\n\nThe meeting returned to open session.\n\n${NOTED}\n`,
    ]) expectNone(meeting(`item 1: Budget\n\n${NOTED}\n\n${source}`), "exclusion-unclassified");
  });

  it("reports the item the exclusion stands in when it says so, or when the item goes on after it", () => {
    const { finding } = expectFinding(meeting(`«item 2: Staffing matter»\n\nRESOLVED: that the press and public be excluded from the meeting for this item under paragraph 1 of Schedule 12A.\n\n${BODY}item 3: Close\n\nThe meeting closed.\n`), "exclusion-unclassified", "error");
    expect(finding.message).toContain("Item 2 was taken in the absence of the press and public: its own text says so (line");
    expectFinding(meeting(`«item 2: Staffing matter»\n\nThe press and public were excluded.\n\n${BODY}`), "exclusion-unclassified", "error");
    expectFinding(meeting(`«item 2: Staffing»\n\nThis item was considered in closed session.\n\n${BODY}`), "exclusion-unclassified", "error");
  });

  it("reports each item the exclusion names", () => {
    const { found } = expectFindings(
      meeting(`item 1: Budget\n\n${NOTED}\n\nRESOLVED: that the press and public be excluded for items 3 and 4.\n\n«item 3: ${EXEMPT}»\n\n${BODY}«item 4: Land»\n\n${BODY}item 5: Planning\n\n${NOTED}\n`),
      "exclusion-unclassified",
      "error",
    );
    expect(found).toHaveLength(2);
    expectNone(meeting(`item 1: Budget\n\n${NOTED}\n\nRESOLVED: that the press and public be excluded for items 3 and 4.\n\nitem 3: ${EXEMPT} [RED]\n\n${BODY}item 4: Land [RED]\n\n${BODY}item 5: Planning\n\n${NOTED}\n`), "exclusion-unclassified");
  });

  it("takes a readmission recorded at the end of the exempt item as after it, and one opening the next item as before it", () => {
    expectFinding(meeting(`${EXCLUSION}«item 3: ${EXEMPT}»\n\n${BODY}The press and public were readmitted to the meeting at 8.40pm.\n\nitem 4: Planning\n\n${NOTED}\n`), "exclusion-unclassified", "error");
    expectNone(meeting(`${EXCLUSION}item 3: Planning\n\nThe press and public were readmitted at 8.40pm.\n\n${NOTED}\n`), "exclusion-unclassified");
  });

  it("passes over items of procedure to the business after them", () => {
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n${EXCLUSION}item 3: Declarations of interest\n\nNone.\n\n«item 4: ${EXEMPT}»\n\n${BODY}`), "exclusion-unclassified", "error");
  });

  it("is not reported where the exempt item is classified, a later one is, the readmission is recorded, no exclusion was made, or only procedure follows", () => {
    for (const source of [
      `${EXCLUSION}item 3: ${EXEMPT} [RED]\n\n${BODY}item 4: Public business\n\n${NOTED}\n`,
      `${EXCLUSION}item 3: Audit\n\n${NOTED}\n\nitem 4: ${EXEMPT} [RED]\n\n${BODY}`,
      `${EXCLUSION}item 3: Planning\n\nThe press and public were readmitted.\n\n${NOTED}\n`,
      `item 2: Exclusion of the Press and Public\n\nThe Panel NOTED there was no need to exclude the public.\n\nitem 3: ${EXEMPT}\n\n${BODY}`,
      `${EXCLUSION}item 3: Close\n\nThe meeting closed at 8pm.\n`,
      `item 2: Exclusion of the public [RED]\n\n${NOTED}\n\nitem 3: ${EXEMPT}\n\n${BODY}`,
      "item 2: Consultation\n\nThe Panel NOTED that excluded costs were listed.\n\nitem 3: Audit\n\nThe Panel NOTED the audit.\n",
      "item 2: Pay\n\nThe Panel NOTED public sector pay, excluding bonuses.\n\nitem 3: Audit\n\nThe Panel NOTED the audit.\n",
      "item 2: Pay\n\nThe Panel AGREED that the review would be considered in private at the next meeting.\n\nitem 3: Audit\n\nThe Panel NOTED the audit.\n",
      `item 2: Exclusion of the Press and Public\n\nRESOLVED: that the press and public be excluded.\n\nThe Chair reminded members that the papers are confidential.\n\nitem 3: ${EXEMPT} [RED]\n\n${BODY}`,
    ]) expectNone(meeting(`item 1: Budget\n\n${NOTED}\n\n${source}`), "exclusion-unclassified");
  });

  it("is a finding the public export refuses and the guard runs, since as written the planted text is published", async () => {
    const { text, finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n${EXCLUSION}«item 3: ${EXEMPT}»\n\n${BODY}`), "exclusion-unclassified", "error");
    expect(PUBLIC_EXPORT_GUARDS.has(finding.code)).toBe(true);
    const doc = parse(text, { config: SEC_CONFIG });
    expect(guardFindings(doc, { config: SEC_CONFIG }).map((d) => d.code)).toEqual(["exclusion-unclassified"]);
    const published = new TextDecoder().decode((await exportDocument(doc, { format: "md", draft: true, config: SEC_CONFIG })).bytes);
    expect(published).toContain("PLANTED-SECRET");
    const fixed = parse(applyFix(text, finding.fixes?.[0]), { config: SEC_CONFIG });
    expect(new TextDecoder().decode((await exportDocument(fixed, { format: "md", config: SEC_CONFIG })).bytes)).not.toContain("PLANTED-SECRET");
  });
});
