import type { MinutesConfig } from "../config/config.js";
import { tablesOf } from "../config/derived.js";
import type { Document, Item, Prose } from "../model/ast.js";
import { proseOf } from "../model/walk.js";
import type { Token } from "../text/range.js";
import { organisationAtEnd, type People, type Person } from "./people.js";
import { escapeRegExp, isWhiteSpace } from "../text/trim.js";
import { closest } from "../text/similarity.js";
import { CAPITAL, isCapital, isSmall, SMALL, straightApostrophes } from "../text/letters.js";
import { INITIALS_SHAPE } from "./initials-shape.js";
import { inSlices, runToEnd } from "../steps.js";

/*
 * What is a mention of a person (the sketch's decision): initials in parentheses after an
 * organisation, a role word or a name; initials in parentheses that are declared; a bare word
 * equal to declared initials. What is not: a parenthesised acronym that spells the initial
 * letters of the words before it (`Request For Information (RFI)`), and other parentheses.
 */

export type Qualifier =
  | { readonly kind: "organisation"; readonly text: string; readonly organisation: string }
  | { readonly kind: "role"; readonly text: string }
  | { readonly kind: "name"; readonly text: string; /** The attendee whose full name it is, if any. */ readonly person?: Person };

export interface Mention {
  readonly initials: Token;
  readonly bare: boolean;
  readonly qualifier: Qualifier | undefined;
  /** Everyone declared with these initials. */
  readonly declared: readonly Person[];
  /** Those the qualifier leaves: one when the mention is settled. */
  readonly candidates: readonly Person[];
  readonly item: Item;
  /** The run of prose it stands in. */
  readonly prose: Prose;
}

/** Characters before a mention searched for its qualifier: longer than any organisation, role or name phrase. */
const QUALIFIER_WINDOW = 120;

const SMALL_WORDS = new Set(["of", "for", "and", "the", "on", "in", "to", "a", "an", "&"]);

export function findMentions(doc: Document, people: People, config: MinutesConfig): Mention[] {
  return runToEnd(findMentionsSteps(doc, people, config));
}

