/*
 * The initials table: `duplicate-initials`, `malformed-initials`.
 * Each case: the minutes as written, the finding expected at the «marked» text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "@minutes/core";
import { applyFix, expectClean, expectFinding, expectNone, findingsOf, run } from "./spec.js";

/** A meeting whose attendee list is `attendees`, with one item that records an outcome. */
/** The one `syntax-attendee-line` finding of `line`, the last of an attendee list after Peter Davies. */
function attendeeLineFinding(line: string) {
  return expectFinding(withAttendees(`category: SEC Panel Members\n  PD   Peter Davies\n  «${line}»\n`), "syntax-attendee-line", "error");
}

function withAttendees(attendees: string, items = "item 1: Minutes\n\nThe Panel NOTED the minutes.\n"): string {
  return `meeting: SEC Panel Meeting 77
number: 77
date: 2020-02-14

attendees:
${attendees}
${items}`;
}

describe("duplicate-initials", () => {
  const twoAH = (second: string) =>
    withAttendees(`category: Representing Other Participants
group: DCC
  AH   Ashley Hannah        (part)
category: SECAS
  ${second}   Abigail Hermon
`, `item 1: Minutes

SECAS (AH) presented the Panel with the draft response.

The Panel NOTED the response.
`);

  it("flags the second declaration of the same initials, naming both people and proposing initials in the document's style", () => {
    const { finding } = expectFinding(twoAH("«AH»"), "duplicate-initials", "error");
    expect(finding.message).toContain("Initials `AH` are declared for 2 attendees: Ashley Hannah (DCC) and Abigail Hermon (SECAS)");
    expect(finding.message).toContain("`AHa`/`AHe`");
    expect(finding.related?.map((r) => r.message)).toEqual(["`AH` is also declared here for Ashley Hannah"]);
  });

  it("flags the declaration only: `SECAS (AH)` is settled by the organisation written before it", () => {
    expect(findingsOf(twoAH("«AH»"))).toEqual(["duplicate-initials: AH"]);
  });

  it("is satisfied once the two are told apart, as the minutes do with `DK` and `DKa`", () => {
    expectNone(twoAH("AHe"), "duplicate-initials");
    expectClean(withAttendees(`category: SECAS
  DK   David Kemp
category: DCC
  DKa  Del Kang
`));
  });
});

describe("duplicate-initials for one person listed twice", () => {
  it("says the person is listed twice, and where, rather than naming two people", () => {
    const { finding } = expectFinding(withAttendees("category: SEC Panel Members\n  PD   Peter Davies\n  KL   Karen Lee\napologies:\n  «KL»   Karen Lee\n"), "duplicate-initials", "error");
    expect(finding.message).toBe("Karen Lee (`KL`) is listed twice: among those present and under apologies. Keep the line that says how they took part, and delete the other.");
  });
});

