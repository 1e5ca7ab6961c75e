import type { Token } from "../text/range.js";
import { editDistance } from "../text/similarity.js";
import type { Prose, Resolution } from "./ast.js";
import { keptFor } from "../kept.js";
import { escapeRegExp, isWhiteSpace } from "../text/trim.js";
import { isInvisible } from "../text/invisible.js";

/*
 * Where a resolution stands: a bullet under the body's lead-in (`The Panel:`), or a
 * paragraph that starts with the body's name and a verb in capitals. Capitals mark a
 * resolution; `The Panel agreed that ...` is prose reporting an earlier decision.
 */

/** A word between the body's name and its verb: `unanimously`, `formally`, `also`, `then` (one rule, which `resolution-mid-paragraph` reads too). */
export const ADVERB_PATTERN = "[a-z]+ly|also|then|therefore|further";

export interface ResolutionSettings {
  readonly bodyNames: readonly string[];
  readonly verbs: readonly string[];
}

/** The body name a lead-in like `The SEC Panel:` names, or undefined. */
export function leadInBody(text: string, settings: ResolutionSettings): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith(":")) return undefined;
  const name = trimmed.slice(0, -1).trim();
  const lower = name.toLowerCase();
  const body = settings.bodyNames.find((b) => b.toLowerCase() === lower);
  if (body !== undefined) return body;
  return leadInWithVerb(name, settings)?.body;
}

/**
 * A lead-in that gives the verb every bullet under it takes, as councils, boards and trustees
 * write it (the colon already taken off): `The Council RESOLVED`, `The Board RESOLVED that`,
 * `The Board APPROVED the following`, `The Board RESOLVED as follows`, `The Board, having
 * considered the report, RESOLVED`, and, with the body unnamed, `RESOLVED` or `It was
 * RESOLVED` (the first of the body's names then stands for it). The verb's offset is in `name`.
 */
function leadInWithVerb(name: string, settings: ResolutionSettings): { body: string; verb: string; at: number } | undefined {
  const match = LEAD_IN_VERB.exec(name);
  if (!match || !settings.verbs.includes(match[2]!)) return undefined;
  const at = (match[1] ?? "").length;
  const named = match[1]?.replace(/\s*,[^,]*,\s*$/, "").trim();
  if (!named || /^it (?:was|is)$/i.test(named)) return settings.bodyNames[0] === undefined ? undefined : { body: settings.bodyNames[0], verb: match[2]!, at };
  const body = settings.bodyNames.find((b) => b.toLowerCase() === named.toLowerCase());
  return body === undefined ? undefined : { body, verb: match[2]!, at };
}

/** A name (or none, or a clause between commas after it), one word in capitals, and words that lead to the list. */
const LEAD_IN_VERB = /^(.*?[\s,])??([A-Z]{4,})(?:\s+(?:that|THAT|as follows|the following(?:\s+recommendations)?))?$/;

/** The verb a lead-in gives its bullets (`The Council RESOLVED:`), as a token at its place in `lead`, or undefined. */
export function leadInVerb(lead: Prose, settings: ResolutionSettings): Token | undefined {
  const name = lead.text.trim().slice(0, -1).trim();
  const found = leadInWithVerb(name, settings);
  if (!found) return undefined;
  const at = lead.start + lead.text.indexOf(name) + found.at;
  return { text: found.verb, value: found.verb, start: at, end: at + found.verb.length };
}

export function bulletResolution(prose: Prose, body: Token, given?: Token): Resolution | undefined {
  // Under `The Council RESOLVED:` each bullet is a decision with that verb (`- to award the contract`).
  if (given) return { kind: "resolution", form: "bullet", body, verbs: [given], start: prose.start, end: prose.end };
  // The first word (up to white space, as `\S+`), without the punctuation that ends it.
  const text = prose.text;
  const verb = firstWord(text);
  if (verb === undefined) return undefined;
  const start = prose.start;
  return {
    kind: "resolution",
    form: "bullet",
    body,
    verbs: [{ text: verb, value: verb, start, end: start + verb.length }],
    start: prose.start,
    end: prose.end,
  };
}