/** `findMentions` in slices, pausing after every `PROSE_PER_SLICE` runs of prose. */
export function* findMentionsSteps(doc: Document, people: People, config: MinutesConfig): Generator<void, Mention[]> {
  const mentions: Mention[] = [];
  // A word that is an organisation's name (`DCC`) is the organisation, even when someone is
  // declared with it: only `(DCC)` then names that person.
  const { organisationWords, levels } = tablesOf(config);
  const bare = bareInitials(people.initials().filter((initials) => !organisationWords.has(initials)));
  const runs = proseOf(doc);
  // Where the words of a vote stand in the document, found in its whole text (searched run by
  // run, most of the time went on starting the search 158 times).
  // (A record of a vote names its seconder: `conde` of `seconded` and `Seconder`, one plain
  // string, which the engine searches for faster than an expression of the vote's words. The
  // engine looks for the string's first letter, then reads on: `econde`, starting with the
  // commonest letter of English, stopped at every `e` and took five times as long, 20 µs on 25 KB
  // against 4 µs. A run that holds `condemn` too is read for a vote and holds none.)
  const votes: number[] = [];
  for (let at = doc.text.indexOf(VOTE_WORD); at >= 0; at = doc.text.indexOf(VOTE_WORD, at + 1)) votes.push(at);
  yield* inSlices(runs.length, (from, to) => {
    for (let i = from; i < to; i++) mentionsIn(runs[i]!);
  });
  return mentions;

  function mentionsIn({ prose, item }: { prose: Prose; item: Item }): void {
    const first = mentions.length;
    for (const ref of prose.initials) {
      // What qualifies a mention stands just before it: a window of words is enough, and keeps
      // the work per mention constant however long the paragraph.
      // Up to its opening parenthesis, which stands just before it.
      const at = ref.start - 1 - prose.start;
      const before = prose.text.slice(Math.max(0, at - QUALIFIER_WINDOW), at).trimEnd();
      const qualifier = qualifierOf(before, config, people);
      const isDeclared = people.withInitials(ref.text).length > 0;
      // `(GREEN)`, `(AMBER)`, `(ABCDE)`: a level, or more capitals than initials have, is no one's.
      if (!isDeclared && (!INITIALS_SHAPE.test(ref.text) || levels.has(ref.text.toUpperCase()))) continue;
      if (!qualifier && (!isDeclared || spellsAcronym(ref.text, before))) continue;
      // `(DCC)`, `(OPSG)`: an organisation's own name is not a person's initials, unless someone is declared with it.
      if (!isDeclared && organisationWords.has(ref.text)) continue;
      if (qualifier?.kind === "name" && !qualifier.person && (spellsAcronym(ref.text, before) || abbreviates(ref.text, qualifier.text) || namesOffice(ref.text, qualifier.text))) continue;
      // `W.Bro. Andrew Short (ADC)`: three capitals or more that do not abbreviate the name of
      // someone not listed before them (`abbreviates`, above) are a rank or an office (found by a
      // review of false positives), not initials; `Joe Bloggs (JX)` may be.
      if (qualifier?.kind === "name" && !qualifier.person && !isDeclared && isRank(ref.text)) continue;
      // `The Senior Independent Director (SID)`: after an organisation or a role word too, undeclared capitals that spell the words before are an acronym.
      // So is an officer's title ending with a role word: `The Chief Executive (CEO)` where `Executive` is one.
      if ((qualifier?.kind === "organisation" || qualifier?.kind === "role") && !isDeclared && (spellsAcronym(ref.text, before) || namesOffice(ref.text, before))) continue;
      mentions.push(resolve(ref, false, qualifier, people, item, prose));
    }
    if (bare) {
      bare.lastIndex = 0;
      for (let m = bare.exec(prose.text); m; m = bare.exec(prose.text)) {
        if (bareIsNoOne(prose.text, m.index, m.index + m[0].length, organisationWords)) continue;
        const start = prose.start + m.index;
        const token = { text: m[0], value: m[0], start, end: start + m[0].length };
        mentions.push(resolve(token, true, undefined, people, item, prose));
      }
    }
    // Who proposed and seconded, written bare (`proposed HW, seconded KR`, `Seconder: KR`):
    // initials there are a person's, declared or not, so undeclared ones are mentions the
    // checker names (found by a review of false positives: where parish clerks use initials most,
    // a slip passed unseen). Declared ones were found above.
    let voted = false;
    // (Most prose holds no vote: only the runs that hold a vote's words are searched.)
    const text = prose.text;
    const mayVote = votes.length > 0 && anyWithin(votes, prose.start, prose.end);
    VOTE_INITIALS.lastIndex = mayVote ? 0 : text.length;
    for (let m = mayVote ? VOTE_INITIALS.exec(text) : null; m; m = VOTE_INITIALS.exec(text)) {
      const written = m[1]!;
      // (A word of its own: the expression starts with its words, which the engine finds fast, not with a boundary.)
      if (m.index > 0 && /[A-Za-z]/.test(text.charAt(m.index - 1))) continue;
      if (!INITIALS_SHAPE.test(written) || people.withInitials(written).length > 0 || organisationWords.has(written) || levels.has(written.toUpperCase())) continue;
      const start = prose.start + m.index + m[0].length - written.length;
      mentions.push(resolve({ text: written, value: written, start, end: start + written.length }, true, undefined, people, item, prose));
      voted = true;
    }
    // The mentions are in document order, which the checks read them in.
    if (voted) mentions.splice(first, mentions.length - first, ...mentions.slice(first).sort((a, b) => a.initials.start - b.initials.start));
  }
}

/**
 * Whether declared initials written bare at `start` to `end` of `text` are no one's, by the words
 * around them (found by a review of false positives, where each was read as the attendee):
 * - after an article: `the IA report`, `The SI report`, `The FA guidance`, `a CD`: a person is
 *   never given one;
 * - as the last word of an organisation's name or alias the settings give: `the County FA`;
 * - as a title before a name or a portfolio: `PC Sim`, `PP Sheila Grant`, `VP Welfare:`, `VP
 *   Education` (a word in title case straight after them, that is no verb in the past and no word
 *   of a vote: `Proposed KM Seconded DH` names KM);
 * - with their expansion in brackets after them: `CD (controlled drug) incidents`.
 */
