import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, formatDocument, initialsOccurrences, initialsRenameEdits, locate, parse, renameProblem, semanticsOf, validate, type Document } from "../../packages/core/src/index.js";
import { INITIALS_SHAPE } from "../../packages/core/src/validation/initials-shape.js";
import { example, SEC_CONFIG } from "../helpers/minutes.js";
import { brief, plausibleOrEdited, SEEDS } from "./support.js";

/*
 * Renaming an attendee's initials, as the editor's rename does, changes who they are called and
 * nothing else: the same attendees, every mention meaning the same person, the same findings;
 * and an attendee table the formatter had aligned stays aligned.
 */

/** Each mention, in order, as the attendees it may mean (by name) and whether it is bare. */
function mentionsOf(doc: Document): string[] {
  return semanticsOf(doc, SEC_CONFIG).mentions.map((m) => `${m.bare ? "bare" : "(..)"} ${m.candidates.map((p) => p.attendee.name.text).join("|") || "no one"}`);
}

// (Without `initials-organisation`, which a rename of initials that are an organisation's name mends.)
const codes = (doc: Document) => validate(doc, { config: SEC_CONFIG }).map((d) => d.code).filter((code) => code !== "initials-organisation").sort();

const format = (text: string) => applyEdits(text, formatDocument(parse(text, { config: SEC_CONFIG }))).text;

describe("renaming initials", () => {
  it("keeps every attendee, mention and finding, on plausible minutes and on random edits of the examples", () => {
    const reference = example("sec-panel-77.minutes");
    fc.assert(
      // Half the texts formatted first: a table the formatter aligned must stay as it writes it.
      fc.property(plausibleOrEdited(reference), fc.nat(), fc.boolean(), fc.boolean(), (generated, pick, formatted, longer) => {
        const text = formatted ? format(generated) : generated;
        const doc = parse(text, { config: SEC_CONFIG });
        const s = semanticsOf(doc, SEC_CONFIG);
        // Well-formed initials that name one attendee (renaming malformed ones mends a finding).
        const unique = s.people.all.filter((p) => INITIALS_SHAPE.test(p.attendee.initials.text) && s.people.withInitials(p.attendee.initials.text).length === 1);
        if (unique.length === 0) return;
        const person = unique[pick % unique.length]!;
        const old = person.attendee.initials.text;
        // New initials in the same style, written nowhere in the minutes; at times two capitals
        // longer, to widen the attendee table's column, when the attendee is written initials first.
        // (A line the reader repaired, `Peter Davies (PD)`, reads longer initials otherwise.)
        const initialsFirst = doc.lines.lineText(doc.lines.positionAt(person.attendee.start).line).trimStart().startsWith(old);
        const renamed = `${old.replace(/[a-z]+$/, "")}${longer && initialsFirst ? "QZ" : "q"}`;
        const target = locate(s, person.attendee.initials.start);
        expect(target?.kind, brief(text)).toBe("initials");
        if (text.includes(renamed) || renameProblem(s, undefined, target!, renamed)) return;

        const occurrences = initialsOccurrences(s, "file:///m.minutes", person);
        expect(occurrences.every((o) => text.slice(o.range.start, o.range.end) === old), `${brief(text)}\n${old}`).toBe(true);
        const edits = initialsRenameEdits(s, person, renamed).sort((a, b) => a.range.start - b.range.start);
        expect(edits.every((e, i) => i === 0 || edits[i - 1]!.range.end <= e.range.start), `${brief(text)}\n${old}: edits overlap`).toBe(true);
        // Each mention is one edit of its own; the declaration's may take the gap after it too.
        const mentions = occurrences.filter((o) => !o.definition).map((o) => `${o.range.start}-${o.range.end}`);
        expect(mentions.filter((m) => edits.some((e) => `${e.range.start}-${e.range.end}` === m && e.newText === renamed)), `${brief(text)}\n${old}`).toEqual(mentions);
        const { text: after, skipped } = applyEdits(text, edits);
        expect(skipped).toEqual([]);

        const next = parse(after, { config: SEC_CONFIG });
        const rename = (initials: string) => (initials === old ? renamed : initials);
        const why = `${brief(text)}\n${old} -> ${renamed}`;
        expect(next.attendees?.attendees.map((a) => [a.initials.text, a.name.text]), why).toEqual(doc.attendees?.attendees.map((a) => [rename(a.initials.text), a.name.text]));
        expect(mentionsOf(next), why).toEqual(mentionsOf(doc));
        expect(codes(next), why).toEqual(codes(doc));
        if (formatted && format(text) === text) expect(format(after), why).toBe(after);
      }),
      { seed: SEEDS.renaming, numRuns: 200 },
    );
  });
});
