import { replaceFix, type CheckContext } from "../context.js";
import { contentsOf } from "../../model/walk.js";
import type { Person } from "../people.js";
import { likelyMeant } from "../mentions.js";

function who(person: Person): string {
  return `${person.attendee.name.text}${person.organisation ? `, ${person.organisation}` : ""}`;
}

/** `unknown-initials`: a mention that matches no attendee, with the closest initials, the qualifier's organisation first. */
export function unknownInitials(context: CheckContext): void {
  for (const mention of context.mentions) {
    if (mention.declared.length > 0) continue;
    const org = mention.qualifier?.kind === "organisation" ? mention.qualifier.organisation : undefined;
    const named = mention.qualifier?.kind === "name" ? mention.qualifier.person : undefined;
    // Certain only when one candidate stands out: the only one near, the person named before it, or the only one of the organisation written before it.
    const { ranked, certain } = likelyMeant(mention.initials.text, mention.qualifier, context.people);
    const fixes = ranked.map((initials, i) => {
      const person = context.people.withInitials(initials)[0]!;
      return replaceFix(`Change \`${mention.initials.text}\` to \`${initials}\` (${who(person)})`, mention.initials.range, initials, i === 0 && certain);
    });
    const best = ranked[0] ? context.people.withInitials(ranked[0])[0] : undefined;
    const why = named && best?.attendee === named.attendee ? ", named before it" : org && best?.organisation === org ? `, of ${org} as written before it` : "";
    const hint = best ? ` Did you mean \`${ranked[0]}\` (${who(best)})${why}?` : " Correct the initials, or add the person to the attendees.";
    context.report(
      "unknown-initials",
      "error",
      mention.initials.range,
      `No attendee has the initials \`${mention.initials.text}\`.${hint}`,
      { fixes },
    );
  }
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
        `Write ${settle(mention.candidates, mention.initials.text)}, or give them distinct initials.`,
    );
  }
}

/**
 * `organisation-mismatch`: `SECAS (DL)` where DL is of the DCC; also `David Kemp (DKa)`, where the
 * attendee named before the initials is not the one who has them.
 */
export function organisationMismatch(context: CheckContext): void {
  for (const mention of context.mentions) {
    const q = mention.qualifier;
    if (mention.declared.length === 0 || mention.candidates.length > 0) continue;
    const people = mention.declared;
    if (q?.kind === "name" && q.person) {
      context.report(
        "organisation-mismatch",
        "warning",
        mention.initials.range,
        `\`${mention.initials.text}\` is ${people.map(who).join(" or ")}, not ${q.person.attendee.name.text} as written before it; ${q.person.attendee.name.text}'s initials are \`${q.person.attendee.initials.text}\`. Correct the name or the initials.`,
        { fixes: [replaceFix(`Change \`${mention.initials.text}\` to \`${q.person.attendee.initials.text}\``, mention.initials.range, q.person.attendee.initials.text, false)] },
      );
      continue;
    }
    if (q?.kind !== "organisation") continue;
    if (people.every((p) => p.organisation === undefined)) continue;
    context.report(
      "organisation-mismatch",
      "warning",
      mention.initials.range,
      `\`${mention.initials.text}\` is ${people.map(who).join(" or ")}, not of ${q.organisation} as written before it. Correct the organisation or the initials.`,
    );
  }
}

/**
 * `absent-mentioned`: a mention of someone recorded with apologies or as absent. The owner of a
 * new action is left to `absent-owner`, which says the same thing in the action's terms.
 */
export function absentMentioned(context: CheckContext): void {
  const { actions, updates } = contentsOf(context.doc);
  // Every owner, joint owners (`KL and MG`) whole: the ranges are in document order.
  const owners = actions.flatMap((a) => (a.owner ? [a.owner.range] : []));
  let o = 0;
  // An update restates the action as raised (`HB to chase Highways`): who was to do it then is
  // no sign of who took part now. The ranges are in document order, as the mentions are.
  const restated = updates.map((u) => u.original.range);
  let r = 0;
  for (const mention of context.mentions) {
    const person = mention.candidates.length === 1 ? mention.candidates[0]! : undefined;
    if (!person || person.attendee.attendance === "present") continue;
    const at = mention.initials.range.start;
    while (o < owners.length && owners[o]!.end < at) o++;
    if (mention.bare && o < owners.length && owners[o]!.start <= at) continue;
    while (r < restated.length && restated[r]!.end < at) r++;
    if (r < restated.length && restated[r]!.start <= at) continue;
    // `Apologies were received from Cllr Kaur (DKa).`: the sentence records the absence.
    if (sentenceAround(context.doc.text, at).some((s) => /\bapolog|\babsent\b/i.test(s))) continue;
    // `Papers were sent to Mike Gibson (MG)`, `SECAS to inform MG`: written to or acted for,
    // not taking part. Read in the mention's own prose, whose comment lines are blank.
    if (isAddressed(mention.prose.text, (mention.bare ? at : at - 1) - mention.prose.range.start)) continue;
    const recorded = person.attendee.attendance === "apologies" ? "having sent apologies" : "absent";
    context.report(
      "absent-mentioned",
      "warning",
      mention.initials.range,
      `${who(person)} (\`${mention.initials.text}\`) is recorded as ${recorded}, but is mentioned here as taking part. ` +
        `Check the initials; if ${person.attendee.name.text} took part, record them among the attendees present.`,
    );
  }
}