function bareIsNoOne(text: string, start: number, end: number, organisationWords: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (ARTICLE_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 40);
  if (TITLE_BEFORE_NAME.test(after) && !VOTE_OR_VERB_AFTER.test(after)) return true;
  if (EXPANSION_AFTER.test(after)) return true;
  if (organisationWords.size > 0) {
    const written = text.slice(Math.max(0, start - 40), end);
    for (const name of organisationWords) if (name.length > end - start && written.endsWith(name) && /^[\s(]|^$/.test(written.charAt(written.length - name.length - 1))) return true;
  }
  return false;
}
/** An article just before: `the`, `a`, `an`, `The`. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|The|THE|a|an|A|An)\s+$/u;
/** A word in title case straight after: a name or a portfolio. */
// (Or on the next line, where the line wraps between them: `PC` / `Sim will attend`.)
const TITLE_BEFORE_NAME = /^(?: |\r?\n)\p{Lu}\p{Ll}+/u;
/** What is not a name after initials: a verb in the past or a word of a vote (`Seconded`, `Carried`). */
const VOTE_OR_VERB_AFTER = /^\s\p{Lu}\p{Ll}*ed\b|^\s(?:Seconder|Proposer|Mover|Abstain|Against|For|And|But|Or|To|The|This|It)\b/u;
/** Its expansion in brackets, in small letters: `CD (controlled drug)`. */
const EXPANSION_AFTER = /^\s*\(\p{Ll}[\p{Ll}\s'’-]{2,60}\)/u;

/** What every record of a vote holds: its seconder (`seconded`, `Seconder`). */
const VOTE_WORD = "conde";

/** Whether a sorted list of offsets holds one from `start` up to `end`. */
function anyWithin(sorted: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < start) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low]! < end;
}
/**
 * Initials written bare after the words of a vote: `proposed HW`, `seconded by KR`, `Proposer:
 * AC`, `moved by DS`. The word after them is taken whole and held to the shape of initials after.
 */
const VOTE_INITIALS = /(?:[Pp]roposed|[Ss]econded|[Mm]oved|Proposer|Seconder|Mover)(?:\s+by)?\s*:?\s+([^\s,.;:()[\]]{2,6})(?=[\s,.;:)\]]|$)/g;

/** The pattern of bare declared initials, kept per set of initials: a folder's meetings mostly share their attendees. */
const barePatterns = new Map<string, RegExp>();

function bareInitials(declared: readonly string[]): RegExp | undefined {
  if (declared.length === 0) return undefined;
  const key = declared.join("|");
  let pattern = barePatterns.get(key);
  if (!pattern) {
    if (barePatterns.size >= 64) barePatterns.clear();
    pattern = new RegExp(`(?<![(\\w/])(?:${declared.map(escapeRegExp).join("|")})(?![\\w/)])`, "g");
    barePatterns.set(key, pattern);
  }
  return pattern;
}

function resolve(initials: Token, bare: boolean, qualifier: Qualifier | undefined, people: People, item: Item, prose: Prose): Mention {
  const declared = people.withInitials(initials.text);
  const candidates =
    qualifier?.kind === "organisation" ? declared.filter((p) => p.organisation === qualifier.organisation)
    : qualifier?.kind === "name" && qualifier.person ? declared.filter((p) => p.attendee === qualifier.person!.attendee)
    : declared;
  return { initials, bare, qualifier, declared, candidates, item, prose };
}

/**
 * Whom initials that match no attendee most likely meant, best first: declared initials one
 * edit away, with the attendee named just before the mention first, then those of the
 * organisation written before it. `certain` when the first stands out. The diagnostic's fixes
 * and the hover both rank them so.
 */
export function likelyMeant(initials: string, qualifier: Qualifier | undefined, people: People): { ranked: string[]; certain: boolean } {
  const near = closest(initials, people.initials(), 1);
  const org = qualifier?.kind === "organisation" ? qualifier.organisation : undefined;
  const named = qualifier?.kind === "name" ? qualifier.person : undefined;
  if (named && !near.includes(named.attendee.initials.text)) near.unshift(named.attendee.initials.text);
  const score = (candidate: string) =>
    named?.attendee.initials.text === candidate ? 2 : people.withInitials(candidate).some((p) => org !== undefined && p.organisation === org) ? 1 : 0;
  const ranked = [...near].sort((a, b) => score(b) - score(a));
  const standsOut = ranked.length === 1 || (ranked.length > 1 && score(ranked[0]!) > score(ranked[1]!));
  // Never certain of someone the text before the mention contradicts (of another organisation
  // than the one written) or who was not there: `SECAS (FC)` is not surely DCC's absent `RC`.
  const first = ranked[0] === undefined ? [] : people.withInitials(ranked[0]);
  const consistent = first.some((p) => (org === undefined || p.organisation === org) && p.attendee.attendance === "present");
  return { ranked, certain: standsOut && consistent };
}

