import { LIST_TAIL, piecesBefore, startsClause, wordBeforeNames } from "./addressed.js";

/*
 * Whether a person mentioned in prose is named in work still to be done, not as taking part in
 * the meeting: `PL to return the form by Friday`, `MG will circulate the draft`, `JS to agree the
 * wording with PL`, `The Clerk to draft a reply in consultation with PL`. Someone away may be
 * given work, or be consulted on it, as the minutes' actions do; `absent-mentioned` passes over
 * such a mention (found by a secretary's test). The clause is read as `isAddressed` reads it.
 */

/** After the mention that opens its clause: work it is to do (`to return`, `will circulate`), not a passive (`to be sent`, which `isAddressed` reads). */
const DOES_LATER = /^\s+(?:(?:is|are)\s+)?(?:to|will|shall)\s+(?!be\b)[a-z]/;

/**
 * After the mention, work given in reported speech (`would draft`, `should contact`): not what
 * someone would like (`MG would like to thank`, `MG would welcome comments`), which they say
 * themselves at the meeting.
 */
const WOULD_LATER = /^\s+(?:would|should)\s+(?!be\b|like\b|wish\b|prefer\b|welcome\b|want\b|hope\b|appreciate\b)[a-z]/;

/** What reports the giving of work just before the names (`agreed that MG would`, `asked MG should`): a verb of deciding or asking, or its `that`. */
// (And a verb of saying: `LF said SI would present the findings in June`, found by a review of false positives.)
const REPORTS_WORK = new Set(["that", "agreed", "decided", "resolved", "requested", "asked", "suggested", "proposed", "recommended", "noted", "said", "confirmed", "explained", "reported", "advised", "indicated", "stated"]);

/** Words that start a clause of their own inside the work (`JS to confirm that PL presented`): the mention there is no longer the work's. */
const SUBORDINATE = new Set(["that", "whether", "who", "which", "because", "when"]);

/** Whether the mention from `start` to `end` of `prose` is of someone who is to do, or be part of, work still to come. */
export function inFutureWork(prose: string, start: number, end: number, roleWords: ReadonlySet<string>): boolean {
  const { pieces } = piecesBefore(prose, start);
  const tail = LIST_TAIL.exec(prose.slice(end, end + 200))?.[0].length ?? 0;
  const after = prose.slice(end + tail, end + tail + 40);
  if (DOES_LATER.test(after) && startsClause(pieces, roleWords)) return true;
  // `It was agreed that MG would draft the letter`: work given in reported speech.
  if (WOULD_LATER.test(after) && REPORTS_WORK.has(wordBeforeNames(pieces, roleWords)?.toLowerCase() ?? "")) return true;
  // `KL to follow up the points MG raised`, `... and MG confirmed that ...`: a verb in the past
  // after the mention is what the person did (found by a review of false positives).
  return !DID.test(after) && opensWithWork(pieces, roleWords);
}

/** A verb in the past straight after a mention: `MG raised`, `MG set out`, `MG had`. */
export const DID = /^\s+(?:[a-z]+ed|said|set|made|gave|told|put|took|brought|sent|wrote|spoke|went|led|read|had|has|was|were|did|felt|thought|saw|met|ran|showed|shown|held|began|found|knew|left|heard|won|lost|paid|sought|bought|chose|drew|rose|taught|understood)\b/;

/**
 * Whether the clause before the mention opens with who is to do the work and the work
 * (`JS to agree`, `The Clerk and KL will draft`), with no clause of its own started between
 * that and the mention.
 */
function opensWithWork(pieces: readonly string[], roleWords: ReadonlySet<string>): boolean {
  let i = 0;
  let capitals = 0;
  // Who is to do it reads as a name: initials or an organisation (`JS`, `DCC`), a role, a full
  // name, or a title after `The` (`The Clerk`); not one capitalised word that opens a sentence
  // (`Prior to the meeting PL circulated the papers`, `Due to ...`).
  let named = false;
  for (; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const lower = piece.toLowerCase();
    if (piece === "(" || piece === ")" || piece === "," || lower === "and" || lower === "&") continue;
    if (lower === "the") {
      if (/^[A-Z\u00C0-\u00DE]/.test(pieces[i + 1] ?? "")) named = true;
      continue;
    }
    if (roleWords.has(lower) || /^[A-Z]{2,}[a-z]?$/.test(piece)) named = true;
    else if (/^[A-Z\u00C0-\u00DE]/.test(piece)) capitals++;
    else break;
  }
  if (!(named || capitals >= 2) || i + 1 >= pieces.length) return false;
  let verb = i + 1;
  if (pieces[i] === "is" || pieces[i] === "are") {
    if (pieces[i + 1] !== "to") return false;
    verb = i + 2;
  } else if (pieces[i] !== "to" && pieces[i] !== "will" && pieces[i] !== "shall") return false;
  const word = pieces[verb];
  if (word === undefined || !/^[a-z]/.test(word) || word === "be") return false;
  for (let j = verb + 1; j < pieces.length; j++) if (SUBORDINATE.has(pieces[j]!.toLowerCase())) return false;
  return true;
}
