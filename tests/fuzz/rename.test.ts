import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, initialsOccurrences, locate, parse, renameProblem, semanticsOf, validate, type Document } from "../../packages/core/src/index.js";
import { INITIALS_SHAPE } from "../../packages/core/src/validation/initials-shape.js";
import { example, SEC_CONFIG } from "../helpers/minutes.js";
import { brief, plausibleOrEdited, SEEDS } from "./support.js";

/*
 * Renaming an attendee's initials, as the editor's rename does, changes who they are called and
 * nothing else: the same attendees, every mention meaning the same person, the same findings.
 */

/** Each mention, in order, as the attendees it may mean (by name) and whether it is bare. */
function mentionsOf(doc: Document): string[] {
  return semanticsOf(doc, SEC_CONFIG).mentions.map((m) => `${m.bare ? "bare" : "(..)"} ${m.candidates.map((p) => p.attendee.name.text).join("|") || "no one"}`);
}

// (Without `initials-organisation`, which a rename of initials that are an organisation's name mends.)
const codes = (doc: Document) => validate(doc, { config: SEC_CONFIG }).map((d) => d.code).filter((code) => code !== "initials-organisation").sort();

describe("renaming initials", () => {
  it("keeps every attendee, mention and finding, on plausible minutes and on random edits of the examples", () => {
    const reference = example("sec-panel-77.minutes");
    fc.assert(
      fc.property(plausibleOrEdited(reference), fc.nat(), (text, pick) => {
        const doc = parse(text, { config: SEC_CONFIG });
        const s = semanticsOf(doc, SEC_CONFIG);
        // Well-formed initials that name one attendee (renaming malformed ones mends a finding).
        const unique = s.people.all.filter((p) => INITIALS_SHAPE.test(p.attendee.initials.text) && s.people.withInitials(p.attendee.initials.text).length === 1);
        if (unique.length === 0) return;
        const person = unique[pick % unique.length]!;
        const old = person.attendee.initials.text;
        // New initials in the same style, written nowhere in the minutes.
        const renamed = `${old.replace(/[a-z]+$/, "")}q`;
        const target = locate(s, person.attendee.initials.start);
        expect(target?.kind, brief(text)).toBe("initials");
        if (text.includes(renamed) || renameProblem(s, undefined, target!, renamed)) return;

        const occurrences = initialsOccurrences(s, "file:///m.minutes", person);
        const starts = occurrences.map((o) => o.range.start);
        expect(new Set(starts).size, `${brief(text)}\n${old}: a place edited twice`).toBe(starts.length);
        expect(occurrences.every((o) => text.slice(o.range.start, o.range.end) === old), `${brief(text)}\n${old}`).toBe(true);
        const { text: after, skipped } = applyEdits(text, occurrences.map((o) => ({ range: o.range, newText: renamed })));
        expect(skipped).toEqual([]);

        const next = parse(after, { config: SEC_CONFIG });
        const rename = (initials: string) => (initials === old ? renamed : initials);
        const why = `${brief(text)}\n${old} -> ${renamed}`;
        expect(next.attendees?.attendees.map((a) => [a.initials.text, a.name.text]), why).toEqual(doc.attendees?.attendees.map((a) => [rename(a.initials.text), a.name.text]));
        expect(mentionsOf(next), why).toEqual(mentionsOf(doc));
        expect(codes(next), why).toEqual(codes(doc));
      }),
      { seed: SEEDS.renaming, numRuns: 200 },
    );
  });
});
