import { describe, expect, it } from "vitest";
import { applyEdits, formatDocument, initialsRenameEdits, locate, parse, renameProblem, semanticsOf } from "../../../packages/core/src/index.js";
import { HEADER, meeting, meetingOn, SEC_CONFIG } from "../../helpers/minutes.js";
import { folder } from "../validation/checks/spec.js";

describe("renaming an action", () => {
  // Found by the rename property (tests/fuzz/rename-actions.test.ts): the folder knows one raising
  // of an ID, so a rename at the other moved the first action's updates and left the second.
  it("is refused when the ID is raised more than once, saying where", () => {
    const index = folder({
      "/panel/77.minutes": meetingOn(77, "2020-02-14", "item 1: Actions\n\naction SECP77/01: SECAS to publish the budget.\n"),
      "/panel/78.minutes": meetingOn(78, "2020-03-13", "item 1: Actions\n\naction SECP77/01: SECAS to publish the timetable.\n"),
      "/panel/79.minutes": meetingOn(79, "2020-04-17", "item 1: Actions\n\naction SECP79/01: SECAS to publish it.\naction SECP79/01: DCC to publish it.\n"),
    });
    const problemAt = (uri: string, id: string, newName: string) => {
      const doc = index.get(uri)!.doc;
      const s = semanticsOf(doc, SEC_CONFIG);
      return renameProblem(s, index, locate(s, doc.text.indexOf(id))!, newName);
    };
    expect(problemAt("/panel/78.minutes", "SECP77/01", "SECP77/05")).toBe("`SECP77/01` is raised 2 times (in 77.minutes and 78.minutes): give each action its own ID first, then rename.");
    expect(problemAt("/panel/79.minutes", "SECP79/01", "SECP79/05")).toBe("`SECP79/01` is raised 2 times (in 79.minutes): give each action its own ID first, then rename.");
    // Raised once, it may be renamed.
    const once = folder({ "/panel/77.minutes": meetingOn(77, "2020-02-14", "item 1: Actions\n\naction SECP77/01: SECAS to publish the budget.\n") });
    const doc = once.get("/panel/77.minutes")!.doc;
    const s = semanticsOf(doc, SEC_CONFIG);
    expect(renameProblem(s, once, locate(s, doc.text.indexOf("SECP77/01"))!, "SECP77/05")).toBeUndefined();
  });
});

/** The edits of renaming `initials` to `newName` in `text`, and the text they make (no edit skipped). */
function rename(text: string, initials: string, newName: string) {
  const s = semanticsOf(parse(text, { config: SEC_CONFIG }), SEC_CONFIG);
  const edits = initialsRenameEdits(s, s.people.withInitials(initials)[0]!, newName);
  const applied = applyEdits(text, edits);
  expect(applied.skipped).toEqual([]);
  return { edits, text: applied.text };
}

const format = (text: string) => applyEdits(text, formatDocument(parse(text, { config: SEC_CONFIG }))).text;
const ITEMS = "item 1: Budget\n\nThe Chair (PD) and (KL) NOTED it.\n\naction SECP77/01: PD to publish it.\n";

describe("renaming initials in an aligned attendee table", () => {
  const text = format(meeting(ITEMS));

  it("keeps the name in its column when the new initials fit the column", () => {
    const after = rename(text, "KL", "KLe").text;
    expect(after).toBe(text.replace("  KL   Karen Lee", "  KLe  Karen Lee").replace("(KL)", "(KLe)"));
    expect(format(after)).toBe(after);
  });

  it("moves every aligned name, as the formatter would, when the new initials widen the column", () => {
    const after = rename(text, "PD", "PDav").text;
    expect(after.split("\n").filter((l) => /^  [A-Z]/.test(l))).toEqual([
      "  PDav  Peter Davies",
      "  KL    Karen Lee",
      "  DL    Dan Lambert   (alternate for Ro Crawford)",
      "  DKa   Del Kang      (part, teleconference)",
      "  DK    David Kemp    (part)",
      "  RH    Robin Healey",
      "  MG    Mike Gibson",
    ]);
    expect(after).toContain("The Chair (PDav) and (KL) NOTED it.\n\naction SECP77/01: PDav to publish it.");
    expect(format(after)).toBe(after);
  });

  it("moves them back when the longest initials get shorter", () => {
    const wide = format(text.replace(/\bPD\b/g, "PDav"));
    expect(wide).toContain("\n  KL    Karen Lee\n");
    expect(rename(wide, "PDav", "PD").text).toBe(text);
  });

  it("leaves the lines not aligned with the table as they stand", () => {
    const ragged = text.replace("  KL   Karen Lee", "  KL     Karen Lee").replace("  RH   Robin Healey", "RH   Robin Healey");
    const after = rename(ragged, "PD", "PDav").text;
    expect(after).toContain("  PDav  Peter Davies\n");
    expect(after).toContain("  KL     Karen Lee\n");
    expect(after).toContain("\nRH   Robin Healey\n");
    expect(after).toContain("  DKa   Del Kang ");
  });

  it("gives each mention one edit, and no two edits overlap", () => {
    const { edits } = rename(text, "PD", "PDav");
    const mentions = edits.filter((e) => e.newText === "PDav");
    expect(mentions).toHaveLength(2);
    const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
    expect(sorted.every((e, i) => i === 0 || sorted[i - 1]!.range.end <= e.range.start)).toBe(true);
  });
});

describe("renaming initials in an attendee table that is not aligned", () => {
  const table = (lines: string) => meeting(ITEMS, HEADER.replace(/attendees:\n[^]*$/, `attendees:\ncategory: SEC Panel Members\n${lines}`));

  it("keeps the name where it stands while two spaces still fit before it", () => {
    const text = table("  PD      Peter Davies\n  KL  Karen Lee\n");
    expect(rename(text, "PD", "PDav").text).toContain("  PDav    Peter Davies\n  KL  Karen Lee\n");
    expect(rename(text, "KL", "KLe").text).toContain("  PD      Peter Davies\n  KLe  Karen Lee\n");
    expect(rename(text, "PD", "P").text).toContain("  P       Peter Davies\n");
  });

  it("changes only the initials when a tab stands in the gap, or less than two spaces would be left", () => {
    const text = table("  PD\tPeter Davies\n  KL Karen Lee\n");
    expect(rename(text, "PD", "PDa").text).toContain("  PDa\tPeter Davies\n");
    expect(rename(text, "KL", "KLe").text).toContain("  KLe Karen Lee\n");
  });
});
