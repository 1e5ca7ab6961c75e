import { tablesOf } from "../../config/derived.js";
import { newInitialsProblem } from "../new-initials.js";
import type { CheckContext } from "../context.js";
import { initialsOfName } from "../../model/line-readers.js";
import { INITIALS_SHAPE, INITIALS_SHAPE_IN_WORDS } from "../initials-shape.js";
import { distinctInitials } from "../people.js";
import { spanOf } from "../../text/range.js";

/** `duplicate-initials`: two attendees declared with the same initials (the reference minutes' `AH`). */
export function duplicateInitials(context: CheckContext): void {
  for (const initials of context.people.initials()) {
    const people = context.people.withInitials(initials);
    if (people.length < 2) continue;
    const suggestions = distinctInitials(initials, people);
    const described = people.map((p) => `${p.attendee.name.text}${p.organisation ? ` (${p.organisation})` : ""}`);
    const unique = new Set(suggestions).size === suggestions.length;
    // One person listed twice (among those present and under apologies, say) is not two people.
    const samePerson = new Set(people.map((p) => p.attendee.name.text.trim().toLowerCase())).size === 1;
    for (const person of people.slice(1)) {
      context.report(
        "duplicate-initials",
        "error",
        person.attendee.initials,
        samePerson
          ? `${person.attendee.name.text} (\`${initials}\`) is listed ${people.length === 2 ? "twice" : `${people.length} times`}${listedAs(people)}. Keep the line that says how they took part, and delete the other.`
          : `Initials \`${initials}\` are declared for ${people.length} attendees: ${described.join(" and ")}. ` +
            `Give each distinct initials in the document's own style${unique ? `, e.g. ${suggestions.map((s) => `\`${s}\``).join("/")}` : ""}, ` +
            "and say in each mention which one is meant.",
        {
          related: people
            .filter((p) => p !== person)
            .map((p) => ({ message: `\`${initials}\` is also declared here for ${p.attendee.name.text}`, range: spanOf(p.attendee.initials) })),
        },
      );
    }
  }
}

/** `: among those present and under apologies`, when the lines say different things. */
function listedAs(people: readonly { readonly attendee: { readonly attendance: string } }[]): string {
  const where = [...new Set(people.map((p) => (p.attendee.attendance === "present" ? "among those present" : p.attendee.attendance === "apologies" ? "under apologies" : "as absent")))];
  return where.length > 1 ? `: ${where.join(" and ")}` : "";
}

/** `malformed-initials`: initials that are not capitals with an optional lower-case tail (`P.D.`, `pd`). */
export function malformedInitials(context: CheckContext): void {
  for (const { attendee } of context.people.all) {
    const text = attendee.initials.text;
    if (INITIALS_SHAPE.test(text)) continue;
    // Propose the capitals of the name only when it reads as a person's name.
    const isName = /^[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*)+$/.test(attendee.name.text.trim());
    const letters = attendee.name.text.split(/\s+/).map((w) => w.charAt(0).toUpperCase()).join("");
    // A word such as `item` or `The`: most likely a line that is not an attendee at all.
    const notAnAttendee = /[a-z]{2,}/.test(text) && !isName;
    context.report(
      "malformed-initials",
      "warning",
      attendee.initials,
      `\`${text}\` is not written as initials: expected ${INITIALS_SHAPE_IN_WORDS}` +
        (isName && /^[A-Z]{2,4}$/.test(letters) ? `; for ${attendee.name.text}, \`${letters}\`.` : ".") +
        (notAnAttendee ? " This line is read as an attendee because the attendee list runs until the first item line (`item 1: Title`); if it is not an attendee, check that line." : ""),
    );
  }
}

/**
 * `initials-organisation`: an attendee's initials are an organisation's name in the settings
 * (`DCC`). A bare `DCC` in the minutes then reads as the organisation, and only `(DCC)` as the
 * attendee: the secretary is told, and offered initials from the name.
 */
export function initialsOrganisation(context: CheckContext): void {
  const organisationWords = tablesOf(context.config).organisationWords;
  for (const { attendee } of context.people.all) {
    const text = attendee.initials.text;
    if (!organisationWords.has(text)) continue;
    // Proposed only when the rename would take them.
    const letters = initialsOfName(attendee.name.text);
    const proposed = letters !== text && newInitialsProblem(context, text, letters) === undefined ? letters : undefined;
    // The fix renames them as the editor's rename would: the declaration and each `(DCC)` that
    // means them, never a bare `DCC`, which is the organisation.
    const places = proposed
      ? [attendee.initials, ...context.mentions.filter((m) => !m.bare && m.candidates.length === 1 && m.candidates[0]!.attendee === attendee).map((m) => m.initials)]
      : [];
    context.report(
      "initials-organisation",
      "warning",
      attendee.initials,
      `\`${text}\`, the initials of ${attendee.name.text}, is also an organisation's name in the settings: a bare \`${text}\` in these minutes is read as the organisation, and only \`(${text})\` as ${attendee.name.text}. ` +
        `Give them initials of their own${proposed ? `, such as \`${proposed}\`` : ""}, and rename them (the editor's rename changes the declaration and the mentions in parentheses).`,
      proposed
        ? { fixes: [{ title: `Rename \`${text}\` to \`${proposed}\`, here and in each \`(${text})\` that means ${attendee.name.text}`, edits: places.map((place) => ({ range: spanOf(place), newText: proposed })), certain: false }] }
        : {},
    );
  }
}