/** The first word of a bullet (up to white space), without the punctuation that ends it; undefined when there is none. */
function firstWord(text: string): string | undefined {
  let wordEnd = 0;
  while (wordEnd < text.length && !isWhiteSpace(text.charCodeAt(wordEnd))) wordEnd++;
  if (wordEnd === 0) return undefined;
  let verbEnd = wordEnd;
  while (verbEnd > 0 && ";:,.".includes(text.charAt(verbEnd - 1))) verbEnd--;
  return text.slice(0, verbEnd);
}

/**
 * Whether a bullet under a lead-in that gives the verb (`The Panel AGREED:`) starts as if with a
 * verb of its own: one of the verbs in another case (`Noted ...`), or a word in capitals shaped
 * like a verb (`DISCUSSED ...`) or one slip from one (`AGRED ...`). It may be discussion written
 * as a bullet, so an item recorded in the confidential minutes withholds it. (Only that: the
 * bullet still takes the lead-in's verb, since `UNITED Utilities to ...` or `Approved
 * contractors ...` are decisions too, and nothing is reported or rewritten.)
 */
export function startsLikeOwnVerb(text: string, verbs: readonly string[]): boolean {
  // (Past any character that shows nothing: `\u200bDISCUSSED` reads as `DISCUSSED`.)
  let at = 0;
  while (at < text.length && isInvisible(text.charCodeAt(at))) at++;
  const word = firstWord(text.slice(at));
  if (word === undefined) return false;
  // A verb of the committee's in capitals (`AGREED` under `The Council RESOLVED:`) is a decision.
  if (verbs.includes(word.toUpperCase())) return word !== word.toUpperCase();
  // `Discussed ...`, `Considered ...` under `The Committee RESOLVED:`: a verb in the past of its
  // own, in title case (found by a secretary's test: the bullet was published as a decision).
  if ((/^[A-Z][a-z]{3,}ed$/.test(word) && !NOT_VERBS.has(word)) || IRREGULAR_PAST.has(word)) return true;
  if (!/^[A-Z]{4,}$/.test(word)) return false;
  return word.endsWith("ED") || verbs.some((v) => editDistance(word, v, 1) <= 1);
}

/** Verbs in the past that do not end in -ed, as discussion opens with them: `Heard ...`, `Took note of ...`, `Was informed that ...` (found by a review). */
const IRREGULAR_PAST = new Set(["Heard", "Took", "Was", "Were", "Had", "Gave", "Said", "Sought", "Felt", "Thought", "Saw", "Met", "Spoke", "Told", "Made"]);

/** Words in -ed that open a decision's bullet as names, not as verbs: `United Utilities to be appointed`, `Limited funding`. */
const NOT_VERBS = new Set(["United", "Limited", "Detailed", "Combined", "Integrated", "Advanced", "Registered", "Qualified", "Dedicated"]);

/** The first word after the body's name. (Shared expressions: a literal in the function is a new object per call.) */
const AFTER_BODY = /\s+([A-Za-z]+)/y;
/** `... and AGREED`: more verbs of one resolution. */
const MORE_VERBS = /\b(?:and|then|also)\s+([A-Z]{4,})\b/g;

/**
 * `The Panel NOTED the updates and AGREED that ...`; also `The Panel Noted` (a slip the checker
 * names); `The Council, having considered the report, RESOLVED ...` (a clause between commas
 * after the name); and, with the committee's own verbs only, `It was RESOLVED to ...` and
 * `RESOLVED: that ...` (the body unnamed).
 */
export function inlineResolution(prose: Prose, settings: ResolutionSettings): Resolution | undefined {
  const body = bodyAtStart(prose.text, settings.bodyNames);
  if (body !== undefined) return resolutionAfterBody(prose, settings, 0, body, body) ?? coordinatedResolution(prose, settings, body);
  // (The two forms after those need a word in capitals: most prose has none, and is passed over
  // at the cost of one search.)
  const unnamed = unnamedResolution(prose, settings);
  if (unnamed || !CAPITALS.test(prose.text)) return unnamed;
  return resolutionAfterLeadIn(prose, settings) ?? votedResolution(prose, settings) ?? passiveResolution(prose, settings);
}