export function qualifierOf(written: string, config: MinutesConfig, people?: People): Qualifier | undefined {
  // A word processor curls apostrophes: `O’Neill` is the attendee `O'Neill`.
  const before = straightApostrophes(written);
  const org = organisationAtEnd(before, config);
  if (org) return { kind: "organisation", text: org.name, organisation: org.name };
  const lastWord = lastWordOf(before);
  if (lastWord && tablesOf(config).roleWords.has(lastWord.toLowerCase())) return { kind: "role", text: lastWord };
  // An attendee's full name (`Del Kang (DKa)`) is a person even when it spells the initials.
  // Only those whose surname is the last word written can match: look them up by it.
  const bySurname = lastWord && people ? people.withSurname(lastWord) : [];
  const normal = bySurname.length > 0 ? before.replace(/\s+/g, " ") : "";
  const person = bySurname.find((p) => endsWithWords(normal, straightApostrophes(p.attendee.name.text)));
  if (person) return { kind: "name", text: person.attendee.name.text, person };
  // `Cllr Smith (JS)`: a surname alone, after a title or no capitalised word, names the one
  // attendee who has it; after another first name (`Tom Lee (TL)`) it is someone else.
  if (bySurname.length === 1 && lastWord) {
    const afterFirstName = FIRST_NAME_BEFORE.test(before.slice(0, before.length - lastWord.length));
    if (!afterFirstName || TITLE_BEFORE.test(before)) return { kind: "name", text: lastWord, person: bySurname[0]! };
  }
  const name = nameAtEnd(before);
  if (name) return { kind: "name", text: name };
  return undefined;
}

/** A capitalised word just before a surname, in any Latin alphabet: `Tom Lee`, `Tomás Lee`, `Émilie Lee`. */
const FIRST_NAME_BEFORE = new RegExp(`[${CAPITAL}][${SMALL}]+\\s+$`);

/** A title before a surname: `Cllr Smith`, `Dr. Moore`, `Ms Hermon`. */
const TITLE_BEFORE = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Sir|Dame|Lord|Lady|Rev|Revd)\.?\s+[A-Za-z'’-]+$/;

/** Whether `normal` (whitespace already collapsed) ends with the words of `words`, as whole words. */
function endsWithWords(normal: string, words: string): boolean {
  const wanted = words.includes("  ") || /\s[^ ]|^\s|\s$/.test(words) ? words.trim().replace(/\s+/g, " ") : words;
  if (wanted.length === 0 || !normal.endsWith(wanted)) return false;
  return !/[A-Za-z0-9]/.test(normal.charAt(normal.length - wanted.length - 1));
}

/** A capitalised name of two words or more that ends the text: `Peter Davies`, `Šárka Nováková`. (What `nameAtEnd` reads by hand.) */
export const NAME_AT_END = new RegExp(`(?:^|[^${CAPITAL}${SMALL}'’])([${CAPITAL}][${SMALL}]+(?:[ -][${CAPITAL}](?:['’][${CAPITAL}])?[${SMALL}'’]+)+)$`);

/**
 * The capitalised name of two words or more that ends the text, as `NAME_AT_END` finds it: a
 * first word of a capital and small letters (`Peter`), then words after a space or a hyphen, each
 * a capital, perhaps an apostrophe and a capital (`O'Neill`), then small letters and apostrophes;
 * the longest such name, and only where no letter or apostrophe stands just before it. Read from
 * the end, word by word: the expression, tried at every character of the text before a mention,
 * read the rest of the text from each, and cost more than the rest of reading what qualifies it.
 */
export function nameAtEnd(text: string): string | undefined {
  const last = text.charCodeAt(text.length - 1);
  if (!(isSmall(last) || last === 39 || last === 0x2019)) return undefined;
  // The run of name characters that ends the text holds the whole name, and the character
  // before it is no letter or apostrophe, as the expression asks before a name.
  const runStart = nameRunStart(text, true);
  let nameStart = -1;
  let later = 0;
  for (let end = text.length; ; ) {
    let start = end;
    while (start > runStart && !isNameSeparator(text.charCodeAt(start - 1))) start--;
    // Where a word that may start a name stands before at least one later word, a longer name starts there.
    if (later > 0 && isFirstWord(text, start, end)) nameStart = start;
    if (!isLaterWord(text, start, end) || start <= runStart) break;
    later++;
    end = start - 1;
  }
  return nameStart >= 0 ? text.slice(nameStart) : undefined;
}

function isNameSeparator(c: number): boolean {
  return c === 32 || c === 45;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** `Peter`: a capital, then small letters only. */
function isFirstWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isCapital(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) if (!isSmall(text.charCodeAt(i))) return false;
  return true;
}

/** `Davies`, `O'Neill`, `D’Arcy`: a capital, perhaps an apostrophe and a capital, then small letters and apostrophes. */
function isLaterWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isCapital(text.charCodeAt(start))) return false;
  const smallFrom = (from: number) => {
    if (from >= end) return false;
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!isSmall(c) && !isApostrophe(c)) return false;
    }
    return true;
  };
  return (isApostrophe(text.charCodeAt(start + 1)) && isCapital(text.charCodeAt(start + 2)) && smallFrom(start + 3)) || smallFrom(start + 1);
}

