import { describe, expect, it } from "vitest";
import { exportDocument, parse, PUBLIC_EXPORT_GUARDS } from "../../../../packages/core/src/index.js";
import { example } from "../../../helpers/minutes.js";
import { applyFix, expectFinding, expectFindings, expectNone, meeting, SEC_CONFIG, withConfig } from "./spec.js";

/*
 * keyword-as-prose, for prose that marks what follows as withheld in the committee's own words
 * (withholding-marks.ts). Found by a secretary's test: each was published with no finding.
 */

const NOTED = "The Panel NOTED it.";
/** A parish council's levels: PRIVATE is confidential. */
const PARISH = withConfig({ classification: { levels: ["PUBLIC", "PRIVATE"], confidential: ["PRIVATE"] } });

describe("a line of marks alone", () => {
  it.each([
    "Confidential section:",
    "# Confidential",
    "Confidential Annex:",
    "Start confidential:",
    // Found by a second review.
    "Do not publish:",
    "Not to be published:",
    "Restricted:",
    "Commercially sensitive:",
    "In private:",
    "Strictly private:",
    "Embargoed:",
    "Legally privileged:",
    "Exempt (para 3):",
    "Non-public:",
    "Withheld:",
    "Redacted:",
    "`confidential:`",
    "(Confidential)",
    "**Confidential**",
    "*Confidential:*",
    "<confidential>",
    "Confidential (Part 2):",
    "Part 2 – Confidential",
    "(Private and Confidential)",
    "Strictly Private & Confidential",
    "Not for publication:",
    "In confidence:",
    "Commercial in confidence:",
    "Exempt information:",
    "PRIVATE",
    "Private:",
    "[Private]",
    // Found by a leak hunt.
    "IN CAMERA:",
    "CLOSED SESSION:",
    "[Closed session]",
    "Closed Session (Part 2):",
    "FOR PANEL MEMBERS ONLY:",
    "Confidential update:",
    "Confidential notes:",
    "Note (confidential):",
    "=== CONFIDENTIAL ===",
  ])("`%s` in a public item is keyword-as-prose, and its fix (not certain) opens a passage", (line) => {
    const { text, finding } = expectFinding(meeting(`item 1: Planning\n\n${NOTED}\n\n«${line}»\nPLANTED-SECRET the resident's debts.\n\nitem 2: Other\n\n${NOTED}\n`), "keyword-as-prose", "error", { config: PARISH });
    expect(finding.message).toContain("marks what follows as withheld");
    expect(finding.fixes?.[0]?.certain).toBe(false);
    expect(applyFix(text, finding.fixes?.[0])).toContain("\nconfidential:\nPLANTED-SECRET the resident's debts.\nend confidential\n");
  });

  it("is prose where it is a sentence, wraps one, names no confidential level, or stands in a confidential item", () => {
    for (const body of [
      "Confidential information was shared with the Panel.",
      "The figures should remain\nconfidential.",
      "The Panel discussed the item in confidence with the DCC.",
      "Part 2",
      "Red:\nTwo risks.",
      "Private",
      "Closed:\n- SECP76/01",
      "Panel members:",
      "Closed session:\n- the grievance\n- the tender",
      "The Panel met in camera for ten minutes.",
      "Only members of the Panel may vote on this:",
      "Publication update:",
      // Found by a review of false positives: the subject of what follows, published as written.
      "Closed session:\n12:30 to 13:30, for Panel members and the Secretariat.",
      "In camera:\nA meeting from which observers and the public are excluded.",
      "Members only:\nA half-day induction on the Panel's duties, on 3 March.",
      "SECAS reported that 16 papers were issued (Confidential: 2, Public: 14).",
      "SECAS reported the papers (confidential: none; published: 12).",
      "SECAS presented the Draft Budget (Confidential: Appendix 2 only), which was taken as read.",
      "Notes:",
      "Update:\nThe figures.",
    ]) expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\n${body}\n`), "keyword-as-prose", { config: PARISH });
    expectNone(meeting(`item 1: Staffing [PRIVATE]\n\n${NOTED}\n\nConfidential section:\nThe grievance.\n`), "keyword-as-prose", { config: PARISH });
  });

  it("is a finding the public export refuses, since as written the planted text is published", async () => {
    const source = meeting(`item 1: Planning\n\n${NOTED}\n\n«Confidential section:»\nPLANTED-SECRET the resident's debts.\n`);
    const { text, finding } = expectFinding(source, "keyword-as-prose", "error", { config: PARISH });
    expect(PUBLIC_EXPORT_GUARDS.has(finding.code)).toBe(true);
    const published = new TextDecoder().decode((await exportDocument(parse(text, { config: PARISH }), { format: "md", draft: true, config: PARISH })).bytes);
    expect(published).toContain("PLANTED-SECRET");
  });
});