/** No inline references: a sentence read for its shape only. */
const NO_INLINES: readonly never[] = [];

/**
 * The decision that opens `text` at `at`, as a paragraph opening with it would be read (every form
 * `inlineResolution` reads), or undefined. Offsets are from `at`. The checks ask it of a sentence
 * that does not open its paragraph (`resolution-mid-paragraph`) or of a line inside a decision
 * (`decision-runs-on`): one description of a decision, the model's.
 */
export function sentenceDecision(text: string, at: number, settings: ResolutionSettings): Resolution | undefined {
  const sentence = at === 0 ? text : text.slice(at);
  const prose: Prose = { text: sentence, start: 0, end: sentence.length, initials: NO_INLINES, names: NO_INLINES, actionRefs: NO_INLINES, references: NO_INLINES, notes: NO_INLINES };
  return inlineResolution(prose, settings);
}

/**
 * `It was proposed by Cllr Dale, seconded by Cllr Fry and RESOLVED that ...`, `Proposed by Cllr
 * Dale, seconded by Cllr Fry and unanimously RESOLVED to ...`, and the record of the vote on lines
 * of its own over the decision (`Proposed: Cllr Dale` / `Seconded: Cllr Fry` / `RESOLVED: that
 * ...`): the way parish and town councils record a decision, who proposed and seconded it first
 * (found by a review of false positives: it was read as discussion, and a confidential item
 * withheld it). The verb is the committee's, or one slip from one, so the checker names it.
 */
function votedResolution(prose: Prose, settings: ResolutionSettings): Resolution | undefined {
  const text = prose.text;
  // (Most paragraphs open otherwise, and are passed over at their first letter.)
  const first = text.charCodeAt(0) | 0x20;
  if (first !== 0x70 && first !== 0x69 && first !== 0x6d && first !== 0x73) return undefined;
  const joined = VOTE_THEN_VERB.exec(text);
  if (joined) {
    const verb = joined[1]!;
    if (!verbOrSlip(verb, settings.verbs, true)) return undefined;
    const verbAt = joined.index + joined[0].length - verb.length;
    const body: Token = { text: "", value: settings.bodyNames[0] ?? "The Panel", start: prose.start, end: prose.start };
    const verbs: Token[] = [{ text: verb, value: verb, start: prose.start + verbAt, end: prose.start + verbAt + verb.length }];
    addMoreVerbs(prose, verbAt + verb.length, settings, verbs);
    return { kind: "resolution", form: "inline", body, verbs, start: prose.start, end: prose.end };
  }
  // The vote's lines, then the decision opening a line of its own.
  let at = 0;
  for (;;) {
    const end = text.indexOf("\n", at);
    if (!VOTE_LINE.test(text.slice(at, end < 0 ? text.length : end))) break;
    if (end < 0) return undefined;
    at = end + 1;
  }
  return at === 0 ? undefined : unnamedResolution(prose, settings, at);
}

/** Who proposed and seconded, then `and` and the verb in capitals, opening the paragraph. */
const VOTE_THEN_VERB = new RegExp(
  String.raw`^(?:[Ii]t\s+was\s+)?(?:[Pp]roposed|[Mm]oved)\s+(?:by\s+)?[^.;:!?\n]{1,80}?,?\s+(?:and\s+)?[Ss]econded\s+(?:by\s+)?[^.;:!?]{1,80}?,?\s+and\s+(?:(?:${ADVERB_PATTERN})\s+)?([A-Z]{4,})\b`,
);
/** A line that records who proposed or seconded, and nothing else: `Proposed: Cllr Dale`, `Proposed Cllr Dale, seconded Cllr Fry.`, `Proposer: JD  Seconder: EF`. */
const VOTE_LINE = /^[ \t]*(?:Proposed|Seconded|Moved|Proposer|Seconder|Mover)\b[^.;!?\n]{0,80}\.?[ \t\r]*$/;