/** The run of letters and hyphens that ends `text` (`Chair` in `The Chair`, `Nováková`), or undefined. */
export function lastWordOf(text: string): string | undefined {
  const start = nameRunStart(text, false);
  return start < text.length ? text.slice(start) : undefined;
}

/**
 * Where the run of a name's characters that ends `text` starts: letters in any Latin alphabet,
 * hyphens and apostrophes inside a name (`O'Neill`, `García-López`), and with `spaces` the spaces
 * between its words.
 */
function nameRunStart(text: string, spaces: boolean): number {
  let start = text.length;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    // (A letter by the table of `text/letters.ts`, which holds the same classes.)
    if (!isCapital(c) && !isSmall(c) && c !== 45 && !isApostrophe(c) && !(spaces && c === 32)) break;
    start--;
  }
  return start;
}

/**
 * `Operations Group (OPSG)`: a looser acronym test for a capitalised phrase (after Schwartz and
 * Hearst): every letter of the short form appears, in order, in the phrase, and its first letter
 * starts a word. Used only after a phrase that is not an attendee's name.
 */
export function abbreviates(short: string, phrase: string): boolean {
  const s = short.toLowerCase();
  const l = phrase.toLowerCase();
  let j = l.length - 1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charAt(i);
    while (j >= 0 && (l.charAt(j) !== c || (i === 0 && j > 0 && /[a-z0-9]/.test(l.charAt(j - 1))))) j--;
    if (j < 0) return false;
    j--;
  }
  return true;
}

/**
 * `The Chief Executive (CEO)`: an officer's acronym after the title
 * written without its `Officer`, the way secretaries write it (found by a secretary's test).
 */
function namesOffice(short: string, phrase: string): boolean {
  // The capitals before the `O` spell the title's words (`CXO` is no one's title).
  return short.length >= 3 && short.endsWith("O") && !/officer$/i.test(phrase) && spellsAcronym(short.slice(0, -1), phrase);
}

/** Three capitals or more: after a name whose letters they do not abbreviate (asked before), a rank (`ADC` after `Andrew Short`), not initials. */
function isRank(initials: string): boolean {
  let capitals = 0;
  for (let i = 0; i < initials.length; i++) if (isCapital(initials.charCodeAt(i))) capitals++;
  return capitals >= 3;
}

/** `Supplier of Last Resort (SoLR)`: the capitals spell the first letters of the words before. */
export function spellsAcronym(initials: string, before: string): boolean {
  const letters = initials.replace(/[^A-Z]/g, "");
  if (letters.length < 2) return false;
  // Words from the end, split at spaces, hyphens and slashes, read without splitting the whole text.
  let at = letters.length - 1;
  let end = before.length;
  while (end > 0 && at >= 0) {
    while (end > 0 && isWordBreak(before.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !isWordBreak(before.charCodeAt(start - 1))) start--;
    const word = start < end ? before.slice(start, end) : "";
    end = start;
    // `Hospital-level`: a small word joined by a hyphen is part of the word before it.
    if (start > 0 && before.charCodeAt(start - 1) === 45 && /^[a-z]/.test(word)) continue;
    if (word.charAt(0).toUpperCase() === letters.charAt(at)) at--;
    else if (!SMALL_WORDS.has(word.toLowerCase())) return false;
  }
  return at < 0;
}

/** Where `spellsAcronym` splits words: white space, hyphens and slashes. */
function isWordBreak(c: number): boolean {
  return isWhiteSpace(c) || c === 45 || c === 47;
}