describe("marks the settings do not name alone on a line (found by a leak hunt: each was published with no finding)", () => {
  it.each([
    "RESTRICTED",
    "SENSITIVE",
    "PRIVATE",
    "*Restricted*",
    "OFFICIAL-SENSITIVE",
    "OFFICIAL SENSITIVE:",
    "SECRET:",
    "Secret:",
    "TOP SECRET",
    "[SECRET]",
    // Found by a review of this stop's marks.
    "HIGHLY CONFIDENTIAL:",
    "FOR INTERNAL USE ONLY:",
    "NOT FOR CIRCULATION:",
    "DO NOT CIRCULATE",
    "NOT FOR PUBLIC RELEASE:",
    "UNDER EMBARGO:",
    "OFF THE RECORD:",
    "[Not for circulation]",
  ])("`%s` alone over the text is keyword-as-prose, under the reference committee's settings", (line) => {
    const { text, finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«${line}»\nPLANTED-SECRET the supplier's bid.\n\nitem 2: Other\n\n${NOTED}\n`), "keyword-as-prose", "error");
    expect(applyFix(text, finding.fixes?.[0])).toContain("\nconfidential:\nPLANTED-SECRET the supplier's bid.\nend confidential\n");
  });

  it("`CONFIDENTIAL` and a tab before the text is keyword-as-prose, as with a dash; a table's header row is not", () => {
    for (const word of ["CONFIDENTIAL", "Confidential"]) {
      const { text, finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«${word}\t»The bid was PLANTED-SECRET.\n`), "keyword-as-prose", "error");
      expect(applyFix(text, finding.fixes?.[0])).toContain("confidential:\nThe bid was PLANTED-SECRET.\nend confidential");
    }
    expectNone(meeting(`item 1: Budget\n\n${NOTED}\n\nConfidential\tPublic\tTotal\n2\t14\t16\n`), "keyword-as-prose");
  });

  it("leaves the words where they are a subject, a count, a rating or part of a sentence", () => {
    for (const body of [
      "Secretariat:\n- SECAS",
      "The Secretary reported on the budget.",
      "Secret ballot:\nThe Panel voted.",
      "OFFICIAL:\nThe paper was issued.",
      "RED: The project is two months late.",
      "Restricted: 3 items, Public: 12 items.",
      "PRIVATE SECTOR: the Panel discussed the tariff.",
      "RESTRICTED access to the portal was discussed.",
      "NOTE: the Panel thanked SECAS.",
      "Private sector members welcomed the paper.",
      "The DCC said the report was\nRESTRICTED to Panel members.",
      "Private\nThe car park is closed.",
      "PUBLIC AND PRIVATE",
      "Not for circulation: the draft was sent to members only.",
      // Found by a review of false positives: marks that head the text on their line are often a
      // heading with nothing to withhold, a record of private business the public minutes keep,
      // or a figure, and are left as prose (a mark alone on its line is read).
      "CONFIDENTIAL ITEMS: None.",
      "PRIVATE BUSINESS: None.",
      "RESTRICTED ITEMS: Nil.",
      "CLOSED SESSION: None.",
      "COMMERCIALLY SENSITIVE: None this quarter.",
      "CONFIDENTIAL MINUTES – The confidential minutes of the meeting held on 12 March 2024 were APPROVED as a correct record.",
      "IN CAMERA: Moved by Councillor Smith, seconded by Councillor Jones, that Council move into closed session. CARRIED.",
      "RESTRICTED: £412,000 (2023: £390,000); UNRESTRICTED: £1.2m.",
      "PRIVATE – 42 units; SHARED OWNERSHIP – 10 units.",
      "OFFICIAL-SENSITIVE: 4 documents were reviewed.",
      "REDACTED: The Panel NOTED that the public version of the report had been redacted.",
      "EMBARGOED: until 10:00 on 14 February 2020.",
      "MEMBERS ONLY: The annual dinner will be held on 12 December.",
      "RESERVED MATTERS: The Board APPROVED the revised Schedule of Matters Reserved [Paper B/24/07].",
      "*Published*: Annual Report 2023/24.",
    ]) expectNone(meeting(`item 1: Budget\n\n${NOTED}\n\n${body}\n`), "keyword-as-prose");
  });
});

describe("marks in what the public minutes print of a classified item (found by a leak hunt)", () => {
  it("are keyword-as-prose in its summary, its decisions and its actions, and say that the item's other parts are withheld", () => {
    const { found } = expectFindings(
      meeting(
        `item 1: Staffing [RED]\n\nsummary:\nThe Panel discussed a grievance «[Confidential:» raised by PLANTED-1 Smith].\nend summary\n\n` +
          `The Panel AGREED to dismiss the employee «[Confidential:» PLANTED-2 Smith].\n\n` +
          `action SECP77/01: PD to write to the employee «[Confidential:» PLANTED-3 Smith].\n\nitem 2: Other\n\n${NOTED}\n`,
      ),
      "keyword-as-prose",
      "error",
    );
    for (const finding of found) expect(finding.message).toContain("Item 1 is recorded in the confidential minutes, but the public minutes print its summary, its decisions and its new actions");
  });

  it("are left alone in the discussion and the sub-tasks, which the public minutes withhold", () => {
    expectNone(
      meeting(
        `item 1: Staffing [RED]\n\nThe Panel discussed [Confidential: PLANTED-1 Smith].\n\nRESTRICTED\nThe figures.\n\n` +
          `action SECP77/01: PD to consider the following:\n- [Confidential: PLANTED-2 Smith];\n- the appeal.\n\n${NOTED}\n\nitem 2: Other\n\n${NOTED}\n`,
      ),
      "keyword-as-prose",
    );
  });

  it("are left alone where a bracket points to the withheld part, rates a risk, or a summary cites its ground (found by a review of false positives)", () => {
    expectNone(
      meeting(
        `item 1: Staffing [RED]\n\nsummary:\nExempt information: Paragraph 3\nThe Panel discussed a grievance (Confidential: details held by the Company Secretary).\nend summary\n\n` +
          `The Panel AGREED the award (Confidential: Paragraph 3, Schedule 12A).\n\nThe Panel NOTED the risks [RED: Risk 4 and Risk 7].\n\nitem 2: Other\n\n${NOTED}\n`,
      ),
      "keyword-as-prose",
    );
  });

  it("are read in a meeting whose items are all classified", () => {
    expectFinding(meeting(`item 1: Staffing [RED]\n\nThe Panel AGREED the award «[Confidential:» PLANTED-1].\n`), "keyword-as-prose", "error");
  });
});

describe("marks written otherwise, found by a second leak hunt", () => {
  it("leaves an item title that names what the item is about (found by a review of false positives)", () => {
    for (const title of [
      "Action Log – Closed Items", "Complaints Update – Closed Matters", "Exclusion of the Press and Public – Exempt Business",
      "External Audit – Private Meeting", "Approval of Minutes – Closed Session", "Matters Arising – Confidential Minutes",
      "Overhanging hedge, Mill Lane – Private Matter", "Security Screening – Restricted Items", "Performance Exception Report – Waiting Times (Red item)",
    ]) expectNone(meeting(`item 1: ${title}\n\n${NOTED}\n`), "classification-misplaced");
  });

  it.each(["(Classification: RED)", "(Classified RED)", "(classified as RED)"])("a level labelled in an item title's brackets, `%s`, is classification-misplaced, and its fix classifies the item", (label) => {
    const { text, finding } = expectFinding(meeting(`item 1: Staffing «${label}»\n\nPLANTED the bid.\n\n${NOTED}\n`), "classification-misplaced", "error");
    expect(applyFix(text, finding.fixes?.[0])).toContain("item 1: Staffing [RED]\n");
  });

  it("leaves item titles that name a subject or count ratings", () => {
    for (const title of ["Review of Confidential Items", "Risk register (RED items: 3)", "Staffing (item deferred)"]) expectNone(meeting(`item 1: ${title}\n\n${NOTED}\n`), "classification-misplaced");
  });

  it("leaves a group's name that says when its members attended", () => {
    for (const group of ["In attendance (confidential part only)", "In attendance (Part 2 – Confidential)"]) {
      expectNone(meeting(`item 1: Budget\n\n${NOTED}\n`).replace("attendees:\n", `attendees:\ngroup: ${group}\n`), "keyword-as-prose");
    }
  });

  it.each(["<b>confidential:</b>", "<p>confidential:</p>", "&nbsp;confidential:", "<o:p>Confidential:</o:p>", "&#160;Confidential:"])("`%s` over the text is keyword-as-prose", (line) => {
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«${line}»\nPLANTED the bid.\n`), "keyword-as-prose", "error");
  });

  it("leaves a line with tags round other words, and a table's rows (found by a review of false positives)", () => {
    expectNone(meeting(`item 1: Budget\n\n${NOTED}\n\n<b>The budget</b>\nThe figures.\n`), "keyword-as-prose");
    for (const row of ["<tr><td>Part 2</td><td>Confidential</td></tr>", "<tr><th>Item</th><th>Confidential</th></tr>", "<td>Confidential</td>"]) {
      expectNone(meeting(`item 1: Budget\n\n${NOTED}\n\n${row}\nThe figures.\n`), "keyword-as-prose");
    }
  });
});

describe("an opener that ends a line after a sentence", () => {
  // Found by a second review: `Text here. Confidential:` opened nothing, and the text under it was published.
  it("is keyword-as-prose, and its fix (not certain) puts the opener on a line of its own", () => {
    const { text, finding } = expectFinding(meeting(`item 1: Planning\n\n${NOTED}\n\nThe Chair gave an update. «Confidential:»\nPLANTED-SECRET the owner's name.\n`), "keyword-as-prose", "error");
    expect(applyFix(text, finding.fixes?.[0])).toContain("The Chair gave an update. \nconfidential:\nPLANTED-SECRET");
    expectNone(meeting(`item 1: Planning\n\nThe Chair gave an update. The Panel NOTED the following:\n- the budget\n`), "keyword-as-prose");
  });
});

describe("a numbered title ending with a confidential level in square brackets", () => {
  it.each([
    ["3. Staff pay [PRIVATE]", "item 3: Staff pay [PRIVATE]"],
    ["Agenda item 3: Staff pay [PRIVATE]", "item 3: Staff pay [PRIVATE]"],
    ["item 3; Staff pay [PRIVATE]", "item 3: Staff pay [PRIVATE]"],
    ["item No. 3: Staff pay [Private]", "item 3: Staff pay [PRIVATE]"],
  ])("`%s` is keyword-as-prose, and its fix writes `%s`", (line, fixed) => {
    const { text, finding } = expectFinding(meeting(`item 2: Finance\n\n${NOTED}\n\n«${line}»\n\nPLANTED-SECRET salary details.\n`), "keyword-as-prose", "error", { config: PARISH });
    expect(finding.message).toContain("an item's classification, but it is prose");
    const written = applyFix(text, finding.fixes?.[0]);
    expect(written).toContain(`\n${fixed}\n`);
    expect(parse(written, { config: PARISH }).items.map((i) => i.classification?.text)).toEqual([undefined, "PRIVATE"]);
  });

  it("is prose when it is a sentence, or its level is not confidential", () => {
    expectNone(meeting(`item 1: Risks\n\nThe overall rating of the programme remained [RED].\n\n${NOTED}\n`), "keyword-as-prose");
    expectNone(meeting(`item 1: Risks\n\n${NOTED}\n\n3. Communications [GREEN]\n`), "keyword-as-prose");
  });
});

describe("words in brackets opened by a level, and headings", () => {
  it("`[Confidential: ...]` in public prose is keyword-as-prose", () => {
    const { finding } = expectFinding(meeting(`item 1: Planning\n\nThe Panel NOTED the complaint «[Confidential:» PLANTED-SECRET the owner's name].\n`), "keyword-as-prose", "error");
    expect(finding.message).toContain("These words in brackets are marked `Confidential`");
    expectNone(meeting(`item 1: Planning\n\nThe Panel NOTED the complaint [Post-meeting note: the owner replied].\n`), "keyword-as-prose");
    // In round brackets too (found by a leak hunt), and a pointer to where it is recorded is no mark there either.
    expectFinding(meeting(`item 1: Planning\n\nThe DCC presented its update «(Confidential:» the supplier is PLANTED-SECRET).\n`), "keyword-as-prose", "error");
    expectNone(meeting(`item 1: Planning\n\nThe DCC presented its update (Confidential: recorded in the Part 2 minutes).\n`), "keyword-as-prose");
    expectNone(meeting(`item 1: Planning\n\nThe DCC presented its update (see: the annex).\n`), "keyword-as-prose");
    expectNone(meeting(`item 1: Planning\n\nThe risks (RED: 2, AMBER: 3) were reviewed [see annex].\n`), "keyword-as-prose");
  });

  it("a heading ending with a confidential level, or made of marks, is keyword-as-prose; a heading that starts with the word is not", () => {
    for (const title of ["Enforcement [PRIVATE]", "Enforcement – Confidential", "Enforcement (confidential)", "Not for publication"]) {
      expectFinding(meeting(`item 1: Planning\n\n${NOTED}\n\n«heading: ${title}»\n\nPLANTED-SECRET enforcement details.\n`), "keyword-as-prose", "error", { config: PARISH });
    }
    expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\nheading: Confidential waste contract\n\nThe Panel NOTED the contract.\n`), "keyword-as-prose");
    expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\nheading: Risks – Green\n\n${NOTED}\n`), "keyword-as-prose");
  });
});