/** Four capitals in a row: what a verb in capitals holds. */
const CAPITALS = /[A-Z]{4}/;

/**
 * Any of the committee's verbs, anywhere: one search of a paragraph, made once per setting. (The
 * checks' `tablesOf(config).anyVerb` is the same search; the model reads only its own settings.)
 */
function anyVerbOf(verbs: readonly string[]): RegExp {
  return keptFor(anyVerbs, verbs, () => (verbs.length > 0 ? new RegExp(verbs.map(escapeRegExp).join("|")) : /(?!)/));
}
const anyVerbs = new WeakMap<readonly string[], RegExp>();

/**
 * `The Committee was assured by the report and NOTED the improvements`, `The Board received the
 * report, and APPROVED it`: the body's name opens the paragraph, and one of the committee's
 * verbs in capitals follows `and` later in its first sentence, the body its subject (found by a
 * secretary's test: an NHS committee's usual wording was read as discussion, and the item said
 * to record no outcome). Only a configured verb, and only where nothing between the name and
 * the verb may give the verb another subject: no clause of its own (`heard that NHS England had
 * reviewed the case and APPROVED it`), no quotation, bracket or dash, and not `APPROVED by`.
 * Such a decision is `coordinated`: an item recorded in the confidential minutes withholds it
 * with the discussion (found by a leak hunt: what the body heard stands in its sentence).
 */
function coordinatedResolution(prose: Prose, settings: ResolutionSettings, body: string): Resolution | undefined {
  const text = prose.text;
  const end = firstSentenceEnd(text, Math.min(text.length, LEAD_IN_LIMIT));
  COORDINATED.lastIndex = body.length;
  for (let m = COORDINATED.exec(text); m && m.index < end; m = COORDINATED.exec(text)) {
    const verb = m[1]!;
    if (!settings.verbs.includes(verb)) continue;
    const verbAt = m.index + m[0].length - verb.length;
    if (ANOTHER_SUBJECT.test(text.slice(body.length, m.index)) || /^\s+by\b/.test(text.slice(verbAt + verb.length))) return undefined;
    const verbs: Token[] = [{ text: verb, value: verb, start: prose.start + verbAt, end: prose.start + verbAt + verb.length }];
    addMoreVerbs(prose, verbAt + verb.length, settings, verbs);
    const bodyToken = { text: body, value: body, start: prose.start, end: prose.start + body.length };
    return { kind: "resolution", form: "inline", coordinated: true, body: bodyToken, verbs, start: prose.start, end: prose.end };
  }
  return undefined;
}

/**
 * `The minutes of the meeting held on 7 March were APPROVED as a correct record.`, `The report
 * was NOTED.`: `was` or `were` (and an adverb) then one of the committee's verbs in capitals, in
 * the paragraph's first sentence, with no clause of its own before it (`KB reported that the
 * plan was APPROVED` is prose), and done by no one else (`APPROVED by NHSE`; `by the Board` is
 * the body's own). Found by a review of false positives: the usual wording of the minutes'
 * approval was read as discussion. What it decides stands before its verb, so, as a decision
 * after `and`, it is `coordinated`: an item recorded in the confidential minutes withholds it.
 */
