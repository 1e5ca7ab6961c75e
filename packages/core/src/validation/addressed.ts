import { lastWordOf } from "./mentions.js";

/*
 * Whether a person mentioned in prose is written to or acted for rather than taking part:
 * `Papers were sent to Mike Gibson (MG)`, `SECAS to inform MG`, `circulated to KL, MG and PD`,
 * `sent to the small supplier member (MG)`, `MG was informed`. `absent-mentioned` passes over
 * such a mention of someone who was not there. Read in the mention's own clause: a full stop, a
 * semicolon, a question or a blank line ends it; a comma or an `and` ends it unless the names
 * after the mention end the clause too (`sent to KL, MG and PD.`, not `sent to the DCC and MG
 * presented them`).
 */

/**
 * Verbs after which the person named is written to or acted for. Not `for`, `from`, or `to`
 * alone, nor `thanked`: `a question from MG`, `handed over to MG`, `thanked MG for presenting`
 * are MG taking part.
 */
const ADDRESSING = new Set([
  "cc", "copy", "copied", "inform", "informs", "informed", "informing", "contact", "contacts", "contacted", "contacting", "remind", "reminds", "reminded", "reminding",
  "email", "emails", "emailed", "emailing", "tell", "tells", "told", "telling", "notify", "notifies", "notified", "notifying", "advise", "advises", "advised", "advising",
  "brief", "briefs", "briefed", "briefing", "update", "updates", "updated", "updating",
]);
/** Verbs of sending: `to` within five words after one of them (`sent to`, `forward the slides to`) addresses whom it names. */
const SENDING = new Set([
  "send", "sends", "sent", "sending", "circulate", "circulates", "circulated", "circulating", "forward", "forwards", "forwarded", "forwarding",
  "write", "writes", "wrote", "written", "writing", "copy", "copied", "email", "emailed", "submit", "submitted",
  "communicate", "communicated", "provide", "provided",
]);
/** A verb straight after the mention (past its list): the mention is the subject of a clause. */
const SUBJECT_OF = /^\s+(?:had|has|have|was|were|is|are|would|will|should|could|can|may|might|must|did|does|do)\b/i;
/** A word of a name: a capital and small letters (`Panel`, `Gibson`), not initials. */
const NAME_WORD = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]{2,}$/;
/** Words that a list of those a paper is copied to follows, after a colon: `cc: MG`. */
const COPY_TO = new Set(["cc", "bcc", "copy", "copies", "copied"]);
/** An adverb inside a verb group: `was also informed`, `has since been sent`, `will be duly notified`. */
const PASSIVE_ADVERB = String.raw`(?:\s+(?:also|already|since|subsequently|then|now|later|duly|separately|formally|promptly|not))?`;
/**
 * `MG was informed`, `KL and MG will be sent the slides`, `MG has already been sent them`: the
 * passive of a verb of address or sending.
 */
const PASSIVE = new RegExp(
  String.raw`^\s+(?:(?:was|were|is|are)${PASSIVE_ADVERB}(?:\s+(?:to\s+be|being))?|(?:has|have|had)${PASSIVE_ADVERB}\s+been|(?:will|would|should|shall|must|can|may|to)${PASSIVE_ADVERB}\s+be)${PASSIVE_ADVERB}\s+` +
    String.raw`(?:informed|contacted|reminded|e-?mailed|copied|cc'?d|sent|forwarded|written\s+to|notified|told|briefed|updated|asked|provided\s+with|kept\s+(?:informed|updated))\b`,
  "i",
);

/** Words that end the description of a role: `the DCC by Panel member (MG)` is no description. */
const PREPOSITIONS = new Set(["by", "from", "to", "of", "for", "with", "at", "on", "in", "about"]);
const ARTICLES = new Set(["the", "a", "an", "our", "their", "its", "his", "her"]);
/** Words after which a verb of address is a noun: `his email`, `the DCC contact`. */
const DETERMINERS = new Set([...ARTICLES, "my", "your", "this", "that"]);
const JOINERS = new Set(["and", "or", "&"]);
/** How far back a clause is read; longer than any list of names a secretary writes in one go. */
const WINDOW = 200;
/** How many small words may describe a role before it: `the small supplier member`. */
const ROLE_MODIFIERS = 3;

/** The words, commas and parentheses of a clause. */
const PIECES = /[(),]|[^\s(),]+/g;
/** `.`, `;`, `?`, `!` and `:` end a clause for good; a comma and parentheses are read as pieces. */
const HARD_END = new Set([46, 59, 63, 33, 58]);
const CAPITALISED = /^[A-Z\u00C0-\u00DE]/;