describe("malformed-initials", () => {
  it.each([
    ["P.D.", "`P.D.` is not written as initials"],
    ["pd", "`pd` is not written as initials"],
    ["PDAVI", "`PDAVI` is not written as initials"],
  ])("flags `%s` and proposes the capitals of the name", (initials) => {
    const { finding } = expectFinding(withAttendees(`category: SEC Panel Members\n  «${initials}»  Peter Davies\n`), "malformed-initials", "warning");
    expect(finding.message).toContain(`\`${initials}\` is not written as initials`);
    expect(finding.message).toContain("expected two to four capitals, optionally followed by one or two lower-case letters");
    expect(finding.message).toContain("for Peter Davies, `PD`");
  });

  it("leaves a line that is not an attendee at all to the parser, which says so", () => {
    const { finding } = expectFinding(withAttendees("category: SECAS\n  RH   Robin Healey\n«The  Panel NOTED the minutes.»\n"), "syntax-attendee-line", "error");
    expect(finding.message).toContain("is in the attendee list but is not an attendee");
    expectNone(withAttendees("category: SECAS\n  RH   Robin Healey\nThe  Panel NOTED the minutes.\n"), "malformed-initials");
  });

  it.each(["PD", "DKa", "MWa", "ABCD", "McD"])("accepts `%s`", (initials) => {
    expectNone(withAttendees(`category: SEC Panel Members\n  ${initials}  Peter Davies\n`), "malformed-initials");
  });

  it.each([
    ["JMcK", "James McKenzie"],
    ["SO’B", "Sinéad O’Brien"],
    ["SO'B", "Sinead O'Brien"],
    // Found by a review of false positives: each line was not read as an attendee.
    ["MacL", "Hamish MacLeod"],
    ["DvdB", "Daan van den Berg"],
  ])("accepts `%s` for %s, and reads the line's name", (initials, name) => {
    const { doc } = expectNone(withAttendees(`category: SEC Panel Members\n  ${initials}  ${name}\n`), "malformed-initials");
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("syntax-attendee-line");
    expect(doc.attendees?.attendees.map((a) => [a.initials.text, a.name.text])).toContainEqual([initials, name]);
  });

  it("reads a line that starts with a title as no attendee, as the parser says", () => {
    for (const line of ["Dr Jane Smith", "Cllr. Mary McDonald"]) {
      const { finding } = attendeeLineFinding(line);
      expect(finding.message).toContain("is in the attendee list but is not an attendee");
    }
    // An organisation in brackets is a note: the line has no initials.
    const { finding } = expectFinding(withAttendees(`category: SEC Panel Members\n  PD   Peter Davies\n  «Mr Lee (SECAS)»\n`), "syntax-attendee-line", "error");
    expect(finding.message).toContain("This attendee has no initials: `SECAS` is an organisation");
  });

  it("reads the lines of a table pasted from a word processor: the name then bare initials, and a column after a tab", () => {
    const { finding, text, doc } = attendeeLineFinding("Adaeze Okafor   AO");
    expect(finding.message).toBe("An attendee is written initials first, then the name: expected `AO   Adaeze Okafor`, found the name first.");
    expect(finding.fixes?.map((f) => f.certain)).toEqual([false]);
    expect(applyFix(text, finding.fixes?.[0])).toContain("\n  AO   Adaeze Okafor\n");
    expect(doc.attendees?.attendees.map((a) => [a.initials.text, a.name.text])).toContainEqual(["AO", "Adaeze Okafor"]);

    const tabbed = expectFinding(withAttendees("category: SEC Panel Members\n  PD   Peter Davies\nRB\tRobert Blake\t«Director of People»\n"), "syntax-attendee-line", "error");
    expect(tabbed.finding.message).toContain("`Director of People` is not read: after a tab");
    expect(applyFix(tabbed.text, tabbed.finding.fixes?.[0])).toContain("RB\tRobert Blake\t(Director of People)\n");
    expect(tabbed.doc.attendees?.attendees.map((a) => [a.initials.text, a.name.text])).toContainEqual(["RB", "Robert Blake"]);
  });

  it("reads the name first with its initials in parentheses, with or without a space before them", () => {
    // Initials ending in two small letters, as the document's shape allows, are initials (`(Part)` is a note).
    for (const line of ["Peter Jones (PJ)", "Peter Jones(PJ)", "van Dijk(VD)  (part)", "Peter Jones (PJqz)"]) {
      const { finding, text, doc } = attendeeLineFinding(line);
      const column = (initials: string) => initials + " ".repeat(Math.max(2, 5 - initials.length));
      const [name, initials] = line.startsWith("van") ? ["van Dijk", "VD"] : line.includes("PJqz") ? ["Peter Jones", "PJqz"] : ["Peter Jones", "PJ"];
      expect(finding.message, line).toContain(`expected \`${column(initials)}${name}`);
      expect(doc.attendees?.attendees.map((a) => [a.initials.text, a.name.text]), line).toContainEqual([initials, name]);
      expect(applyFix(text, finding.fixes?.[0]), line).toContain(`\n  ${column(initials)}${name}`);
    }
  });

  // Found by a secretary's test: `PCSO` and `J` were read as the initials, and the mention
  // `PCSO Grant (LG)` was then corrected, with certainty, to `(PCSO)`.
  it("reads a rank or an initial before a name as part of the name, when the initials in brackets are the name's", () => {
    for (const [line, initials, name] of [["PCSO Lucy Grant (LG)", "LG", "PCSO Lucy Grant"], ["J Smith (JS)", "JS", "J Smith"], ["Cllr Peter O’Neill (PO’N)", "PO’N", "Cllr Peter O’Neill"]] as const) {
      const { finding, text, doc } = attendeeLineFinding(line);
      // (The initials' column is five wide, with two spaces at least before the name.)
      const written = `${initials}${" ".repeat(Math.max(2, 5 - initials.length))}${name}`;
      expect(finding.message, line).toContain(`expected \`${written}\``);
      expect(doc.attendees?.attendees.map((a) => [a.initials.text, a.name.text]), line).toContainEqual([initials, name]);
      expect(finding.fixes?.[0]?.certain, line).toBe(true);
      expect(applyFix(text, finding.fixes?.[0]), line).toContain(`\n  ${written}\n`);
    }
    const mention = run(withAttendees("  PCSO Lucy Grant (LG)\n", "item 1: Minutes\n\nPCSO Grant (LG) said it.\n\nThe Panel NOTED the minutes.\n"));
    expect(mention.diagnostics.filter((d) => d.code === "unknown-initials")).toEqual([]);
    // Written initials first, with a note of initials in brackets, the line is as it should be.
    for (const line of ["  PD   Peter Davies   (PD)", "  DKa  Del Kang  (DK)"]) {
      expect(run(withAttendees(`${line}\n`)).diagnostics.filter((d) => d.code === "syntax-attendee-line"), line).toEqual([]);
    }
  });

  // Found by a secretary's test: the rewrite offered was itself not an attendee line.
  it("offers the words after initials written after the name (a pasted column) as a note", () => {
    const { diagnostics } = run(withAttendees("  PD   Peter Davies\nCatherine Walsh\t(CW)\tChair\n"));
    const rewrite = diagnostics.find((d) => d.code === "syntax-attendee-line" && d.message.startsWith("An attendee is written initials first"));
    expect(rewrite?.fixes?.map((f) => [f.edits[0]!.newText, f.certain])).toEqual([["CW   Catherine Walsh  (Chair)", false]]);
  });

  // Found by a secretary's test: the attendee tables printed `– Jane Taylor`.
  it("reads a dash between the initials and the name as no part of the name; its certain fix takes it out", () => {
    for (const dash of ["–", "-", "—"]) {
      const { finding, text, doc } = expectFinding(withAttendees(`  PD   Peter Davies\n  JT «${dash} »Jane Taylor (part)\n`), "syntax-attendee-line", "error");
      expect(doc.attendees?.attendees.map((a) => [a.initials.text, a.name.text, a.notes.map((n) => n.text)])).toContainEqual(["JT", "Jane Taylor", ["part"]]);
      expect(finding.fixes?.[0]?.certain).toBe(true);
      expect(applyFix(text, finding.fixes?.[0])).toContain("\n  JT Jane Taylor (part)\n");
    }
    expectNone(withAttendees("  PD   Peter Davies\n  JT   Jane Taylor-Brown\n"), "syntax-attendee-line");
  });

  // Found by fuzzing the certain fixes: `(Part)` was read as the initials of a name written first,
  // and the certain fix rewrote the line as the attendee `Part`.
  it("reads a word in parentheses after a name as a note, never as initials", () => {
    const { finding, doc } = attendeeLineFinding("Karen Lee   (Part)");
    expect(finding.message).toContain("is in the attendee list but is not an attendee");
    expect(finding.fixes ?? []).toEqual([]);
    expect(doc.attendees?.attendees.map((a) => a.initials.text)).toEqual(["PD"]);
    // The rewrite is certain only when what it writes reads as an attendee and the capitals are
    // the name's, and five-letter initials keep two spaces before the name.
    for (const [line, expected, certain] of [
      ["Karen Lee (KL) (part)", "KL   Karen Lee  (part)", true],
      ["Karen (X) Lee (KL)", "KL   Karen (X) Lee", false],
      ["Karen\tLee (KL)", "KL   Karen\tLee", false],
      ["Karen Anne Lee-Brown (KALBr)", "KALBr  Karen Anne Lee-Brown", true],
      // Capitals that are not the name's are more likely a note (an organisation, a role): offered, not certain.
      ["Karen Lee (ABCDE)", "ABCDE  Karen Lee", false],
      ["Karen Lee (CEO)", "CEO  Karen Lee", false],
      ["Karen Lee (LK)", "LK   Karen Lee", false],
      ["Peter van Dijk (PvD)", "PvD  Peter van Dijk", true],
      ["Dr Jane Smith (JS)", "JS   Dr Jane Smith", true],
      ["Siobhán O’Neill (SO)", "SO   Siobhán O’Neill", true],
    ] as const) {
      const { finding } = attendeeLineFinding(line);
      expect(finding.fixes?.map((f) => [f.title, f.certain]), line).toEqual([[`Write as \`${expected}\``, certain]]);
    }
    // Notes may stand between the name and the initials: they stay notes, and the initials are read.
    for (const [line, expected, part] of [
      ["Karen Lee (Part) (KL)", "KL   Karen Lee  (Part)", true],
      ["Karen Lee (Part) (Remote) (KL) (of DCC)", "KL   Karen Lee  (Part) (Remote) (of DCC)", true],
      ["Karen Lee (KL)", "KL   Karen Lee", false],
      // Capitals that are not the name's, before the initials that are, are a note too.
      ["Karen Lee (DCC) (KL)", "KL   Karen Lee  (DCC)", false],
      ["Dr Karen Lee (DCC) (KL)", "KL   Dr Karen Lee  (DCC)", false],
    ] as const) {
      const { finding, text, doc } = attendeeLineFinding(line);
      expect(finding.fixes?.map((f) => [f.title, f.certain]), line).toEqual([[`Write as \`${expected}\``, true]]);
      const kl = doc.attendees?.attendees.find((a) => a.initials.text === "KL");
      expect([kl?.name.text, kl?.part], line).toEqual([expected.slice(5).split("  ")[0], part]);
      expect(kl?.notes.map((n) => text.slice(n.start, n.end)), line).toEqual(expected.match(/\(([^)]*)\)/g)?.map((n) => n.slice(1, -1)) ?? []);
      // The fix writes a line that reads the same attendee, with nothing left to report.
      const fixed = parse(applyFix(text, finding.fixes?.[0]));
      expect(fixed.diagnostics.filter((d) => d.code === "syntax-attendee-line"), line).toEqual([]);
      expect(fixed.attendees?.attendees.find((a) => a.initials.text === "KL")?.notes.map((n) => n.text), line).toEqual(kl?.notes.map((n) => n.text));
    }
    // An organisation of the settings in brackets after the name is a note, and the line has no
    // initials: the fix guesses them from the name, and is not certain.
    for (const [line, expected] of [
      ["Karen Lee (DCC)", "KL   Karen Lee (DCC)"],
      ["Dr Karen Lee (SECAS) (part)", "KL   Dr Karen Lee (SECAS) (part)"],
    ] as const) {
      const { finding, text, doc } = attendeeLineFinding(line);
      expect(finding.message, line).toBe(`This attendee has no initials: \`${/\((DCC|SECAS)\)/.exec(line)![1]}\` is an organisation, a note after the name. Write the initials first, then the name, as in \`${expected}\`.`);
      expect(finding.fixes?.map((f) => [f.title, f.certain]), line).toEqual([[`Write as \`${expected}\``, false]]);
      expect(doc.attendees?.attendees.map((a) => a.initials.text), line).toEqual(["PD"]);
      expect(applyFix(text, finding.fixes?.[0]), line).toContain(`\n  ${expected}\n`);
    }
    // Found by a review: a bracket inside a note is part of the note, never the initials; and a
    // line with initials of its own keeps them when an organisation stands in brackets after it.
    for (const [line, initials, name] of [
      ["Karen Lee (KAL) (alternate for Paul Fitzgerald (PF))", "KAL", "Karen Lee"],
      ["Karen Lee   KL   (DCC)", "KL", "Karen Lee"],
      ["kl  Karen Lee (DCC)", "kl", "Karen Lee"],
    ] as const) {
      const { doc } = run(withAttendees(`category: SEC Panel Members\n  PD   Peter Davies\n  ${line}\n`));
      expect(doc.attendees?.attendees.map((a) => [a.initials.text, a.name.text]), line).toEqual([["PD", "Peter Davies"], [initials, name]]);
      expect(doc.diagnostics.map((d) => d.message).filter((m) => m.includes("has no initials")), line).toEqual([]);
    }
    // A name of any shape keeps its place: short surnames, apostrophes, a middle initial, letters
    // after it, a particle.
    for (const [line, expected] of [
      ["Karen Li (DCC)", "KL   Karen Li (DCC)"],
      ["Karen O'Neil (DCC)", "KO   Karen O'Neil (DCC)"],
      ["Karen J. Lee (DCC)", "KJL  Karen J. Lee (DCC)"],
      ["Jane Smith OBE (DCC)", "JS   Jane Smith OBE (DCC)"],
      ["Peter van Dijk (DCC)", "PvD  Peter van Dijk (DCC)"],
    ] as const) {
      const { finding } = attendeeLineFinding(line);
      expect(finding.fixes?.map((f) => f.title), line).toEqual([`Write as \`${expected}\``]);
    }
    // A note with brackets of its own before the initials stays a note.
    const alternate = run(withAttendees("category: SEC Panel Members\n  PD   Peter Davies\n  Alex Travell (alternate for Paul Fitzgerald (PF)) (AT)\n"));
    const at = alternate.doc.attendees?.attendees.find((a) => a.initials.text === "AT");
    expect([at?.name.text, at?.alternateFor]).toEqual(["Alex Travell", "Paul Fitzgerald (PF)"]);
    const nested = attendeeLineFinding("Karen Lee (DCC) (alternate for Paul Fitzgerald (PF))");
    expect(nested.finding.message).toContain("This attendee has no initials: `DCC` is an organisation");
    // Nor is a parenthesis a name: `(ABCDEF) (KL)` is not rewritten as `KL   (ABCDEF)`.
    const bracketed = expectFinding(withAttendees("category: SEC Panel Members\n  PD   Peter Davies\n«(ABCDEF) (KL)»\n"), "syntax-attendee-line", "error");
    expect(bracketed.finding.fixes ?? []).toEqual([]);
  });

  it("reads initials that keep a name's small letter (`McD`) as an attendee, mentioned and owning actions like any other", () => {
    const source = withAttendees("category: SEC Panel Members\n  PD   Peter Davies\n  McD  Mary McDonald\n", "item 1: Minutes\n\nMary McDonald (McD) presented. McD answered questions.\n\naction SECP77/01: McD to circulate the paper.\n\nThe Panel NOTED the minutes.\n");
    expectClean(source);
  });
});