function passiveResolution(prose: Prose, settings: ResolutionSettings): Resolution | undefined {
  const text = prose.text;
  if (!anyVerbOf(settings.verbs).test(text)) return undefined;
  const end = firstSentenceEnd(text, Math.min(text.length, LEAD_IN_LIMIT));
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(text); m && m.index < end; m = PASSIVE.exec(text)) {
    const verb = m[1]!;
    if (!settings.verbs.includes(verb)) continue;
    if (CLAUSE.test(text.slice(0, m.index))) return undefined;
    const verbAt = m.index + m[0].length - verb.length;
    const by = /^\s+by\s+/.exec(text.slice(verbAt + verb.length, verbAt + verb.length + 8));
    if (by && !nameAt(text, verbAt + verb.length + by[0].length, namesAfterLeadIn(settings.bodyNames))) return undefined;
    const verbs: Token[] = [{ text: verb, value: verb, start: prose.start + verbAt, end: prose.start + verbAt + verb.length }];
    addMoreVerbs(prose, verbAt + verb.length, settings, verbs);
    const body: Token = { text: "", value: settings.bodyNames[0] ?? "The Panel", start: prose.start, end: prose.start };
    return { kind: "resolution", form: "inline", coordinated: true, passive: true, body, verbs, start: prose.start, end: prose.end };
  }
  return undefined;
}
const PASSIVE = new RegExp(String.raw`\b(?:was|were)\s+(?:(?:${ADVERB_PATTERN})\s+)?([A-Z]{4,})\b`, "g");
/** A clause of its own before a verb, which may give the verb another subject. */
const CLAUSE = /\b(?:that|which|who|whom|whose|whether|if|when|where|because|although|though|while|whilst|unless|until)\b/i;

/** What, between the body's name and a verb after `and`, may give the verb another subject: a clause, a quotation, a bracket, a dash. */
const ANOTHER_SUBJECT = /\b(?:that|which|who|whom|whose|whether|if|when|where|because|although|though|while|whilst|unless|until|after|before)\b|["“”„«»()[\]]|(?:^|\s)‘|\s[–—-]{1,2}\s/i;

/** Where the first sentence of `text` ends, or `limit`: a full stop, `;`, `:`, `!`, `?` or `…`, past closing marks, before white space. */
function firstSentenceEnd(text: string, limit: number): number {
  const m = FIRST_SENTENCE_END.exec(text.slice(0, limit));
  return m ? m.index : limit;
}
const FIRST_SENTENCE_END = /[.!?;:…][\])"'”’]*(?:\[\d+\])?(?:\s|[\u200b-\u200f\u2060\ufeff]|$)/;

/**
 * The resolution whose body's name (`written`, standing for the configured `body`) stands at `at`
 * of the prose, read from the verb after it: past a clause between commas (`, having considered
 * the report,`) and an adverb (`unanimously`, `formally`), which only a verb in capitals may follow.
 * After a lead-in (`lead`), only a configured verb in capitals makes one.
 */
function resolutionAfterBody(prose: Prose, settings: ResolutionSettings, at: number, written: string, body: string, lead = false): Resolution | undefined {
  const text = prose.text;
  AFTER_BODY.lastIndex = afterClause(text, at + written.length);
  let first = AFTER_BODY.exec(text);
  if (!first) return undefined;
  let word = first[1]!;
  const adverb = ADVERB.test(word);
  if (adverb) {
    first = AFTER_BODY.exec(text);
    if (!first) return undefined;
    word = first[1]!;
  }
  const isCapitals = word.length >= 4 && word === word.toUpperCase();
  if (lead && !(isCapitals && verbOrSlip(word, settings.verbs, false))) return undefined;
  if (!isCapitals) {
    // `The Panel Noted`: a verb in another case (a slip the checker names); otherwise prose.
    const lower = word.toLowerCase();
    if (adverb || word === lower || !lowerCaseVerbs(settings.verbs).has(lower)) return undefined;
  }
  // A word in capitals that is neither a configured verb nor one slip from one is still read
  // as a verb when it is shaped like one (`DISCUSSED`), so the checker can say it is unknown.
  if (isCapitals && !isVerbLike(word, settings.verbs) && !word.endsWith("ED")) return undefined;
  const start = prose.start;
  const firstAt = first.index + first[0].length - word.length;
  const verbs: Token[] = [{ text: word, value: word, start: start + firstAt, end: start + firstAt + word.length }];
  addMoreVerbs(prose, firstAt + word.length, settings, verbs);
  const bodyToken = { text: written, value: body, start: start + at, end: start + at + written.length };
  return { kind: "resolution", form: "inline", body: bodyToken, verbs, start: prose.start, end: prose.end };
}

