import { doneOutsideTheMeeting, reportsAtTheMeeting } from "../outside-the-meeting.js";
import { replaceFix, type CheckContext } from "../context.js";
import { contentsOf } from "../../model/walk.js";
import type { Person } from "../people.js";
import { likelyMeant } from "../mentions.js";
import { isAddressed } from "../addressed.js";
import { DID, inFutureWork } from "../future-work.js";
import { tablesOf } from "../../config/derived.js";
import type { Range } from "../../text/range.js";
import type { Block } from "../../model/ast.js";

function who(person: Person): string {
  return `${person.attendee.name.text}${person.organisation ? `, ${person.organisation}` : ""}`;
}

/** `unknown-initials`: a mention that matches no attendee, with the closest initials, the qualifier's organisation first. */
export function* unknownInitials(context: CheckContext): Generator<void, void> {
  // The first check to read the mentions: finding them is a fifth of the checks' work.
  yield* context.findMentions();
  for (const mention of context.mentions) {
    if (mention.declared.length > 0) continue;
    const org = mention.qualifier?.kind === "organisation" ? mention.qualifier.organisation : undefined;
    const named = mention.qualifier?.kind === "name" ? mention.qualifier.person : undefined;
    // Certain only when one candidate stands out: the only one near, the person named before it, or the only one of the organisation written before it.
    const { ranked, certain } = likelyMeant(mention.initials.text, mention.qualifier, context.people);
    const fixes = ranked.map((initials, i) => {
      const person = context.people.withInitials(initials)[0]!;
      return replaceFix(`Change \`${mention.initials.text}\` to \`${initials}\` (${who(person)})`, mention.initials, initials, i === 0 && certain);
    });
    const best = ranked[0] ? context.people.withInitials(ranked[0])[0] : undefined;
    const why = named && best?.attendee === named.attendee ? ", named before it" : org && best?.organisation === org ? `, of ${org} as written before it` : "";
    const hint = best ? ` Did you mean \`${ranked[0]}\` (${who(best)})${why}?` : " Correct the initials, or add the person to the attendees.";
    context.report(
      "unknown-initials",
      "error",
      mention.initials,
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
      mention.initials,
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
        mention.initials,
        `\`${mention.initials.text}\` is ${people.map(who).join(" or ")}, not ${q.person.attendee.name.text} as written before it; ${q.person.attendee.name.text}'s initials are \`${q.person.attendee.initials.text}\`. Correct the name or the initials.`,
        { fixes: [replaceFix(`Change \`${mention.initials.text}\` to \`${q.person.attendee.initials.text}\``, mention.initials, q.person.attendee.initials.text, false)] },
      );
      continue;
    }
    if (q?.kind !== "organisation") continue;
    if (people.every((p) => p.organisation === undefined)) continue;
    context.report(
      "organisation-mismatch",
      "warning",
      mention.initials,
      `\`${mention.initials.text}\` is ${people.map(who).join(" or ")}, not of ${q.organisation} as written before it. Correct the organisation or the initials.`,
    );
  }
}

/**
 * Words by which a sentence says that someone was away: their apologies, their absence, an
 * illness or leave (`MG was unwell`, `in MG's absence`, `The Chair wished MG a speedy recovery`,
 * found by a secretary's test), a meeting they could not attend.
 */
/** The title of an item that records apologies: `Apologies`, `Welcome and apologies for absence`. */
const APOLOGIES_ITEM = /\bapolog/i;