/**
 * Whether the mention that stands from `start` to `end` of `prose` (its parentheses included,
 * or bare initials) is written to or acted for. `roleWords` are the committee's role words in
 * lower case.
 */
export function isAddressed(prose: string, start: number, end: number, roleWords: ReadonlySet<string>): boolean {
  const { pieces, clauseStart } = piecesBefore(prose, start);
  // `MG was informed`, `KL, MG and PD were sent the slides`: when the mention, or the list it
  // stands in, starts its clause. Not `a question from MG was forwarded`: there MG took part.
  // What follows the rest of the list the mention stands in: `MG and KL were informed` reads
  // ` were informed` for MG.
  const tail = LIST_TAIL.exec(prose.slice(end, end + WINDOW))?.[0].length ?? 0;
  const after = prose.slice(end + tail, end + tail + WINDOW);
  const passive = PASSIVE.test(prose.slice(end, end + 60)) || (tail > 0 && PASSIVE.test(after));
  if (passive && startsClause(pieces, roleWords)) return true;
  const listEnds = LIST_ENDS.test(after);
  // `The Panel was told MG had presented`: a verb after the mention makes it the subject of a clause of its own.
  if (SUBJECT_OF.test(after)) return false;
  // `KL told the Panel MG supported it`: bare initials straight after another name start a clause of their own.
  const previous = pieces.at(-1);
  if (start < end && !prose.startsWith("(", start) && previous !== undefined && NAME_WORD.test(previous)) return false;
  // Past the names of whom it is addressed to. A comma or an `and` before the mention separates
  // the names of one list only when that list ends the clause: `sent to KL, MG and PD.`, not
  // `sent to the DCC, MG and KL presented them.`
  const i = beforeNames(pieces, roleWords, { commas: listEnds, joiners: listEnds });
  if (i < 0) {
    // `cc: MG`, `Copy: the DCC (RC)`: the colon that ends the clause follows the word.
    return clauseStart > 0 && prose.charCodeAt(clauseStart - 1) === 58 && COPY_TO.has(lastWordOf(prose.slice(0, clauseStart - 1))?.toLowerCase() ?? "");
  }
  const word = pieces[i]!.toLowerCase();
  // `In his email MG explained`: after an article or a possessive the word is a noun.
  if (ADDRESSING.has(word)) return !(i > 0 && DETERMINERS.has(pieces[i - 1]!.toLowerCase()));
  if (word === "of") return pieces[i - 1]?.toLowerCase() === "behalf";
  if (word !== "to") return false;
  // The thing sent may stand between the verb and `to`: `to forward the slides to MG`.
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const before = pieces[j]!;
    if (before === "," || before === "(" || before === ")") return false;
    if (SENDING.has(before.toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether the mention, or the list of names it stands in, starts a clause. Before the list (its
 * names, initials, articles, `and`, and roles with the words that describe them) stands the start
 * of its clause, a comma or a dash; or a conjunction or a verb of saying (`SECAS confirmed that MG
 * was sent the slides`, `The Chair confirmed MG had been sent them`); or the end of an opening
 * phrase, when the clause starts with one and no preposition governs the list (`After the meeting
 * MG was informed`, `On 3 March MG was sent the slides`). Otherwise the list is part of a phrase
 * (`a question from Panel member MG was forwarded`, `papers from both KL and MG were sent`).
 */
export function startsClause(pieces: readonly string[], roleWords: ReadonlySet<string>): boolean {
  const i = beforeNames(pieces, roleWords, { commas: false, joiners: true });
  if (i < 0) return true;
  const word = pieces[i]!;
  const lower = word.toLowerCase();
  if (word === "," || DASHES.has(word) || CLAUSE_OPENERS.has(lower)) return true;
  return word !== ")" && i > 0 && OPENING_PHRASE.has(pieces[0]!.toLowerCase()) && !GOVERNING.has(lower);
}

/** The word just before the names a mention stands among (`that` in `agreed that KL and MG would`), or undefined at the clause's start. */
export function wordBeforeNames(pieces: readonly string[], roleWords: ReadonlySet<string>): string | undefined {
  const i = indexBeforeNames(pieces, roleWords);
  return i < 0 ? undefined : pieces[i];
}

/** Where the word just before the names a mention stands among is, in `pieces`; -1 at the clause's start. */
export function indexBeforeNames(pieces: readonly string[], roleWords: ReadonlySet<string>): number {
  return beforeNames(pieces, roleWords, { commas: false, joiners: true });
}

/**
 * Reading back from a mention, past the names it stands among (names, organisations, initials
 * in parentheses, articles, and roles with the few words that describe them: `the small
 * supplier member (MG)`, `the independent Chair (MG)`), where the piece before them stands; -1
 * at the clause's start. Commas and `and` are crossed as `cross` says.
 */
function beforeNames(pieces: readonly string[], roleWords: ReadonlySet<string>, cross: { commas: boolean; joiners: boolean }): number {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const word = pieces[i]!;
    const lower = word.toLowerCase();
    if (word === ")") {
      const open = openingOf(pieces, i);
      if (open < 0) return i;
      i = open;
    } else if (word === ",") {
      if (!cross.commas) return i;
    } else if (JOINERS.has(lower)) {
      if (!cross.joiners) return i;
    } else if (roleWords.has(lower)) {
      const described = articleBefore(pieces, i);
      if (described >= 0) i = described;
      else if (!CAPITALISED.test(word)) return i;
    } else if (!CAPITALISED.test(word) && !ARTICLES.has(lower)) return i;
  }
  return -1;
}

const DASHES = new Set(["-", "–", "—"]);

/** Words after which a clause of its own starts: conjunctions, and verbs of saying and knowing. */
const CLAUSE_OPENERS = new Set([
  "that", "whether", "if", "once", "when", "until", "after", "before", "since", "because", "although", "though", "while", "where", "unless",
  "said", "says", "confirmed", "confirms", "noted", "notes", "reported", "reports", "explained", "stated", "added", "agreed", "understood",
  "believed", "heard", "learned", "learnt", "knew", "felt", "thought", "ensure", "ensured", "ensures", "checked", "clarified", "indicated", "mentioned",
]);

/** Words that open a phrase at the start of a clause: `After the meeting`, `On 3 March`, `Since then`. */
const OPENING_PHRASE = new Set(["after", "following", "before", "on", "in", "at", "during", "since", "subsequently", "later", "then", "afterwards", "today", "yesterday", "as"]);

/** Words that take the name after them as their object: `from MG`, `by KL and MG`, `regarding MG`. */
const GOVERNING = new Set([
  ...PREPOSITIONS, "into", "onto", "upon", "via", "under", "over", "between", "among", "against", "towards", "toward", "through",
  "without", "within", "behind", "beside", "beyond", "per", "including", "regarding", "concerning", "like", "than", "except", "alongside",
]);

/**
 * What may follow a list of recipients that ends its clause: the clause's end, or a word that
 * says what was sent or when (`of the outcome`, `after the meeting`), not a verb.
 */
const LIST_ENDS = /^\s*(?:[.;:?!)\]]|$|(?:of|for|about|regarding|after|before|by\s+(?:e-?mail|post|letter))\b)/i;