const ADVERB = new RegExp(`^(?:${ADVERB_PATTERN})$`);
/** The verbs of one resolution after its first, from `from` of the prose on (`... and AGREED that ...`), added to `verbs`. */
function addMoreVerbs(prose: Prose, from: number, settings: ResolutionSettings, verbs: Token[]): void {
  const text = prose.text;
  MORE_VERBS.lastIndex = from;
  for (let m = MORE_VERBS.exec(text); m; m = MORE_VERBS.exec(text)) {
    const verb = m[1]!;
    // As for the first verb, a word in capitals shaped like one (`and REQUESTED`, not a verb of the
    // settings) is read, so that the checker names it (found by a secretary's test: it was printed unmarked).
    if (!isVerbLike(verb, settings.verbs) && !verb.endsWith("ED")) continue;
    const at = m.index + m[0].length - verb.length;
    verbs.push({ text: verb, value: verb, start: prose.start + at, end: prose.start + at + verb.length });
  }
}

/** `and NOTED`, `and formally AGREED`: a verb in capitals that shares the sentence's subject. */
const COORDINATED = new RegExp(String.raw`\b(?:and|but)\s+(?:(?:${ADVERB_PATTERN})\s+)?([A-Z]{4,})\b`, "g");

/**
 * `Following discussion, the Council RESOLVED to ...`, `Proposed by Cllr Hart, seconded by Cllr
 * Dale, the Council RESOLVED ...`, `After discussion, it was RESOLVED that ...`: words that lead
 * in to the body's name (or to `it was`) after a comma, in the first sentence of the paragraph,
 * then a configured verb in capitals (found by secretaries' tests and a review of false
 * positives: a parish council's and a district council's usual wordings were read as prose).
 * After a lead-in's first word (`Following discussion the Board RESOLVED`) no comma is needed.
 */
function resolutionAfterLeadIn(prose: Prose, settings: ResolutionSettings): Resolution | undefined {
  const text = prose.text;
  const limit = Math.min(text.length, LEAD_IN_LIMIT);
  const names = namesAfterLeadIn(settings.bodyNames);
  const gaps = LEAD_WORD.test(text) ? ANY_GAP : COMMA;
  gaps.lastIndex = 0;
  for (let gap = gaps.exec(text); gap && gap.index < limit; gap = gaps.exec(text)) {
    let at = gap.index + 1;
    while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
    const itWas = text.startsWith("it was", at) || text.startsWith("It was", at);
    const written = itWas ? undefined : nameAt(text, at, names);
    if (!itWas && written === undefined) continue;
    // Only in the first sentence: after a full stop, the paragraph is discussion. Nor in a
    // clause of its own (`Following the news that the Board APPROVED ...`).
    if (LEAD_IN_STOP.test(text.slice(0, gap.index)) || CLAUSE_BEFORE.test(text.slice(Math.max(0, gap.index - 8), gap.index + 1))) return undefined;
    if (itWas) return unnamedResolution(prose, settings, at, true);
    return resolutionAfterBody(prose, settings, at, written![0], written![1], true);
  }
  return undefined;
}

/** The body's name written at `at` (as configured, or with `the` in lower case) and before white space, with the configured name. */
function nameAt(text: string, at: number, names: readonly (readonly [string, string])[]): readonly [string, string] | undefined {
  for (const [body, lower] of names) {
    const written = text.startsWith(body, at) ? body : text.startsWith(lower, at) ? lower : undefined;
    if (written !== undefined && isWhiteSpace(text.charCodeAt(at + written.length))) return [written, body];
  }
  return undefined;
}

/** Words that open a lead-in, after which the body's name needs no comma before it. */
const LEAD_WORD = /^(?:After|Following|Having|On|Upon|Proposed|Moved|Subsequently|Thereafter)\s/;
const COMMA = /,/g;
const ANY_GAP = /[,\s]/g;
/** A word that opens a clause of its own, just before the name. */
const CLAUSE_BEFORE = /\b(?:that|which|whether|when|if)[,\s]$/;