describe("an item title that marks the item as withheld in words", () => {
  // Found by a review: each was published whole, with no finding.
  it.each(["Staffing (Not for publication)", "Staffing *CONFIDENTIAL*", "Staffing (Commercial in confidence)", "Staffing (Exempt)", "Staffing – Commercial in confidence", "Staffing (Restricted)", "Staffing (Embargoed)"])(
    "`item 2: %s` is classification-misplaced",
    (title) => {
      const { finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\nitem 2: «${title}»\n\nPLANTED-SECRET.\n\n${NOTED}\n`), "classification-misplaced", "error");
      expect(finding.message).toContain("but the item is not classified: the public minutes print it whole");
      expect(finding.message).toContain("`item 2: Staffing [RED]`");
    },
  );

  // Found by a third leak hunt: in brackets, a mark with the word for what it marks was read as a subject.
  it.each(["Staffing (Confidential Item)", "Staffing (CONFIDENTIAL ITEM)", "Staffing (RED Item)", "Staffing (Private Session)", "Staffing (Closed Session)", "Staffing (In Camera)", "Staffing (Private)"])(
    "`item 2: %s` is classification-misplaced",
    (title) => {
      expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\nitem 2: «${title}»\n\nPLANTED-SECRET.\n\n${NOTED}\n`), "classification-misplaced", "error");
    },
  );

  // Found by a fourth leak hunt: the words of private business, or its ground, ending or opening a title.
  it.each([
    ["Staffing – Part II", "Staffing"],
    ["Staffing (Part II)", "Staffing"],
    ["Staffing – exempt item", "Staffing"],
    ["Staffing – In Camera", "Staffing"],
    ["Staffing (not for publication by virtue of paragraph 1)", "Staffing"],
    ["Staffing (Paragraph 3, Schedule 12A)", "Staffing"],
    ["Part II – Staffing", "Staffing"],
    ["Confidential Item – Staffing", "Staffing"],
    ["Exempt – Staffing", "Staffing"],
    ["In camera – Staffing", "Staffing"],
    ["Closed session: Staffing", "Staffing"],
  ])("`item 2: %s` is classification-misplaced, and the message writes the title without the marks", (title, rest) => {
    const { finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\nitem 2: «${title}»\n\nPLANTED-SECRET.\n\n${NOTED}\n`), "classification-misplaced", "error");
    expect(finding.message).toContain(`\`item 2: ${rest} [RED]\``);
  });

  it("is reported where an item says it is classified: a `summary:`, or the sentence the export writes, typed in; and a title continuing a classified item's", () => {
    const summary = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\nitem 2: «Staffing»\n\nsummary:\nThe Panel discussed staffing.\nend summary\n\nPLANTED-SECRET.\n\n${NOTED}\n`), "classification-misplaced", "error");
    expect(summary.finding.message).toContain("Item 2 has a `summary:`, which only an item recorded in the confidential minutes needs, but it is not classified");
    expect(applyFix(summary.text, summary.finding.fixes?.[0])).toContain("item 2: Staffing [RED]\n");
    const sentence = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\nitem 2: «Staffing»\n\nThe Agenda Item was classified as RED and therefore recorded in the Confidential Minutes.\nPLANTED-SECRET.\n`), "classification-misplaced", "error");
    expect(sentence.finding.message).toContain("says it was recorded in the confidential minutes");
    const continued = expectFinding(meeting(`item 1: Staffing [RED]\n\n${NOTED}\n\nitem 2: «Staffing (continued)»\n\nPLANTED-SECRET.\n`), "classification-misplaced", "error");
    expect(applyFix(continued.text, continued.finding.fixes?.[0])).toContain("item 2: Staffing (continued) [RED]\n");
    expectNone(meeting(`item 1: Staffing [RED]\n\nsummary:\nStaffing.\nend summary\n\n${NOTED}\n\nitem 2: Budget (continued)\n\n${NOTED}\n`), "classification-misplaced");
  });

  it("is left alone when its words mark nothing, or the item is classified", () => {
    for (const title of [
      "Private Hire – licensing fees", "Confidential waste – contract", "Part 2 – Budget", "Risk: Private sector", "Members: attendance",
      "Staffing (Part 2)", "Review of confidential waste (Phase 2)", "Update – progress on exemptions", "Staffing (Not for publication) [RED]",
      // After a dash, words that may be the item's subject; in brackets, words that say nothing.
      "Any other business – Confidential matters", "Car parks (public and private)", "Staffing (Members)", "Private sector partnerships (Update)",
    ]) {
      expectNone(meeting(`item 1: Budget\n\n${NOTED}\n\nitem 2: ${title}\n\n${NOTED}\n`), "classification-misplaced");
    }
  });
});

