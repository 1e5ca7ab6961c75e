import { describe, expect, it } from "vitest";
import { exportDocument, parse, PUBLIC_EXPORT_GUARDS } from "../../../../packages/core/src/index.js";
import { guardFindings } from "../../../../packages/core/src/export/public-guard.js";
import { applyFix, expectFinding, expectNone, meeting, SEC_CONFIG } from "./spec.js";

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
