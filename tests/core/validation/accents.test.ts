import { describe, expect, it } from "vitest";
import { check, SEC_CONFIG } from "../../helpers/minutes.js";

/* Initials and names written with accents are initials and names like any others. */

const minutes = (mention: string) => `meeting: SEC Panel Meeting 77
number: 77
date: 2020-02-14

attendees:
category: SEC Panel Members
  PD   Peter Davies
  ÉL   Émilie Laurent
  ÖB   Örjan Björk
  ŁK   Łukasz Kowalski
  ŠN   Šárka Nováková
  SO   Siobhán O'Neill

item 1: Budget

The Chair (PD) introduced the paper. ${mention}

The Panel NOTED the paper.
`;

describe("accented initials", () => {
  it("are declared without a malformed-initials finding, and their mentions are read", () => {
    const { doc, diagnostics } = check(minutes("Émilie Laurent (ÉL) and SECAS (ÖB) responded."), SEC_CONFIG);
    expect(diagnostics.filter((d) => d.severity !== "information").map((d) => d.code)).toEqual([]);
    const mentioned = doc.items[0]!.blocks.flatMap((b) => (b.kind === "paragraph" ? b.prose.initials.map((i) => i.text) : []));
    expect(mentioned).toEqual(["PD", "ÉL", "ÖB"]);
  });

  it("beyond Latin-1 (Polish, Czech) are read as well", () => {
    const { doc, diagnostics } = check(minutes("Łukasz Kowalski (ŁK) and Ofgem (ŠN) responded."), SEC_CONFIG);
    expect(diagnostics.filter((d) => d.severity !== "information").map((d) => d.code)).toEqual([]);
    const mentioned = doc.items[0]!.blocks.flatMap((b) => (b.kind === "paragraph" ? b.prose.initials.map((i) => i.text) : []));
    expect(mentioned).toEqual(["PD", "ŁK", "ŠN"]);
    expect(doc.attendees?.attendees.map((a) => a.initials.text)).toEqual(["PD", "ÉL", "ÖB", "ŁK", "ŠN", "SO"]);
    const { diagnostics: unknown } = check(minutes("SECAS (ŁX) responded."), SEC_CONFIG);
    expect(unknown.find((d) => d.code === "unknown-initials")?.message).toMatch(/^No attendee has the initials `ŁX`/);
    // After an attendee's full name, whatever its letters, initials of someone else are a slip.
    const { diagnostics: misnamed } = check(minutes("Šárka Nováková (ŠX) responded."), SEC_CONFIG);
    const slip = misnamed.find((d) => d.code === "unknown-initials");
    expect(slip?.message).toMatch(/^No attendee has the initials `ŠX`/);
    expect(slip?.fixes?.[0]?.edits[0]?.newText).toBe("ŠN");
    // A surname with an apostrophe is a name too.
    const { diagnostics: irish } = check(minutes("Siobhán O'Neill (SX) responded."), SEC_CONFIG);
    expect(irish.find((d) => d.code === "unknown-initials")?.fixes?.[0]?.edits[0]?.newText).toBe("SO");
    // Written with the apostrophe a word processor curls, it is the same name.
    const { diagnostics: curled } = check(minutes("Siobhán O’Neill (SX) responded."), SEC_CONFIG);
    expect(curled.find((d) => d.code === "unknown-initials")?.fixes?.[0]?.edits[0]?.newText).toBe("SO");
  });

  it("that match no attendee are reported, with the nearest declared ones", () => {
    const { diagnostics } = check(minutes("SECAS (ÉX) responded."), SEC_CONFIG);
    const unknown = diagnostics.find((d) => d.code === "unknown-initials");
    expect(unknown?.message).toMatch(/^No attendee has the initials `ÉX`/);
  });

  it("after the name of someone not in the list, are that person's initials, however the name is written", () => {
    // A capitalised name of two words or more before the bracket makes it a mention, so
    // undeclared initials there are reported; the name is read from the end of the text before.
    const named = [
      "The paper was taken. Joe Bloggs (JX) responded.",
      "The paper was taken, Mary-Jane Bloggs (MX) responded.",
      "As noted (see above) Jörg Åström (JX) responded.",
      "Liaison with Ann O'Brien (AX) continues.",
      "Liaison with Ann O’Brien (AX) continues.",
      "In the call:Joe Bloggs (JX) responded.",
    ];
    for (const text of named) {
      const { diagnostics } = check(minutes(text), SEC_CONFIG);
      expect(diagnostics.filter((d) => d.code === "unknown-initials").map((d) => d.message.slice(0, 37)), text).toEqual([expect.stringMatching(/^No attendee has the initials `[JMA]X`/)]);
    }
    // A rank or an office after the name of someone not listed (found by a review of false
    // positives): three capitals or more that are not the name's own.
    for (const text of ["W.Bro. Andrew Short (ADC) was welcomed.", "Bro. John Smith (PAGDC) responded."]) {
      const { diagnostics } = check(minutes(text), SEC_CONFIG);
      expect(diagnostics.filter((d) => d.code === "unknown-initials"), text).toEqual([]);
    }
    // Not a name: one capitalised word, a name ending in capitals, or words in lower case.
    for (const text of ["The paper was taken by Bloggs (JX).", "The paper went to Joe BLOGGS (JX).", "The paper was taken by the panel (JX)."]) {
      const { diagnostics } = check(minutes(text), SEC_CONFIG);
      expect(diagnostics.filter((d) => d.code === "unknown-initials"), text).toEqual([]);
    }
  });
});