/**
 * A stop in what leads in to the body's name, which makes the paragraph discussion: any full stop,
 * `!`, `?`, `;`, `:` or `…`, whatever follows it (`."`, `.)`, `.[1]`, `.` before a character that
 * shows nothing or none at all: found by a leak hunt, the sentence before was published with the
 * decision), but a decimal point and a title's (`Mr.`, `Dr.`).
 */
const LEAD_IN_STOP = /[!?;:…]|(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|St|No|Rev|Revd))\.(?!\d)/;

/** How far into a paragraph the body's name may stand after a lead-in. */
const LEAD_IN_LIMIT = 240;

/** The body's names, longest first, each with its first letter in lower case too (`the Council`): made once per setting. */
function namesAfterLeadIn(names: readonly string[]): readonly (readonly [string, string])[] {
  return keptFor(leadInNames, names, () => longestFirst(names).map((name) => [name, name.charAt(0).toLowerCase() + name.slice(1)] as const));
}

const leadInNames = new WeakMap<readonly string[], readonly (readonly [string, string])[]>();

/** Where the verb is looked for after the body's name: past `, having considered the report,` when one follows it. */
function afterClause(text: string, at: number): number {
  if (text.charCodeAt(at) !== 44) return at;
  const close = text.indexOf(",", at + 1);
  return close > at && close - at <= 160 && !/[\r\n.;]/.test(text.slice(at + 1, close)) ? close + 1 : at;
}

/**
 * `It was RESOLVED to ...`, `It was unanimously AGREED that ...`, `RESOLVED: that ...`,
 * `RESOLVED – That ...`, `RESOLVED (unanimously) that ...`, and `RESOLVED` alone on its line
 * over `That ...`, or alone in its paragraph (`APPROVED.`): a verb of the committee's in capitals, with no name before it (the layouts of
 * district councils' and boards' minutes, found by a review of false positives: they were read
 * as discussion, and a confidential item withheld them). A verb one slip from one (`RESOLVD:`,
 * `It was AGRREED`) is read too, so the checker names it; `Resolved:` in title case before a
 * colon or a dash, so the checker asks for capitals.
 */
function unnamedResolution(prose: Prose, settings: ResolutionSettings, from = 0, itWas = false): Resolution | undefined {
  const text = prose.text;
  // Every paragraph is asked: most open with a word that is neither `It` nor in capitals, nor
  // followed by a colon or a dash, and are passed over before the expression is tried.
  if (!itWas && from === 0 && !mayOpenUnnamed(text)) return undefined;
  UNNAMED.lastIndex = from;
  const match = UNNAMED.exec(text);
  if (!match) return undefined;
  const written = match[1];
  if (itWas && !written) return undefined;
  const verb = match[2]!;
  const capitals = verb === verb.toUpperCase();
  if (capitals ? !verbOrSlip(verb, settings.verbs, written !== undefined) : !settings.verbs.includes(verb.toUpperCase())) return undefined;
  // `It was RESOLVED` needs its verb; a verb alone must open a clause (`RESOLVED: that`, `RESOLVED
  // – That`, `RESOLVED` over `That ...`), and one in title case a colon or a dash (`Agreed that
  // the clerk ...` reads as a report).
  if (!written) {
    CLAUSE_AFTER_VERB.lastIndex = match.index + match[0].length;
    const clause = CLAUSE_AFTER_VERB.exec(text);
    if (!clause || (!capitals && !/[:–—-]/.test(clause[0]))) return undefined;
  } else if (!capitals) return undefined;
  const start = prose.start;
  const verbAt = start + match.index + match[0].length - verb.length;
  const bodyAt = start + match.index;
  const body: Token = { text: written ?? "", value: settings.bodyNames[0] ?? "The Panel", start: bodyAt, end: bodyAt + (written?.length ?? 0) };
  const verbs: Token[] = [{ text: verb, value: verb, start: verbAt, end: verbAt + verb.length }];
  addMoreVerbs(prose, verbAt - start + verb.length, settings, verbs);
  return { kind: "resolution", form: "inline", body, verbs, start: prose.start, end: prose.end };
}