describe("a passage's opener made a comment", () => {
  // Found by a secretary's test: an editor's "toggle comment" on the passage's lines published its text.
  it("is keyword-as-prose in a public item; its fix (not certain) takes the `//` away", () => {
    const { text, finding } = expectFinding(meeting(`item 1: Planning\n\n${NOTED}\n\n«// confidential:»\nPLANTED-SECRET the owner's name.\n// end confidential\n`), "keyword-as-prose", "error");
    expect(finding.fixes?.[0]?.certain).toBe(false);
    expect(applyFix(text, finding.fixes?.[0])).toContain("\nconfidential:\nPLANTED-SECRET");
    expectNone(meeting(`item 1: Planning [RED]\n\n${NOTED}\n\n// confidential:\nThe owner's name.\n`), "keyword-as-prose");
    expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\n// confidential: checked with the Chair\n`), "keyword-as-prose");
  });
});

// Found by a review of false positives: each stopped correct minutes from being published.
describe("counts, ratings, list heads and pointers", () => {
  it("are no marks", () => {
    const charity = withConfig({ classification: { levels: ["PUBLIC", "RESTRICTED"], confidential: ["RESTRICTED"] } });
    for (const [body, config] of [
      ["The risks were rated:\n\nRED: 2\nAMBER: 5", SEC_CONFIG],
      ["The ratings were:\n\nCommercial: RED\nCommercial (AMBER)", SEC_CONFIG],
      ["RED:\n- FOC go-live date\n- 2G/3G sunset\n\nAMBER:\n- SMETS1 migration", SEC_CONFIG],
      ["Restricted:\n- Building fund\n- Bursaries", charity],
      ["Private:\n- Orchard Close\n- Mill Lane", PARISH],
      ["The Panel reviewed its forward plan for May:\n1. Budget\n2. Current Events of Default [RED]\n3. Risks", SEC_CONFIG],
      ["NH reported on a staffing matter [Confidential: recorded in the Part 2 minutes].", SEC_CONFIG],
      ["heading: FOC delivery – RED\n\nheading: Release 2 (AMBER)", SEC_CONFIG],
    ] as const) {
      expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\n${body}\n`), "keyword-as-prose", { config });
    }
  });
});

// Found by a review: the whole meeting was published.
describe("a meeting's title or a second classification that marks the meeting as withheld", () => {
  it.each([
    "Extraordinary SEC Panel Meeting [RED]", "SEC Panel Meeting 78 (RED)", "SEC Panel Meeting 79 – Confidential", "CONFIDENTIAL SEC Panel Meeting 80", "[RED] Extraordinary Meeting", "SEC Panel Meeting 81 – Strictly Confidential", "SEC Panel Meeting 82 (Not for publication)",
  ])(
    "`meeting: %s` is classification-misplaced when the meeting is not classified",
    (title) => {
      const source = meeting(`item 1: Budget\n\n${NOTED}\n`).replace(/^meeting: .*$/m, `meeting: «${title}»`);
      expect(expectFinding(source, "classification-misplaced", "error").finding.message).toContain("but the meeting is not classified");
      expectNone(source.replace("date: 2020-02-14", "date: 2020-02-14\nclassification: RED").replace(/[«»]/g, ""), "classification-misplaced");
    },
  );

  it("leaves a title that names no level, or a team", () => {
    for (const title of ["SEC Panel Meeting 77", "RED Team Review Meeting", "Confidential Waste Working Group", "SEC Panel Meeting 77 – Part 2", "Board Meeting – Public Session", "Review of Publication Rules", "SEC Panel Meeting 78 – Redacted", "SEC Panel Meeting 78 (redacted)", "Annual Meeting – Members only", "Annual General Meeting (Members only)", "Annual Meeting – Publication of Minutes", "Private Sector Panel – Meeting 4",
    ]) {
      expectNone(meeting(`item 1: Budget\n\n${NOTED}\n`).replace(/^meeting: .*$/m, `meeting: ${title}`), "classification-misplaced");
    }
    // Found by a review of false positives: a meeting's private part named beside its public one,
    // where items are classified (they hold the private part).
    for (const title of ["Board Meeting – Part 1 (Public) and Part 2 (Private Session)", "Trust Board – Private Session"]) {
      expectNone(meeting(`item 1: Budget\n\n${NOTED}\n\nitem 2: Staffing [RED]\n\n${NOTED}\n`).replace(/^meeting: .*$/m, `meeting: ${title}`), "classification-misplaced");
    }
  });

  // Found by a third leak hunt: a private board is minuted as a meeting of its own, its title says
  // so, and with no item classified every item was published.
  it.each(["Trust Board (Private Session)", "Board of Directors – Part B", "Board of Directors (Part II)", "Confidential Board Meeting", "Trust Board meeting held in private", "Board in Private", "Senate – Reserved Business", "Part II Board Meeting"])(
    "a meeting titled `%s` with no item classified is classification-misplaced",
    (title) => {
      const { finding } = expectFinding(meeting(`item 1: Budget\n\nPLANTED the appraisal.\n\n${NOTED}\n`).replace(/^meeting: .*$/m, `meeting: «${title}»`), "classification-misplaced", "error");
      expect(finding.message).toContain("but the meeting is not classified: its public version would print all of it.");
    },
  );

  it("a second `classification:` line is classification-misplaced: the first is used, and may be the public one", () => {
    const source = meeting(`item 1: Budget\n\n${NOTED}\n`).replace("date: 2020-02-14", "date: 2020-02-14\nclassification: WHITE\n«classification:» RED");
    expect(expectFinding(source, "classification-misplaced", "error").finding.message).toContain("is given twice; the first one (`WHITE`) is used");
  });
});

// Found by a second review: the header is published whole, marks and all.
describe("a mark after a header field's value", () => {
  it("is keyword-as-prose; a colour in round brackets is no mark", () => {
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n`).replace("date: 2020-02-14", "date: 2020-02-14\nvenue: «Toto HQ [RED]»"), "keyword-as-prose", "error");
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n`).replace("date: 2020-02-14", "date: 2020-02-14\nreference: «SECP_77 (confidential)»"), "keyword-as-prose", "error");
    expectNone(meeting(`item 1: Budget\n\n${NOTED}\n`).replace("date: 2020-02-14", "date: 2020-02-14\nvenue: Red Lion (RED)"), "keyword-as-prose");
    // Marks in words too (found by a leak hunt); a room's name is none.
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n`).replace("date: 2020-02-14", "date: 2020-02-14\nvenue: «PLANTED safe house (not for publication)»"), "keyword-as-prose", "error");
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n`).replace("date: 2020-02-14", "date: 2020-02-14\nvenue: «Toto HQ – Strictly confidential»"), "keyword-as-prose", "error");
    for (const venue of ["Town Hall (Public gallery)", "Committee Room (private)", "Room 2 – Part 2", "Chair's home address (not published)", "Gemserv (redacted)", "Members' Room (Members only)", "Council Chamber – Members only"]) {
      expectNone(meeting(`item 1: Budget\n\n${NOTED}\n`).replace("date: 2020-02-14", `date: 2020-02-14\nvenue: ${venue}`), "keyword-as-prose");
    }
  });
});

// Found by a second review: the attendee list is published whole, marks and all.
describe("a mark in the attendee list", () => {
  it("on an attendee's note or a group's name is keyword-as-prose", () => {
    const header = "meeting: SEC Panel Meeting 77\nnumber: 77\ndate: 2020-02-14\n\nattendees:\ncategory: SEC Panel Members\n  PD   Peter Davies\n  XY   Xavier Young   («confidential: PLANTED informant»)\n\n";
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n`, header), "keyword-as-prose", "error");
    const group = "meeting: SEC Panel Meeting 77\nnumber: 77\ndate: 2020-02-14\n\nattendees:\ncategory: «Observers [RED]»\n  XY   Xavier Young\n\n";
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n`, group), "keyword-as-prose", "error");
    const plain = "meeting: SEC Panel Meeting 77\nnumber: 77\ndate: 2020-02-14\n\nattendees:\ncategory: Observers\n  XY   Xavier Young   (part, teleconference)\n\n";
    expectNone(meeting(`item 1: Budget\n\n${NOTED}\n`, plain), "keyword-as-prose");
  });
});

// Found on reading the change again: each took time quadratic in the line.
describe("long lines (a bound by size)", () => {
  it("reads a line of 100,000 `[`, a heading and a title ending in 100,000 spaces, and a line of 25,000 `[a: `", () => {
    expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\n${"[".repeat(100_000)}\n`), "keyword-as-prose");
    expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\nheading: Foo [a${" ".repeat(100_000)}x\n`), "keyword-as-prose");
    expectNone(meeting(`item 1: Planning (${" ".repeat(100_000)}x)\n\n${NOTED}\n`), "classification-misplaced");
    expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\nText ${"[a: ".repeat(25_000)}minutes\n`), "keyword-as-prose");
  });
});