describe("initials-organisation", () => {
  it("warns when an attendee's initials are an organisation's name, which a bare word reads as", () => {
    const { finding } = expectFinding(withAttendees("category: SEC Panel Members\n  PD   Peter Davies\n  «DCC»  Dan Coe\n", "item 1: Minutes\n\nThe DCC (PD) presented. Dan Coe (DCC) asked.\n\nThe Panel NOTED the minutes.\n"), "initials-organisation", "warning");
    expect(finding.message).toBe(
      "`DCC`, the initials of Dan Coe, is also an organisation's name in the settings: a bare `DCC` in these minutes is read as the organisation, and only `(DCC)` as Dan Coe. Give them initials of their own, such as `DC`, and rename them (the editor's rename changes the declaration and the mentions in parentheses).",
    );
  });

  it("offers to rename them, here and in each mention in parentheses, leaving every bare word the organisation's", () => {
    const { finding, text } = expectFinding(
      withAttendees("category: SEC Panel Members\n  PD   Peter Davies\n  «DCC»  Dan Coe\n", "item 1: Minutes\n\nThe DCC (PD) presented. Dan Coe (DCC) asked.\n\naction SECP77/01: DCC to publish it.\n\nThe Panel NOTED the minutes.\n"),
      "initials-organisation",
      "warning",
    );
    expect(finding.fixes?.map((f) => [f.title, f.certain])).toEqual([["Rename `DCC` to `DC`, here and in each `(DCC)` that means Dan Coe", false]]);
    const fixed = applyFix(text, finding.fixes?.[0]);
    expect(fixed).toContain("\n  DC  Dan Coe\n");
    expect(fixed).toContain("The DCC (PD) presented. Dan Coe (DC) asked.\n\naction SECP77/01: DCC to publish it.");
    expectNone(fixed, "initials-organisation");
  });

  it("proposes initials from the name without its title, and none already written in the minutes", () => {
    const titled = expectFinding(withAttendees("category: SEC Panel Members\n  PD   Peter Davies\n  «DCC»  Dr Dan Coe\n"), "initials-organisation", "warning");
    expect(titled.finding.message).toContain("such as `DC`,");
    const taken = expectFinding(withAttendees("category: SEC Panel Members\n  PD   Peter Davies\n  «SSC»  Sam Smith Cole\n", "item 1: Minutes\n\nThe SSC report was noted.\n\nThe Panel NOTED the minutes.\n"), "initials-organisation", "warning");
    expect(taken.finding.message).toContain("Give them initials of their own, and rename them");
  });

  it("says nothing of initials that are no organisation's name", () => {
    expectNone(withAttendees("category: SEC Panel Members\n  PD   Peter Davies\n  DC   Dan Coe\n"), "initials-organisation");
  });
});
