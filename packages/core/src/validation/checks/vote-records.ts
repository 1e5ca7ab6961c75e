import type { People } from "../people.js";

/*
 * How minutes record a vote under the decision it carried: `Proposed by Cllr Hart, seconded by
 * Cllr Dale and carried unanimously.`, `Carried: 4 for, 0 against, 1 abstention.`, `(Carried
 * unanimously.)`, `Mrs Hart abstained.`, `Two members abstained.`, `The Chair used her casting
 * vote.` Such a line belongs to the decision and is published with it, so it is read strictly:
 * only the words of a vote, figures, titles, roles and the names and initials of the attendees
 * (who are listed in the public minutes anyway). A line that says anything else (`Carried,
 * although the CFO warned that ...`, `Unison and GMB voted against.`, `Mrs Hart abstained
 * because ...`) starts a sentence of the discussion (found by leak hunts: each was published).
 */

/** Words a record of a vote is made of, in lower case. */
const VOTE_WORDS = new Set(
  (
    "proposed seconded by carried lost defeated unanimously unanimous nem con nemine contradicente for against abstention abstentions abstained abstain " +
    "vote votes voted voting casting in favour favor of the a an and with on this that motion resolution proposal recommendation amendment item " +
    "from having declared interest interests did not take part used her his their chair's members member councillors councillors' governors trustees directors " +
    "majority show hands hand recorded named was were being no none nil all present who to be requested asked it its result " +
    "resolved agreed approved moved large small those abstaining left meeting room chamber see appendix annex minute minutes per cent percent " +
    "or one's others other remaining rest " +
    // A recorded vote, as statute and standing orders require it (found by a review of false positives).
    "accordance standing order orders taken requisitioned division poll as follows"
  ).split(" "),
);

/** Words that make the line a record of a vote: one of them must be there. */
const VOTE_CORE = /\b(?:proposed|seconded|carried|lost|defeated|unanimous(?:ly)?|nem\.?\s+con|abstained|abstentions?|voted|votes?|voting)\b|^\(?(?:for|against)\s*:/i;

const NUMBER_WORDS = new Set("one two three four five six seven eight nine ten eleven twelve".split(" "));
const TITLES = new Set("mr mrs ms miss mx dr prof professor cllr cllrs councillor revd rev sir dame lord lady".split(" "));
/** Officers who propose and second as members do, beyond the settings' role words. */
const OFFICERS = new Set("mayor deputy vice treasurer clerk secretary headteacher head principal chief executive director governor trustee chairman chairwoman chairperson".split(" "));

/**
 * For a line that reads as a record of a vote, the first word or mark a record is not made of
 * (`although`, `GMB`, a name not in the attendee list), or null when there is none; undefined for
 * a line that is no record of a vote.
 */
export function voteRecordIntruder(line: string, people: People, roleWords: ReadonlySet<string>): string | null | undefined {
  if (!VOTE_CORE.test(line)) return undefined;
  // Besides words: the marks a record is punctuated with, and figures.
  const mark = /[^\p{L}\p{N}\s.,:;()'’–—%/&-]/u.exec(line);
  if (mark) return mark[0];
  const names = attendeeNameWords(people);
  for (const raw of line.match(/[\p{L}\p{N}'’.-]+/gu) ?? []) {
    const word = raw.replace(/^[.'’-]+|[.'’-]+$/g, "");
    // Figures, tallies and shares: `4`, `4-1`, `5/2/1`, `75%`.
    if (word.length === 0 || /^\d{1,3}(?:[/-]\d{1,3})*%?$/.test(word)) continue;
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (VOTE_WORDS.has(lower) || NUMBER_WORDS.has(lower) || TITLES.has(lower) || roleWords.has(lower) || OFFICERS.has(lower)) continue;
    // An attendee's name or initials, or an initial (`Cllr A. Smith`, `Cllr J Hart`).
    if (names.has(word.replace(/'/g, "’")) || names.has(word.replace(/’/g, "'")) || people.withInitials(word).length > 0 || /^\p{Lu}$/u.test(word)) continue;
    // Words that join the tally (`for/against/abstain`).
    if (word.split(/[/-]/).every((part) => VOTE_WORDS.has(part.toLowerCase()) || part === "abstain")) continue;
    return word;
  }
  return null;
}

/** Every word of the attendees' names (`Jane`, `Hart`, `Hart-Davies`), kept per People. */
export function attendeeNameWords(people: People): ReadonlySet<string> {
  let words = cache.get(people);
  if (!words) {
    words = new Set();
    for (const person of people.all) for (const word of person.attendee.name.text.split(/\s+/)) if (word) words.add(word.replace(/[.,]+$/, ""));
    cache.set(people, words);
  }
  return words;
}
const cache = new WeakMap<People, Set<string>>();
