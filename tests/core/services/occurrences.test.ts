import { describe, expect, it } from "vitest";
import { initialsOccurrences, locate, parse, semanticsOf } from "../../../packages/core/src/index.js";
import { SEC_CONFIG } from "../../helpers/minutes.js";

describe("the occurrences of initials", () => {
  // An owner written as initials is also a bare mention: given twice, a rename edited it twice,
  // which an editor refuses as overlapping edits (found by the rename property, tests/fuzz/rename.test.ts).
  it("give each place once: the declaration, an owner, a joint owner and a mention", () => {
    const text = "meeting: SEC Panel\nnumber: 77\ndate: 2020-03-13\n\nattendees:\ncategory: SEC Panel Members\n  PD   Peter Davies\n  KL   Karen Lee\n\nitem 1: Budget\n\naction SECP77/01: KL to publish it.\naction SECP77/02: PD and KL to review it.\n\nKaren Lee (KL) presented. The Panel NOTED it.\n";
    const s = semanticsOf(parse(text, { config: SEC_CONFIG }), SEC_CONFIG);
    const occurrences = initialsOccurrences(s, "file:///m.minutes", s.people.withInitials("KL")[0]!);
    expect(occurrences.map((o) => [text.slice(o.range.start, o.range.end), text.slice(text.lastIndexOf("\n", o.range.start) + 1, o.range.start)])).toEqual([
      ["KL", "  "],
      ["KL", "action SECP77/01: "],
      ["KL", "action SECP77/02: PD and "],
      ["KL", "Karen Lee ("],
    ]);
  });

  // Found by the rename property: initials that are an organisation's name made every `DCC` of
  // the prose a mention of that attendee, and a rename rewrote the organisation's name.
  it("of initials that are an organisation's name are the declaration and the mentions in parentheses", () => {
    const text = "meeting: SEC Panel\nnumber: 77\ndate: 2020-03-13\n\nattendees:\ncategory: SEC Panel Members\n  PD   Peter Davies\n  DCC  Dan Coe\n\nitem 1: Budget\n\naction SECP77/01: DCC to publish it.\n\nThe DCC (PD) presented. Dan Coe (DCC) asked. DCC noted it.\n";
    const s = semanticsOf(parse(text, { config: SEC_CONFIG }), SEC_CONFIG);
    const occurrences = initialsOccurrences(s, "file:///m.minutes", s.people.withInitials("DCC")[0]!);
    expect(occurrences.map((o) => text.slice(text.lastIndexOf("\n", o.range.start) + 1, o.range.end))).toEqual(["  DCC", "The DCC (PD) presented. Dan Coe (DCC"]);
    // Nor is the owner `DCC` the attendee to rename, or to hover as them.
    expect(locate(s, text.indexOf("DCC to publish"))?.kind).not.toBe("initials");
  });

  // Found by a test of the editor's features: `(PO’N)` was not read, and a rename left it behind.
  it("of initials with an apostrophe include those in parentheses, where hover finds them", () => {
    const text = "meeting: Council\nnumber: 4\ndate: 2020-03-13\n\nattendees:\n  PO’N Peter O’Neill\n  SO'B Sean O'Brien\n\nitem 1: Budget\n\nCllr Peter O’Neill (PO’N) spoke. PO’N left. Sean (SO'B) agreed.\n\nThe Panel NOTED it.\n";
    const s = semanticsOf(parse(text, { config: SEC_CONFIG }), SEC_CONFIG);
    for (const initials of ["PO’N", "SO'B"]) {
      const occurrences = initialsOccurrences(s, "file:///m.minutes", s.people.withInitials(initials)[0]!);
      expect(occurrences.filter((o) => text.charAt(o.range.start - 1) === "(").map((o) => text.slice(o.range.start, o.range.end)), initials).toEqual([initials]);
      expect(locate(s, text.indexOf(`(${initials})`) + 2)?.kind, initials).toBe("initials");
    }
  });
});