// Found by a review of false positives: the public export waited for a level that withholds nothing.
describe("a public item numbered as a classified item above it", () => {
  // Found by a leak hunt: `item 1: Staffing (continued)` was published whole, with a warning only.
  it("is classification-misplaced; its fix (not certain) classifies it as the item it continues", () => {
    const source = meeting(`item 1: Staffing [RED]\n\n${NOTED}\n\nitem «1»: Staffing (continued)\n\nThe CFO said PLANTED-SECRET.\n\n${NOTED}\n`);
    const { text, finding } = expectFinding(source, "classification-misplaced", "error");
    expect(finding.message).toContain('This item has the number of item 1, "Staffing", classified `[RED]` on line ');
    expect(finding.fixes?.[0]?.certain).toBe(false);
    const fixed = applyFix(text, finding.fixes?.[0]);
    expect(fixed).toContain("item 1: Staffing (continued) [RED]\n");
    expectNone(fixed, "classification-misplaced");
  });

  it("is not reported under a public item of the same number, nor when both are classified", () => {
    expectNone(meeting(`item 1: Staffing\n\n${NOTED}\n\nitem 1: Staffing (continued)\n\n${NOTED}\n`), "classification-misplaced");
    expectNone(meeting(`item 1: Staffing [RED]\n\n${NOTED}\n\nitem 1: Staffing (continued) [AMBER]\n\n${NOTED}\n`), "classification-misplaced");
    expectNone(meeting(`item 1: Staffing [RED]\n\n${NOTED}\n\nitem 1: Staffing (public part) [GREEN]\n\n${NOTED}\n`), "classification-misplaced");
  });
});