/** The words and marks of the clause before `at`, and where that clause starts. */
export function piecesBefore(prose: string, at: number): { pieces: string[]; clauseStart: number } {
  let start = at;
  while (start > 0 && at - start < WINDOW && !HARD_END.has(prose.charCodeAt(start - 1)) && !(prose.charCodeAt(start - 1) === 10 && prose.charCodeAt(start - 2) === 10)) start--;
  return { pieces: prose.slice(start, at).match(PIECES) ?? [], clauseStart: start };
}

/** Where the `(` that the `)` at `close` closes stands, when only names and initials are between them; else -1. */
function openingOf(pieces: readonly string[], close: number): number {
  for (let j = close - 1; j >= 0; j--) {
    const text = pieces[j]!;
    if (text === "(") return j;
    if (!CAPITALISED.test(text)) return -1;
  }
  return -1;
}

/** `the small supplier member`: where the article before a role word and its few describing words stands, or -1. */
function articleBefore(pieces: readonly string[], role: number): number {
  for (let j = role - 1; j >= Math.max(0, role - 1 - ROLE_MODIFIERS); j--) {
    const text = pieces[j]!;
    if (ARTICLES.has(text.toLowerCase())) return j;
    if (text === "," || text === "(" || text === ")" || JOINERS.has(text.toLowerCase()) || PREPOSITIONS.has(text.toLowerCase())) return -1;
  }
  return -1;
}

const NAMEISH = String.raw`(?:[A-Z\u00C0-\u00DE][\w'’-]*|\([A-Z][\w ]*\))`;

/** The rest of a list after a mention: `, KL and PD`, `and the DCC (RC)`. */
export const LIST_TAIL = new RegExp(String.raw`^(?:\s*(?:,|and|or|&)\s*(?:the\s+)?${NAMEISH}(?:\s+${NAMEISH})*)+`);