/**
 * Verbs after which the person named is written to or acted for, and `to` after the verbs of
 * sending (`sent to`, `circulated to`): no sign that they took part. Not `for`, `from`, or `to`
 * alone, nor `thanked`: `a question from MG`, `handed over to MG`, `thanked MG for presenting`
 * are MG taking part.
 */
const ADDRESSING = new Set(["cc", "copy", "copied", "inform", "informs", "informed", "informing", "contact", "contacts", "contacted", "contacting", "remind", "reminds", "reminded", "reminding", "email", "emails", "emailed", "emailing"]);
const SENDING = new Set([
  "send", "sends", "sent", "sending", "circulate", "circulates", "circulated", "circulating", "forward", "forwards", "forwarded", "forwarding",
  "write", "writes", "wrote", "written", "writing", "copy", "copied", "email", "emailed", "pass", "passed", "return", "returned", "submit", "submitted",
]);
/** Words that a list of those a paper is copied to follows, after a colon. */
const COPY_TO = new Set(["cc", "bcc", "copy", "copies", "copied"]);

/** The word that ends `prose` before `end`. */
function lastWordBefore(prose: string, end: number): string {
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(prose.charAt(start - 1))) start--;
  return prose.slice(start, end);
}

/** `.`, `,`, `;`, `:`, `?`, `!`, `(` and `)`: where a clause ends. */
const CLAUSE_END = new Set([46, 44, 59, 58, 63, 33, 40, 41]);
/** What may stand between such a word and the person: `to the DCC (RC)`, `to KL and MG`. */
const ARTICLES = new Set(["the", "a", "an", "our", "their", "its"]);
const JOINERS = new Set(["and", "or", "&"]);

/**
 * Whether the mention that starts at `at` of `prose` (its parenthesis, or bare initials) is
 * written to or acted for in its clause: after a verb of `ADDRESSING`, `to` within five words
 * after a verb of `SENDING`, `on behalf of` or `cc:`, past the capitalised words of names,
 * organisations and roles, articles, and `and` between them: `sent to Mike Gibson (MG)`,
 * `to inform the DCC (RC)`, `circulated to KL and MG`.
 */
function isAddressed(prose: string, at: number): boolean {
  // Within the clause: `In reply to the Chair, Mike Gibson (MG) questioned` is MG taking part.
  let start = at;
  while (start > 0 && at - start < 120 && !CLAUSE_END.has(prose.charCodeAt(start - 1)) && !(prose.charCodeAt(start - 1) === 10 && prose.charCodeAt(start - 2) === 10)) start--;
  const words = prose.slice(start, at).split(/\s+/).filter((w) => w.length > 0);
  for (;;) {
    while (words.length > 0 && /^[A-Z\u00C0-\u00DE]/.test(words.at(-1)!)) words.pop();
    while (words.length > 0 && ARTICLES.has(words.at(-1)!.toLowerCase())) words.pop();
    if (words.length === 0 || !JOINERS.has(words.at(-1)!.toLowerCase())) break;
    words.pop();
  }
  const word = words.at(-1)?.toLowerCase();
  // `cc: MG`, `Copy: the DCC (RC)`: the colon that ends the clause follows the word.
  if (word === undefined) return start > 0 && prose.charCodeAt(start - 1) === 58 && COPY_TO.has(lastWordBefore(prose, start - 1).toLowerCase());
  if (ADDRESSING.has(word)) return true;
  if (word === "of") return words.at(-2)?.toLowerCase() === "behalf";
  // The thing sent may stand between the verb and `to`: `to forward the slides to MG`.
  return word === "to" && words.slice(-6, -1).some((w) => SENDING.has(w.toLowerCase()));
}

/** The text of the sentence around `at`, before and after it (each at most 200 characters, up to a full stop or a blank line). */
function sentenceAround(text: string, at: number): [string, string] {
  let start = at;
  while (start > 0 && at - start < 200 && text.charCodeAt(start - 1) !== 46 && !(text.charCodeAt(start - 1) === 10 && text.charCodeAt(start - 2) === 10)) start--;
  let end = at;
  while (end < text.length && end - at < 200 && text.charCodeAt(end) !== 46 && !(text.charCodeAt(end) === 10 && text.charCodeAt(end + 1) === 10)) end++;
  return [text.slice(start, at), text.slice(at, end)];
}

/** What to write before ambiguous initials to settle them, in this committee's own words: an organisation that tells them apart, or a name. */
function settle(candidates: readonly Person[], initials: string): string {
  const organisations = candidates.map((p) => p.organisation);
  const first = candidates[0]!;
  const apart = first.organisation !== undefined && organisations.filter((o) => o === first.organisation).length === 1;
  return apart ? `the organisation before it, as in \`${first.organisation} (${initials})\`` : `the name before it, as in \`${first.attendee.name.text} (${initials})\``;
}
