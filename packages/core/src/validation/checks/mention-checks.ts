import { closest } from "../../text/similarity.js";
import { replaceFix, type CheckContext } from "../context.js";
import type { Mention } from "../mentions.js";
import type { Person } from "../people.js";

function who(person: Person): string {
  return `${person.attendee.name.text}${person.organisation ? `, ${person.organisation}` : ""}`;
}

/** `unknown-initials`: a mention that matches no attendee, with the closest initials, the qualifier's organisation first. */
export function unknownInitials(context: CheckContext): void {
  const all = context.people.initials();
  for (const mention of context.mentions) {
    if (mention.declared.length > 0) continue;
    const near = closest(mention.initials.text, all, 1);
    const org = mention.qualifier?.kind === "organisation" ? mention.qualifier.organisation : undefined;
    const ranked = [...near].sort((a, b) => rank(context, b, org) - rank(context, a, org));
    // Certain only when one candidate stands out: the only one near, or the only one of the organisation written before it.
    const certain = ranked.length === 1 || (ranked.length > 1 && rank(context, ranked[0]!, org) > rank(context, ranked[1]!, org));
    const fixes = ranked.map((initials, i) => {
      const person = context.people.withInitials(initials)[0]!;
      return replaceFix(`Change \`${mention.initials.text}\` to \`${initials}\` (${who(person)})`, mention.initials.range, initials, i === 0 && certain);
    });
    const best = ranked[0] ? context.people.withInitials(ranked[0])[0] : undefined;
    const hint = best ? ` Did you mean \`${ranked[0]}\` (${who(best)})${org && best.organisation === org ? `, of ${org} as written before it` : ""}?` : " Add the person to the attendees, or correct the initials.";
    context.report(
      "unknown-initials",
      "error",
      mention.initials.range,
      `No attendee has the initials \`${mention.initials.text}\`.${hint}`,
      { fixes },
    );
  }
}

function rank(context: CheckContext, initials: string, org: string | undefined): number {
  return context.people.withInitials(initials).some((p) => org !== undefined && p.organisation === org) ? 1 : 0;
}

/** `ambiguous-initials`: a mention that could be either of two attendees, and nothing written before it settles which. */
export function ambiguousInitials(context: CheckContext): void {
  for (const mention of context.mentions) {
    if (mention.candidates.length < 2) continue;
    context.report(
      "ambiguous-initials",
      "error",
      mention.initials.range,
      `\`${mention.initials.text}\` could be any of ${mention.candidates.map(who).join(" or ")}. ` +
        "Write the organisation before it, as in `SECAS (AH)`, or give them distinct initials.",
    );
  }
}

/** `organisation-mismatch`: `SECAS (DL)` where DL is of the DCC. */
export function organisationMismatch(context: CheckContext): void {
  for (const mention of context.mentions) {
    const q = mention.qualifier;
    if (q?.kind !== "organisation" || mention.declared.length === 0 || mention.candidates.length > 0) continue;
    const people = mention.declared;
    if (people.every((p) => p.organisation === undefined)) continue;
    context.report(
      "organisation-mismatch",
      "warning",
      mention.initials.range,
      `\`${mention.initials.text}\` is ${people.map(who).join(" or ")}, not of ${q.organisation} as written before it. Correct the organisation or the initials.`,
    );
  }
}

/** `absent-mentioned`: a mention of someone recorded with apologies or as absent. */
export function absentMentioned(context: CheckContext): void {
  const seen = new Set<Mention>();
  for (const mention of context.mentions) {
    const person = mention.candidates.length === 1 ? mention.candidates[0]! : undefined;
    if (!person || person.attendee.attendance === "present" || seen.has(mention)) continue;
    seen.add(mention);
    context.report(
      "absent-mentioned",
      "warning",
      mention.initials.range,
      `${who(person)} (\`${mention.initials.text}\`) is recorded as ${person.attendee.attendance === "apologies" ? "having sent apologies" : "absent"}, but is mentioned as taking part.`,
    );
  }
}