/** Whether `text` opens with `It`, two capitals, or a word in title case followed by a colon, a dash or a bracket. */
function mayOpenUnnamed(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (first < 65 || first > 90) return false;
  if (second >= 65 && second <= 90) return true;
  if (first === 73 && second === 116) return true;
  let end = 1;
  while (end < text.length && end < 16 && isAsciiLower(text.charCodeAt(end))) end++;
  while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
  const after = text.charAt(end);
  return after === ":" || after === "–" || after === "—" || after === "-" || after === "(";
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `It was` (and an adverb) or nothing, then a word in capitals or title case, at `lastIndex`. */
// (`IT WAS RESOLVED THAT`, `IT IS RESOLVED THAT` in capitals, as company secretaries write a
// board's resolutions and its written ones: found by a review of false positives.)
const UNNAMED = new RegExp(String.raw`(?:(It\s+was|IT\s+WAS|it\s+was|It\s+is|IT\s+IS)\s+(?:(?:${ADVERB_PATTERN}|[A-Z]+LY)\s+)?)?([A-Z][A-Z]{3,}|[A-Z][a-z]{3,})(?=[\s:–—(.-]|$)`, "y");

/** After a verb that opens its paragraph: an aside, then a colon, `that`, `to`, a dash, or the line's end. */
// (`APPROVED.` alone is a decision too: the item's title says of what, found by a review of false positives.)
const CLAUSE_AFTER_VERB = /(?:\s*\([^()\n]{1,80}\)|\s+(?:UNANIMOUSLY|unanimously))?(?:\s*:|\s+(?:that|That|THAT|to)\b|\s*[–—]|\s+-\s|\.?[ \t]*(?:\r?\n|$))/y;

/**
 * A configured verb, or, where the minutes' own shape says a decision stands (`RESOLVD: that`,
 * `It was AGRREED`), a word one slip from one that ends as a verb in the past does (`NOTE:` opens
 * a note, not a decision). After `It was`, a word in capitals shaped like a verb (`DISCUSSED`) too.
 */
function verbOrSlip(word: string, verbs: readonly string[], itWas: boolean): boolean {
  if (verbs.includes(word)) return true;
  if (itWas && (word.endsWith("ED") || isVerbLike(word, verbs))) return true;
  return word.endsWith("D") && isVerbLike(word, verbs);
}

const sortedNames = new WeakMap<readonly string[], string[]>();
const lowerCased = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The verbs in lower case, made once per setting (not per paragraph: that was most of reading a resolution). */
function lowerCaseVerbs(verbs: readonly string[]): ReadonlySet<string> {
  return keptFor(lowerCased, verbs, () => new Set(verbs.map((v) => v.toLowerCase())));
}

/**
 * The body's name `text` starts with, followed by white space, or undefined. Every paragraph is
 * asked, and most start with no name: a loop, where `find` made a closure per paragraph.
 */
function bodyAtStart(text: string, bodyNames: readonly string[]): string | undefined {
  for (const name of longestFirst(bodyNames)) {
    if (text.startsWith(name) && (isWhiteSpace(text.charCodeAt(name.length)) || text.charCodeAt(name.length) === 44)) return name;
  }
  return undefined;
}

/** The body's names, longest first, so `The SEC Panel` is tried before `The Panel` (sorted once per setting). */
export function longestFirst(names: readonly string[]): string[] {
  return keptFor(sortedNames, names, () => [...names].sort((a, b) => b.length - a.length));
}

/** A configured verb, or one slip away from one (`AGRED`), in any case. */
export function isVerbLike(word: string, verbs: readonly string[]): boolean {
  if (verbs.includes(word)) return true;
  const upper = word.toUpperCase();
  const limit = upper.length <= 5 ? 1 : 2;
  return verbs.some((verb) => editDistance(upper, verb.toUpperCase(), limit) <= limit);
}