describe("a level that withholds nothing, in a title's brackets", () => {
  it("is not classification-misplaced; a confidential one is", () => {
    expectNone(meeting(`item 1: Change Status Report – April 2020 (GREEN)\n\n${NOTED}\n`), "classification-misplaced");
    expectFinding(meeting(`item 1: Change Status Report «(RED)»\n\n${NOTED}\n`), "classification-misplaced", "error");
  });
});

describe("the reference minutes", () => {
  it("have none of these", () => {
    for (const file of ["sec-panel-77.minutes", "sec-panel-78.minutes"]) expectNone(example(file), "keyword-as-prose");
  });
});

describe("the words councils head private business with, alone on a paragraph's first line (found by a leak hunt: each was published with no finding)", () => {
  it.each([
    "In camera",
    "In Camera",
    "(In camera)",
    "*In camera*",
    "In private",
    "In private session",
    "Private session",
    "Private Session",
    "Part II",
    "PART II",
    "Part II:",
    "Part II items",
    "PART 2",
    "Part 2 – Exempt",
    // Found by a second leak hunt.
    "CLOSED SESSION",
    "CLOSED SESSION.",
    "In Camera Session",
    "In-camera",
    "In\u2011camera session:",
    "In camera:-",
    "In camera…",
    "Reserved business",
    "RESERVED BUSINESS",
    "MEMBERS ONLY",
    "Private Session (Part 2)",
    "Exempt items (Schedule 12A)",
    "Part II Minutes",
    "Part II – Exempt under paragraph 1 of Schedule 12A",
    "PART B – CONFIDENTIAL",
    "Confidential session",
    "Executive session",
    "Confi\u00addential session",
    "Confidential Appendix 1 – Tender evaluation",
    "Appendix A – Confidential",
    "APPENDIX 2 (CONFIDENTIAL)",
    "Annex B (Commercially Confidential)",
    // Found by a third leak hunt: boards', universities' and Scottish councils' words.
    "PART B",
    "PART B:",
    "PART B ITEMS",
    "Private item",
    "Private items",
    "Private Board",
    "Committee in Private",
    "Board in private",
    "Reserved item",
    "Reserved Items",
    "RESERVED",
    "Trustees only",
    "Board only session",
    "Board-only session",
    "Governors only",
    "NEDs only session",
    "Non-executive session",
    "Closed meeting",
    "In Committee",
    "ITEMS TAKEN IN PRIVATE",
    "Part II minute",
  ])("`%s` over the text is keyword-as-prose, and its fix (not certain) opens a passage", (line) => {
    const { text, finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«${line}»\nPLANTED-SECRET the chief executive's contract.\n\nitem 2: Other\n\n${NOTED}\n`), "keyword-as-prose", "error");
    expect(finding.message).toContain("marks what follows as withheld");
    expect(finding.fixes?.[0]?.certain).toBe(false);
    expect(applyFix(text, finding.fixes?.[0])).toContain("\nconfidential:\nPLANTED-SECRET the chief executive's contract.\nend confidential\n");
  });

  it("alone in its paragraph, heads the paragraph under it, which the fix withholds", () => {
    const { text, finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«In camera»\n\nPLANTED-SECRET the dispute.\n\nThe Panel NOTED the settlement.\n`), "keyword-as-prose", "error");
    expect(finding.fixes?.[0]?.title).toContain("after the paragraph under it");
    expect(applyFix(text, finding.fixes?.[0])).toContain("\nconfidential:\n\nPLANTED-SECRET the dispute.\nend confidential\n\nThe Panel NOTED the settlement.");
  });

  it("in a heading, withholds nothing and is keyword-as-prose", () => {
    for (const title of ["In camera", "Private session", "Part II – Exempt Items", "PART II", "Confidential session", "CLOSED SESSION", "Closed session", "Exempt business", "Members only", "Reserved business", "In Camera Session"]) {
      expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«heading: ${title}»\n\nPLANTED-SECRET the dispute.\n`), "keyword-as-prose", "error");
    }
  });

  it("is prose in a sentence, under another line, as a part's number in title case, as a glossary's term, or in a classified item", () => {
    for (const body of [
      "Part 2",
      "Part 2:\nThe second half of the review.",
      "Part 2 of the report was considered.",
      "The Board met\nin private session.",
      "Private session bookings were discussed.",
      "In camera:\nA meeting from which observers and the public are excluded.",
      "Private sector partners attended.",
      "In principle the Panel agreed.",
      "Closed session\n12:30 to 13:30, for Panel members and the Secretariat.",
      "Members only\nA half-day induction on the Panel's duties.",
      "Confidential Appendix 1 was circulated to members.",
      "Appendix A lists the confidential papers.",
      "Part 2 (a) of the report was considered.",
      // Left alone: a planning application's reserved matters, a part in title case, a section.
      "Reserved matters\nThe application for the layout was approved.",
      "Part B\nThe second half of the review.",
      "Section B\nThe capital programme.",
    ]) expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\n${body}\n`), "keyword-as-prose");
    expectNone(meeting(`item 1: Staffing [RED]\n\n${NOTED}\n\nIn camera\nThe grievance.\n`), "keyword-as-prose");
  });

  // Found by a review of false positives: a council's banner over its resolution to exclude the public.
  it("is no finding over the resolution that excludes the press and public, which heads the exempt items after it", () => {
    for (const banner of ["PART II\n\n", "Part II items\n", "PART II\n"]) {
      expectNone(meeting(`item 1: Exclusion of the press and public\n\n${banner}RESOLVED: that the press and public be excluded.\n\nitem 2: Staffing [RED]\n\n${NOTED}\n`), "keyword-as-prose");
    }
  });

  // Found by a leak hunt: the words as a label, with the paragraph's text after them on its line, were published with it.
  it.each([
    ["In camera: ", "In camera"],
    ["IN CAMERA – ", "IN CAMERA"],
    ["Private session: ", "Private session"],
    ["Part II – ", "Part II"],
    ["(In camera): ", "(In camera)"],
    ["Exempt items (Schedule 12A): ", "Exempt items (Schedule 12A)"],
  ])("`%s` as the label of a paragraph's text is keyword-as-prose, and its fix puts the paragraph in a passage", (label, written) => {
    const { text, finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«${written}»${label.slice(written.length)}PLANTED-SECRET the dispute\nwith the contractor.\n\nThe Panel NOTED the settlement.\n`), "keyword-as-prose", "error");
    expect(finding.message).toBe(
      `\`${written}\` heads this paragraph as private business, but minutes withhold only a \`confidential:\` passage or a confidential item: as written, the paragraph is published. Write \`confidential:\` on a line of its own in its place, and \`end confidential\` where the passage ends.`,
    );
    expect(finding.fixes?.[0]?.certain).toBe(false);
    expect(applyFix(text, finding.fixes?.[0])).toContain("\nconfidential:\nPLANTED-SECRET the dispute\nwith the contractor.\nend confidential\n\nThe Panel NOTED the settlement.");
  });

  // Found by a third leak hunt: a note the secretary meant to keep out of the minutes.
  it.each(["[Not for minutes: ", "[Off the record: ", "[Not to be minuted: "])("`%s...]` in a public item is keyword-as-prose", (opened) => {
    expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«${opened.trimEnd().replace(/:$/, "")}:» the Chair said PLANTED would be asked to resign.]\n`), "keyword-as-prose", "error");
  });

  it("as a label, is no finding where it says there was none, over the exclusion, in a sentence, or in a classified item", () => {
    for (const body of [
      "Part II: none.",
      "Exempt items: None",
      "Part II business: no items were taken.",
      "In camera: RESOLVED that the press and public be excluded for the next item.",
      "Private session bookings: the room is free on Mondays.",
      "Part 2: the second half of the review.",
      "Closed session: 12:30 to 13:30, for Panel members and the Secretariat.",
      "Appendix A: the schedule of papers.",
    ]) expectNone(meeting(`item 1: Planning\n\n${NOTED}\n\n${body}\n`), "keyword-as-prose");
    expectNone(meeting(`item 1: Staffing [RED]\n\n${NOTED}\n\nIn camera: the grievance.\n`), "keyword-as-prose");
  });

  it("is a finding the public export refuses, since as written the planted text is published", async () => {
    const { text, finding } = expectFinding(meeting(`item 1: Budget\n\n${NOTED}\n\n«Private session»\nPLANTED-SECRET the dispute.\n`), "keyword-as-prose", "error");
    expect(PUBLIC_EXPORT_GUARDS.has(finding.code)).toBe(true);
    const published = new TextDecoder().decode((await exportDocument(parse(text, { config: SEC_CONFIG }), { format: "md", draft: true, config: SEC_CONFIG })).bytes);
    expect(published).toContain("PLANTED-SECRET");
  });
});