const ABSENCE =
  /\bapolog|\babsent\b|\bin (?:\w+(?:'s|’s)? )?absence\b|\bunwell\b|\bill\b|\bsick\b|\b(?:speedy|quick|swift|full|good) recovery\b|\brecovering\b|\bon (?:\w+ )?leave\b|\bbereave|\b(?:unable to|could not|couldn't|did not|didn't|not able to) (?:attend|join|be present)|\bnot present\b/i;

/**
 * Abbreviations of everyday prose that are also someone's initials: `NB:`, `ED performance` (an
 * emergency department), `the IT team`. Written bare, they are read as the word, not as someone
 * away taking part (found by a secretary's test); in parentheses or after a name they are still
 * the person's.
 */
const EVERYDAY = new Set(["NB", "PS", "ED", "AE", "OK", "AM", "PM", "IT", "HR", "GP", "TV", "UK", "EU", "US", "ID", "PR", "QA", "AI", "AOB", "AGM", "CEO", "FYI", "VAT", "PTO", "PE", "RE", "SEN", "DT", "ICT", "PSHE", "MP"]);

/**
 * `absent-mentioned`: a mention of someone recorded with apologies or as absent. The owner of a
 * new action is left to `absent-owner`, which says the same thing in the action's terms.
 */
export function absentMentioned(context: CheckContext): void {
  const { actions, updates } = contentsOf(context.doc);
  const text = context.doc.text;
  // Every owner, joint owners (`KL and MG`) whole: the ranges are in document order.
  const owners: Range[] = [];
  for (const action of actions) if (action.owner) owners.push(action.owner);
  let o = 0;
  // An update restates the action as raised (`HB to chase Highways`): who was to do it then is
  // no sign of who took part now. The ranges are in document order, as the mentions are.
  const restated = updates.map((u) => u.original);
  let r = 0;
  // What each update reports, after its restated action: in document order too.
  const reports: Range[] = [];
  for (const update of updates) if (update.original.end < update.end) reports.push({ start: update.original.end, end: update.end });
  let u = 0;
  for (const mention of context.mentions) {
    const person = mention.candidates.length === 1 ? mention.candidates[0]! : undefined;
    if (!person || person.attendee.attendance === "present") continue;
    // (Not when a verb in the past follows: `NB presented the report` is Nina Brown.)
    if (mention.bare && EVERYDAY.has(mention.initials.text) && !DID.test(context.doc.text.slice(mention.initials.end, mention.initials.end + 40))) continue;
    const at = mention.initials.start;
    while (o < owners.length && owners[o]!.end < at) o++;
    if (mention.bare && o < owners.length && owners[o]!.start <= at) continue;
    while (r < restated.length && restated[r]!.end < at) r++;
    if (r < restated.length && restated[r]!.start <= at) continue;
    // In an item of apologies (`Received from YN, PJ and Hannah Greaves.`, `Jack Walsh (JW) –
    // working.`) every mention of someone away records the absence (found by a review of false positives).
    if (APOLOGIES_ITEM.test(mention.item.title.text)) continue;
    // `Apologies were received from Cllr Kaur (DKa).`, `MG was unwell`: the sentence records the absence.
    if (ABSENCE.test(sentenceAround(text, at, blockAround(text, mention.item.blocks, at) ?? mention.prose))) continue;
    // `Papers were sent to Mike Gibson (MG)`, `SECAS to inform MG`: written to or acted for,
    // not taking part. Read in the mention's own prose, whose comment lines are blank.
    const from = mention.prose.start;
    const [start, end] = mention.bare ? [at, mention.initials.end] : [at - 1, mention.initials.end + 1];
    const roleWords = tablesOf(context.config).roleWords;
    if (isAddressed(mention.prose.text, start - from, end - from, roleWords)) continue;
    // `PL to return the form by Friday`, `JS to agree the wording with PL`: work to come, which
    // someone away may be given.
    if (inFutureWork(mention.prose.text, start - from, end - from, roleWords)) continue;
    // `Comments from SM were circulated`, `GT had tendered his resignation`: done outside the meeting.
    if (doneOutsideTheMeeting(mention.prose.text, start - from, end - from, roleWords)) continue;
    // In an update's report, work done between meetings, unless it was said at this one.
    while (u < reports.length && reports[u]!.end < at) u++;
    if (u < reports.length && reports[u]!.start <= at && !reportsAtTheMeeting(mention.prose.text, end - from)) continue;
    const recorded = person.attendee.attendance === "apologies" ? "having sent apologies" : "absent";
    context.report(
      "absent-mentioned",
      "warning",
      mention.initials,
      `${who(person)} (\`${mention.initials.text}\`) is recorded as ${recorded}, but is mentioned here as taking part. ` +
        `Check the initials; if ${person.attendee.name.text} took part, record them among the attendees present.`,
    );
  }
}

/**
 * The block of an item that holds `at`, inside passages: a paragraph, an action or update, or a
 * list with the paragraph that leads into it (`Apologies were received from:`, or a resolution,
 * `The Panel NOTED apologies from:`, which the model keeps as a block of its own).
 */
function blockAround(text: string, blocks: readonly Block[], at: number): Range | undefined {
  const i = blocks.findIndex((b) => b.start <= at && at <= b.end);
  const block = blocks[i];
  if (!block) return undefined;
  if (block.kind === "summary" || block.kind === "confidential") return blockAround(text, block.blocks, at) ?? block;
  const before = blocks[i - 1];
  if (block.kind === "list" && !block.leadIn && before && text.slice(before.start, block.start).trimEnd().endsWith(":")) return { start: before.start, end: block.end };
  return block;
}

/**
 * The text of the sentence around `at`: at most 200 characters either side, up to a full stop,
 * and never past its block. (It stopped at a blank line written as two LFs, and so
 * read on past one of spaces, or of CRLFs, into the paragraph next to it.)
 */
function sentenceAround(text: string, at: number, block: Range): string {
  let start = at;
  while (start > block.start && at - start < 200 && text.charCodeAt(start - 1) !== 46) start--;
  let end = at;
  while (end < block.end && end - at < 200 && text.charCodeAt(end) !== 46) end++;
  return text.slice(start, end);
}

/** What to write before ambiguous initials to settle them, in this committee's own words: an organisation that tells them apart, or a name. */
function settle(candidates: readonly Person[], initials: string): string {
  const organisations = candidates.map((p) => p.organisation);
  const first = candidates[0]!;
  const apart = first.organisation !== undefined && organisations.filter((o) => o === first.organisation).length === 1;
  return apart ? `the organisation before it, as in \`${first.organisation} (${initials})\`` : `the name before it, as in \`${first.attendee.name.text} (${initials})\``;
}
