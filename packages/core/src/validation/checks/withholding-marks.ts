import type { Heading, Item, Prose } from "../../model/ast.js";
import { contentsOf, eachProse, inConfidentialPassage } from "../../model/walk.js";
import { hasPublicVersion, proseShownFromRecordedItems, publicItems, recordedItemsBlocks } from "../../export/public-view.js";
import { lastStartingBy, type Range } from "../../text/range.js";
import type { CheckContext } from "../context.js";
import { closedLater, fold, lineStartAt, nextBreak } from "./keyword-shapes.js";
import { startsListEntry } from "../../syntax/bullets.js";
import { classifyFix, levelToWrite, levelsOf, type Levels } from "./level-phrases.js";
import { inSlices } from "../../steps.js";
import { EXCLUSION, GO_PRIVATE } from "./exclusion-checks.js";

/*
 * Prose that marks what follows as withheld in the committee's own words, in an item the public
 * minutes print (found by a secretary's test: each of these was published with no finding):
 *
 * - a line of marks alone: `Confidential section:`, `(Private and Confidential)`, `**Confidential**`,
 *   `Not for publication:`, `Commercial in confidence:`, `Exempt information:`, `[PRIVATE]`, and
 *   the committee's confidential level in title case, `Private:`;
 * - a numbered title that ends with a confidential level in square brackets, as an item line
 *   does: `3. Staff pay [PRIVATE]`, `Agenda item 3: Staff pay [PRIVATE]`, `item 3; Staff pay [PRIVATE]`;
 * - words in square brackets opened by the level: `[Confidential: the owner's name]`;
 * - a heading that says the same: `heading: Enforcement [PRIVATE]`, `heading: Enforcement – Confidential`.
 *
 * Minutes withhold only a `confidential:` passage or an item classified confidential: as written,
 * each of these is printed with the text it was meant to withhold. Each is `keyword-as-prose`, an
 * error, which the public export refuses. Lines `keyword-as-prose` or `classification-misplaced`
 * have reported already are left to them.
 */

/** The words a line of marks is made of: marks, their qualifiers (`Part 2`) and what they head (`section`). */
const MARK_WORDS: ReadonlySet<string> = new Set([
  "confidential", "strictly", "private", "and", "commercial", "commercially", "in", "confidence", "not", "for", "publication",
  "exempt", "information", "part", "section", "discussion", "item", "items", "minute", "minutes", "matter", "matters", "business",
  "session", "sensitive", "restricted", "the", "of", "this", "annex", "appendix", "start", "begin", "begins", "starts",
  "do", "to", "be", "publish", "published", "reserved", "embargoed", "embargo", "privileged", "legally", "withheld", "redacted",
  "redact", "non", "public", "nonpublic", "para", "paragraph",
  // `In camera:`, `Closed session:`, `For Panel members only:` (found by a leak hunt), which say
  // so only as phrases (`PHRASES`): `Closed:` heads a list of closed actions.
  "camera", "closed", "members", "member", "only", "panel", "committee", "board", "council",
  // The markings of government papers: `OFFICIAL-SENSITIVE`, `SECRET`, `TOP SECRET` (found by a
  // leak hunt). `OFFICIAL` alone withholds nothing.
  "official", "secret", "top",
  // And the phrases of the kind (`HIGHLY CONFIDENTIAL`, `NOT FOR CIRCULATION`, `DO NOT CIRCULATE`,
  // `FOR INTERNAL USE ONLY`, `NOT FOR PUBLIC RELEASE`, `UNDER EMBARGO`, `OFF THE RECORD`, found
  // by a review): their words say nothing alone, see `PHRASES`.
  "highly", "circulation", "circulate", "internal", "use", "release", "under", "off", "record",
]);
/**
 * What a mark may head besides: `Confidential update:`, `Confidential notes:` (found by a leak
 * hunt). Only beside a word that says the text is withheld in itself: `Publication update:` is a
 * subject.
 */
const HEADED_WORDS: ReadonlySet<string> = new Set(["update", "updates", "note", "notes"]);
/** Triggers that, in a title or a header field's value, describe the public copy rather than withhold anything. */
const DESCRIBES_COPY: ReadonlySet<string> = new Set(["redacted", "redact", "withheld", "published", "publish"]);
/** The words that say the text is withheld in themselves, whatever stands with them. */
const STRONG: ReadonlySet<string> = new Set(["confidential", "confidence", "private", "restricted", "exempt", "withheld", "redacted", "embargoed", "privileged", "secret"]);
/** Of those, the words that say the text is withheld (with the committee's confidential levels). */
const TRIGGERS: ReadonlySet<string> = new Set([
  "confidential", "confidence", "publication", "exempt", "publish", "published", "private", "restricted", "sensitive", "reserved",
  "embargoed", "embargo", "privileged", "withheld", "redacted", "redact", "nonpublic", "secret",
]);
/** Words in a bracket that point to where the withheld part is, or say it is kept out: `(Confidential: Paragraph 3)`, `[Confidential: Part 2 appendix]`, `(Confidential: details held by the Company Secretary)`. */
const POINTER = /^[[(][^\])]*\b(?:paragraphs?|para|schedule|appendix|annex|part\s+(?:\d+|[ivx]+)|held\s+by|removed|recorded|minutes|see|withheld|redacted)\b/i;

/** A tag of HTML (Word's `<o:p>` too), or a no-break space written as HTML writes it. */
// (Not a table's cells: `<tr><td>Part 2</td><td>Confidential</td></tr>` is a row of a table of
// papers, not a mark, found by a review of false positives.)
const HTML_TAG = /<\/?(?:b|i|u|s|p|em|strong|span|div|font|br|h[1-6]|li|ul|ol|a|mark|small|big|sup|sub|code|blockquote|o:p)(?:\s[^<>]*)?\/?>|&nbsp;|&#160;|&#xa0;/gi;

/** Marks that alone in title case may be a line's own word (`Private`, `Secret`); with a colon, a bracket, capitals or another mark they say so. */
const ALONE_MAY_BE_WORDS: ReadonlySet<string> = new Set(["private", "secret"]);
/** What a line of marks may head, which a heading names as its subject (`heading: Confidential matters`). */
const TOPIC_WORDS: ReadonlySet<string> = new Set(["section", "discussion", "item", "items", "minute", "minutes", "matter", "matters", "business", "session"]);
/** Levels that are colours: `Red:` in title case heads a line of a RAG breakdown, not a passage. */
const COLOURS: ReadonlySet<string> = new Set(["RED", "AMBER", "GREEN", "WHITE", "BLUE", "BLACK", "YELLOW", "ORANGE"]);
/** A word that says text is withheld, somewhere in a line: what `TRIGGERS` holds, read in any case. */
const SAYS = /confiden|exempt|publi|private|restrict|sensitiv|reserv|embargo|privileg|withheld|redact|secret(?!ar)|camera|closed\s+session|members?\s+only|circulat|internal\s+use|off\s+the\s+record/i;
/** Marks made of words that say nothing alone: `In camera`, `Closed session`, `Members only`, `Not for circulation`, and `Non-public`. */
const PHRASES = /\b(?:non[\s-]?public|in\s+camera|closed\s+session|members?\s+only|not\s+for\s+circulation|do\s+not\s+circulate|internal\s+use\s+only|not\s+for\s+(?:public\s+)?release|under\s+embargo|off\s+the\s+record)\b/i;
/** A part's number beside `Part`: `2`, `II`. */
const PART_NUMBER = /^(?:\d{1,2}|[ivx]{1,4})$/i;

/**
 * What a mark holds, in the ways it is written: the engine's search for a string is many times
 * faster than an expression in any case, and most text holds none of these. (Short, and starting
 * with a rare letter: `onfiden` took four times as long as `fiden`, measured on 25 KB; a
 * colour is left to the bracket or the colon beside it, as `red` stands in `required`.)
 */
const MARK_NEEDLES = ["fiden", "FIDEN", "xempt", "XEMPT", "blicat", "BLICAT", "[", "*"];
/**
 * The other words that say so, in capitals, found by one search of the text: a search for each
 * word took ten times as long. (In small letters they are common in prose, `restricted access`,
 * `private sector`, and a search for them cost more than the rest of this check: they are read
 * in emphasis, `*Restricted*`, found by its `*`, and before a colon that ends the line, as the
 * phrases are, `OFF THE RECORD:`. Each word more costs about 2 µs on 25 KB among the checks,
 * where the search runs at a third of its speed alone: the fifteen words and phrases this
 * started with took 33 µs there, these ten 20 µs.)
 */
const CAPITAL_MARKS = /RE(?:STRICT|DACT)|SE(?:NSITIV|CRET)|PRIV(?:ATE|ILEG)|EMBARGO|WITHHELD|CIRCULAT|CAMERA/g;
const NEEDLES = new WeakMap<Levels, readonly string[]>();

/** The needles, with the confidential levels: a colour in capitals only (`red` is in `required`). */
function needlesOf(levels: Levels): readonly string[] {
  let needles = NEEDLES.get(levels);
  if (!needles) {
    const words = [...levels.confidential].filter((level) => level !== "CONFIDENTIAL");
    const title = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
    // (A colour is found by what stands with it: `[RED]` by its bracket, `RED:` by its colon.)
    needles = [...MARK_NEEDLES, ...words.filter((w) => !COLOURS.has(w)).flatMap((w) => [w, title(w), w.toLowerCase()])];
    NEEDLES.set(levels, needles);
  }
  return needles;
}

export function* withholdingMarks(context: CheckContext): Generator<void, void> {
  if (!hasPublicVersion(context.doc, context.config)) return;
  const items = publicItems(context.doc, context.config);
  const levels = levelsOf(context.config);
  // (The title, the header and the attendee list are read where an item is printed whole, as
  // the messages say: in a meeting whose items are all classified a mark there names the
  // meeting's private part, and its public version prints only what those items publish.)
  if (items.length > 0) {
    meetingTitle(context, levels);
    headerMarks(context, levels);
    attendeeMarks(context, levels);
  }
  const published = new Set<Item>(items);
  continuedItems(context, published);
  const reported = linesReported(context);
  yield;
  const text = context.doc.text;
  // Where the needles stand in the whole text, found once (a search per paragraph cost more),
  // and only the lines that hold one are read.
  const hits: number[] = [];
  for (const needle of needlesOf(levels)) for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) hits.push(at);
  yield;
  // And a colon that ends its line, as an opener's does (`Do not publish:`, `Restricted:`).
  // (Only where the words before the colon hold one that says so: most such lines are lead-ins.)
  for (const end of [":\n", ":\r"]) for (let at = text.indexOf(end); at >= 0; at = text.indexOf(end, at + 1)) if (SAYS.test(text.slice(Math.max(0, at - 48), at))) hits.push(at);
  // And the other words that say so, in capitals: `RESTRICTED`, `OFFICIAL-SENSITIVE`, `SECRET`,
  // `IN CAMERA` (found by a leak hunt).
  CAPITAL_MARKS.lastIndex = 0;
  while (CAPITAL_MARKS.test(text)) hits.push(CAPITAL_MARKS.lastIndex - 1);
  yield;
  // (With no hit, the titles, headings and comments below are still read: `item 2: Staffing
  // (Restricted)` holds none of the needles.)
  hits.sort((a, b) => a - b);
  // The prose the public minutes print, in source order: the items printed whole, and what they
  // print of the items recorded in the confidential minutes (found by a leak hunt: a
  // `[Confidential: ...]` in a classified item's decision was printed with it, unread).
  const recorded = shownFromRecordedItems(context, published);
  const proses = contentsOf(context.doc).prose.filter(({ item }) => published.has(item)).map(({ prose }) => prose);
  if (recorded.size > 0) {
    proses.push(...recorded.keys());
    proses.sort((a, b) => a.start - b.start);
  }
  yield;
  // (Several needles on one line: it is read once, and the hits after the first pass it at once.)
  let readEnd = -1;
  yield* inSlices(hits.length, (from, to) => {
    for (let h = from; h < to; h++) {
      const hit = hits[h]!;
      if (hit < readEnd) continue;
      const prose = proseAt(proses, hit);
      if (!prose) continue;
      // (Of an action of a recorded item, only the text before its sub-tasks is printed.)
      const shown = recorded.get(prose);
      if (shown && hit >= shown.end) continue;
      let at = hit - prose.start;
      while (at > 0 && prose.text.charCodeAt(at - 1) !== 10 && prose.text.charCodeAt(at - 1) !== 13) at--;
      const lineStart = prose.start + at;
      let end = hit - prose.start;
      while (end < prose.text.length && prose.text.charCodeAt(end) !== 10 && prose.text.charCodeAt(end) !== 13) end++;
      readEnd = prose.start + end;
      const line = prose.text.slice(at, end);
      // Under another line, words alone may be the sentence above wrapping (`... had been marked` /
      // `CONFIDENTIAL.`): there only marks in brackets, emphasis or with a colon count.
      if (line.trim().length === 0 || (at > 0 && (!/[[(<*_:]/.test(line) || /\.\s*$/.test(line)))) continue;
      // (A line read for its colon mostly says nothing: `The following updates were provided:`.)
      if (!line.includes("[") && !SAYS.test(line) && !levels.named.test(line)) continue;
      // (A list item's prose starts after its mark: `3. Staff pay [PRIVATE]` is read whole.)
      const docLineStart = lineStartAt(text, lineStart);
      const whole = text.slice(docLineStart, lineStart) + line;
      const found = readLine(line, whole, levels);
      if (!found || reported.has(docLineStart) || inConfidentialPassage(context.doc, lineStart)) continue;
      // In what a classified item publishes, only words in brackets marked to withhold them: a
      // summary cites its ground for exclusion (`Exempt information: Paragraph 3`), and a bracket
      // there points to where the rest is (`(Confidential: Paragraph 3, Schedule 12A)`) or rates a
      // risk (`[RED: Risk 4]`): found by a review of false positives.
      if (shown && (found.kind !== "bracket" || COLOURS.has(found.level.toUpperCase()) || POINTER.test(line.slice(found.at)))) continue;
      // `Private:` over a list of private car parks heads the list; `2. Current Events of Default
      // [RED]` among other entries is an entry of a list of titles (found by a review of false
      // positives). A mark stands alone, and an item line written otherwise is one.
      if (found.kind === "marks" && /:\s*$/.test(line) && listEntryAt(text, nextBreak(text, lineStart, true) + 1)) continue;
      if (found.kind === "level-at-end" && (listEntryAt(text, nextBreak(text, lineStart, true) + 1) || listEntryBefore(text, docLineStart))) continue;
      // (A mark or a numbered title is the whole line, a list item's mark with it; an opener after a
      // sentence, or a bracket, is read from the prose's line.)
      if (found.kind === "level-at-end" || found.kind === "marks") report(context, found, docLineStart, whole, prose.end, text, shown?.item);
      else report(context, found, lineStart, line, prose.end, text, shown?.item);
      reported.add(docLineStart);
    }
  });
  sessionLines(context, proses, recorded, reported);
  classifiedInWords(context, published, hits, levels, reported);
  yield;
  commentedOpeners(context, items);
  yield;
  for (const item of items) {
    if (!reported.has(lineStartAt(text, item.start))) title(context, item, levels);
    for (const block of item.blocks) if (block.kind === "heading" && !reported.has(lineStartAt(text, block.start))) heading(context, block, levels);
  }
}

type Found =
  | { readonly kind: "marks"; readonly written: string; /** Alone in its paragraph: the passage it opens runs to the end of the paragraph under it. */ readonly heads?: boolean }
  | { readonly kind: "opener-at-end"; readonly at: number; readonly written: string }
  | { readonly kind: "level-at-end"; readonly level: string; readonly asItem: string }
  | { readonly kind: "bracket"; readonly at: number; readonly length: number; readonly level: string };

/** What a line of prose (`whole`, with a list item's mark before it) holds that marks text as withheld, if anything. */
function readLine(written: string, whole: string, levels: Levels): Found | undefined {
  const line = fold(written).text.trim();
  if (isMarkLine(line, levels) || APPENDIX_MARK.test(line)) return { kind: "marks", written: written.trim() };
  // `Text here. Confidential:`: an opener that ends a line after a sentence (found by a review).
  const tail = OPENER_AFTER_SENTENCE.exec(written);
  if (tail && isMarkLine(fold(tail[2]!).text.trim(), levels)) return { kind: "opener-at-end", at: tail.index + tail[1]!.length, written: tail[2]!.trim() };
  // Only a numbered title reads as an item line: `The rating remained [RED]` is prose.
  const end = LEVEL_AT_END.exec(fold(whole).text.trim());
  const asItem = end && levels.confidential.has(end[2]!.toUpperCase()) ? NUMBERED_TITLE.exec(end[1]!.trim()) : null;
  if (asItem) return { kind: "level-at-end", level: end![2]!, asItem: `item ${asItem[1]}: ${asItem[2]!.trim()} [${end![2]!.toUpperCase()}]` };
  const bracket = BRACKET_OPENED.exec(written);
  // (A colour in round brackets is a count or a rating: `(RED: 2, AMBER: 3)` (found by a review of false positives).)
  if (bracket && levels.confidential.has(bracket[1]!.toUpperCase()) && !(bracket[0].startsWith("(") && (COLOURS.has(bracket[1]!.toUpperCase()) || !asideInBrackets(written, bracket.index + bracket[0].length)))) return { kind: "bracket", at: bracket.index, length: bracket[0].length, level: bracket[1]! };
  // `[Not for minutes: ...]`, `[Off the record: ...]`: a note the secretary kept out of the minutes in words (found by a leak hunt).
  const kept = KEPT_OUT.exec(written);
  if (kept) return { kind: "bracket", at: kept.index, length: kept[0].length, level: kept[1]! };
  return undefined;
}
/** Square brackets opened by words that keep their text out of the minutes. */
const KEPT_OUT = /\[\s*(not\s+for\s+(?:the\s+)?minutes|not\s+to\s+be\s+minuted|off\s+the\s+record|not\s+for\s+publication|not\s+for\s+circulation|do\s+not\s+minute)\s*:/i;

/**
 * Whether round brackets opened by a level and a colon hold an aside of text (`(Confidential: the
 * supplier is ...)`), not a count or a note of which papers (`(Confidential: 2, Public: 14)`,
 * `(Confidential: Appendix 2 only)`, found by a review of false positives): three words or more,
 * not a figure or `none` first, no second label, not ending with `only`.
 */
function asideInBrackets(line: string, from: number): boolean {
  const close = line.indexOf(")", from);
  const inside = line.slice(from, close < 0 ? line.length : close).trim();
  return !/^(?:\d|none\b|nil\b|n\/a\b)/i.test(inside) && !/[A-Za-z]\s*:/.test(inside) && !/\bonly$/i.test(inside) && inside.split(/\s+/).length >= 3;
}

/**
 * A confidential appendix alone on its line, over its text: `Confidential Appendix 1 – Tender
 * evaluation`, `Appendix A – Confidential`, `APPENDIX 2 (CONFIDENTIAL)`, `Annex B (Commercially
 * Confidential)` (found by a leak hunt). Not a sentence: `Confidential Appendix 1 was circulated.`
 */
const APPENDIX_MARK = /^(?:confidential\s+(?:appendix|annex)\s+[\w.]{1,4}(?:\s*(?:[-–—:(].*)?)|(?:appendix|annex)\s+[\w.]{1,4}\s*(?:[-–—:]\s*|\(\s*)(?:strictly\s+|commercially\s+|highly\s+)?confidential\b[^.]*)$/i;

/** A sentence's end, then words ending with a colon at the end of the line: `Text here. Confidential:`. */
const OPENER_AFTER_SENTENCE = /^(.*[.!?][ \t]+)([^.!?]{3,60}:[ \t]*)$/;

/** A level in square brackets at the end of a line, as an item line ends, and what stands before it. */
const LEVEL_AT_END = /^(.*?)\[\s*([A-Za-z]+)\s*\]\s*:?$/;
/** An item's number and title as a secretary numbers them otherwise: `3. Staff pay`, `Agenda item 3: Staff pay`, `item No. 3; Staff pay`. */
const NUMBERED_TITLE = /^(?:agenda\s+)?(?:item\s*)?(?:no\.?\s*)?(\d{1,3})\s*[.:;)\-–—]?\s+(\S.*)$/i;
/**
 * `[Confidential: ...`, `(PRIVATE: ...`: words in brackets opened by a level and a colon (round ones found by a leak hunt); not
 * a pointer to where they are recorded (`[Confidential: recorded in the Part 2 minutes]`).
 */
const BRACKET_OPENED = /[[(]\s*(?:strictly\s+)?([A-Za-z]+)\s*:(?![^\])]{0,80}\b(?:recorded|minutes|see|withheld|redacted)\b)/i;

/**
 * Whether a line is marks alone: after emphasis, brackets and punctuation are taken away, a few
 * words, each a mark word, a part's number or a confidential level, one of them saying the text
 * is withheld. A level alone counts only in capitals or in brackets, or with a colon when it is
 * no colour (`Private:`; `Red:` heads a line of a RAG breakdown). A heading's marks name no
 * subject (`heading: Confidential matters` is a subject). `bracketed`: the line stood in round
 * brackets, taken away before (`(Private)`, `(In Camera)` at a title's end): they count as a
 * line's own do, but for a colour in title case, a rating (`(Red item)`).
 */
function isMarkLine(line: string, levels: Levels, heading = false, field = false, bracketed = false): boolean {
  // (Most lines read hold none of the words that say so: they are passed over before being split.)
  if (line.length > 80 || (!SAYS.test(line) && !levels.named.test(line))) return false;
  // (`=== CONFIDENTIAL ===` and `~~ Confidential ~~` are rules drawn round the words: found by a leak hunt.)
  // (Tags of HTML and a no-break space pasted from a web page or an email, `<b>confidential:</b>`,
  // are no words: found by a leak hunt. Only HTML's tags: `<confidential>` is the mark itself.)
  const bare = line.includes("<") || line.includes("&") ? line.replace(HTML_TAG, " ") : line;
  const words = bare.replace(/[*_#`[\](){}<>:.,;!'"“”‘’–—\-&/=~]+/g, " ").trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 8) return false;
  // `PUBLIC AND PRIVATE` names both; `Non-public`, `Not for public release` say withheld (found by a review of false positives).
  if (words.some((w) => w.toLowerCase() === "public") && !words.some((w) => /^(?:non|not)$/i.test(w))) return false;
  // `Non-public:`, a trigger written in two words, and the phrases like it: `In camera`,
  // `Closed session` and `Members only` in capitals or in brackets or emphasis only (`Closed
  // session:` over a timetable's slot and `Members only:` over an event are their subjects: found
  // by a review of false positives), and never in a title or a header's value (`Annual Meeting –
  // Members only` says who attends).
  const phrase = PHRASES.exec(line);
  let says = phrase !== null && (/^non/i.test(phrase[0]) || (!field && (phrase[0] === phrase[0].toUpperCase() || bracketed || /[[(*_<]/.test(line))));
  let headed = false;
  let strong = false;
  for (const [k, word] of words.entries()) {
    const lower = word.toLowerCase();
    const upper = word.toUpperCase();
    const level = levels.confidential.has(upper);
    if (STRONG.has(lower) || level) strong = true;
    if (HEADED_WORDS.has(lower) && !heading) {
      headed = true;
      continue;
    }
    if ((!MARK_WORDS.has(lower) && !PART_NUMBER.test(word) && !level) || (heading && TOPIC_WORDS.has(lower))) return false;
    // A count or a rating is no mark: `RED: 2`, `Commercial: RED`, `Commercial (AMBER)` (found by
    // a review of false positives). A number counts only as a part's (`Part 2`).
    if (/^\d/.test(word) && !["part", "para", "paragraph"].includes(words[k - 1]?.toLowerCase() ?? "")) return false;
    // (`Private` alone in title case may be a line's own word; with a colon, a bracket, capitals
    // or another mark it says so: `Private:`, `In private`.)
    // (In a title or a header's value, `– Redacted` and `(not published)` say what the public copy
    // leaves out, not that it is withheld: found by a review of false positives.)
    if (TRIGGERS.has(lower) && !(field && DESCRIBES_COPY.has(lower)) && (!ALONE_MAY_BE_WORDS.has(lower) || words.length > 1 || word === upper || bracketed || /[:[(]/.test(line))) says = true;
    else if (level && COLOURS.has(upper) ? k === 0 && (word === upper || /^[[(]/.test(line)) : level && (word === upper || bracketed || /[[(]/.test(line) || line.includes(":"))) says = true;
  }
  return says && (!headed || strong);
}


/**
 * The words committees head their private business with: `In camera`, `In private`, `Private
 * session`, `Reserved business`, `Exempt items`, `Part II`, `Part 2 – Exempt` (a part's number
 * alone in title case, `Part 2`, heads the second part of a discussion as often: see
 * `SESSION_IN_CAPITALS`; in brackets or emphasis, `(In camera)`, the same). Read whole, with no
 * colon or capitals needed: alone on a line, they head what follows (found by two leak hunts:
 * each was published with no finding).
 */
const SESSION_LINE = new RegExp(
  String.raw`^(?:in[\s-]*camera(?:\s+session)?|in\s+private(?:\s+session)?|(?:private|confidential|executive|non[\s-]?public|non[\s-]?executive)\s+session|(?:private|reserved|exempt)\s+business|exempt\s+items?|part\s+(?:ii|two)(?:\s+(?:items?|business|session|minutes?))?|part\s+(?:ii|2|two|b)\s+(?:items?|business|session|minutes?)|part\s+(?:ii|2|two|b)\s*[-–—:,]?\s*(?:exempt|confidential|private)(?:\s+(?:items?|business|information|session|matters))?` +
    // Found by a third leak hunt: boards', universities' and Scottish councils' words.
    String.raw`|private\s+(?:items?|board|part)|reserved\s+items?|(?:committee|board|council|panel|trustees|governors|senate|court)\s+in\s+private|(?:items?|business)\s+(?:taken|considered|held)\s+in\s+private|(?:taken|held|considered)\s+in\s+private|in\s+committee|closed\s+(?:board|meeting)` +
    String.raw`|(?:trustees?|governors?|directors?|board|neds?|non[\s-]?executives?(?:\s+directors?)?)(?:[\s-]+only)(?:\s+session)?|confidential\s+(?:minute|paper))$`,
  "i",
);
/** In capitals only: in title case a part's number heads a part of a discussion, and `Closed session:` a timetable's slot. */
const SESSION_IN_CAPITALS = /^(?:PART\s+(?:2|TWO|B)(?:\s+(?:ITEMS?|BUSINESS|SESSION|MINUTES?))?|CLOSED\s+SESSION|MEMBERS\s+ONLY|RESERVED(?:\s+(?:ITEMS?|BUSINESS))?)$/;
/** In a heading, which names the part it heads, in any case. */
const SESSION_HEADING = /^(?:closed\s+session|members\s+only)$/i;
/**
 * The ground or the part written after such words, which they carry: `(Part 2)`, `(Schedule 12A)`,
 * `(members only)`, `under paragraph 1 of Schedule 12A`, `– paragraph 3` (found by a leak hunt).
 */
const GROUND = /\s*(?:[-–—,:]\s*)?(?:\((?:part\s+[^)]{1,6}|schedule\s+12\s*a|members\s+only|(?:paragraphs?|para\.?)\s+\d[^)]*|exempt[^)]*|confidential|private)\)|(?:(?:under|by\s+virtue\s+of)\s+)?(?:paragraphs?|para\.?)\s+\d+\b.*)$/i;
/** A definition's start, under a term: `A meeting ...`, `An item ...`. */
const DEFINITION = /^\n?(?:A|An)\s/;
/** The characters such a line starts with: the first letters of its words, a bracket, emphasis or a quotation mark. */
const SESSION_LINE_FIRSTS: ReadonlySet<number> = new Set([..."IiPpCcEeNnRrMm([*_“\""].map((c) => c.charCodeAt(0)));
/**
 * The first two letters (in small letters) of the words that head private business alone on
 * their line only, not as a label: `Trustees only`, `Board in private`, `Governors only`,
 * `Directors only`. (Two letters, not one: `The`, which most paragraphs open with, cost 7% of
 * this check read to its line's end.)
 */
const SESSION_ALONE_OPENINGS: ReadonlySet<number> = openings(["tr", "bo", "go", "di"]);

/** Two letters as one number, each in small letters, as `openingOf` reads a text's first two. */
function openings(pairs: readonly string[]): ReadonlySet<number> {
  return new Set(pairs.map(openingOf));
}
function openingOf(text: string): number {
  return ((text.charCodeAt(0) | 0x20) << 8) | (text.charCodeAt(1) | 0x20);
}
/** A word every line `SESSION_LINE` reads holds: most lines hold none, and are passed over at one search. */
const SESSION_HINT = /camera|private|session|business|exempt|part|only|reserved|committee|closed|confidential/i;
/** Longer than any line `SESSION_LINE` reads, with brackets, emphasis and a ground round it. */
const SESSION_LINE_LONGEST = 80;

/**
 * Whether a line (folded) is one of the words that head private business, alone (see
 * `SESSION_LINE`), perhaps with its ground; in a heading, a few more; as a label, fewer (`MEMBERS
 * ONLY:` and `CLOSED SESSION:` before text head a members' event or a timetable's slot as often).
 */
function isSessionLine(line: string, as: "line" | "heading" | "label" = "line"): boolean {
  if (line.length > SESSION_LINE_LONGEST || !SESSION_HINT.test(line)) return false;
  // (A hyphen of any kind is one: `In‑camera` with Word's hard hyphen; after the words, a colon, a
  // full stop, `:-` or an ellipsis is punctuation.)
  const plain = line.replace(/[\u2010\u2011]/g, "-").replace(GROUND, "");
  const words = plain.replace(/[*_()[\]“”"]+/g, " ").trim().replace(/[\s:.…-]+$/, "").trim().replace(/\s+/g, " ");
  return SESSION_LINE.test(words) || (as !== "label" && SESSION_IN_CAPITALS.test(words)) || (as === "heading" && SESSION_HEADING.test(words));
}

/**
 * `In camera: the Panel discussed ...`, `PART II – the Board considered ...`, `Private session:
 * ...`: the words that head private business as a label before the paragraph's text, on its first
 * line (found by a leak hunt: the paragraph was published). The label is read where a colon or a
 * dash between spaces ends it, within its first characters; a paragraph that says there was none
 * (`Part II: none`) withholds nothing, and one that excludes the press and public heads the items
 * after it (see `exclusion-checks.ts`).
 */
function sessionLabel(context: CheckContext, prose: Prose, lineEnd: number, reported: Set<number>): void {
  const text = prose.text;
  // (Most paragraphs open with other words, and are passed over at their first two letters, or at one search for the words near their start.)
  if (!LABEL_OPENINGS.has(openingOf(text))) return;
  if (!SESSION_HINT.test(text.length > SESSION_LABEL_LONGEST ? text.slice(0, SESSION_LABEL_LONGEST) : text)) return;
  const label = SESSION_LABEL.exec(text.length > SESSION_LABEL_LONGEST ? text.slice(0, SESSION_LABEL_LONGEST) : text);
  if (!label || label[0].length > lineEnd || !isSessionLine(fold(label[1]!).text, "label")) return;
  const rest = text.slice(label[0].length);
  // (`IN CAMERA: Moved by Cllr Smith ... that Council move into closed session.` is the decision to go into private, found by a review of false positives.)
  if (rest.length === 0 || NOTHING_HEADED.test(rest) || EXCLUSION.test(text) || GO_PRIVATE.test(text)) return;
  const lineStart = lineStartAt(context.doc.text, prose.start);
  if (reported.has(lineStart) || inConfidentialPassage(context.doc, prose.start)) return;
  reported.add(lineStart);
  const written = label[1]!.trim();
  const range = { start: prose.start, end: prose.start + label[0].length };
  const closed = closedLater(context.doc.text, prose.end, "confidential");
  context.report(
    "keyword-as-prose",
    "error",
    { start: prose.start, end: prose.start + label[1]!.trimEnd().length },
    `\`${written}\` heads this paragraph as private business, but minutes withhold only a \`confidential:\` passage or a confidential item: as written, the paragraph is published. ` +
      "Write `confidential:` on a line of its own in its place, and `end confidential` where the passage ends.",
    {
      fixes: [
        {
          title: closed ? "Write `confidential:` on a line of its own in its place" : "Write `confidential:` on a line of its own in its place, and `end confidential` after this paragraph",
          edits: closed ? [{ range, newText: "confidential:\n" }] : [{ range, newText: "confidential:\n" }, { range: { start: prose.end, end: prose.end }, newText: "\nend confidential" }],
          certain: false,
        },
      ],
    },
  );
}
/** Words up to a colon, or a dash between spaces, at a paragraph's start, and the white space after: a label. */
const SESSION_LABEL = /^([^:\n–—]{4,48}?)(?::|\s[-–—]\s?|[–—])[ \t]*/;
/** The first two letters (in small letters) a label's words open with: `In camera`, `Private`, `Part`, `Exempt`, `(In`, `**P`. */
const LABEL_OPENINGS: ReadonlySet<number> = openings(["in", "pr", "pa", "co", "ex", "re", "no", "cl", "me", "(i", "(p", "(e", "(c", "(r", "**", "*i", "*p", "*e", "*c", "_i", "_p"]);
/** How far into a paragraph its label is looked for. */
const SESSION_LABEL_LONGEST = 64;
/** What says a label heads nothing: `none`, `nil`, `no items`, `not applicable`. */
const NOTHING_HEADED = /^(?:none|nil|no\s+(?:items?|business|matters)|not\s+applicable|n\/a)\b/i;

/**
 * A paragraph whose first line is the words that head private business (`In camera`, `Private
 * session`, `PART II`), in an item the public minutes print whole. Only a paragraph's first line:
 * under another line they may be a sentence wrapping (`... the Board met` / `in private session.`).
 * `proses` are those the public minutes print, in source order; those of items recorded in the
 * confidential minutes are read only for words in brackets, above.
 */
function sessionLines(context: CheckContext, proses: readonly Prose[], recorded: ReadonlyMap<Prose, unknown>, reported: Set<number>): void {
  const text = context.doc.text;
  for (let i = 0; i < proses.length; i++) {
    const prose = proses[i]!;
    // (Most paragraphs are passed over at their first character: see `SESSION_LINE_FIRSTS`.)
    const first = prose.text.charCodeAt(0);
    const labelled = SESSION_LINE_FIRSTS.has(first);
    if ((!labelled && !SESSION_ALONE_OPENINGS.has(openingOf(prose.text))) || recorded.has(prose)) continue;
    // (The line's end is found by the engine's search for a line feed, a carriage return before it taken off.)
    const newline = prose.text.indexOf("\n");
    let end = newline < 0 ? prose.text.length : newline;
    if (prose.text.charCodeAt(end - 1) === 13) end--;
    if (end > SESSION_LINE_LONGEST + 1 || !isSessionLine(fold(prose.text.slice(0, end)).text)) {
      if (labelled) sessionLabel(context, prose, end, reported);
      continue;
    }
    // `In camera:` over `A meeting from which the public are excluded.` is a glossary's entry (found by a review of false positives).
    if (DEFINITION.test(prose.text.slice(end + 1, end + 8))) continue;
    const lineStart = lineStartAt(text, prose.start);
    if (reported.has(lineStart) || inConfidentialPassage(context.doc, prose.start)) continue;
    // Alone in its paragraph, the words head the next one: the fix's `end confidential` goes after it.
    const next = end >= prose.text.length ? proses[i + 1] : undefined;
    const items = context.doc.items;
    const headed = next && lastStartingBy(items, next.start) === lastStartingBy(items, prose.start) ? next : prose;
    // `PART II` over the resolution that excludes the press and public heads the item's exempt
    // business to come, which the items after it hold (found by a review of false positives).
    if (EXCLUSION.test(headed === prose ? prose.text.slice(end) : headed.text)) continue;
    const whole = text.slice(lineStart, prose.start + end);
    report(context, { kind: "marks", written: whole.trim(), heads: headed !== prose }, lineStart, whole, headed.end, text);
    reported.add(lineStart);
  }
}

/** Reports what `found` on the line `written`, which starts at `lineStart` of the document. */
function report(context: CheckContext, found: Found, lineStart: number, written: string, proseEnd: number, text: string, recordedItem?: Item): void {
  const line: Range = { start: lineStart + (written.length - written.trimStart().length), end: lineStart + written.trimEnd().length };
  if (found.kind === "bracket") {
    // In an item recorded in the confidential minutes (only a bracket is read there), what is published is not the whole item.
    const where = recordedItem
      ? ` (Item ${recordedItem.number.text.trim() || "?"} is recorded in the confidential minutes, but the public minutes print its summary, its decisions and its new actions, and this stands in one of them.)`
      : "";
    const range = { start: lineStart + found.at, end: lineStart + found.at + found.length };
    context.report(
      "keyword-as-prose",
      "error",
      range,
      `These words in brackets are marked \`${found.level}\`, but minutes withhold only a \`confidential:\` passage or a confidential item: as written, they are published.${where} ` +
        "Put them in a passage (`confidential:` on the line above them, `end confidential` on the line after), or take the mark away if they may be published.",
    );
    return;
  }
  if (found.kind === "level-at-end") {
    context.report(
      "keyword-as-prose",
      "error",
      line,
      `This line ends with \`[${found.level}]\`, an item's classification, but it is prose: an item line is \`item 3: Title [${found.level.toUpperCase()}]\`, in lower case at the start of its line. ` +
        `As written, it and the text under it are published with the item above. Write it as \`${found.asItem}\`.`,
      { fixes: [{ title: `Write \`${found.asItem}\``, edits: [{ range: line, newText: found.asItem }], certain: false }] },
    );
    return;
  }
  if (found.kind === "opener-at-end") {
    const range = { start: lineStart + found.at, end: lineStart + found.at + found.written.length };
    context.report(
      "keyword-as-prose",
      "error",
      range,
      `\`${found.written}\` ends this line after a sentence, so it opens nothing: what follows is published. Write \`confidential:\` on a line of its own there, and \`end confidential\` where the passage ends.`,
      { fixes: [{ title: "Write `confidential:` on a line of its own", edits: [{ range, newText: "\nconfidential:" }], certain: false }] },
    );
    return;
  }
  const closed = closedLater(text, proseEnd, "confidential");
  context.report(
    "keyword-as-prose",
    "error",
    line,
    `\`${found.written}\` marks what follows as withheld, but minutes withhold only a \`confidential:\` passage or a confidential item: as written, what follows is published. ` +
      "Write `confidential:` in its place, and `end confidential` where the passage ends.",
    {
      fixes: [
        closed
          ? { title: "Write `confidential:` in its place", edits: [{ range: line, newText: "confidential:" }], certain: false }
          : { title: `Write \`confidential:\` in its place, and \`end confidential\` after ${found.heads ? "the paragraph under it" : "this paragraph"}`, edits: [{ range: line, newText: "confidential:" }, { range: { start: proseEnd, end: proseEnd }, newText: "\nend confidential" }], certain: false },
      ],
    },
  );
}

/** `heading: Enforcement [PRIVATE]`, `heading: Enforcement – Confidential`, `heading: Confidential matters`: a heading withholds nothing. */
function heading(context: CheckContext, block: Heading, levels: Levels): void {
  const title = fold(block.text.text).text.trim();
  const marked = isMarkLine(title, levels, true) || isSessionLine(title, "heading") || MARK_AT_END.exec(title);
  if (!marked) return;
  const level = typeof marked === "object" ? marked[1]! : "";
  if (typeof marked === "object" && !levels.confidential.has(level.toUpperCase())) return;
  // A colour after a dash or in round brackets is a rating (`FOC delivery – RED`, `Release 2
  // (AMBER)`); in square brackets it is a classification (found by a review of false positives).
  if (typeof marked === "object" && COLOURS.has(level.toUpperCase()) && !marked[0].trimStart().startsWith("[")) return;
  context.report(
    "keyword-as-prose",
    "error",
    block,
    `\`heading: ${block.text.text.trim()}\` is a heading: it withholds nothing, and what follows it is published. To withhold it, write \`confidential:\` above it and \`end confidential\` after it.`,
    { fixes: [{ title: "Open a confidential passage here (then close it with `end confidential`)", edits: [{ range: { start: block.start, end: block.end }, newText: "confidential:" }], certain: false }] },
  );
}

/**
 * `meeting: Extraordinary Meeting [RED]`, `meeting: ... – Confidential`, `meeting: CONFIDENTIAL
 * Panel Meeting`: a title that marks the meeting as withheld, which no `classification:` line
 * classifies (found by a review: the whole meeting was published).
 */
function meetingTitle(context: CheckContext, levels: Levels): void {
  const title = context.doc.header.title;
  if (!title) return;
  const written = fold(title.text).text.trim();
  const end = MARK_AT_END.exec(written);
  // At its start, a level in capitals (`CONFIDENTIAL Panel Meeting`), a colour only in brackets
  // (`[RED] ...`; `RED Team Review` names a team).
  const first = /^(\[?)\s*([A-Za-z]+)/.exec(written);
  const opens = first && first[2] === first[2]!.toUpperCase() && levels.confidential.has(first[2]!) && (first[1] === "[" || !COLOURS.has(first[2]!)) ? first[2] : undefined;
  const level = end && levels.confidential.has(end[1]!.toUpperCase()) ? end[1]! : opens;
  // Or marks in words: `SEC Panel Meeting 77 – Strictly Confidential`, `... (Not for publication)` (found by a leak hunt).
  // Or a private meeting in words: `Trust Board (Private Session)`, `Board of Directors – Part B`,
  // `Confidential Board Meeting`, `Board in Private` (found by a third leak hunt: a private board
  // is minuted as a meeting of its own, and its title said so).
  // (Only where no item is classified: beside classified items, the title names the meeting's
  // private part, which they hold, found by a review of false positives.)
  const words = level ? undefined : (marksEnding(written, levels, true)?.words ?? (anyItemClassified(context, levels) ? undefined : (sessionEnding(written)?.words ?? PRIVATE_MEETING.exec(written)?.[0])));
  if (!level && !words) return;
  context.report(
    "classification-misplaced",
    "error",
    title,
    `The meeting's title marks it ${level ? `\`${level}\`` : `as withheld (\`${words}\`)`}, but the meeting is not classified: its public version would print all of it. Write \`classification: ${levelToWrite(levels, level)}\` in the header to withhold it, or take the mark from the title if the meeting is public.`,
  );
}

/** Whether any item of the meeting is classified confidential. */
function anyItemClassified(context: CheckContext, levels: Levels): boolean {
  return context.doc.items.some((item) => item.classification !== undefined && levels.confidential.has(item.classification.text.toUpperCase()));
}

/** A meeting's title that says it was held in private (`Part 2` in title case is a meeting's second part as often). */
const PRIVATE_MEETING = /\b(?:(?:held\s+)?in\s+(?:private|camera|closed\s+session)|(?:private|closed|confidential)\s+session|part\s+(?:ii|b)|reserved\s+business|exempt\s+business)\b|^(?:confidential|private|closed)\s+(?:board|committee|meeting|council|panel|trustees|governors|session)\b/i;

/**
 * `venue: Toto HQ [RED]`, `reference: ZQY406 [AMBER]`: a header field is published with the
 * header, and a mark after its value withholds nothing (found by a review). The meeting's title
 * and its classification are read on their own.
 */
function headerMarks(context: CheckContext, levels: Levels): void {
  for (const field of context.doc.header.fields) {
    if (field.key === "meeting" || field.key === "classification" || field.key === "status") continue;
    const value = fold(field.value.text).text.trim();
    const end = /[[(]\s*([A-Za-z]+)\s*[\])]$/.exec(value);
    // (A colour in round brackets is a rating: `venue: Red Lion (RED)`.)
    if (end && COLOURS.has(end[1]!.toUpperCase()) && !end[0].startsWith("[")) continue;
    const level = end && levels.confidential.has(end[1]!.toUpperCase()) ? end[1]! : undefined;
    // Or marks in words: `venue: ... (not for publication)`, `venue: ... – Strictly confidential` (found by a leak hunt).
    const written = level ? end![0] : marksEnding(value, levels, true)?.words;
    if (!written) continue;
    context.report(
      "keyword-as-prose",
      "error",
      field.value,
      `\`${field.key}:\` ends with \`${written}\`, but the header is published whole: as written, \`${field.value.text.trim()}\` is printed in the public minutes. Take the ${level ? "mark" : "words"} away; to withhold the meeting, write \`classification: ${levelToWrite(levels, level)}\` in the header.`,
    );
  }
}

/**
 * `(confidential: informant)` after an attendee, `category: Observers [RED]`: the attendee list
 * is published whole, and a mark there withholds nothing (found by a review: both were printed).
 */
function attendeeMarks(context: CheckContext, levels: Levels): void {
  const section = context.doc.attendees;
  if (!section) return;
  const say = (range: Range, written: string, what: string) =>
    context.report(
      "keyword-as-prose",
      "error",
      range,
      `\`${written}\` marks ${what} as withheld, but the attendee list is published whole: as written, it is printed in the public minutes. Take the mark away, or the words from the list if they may not be published.`,
    );
  for (const attendee of section.attendees) {
    for (const note of attendee.notes) {
      if (!SAYS.test(note.text) && !levels.named.test(note.text)) continue;
      const words = fold(note.text).text.trim();
      if (ATTENDEE_NOTE_MARK.test(words) || (levels.confidential.has(words.toUpperCase()) && !COLOURS.has(words.toUpperCase()))) say(note, note.text.trim(), "this note");
    }
  }
  for (const group of section.groups) {
    if (!group.name.text.includes("[")) continue;
    const name = fold(group.name.text).text.trim();
    const end = /\[\s*([A-Za-z]+)\s*\]$/.exec(name);
    if (end && levels.confidential.has(end[1]!.toUpperCase())) say(group.name, group.name.text.trim(), "this group");
  }
}

/** An attendee's note opened by a mark: `confidential: ...`, `not for publication`. */
const ATTENDEE_NOTE_MARK = /^(?:strictly\s+)?(?:confidential|private\s+and\s+confidential|not\s+for\s+publication|in\s+confidence)\b/i;

/**
 * `// confidential:` in an item the public minutes print: a passage's opener made a comment, as
 * an editor's "toggle comment" does to the lines it is given (found by a secretary's test: the
 * text under it was published, with no finding).
 */
function commentedOpeners(context: CheckContext, items: readonly Item[]): void {
  for (const comment of context.doc.comments) {
    if (!COMMENTED_OPENER.test(comment.text)) continue;
    if (!items.some((item) => item.start <= comment.start && comment.start < item.end) || inConfidentialPassage(context.doc, comment.start)) continue;
    const slashes = comment.text.indexOf("//");
    let after = slashes + 2;
    while (after < comment.text.length && (comment.text.charCodeAt(after) === 32 || comment.text.charCodeAt(after) === 9)) after++;
    context.report(
      "keyword-as-prose",
      "error",
      comment,
      "This comment holds `confidential:`: the passage it opened is not opened, and what follows is published. Take the `//` away to withhold it, or delete the comment if it may be published.",
      { fixes: [{ title: "Take the `//` away", edits: [{ range: { start: comment.start + slashes, end: comment.start + after }, newText: "" }], certain: false }] },
    );
  }
}

const COMMENTED_OPENER = /^\s*\/\/\s*confidential\s*:\s*$/i;

/**
 * `item 1: Staffing (continued)` under `item 1: Staffing [RED]`: a public item numbered as a
 * classified one above it, which it mostly continues (found by a leak hunt: the rest of the
 * discussion was published whole, with only item-numbering's warning). The fix (not certain)
 * classifies it as the item it continues.
 */
function continuedItems(context: CheckContext, published: ReadonlySet<Item>): void {
  /** The classified items withheld, by number, with their level. */
  const withheld = new Map<string, { readonly item: Item; readonly level: string }>();
  /** The same in source order, for their titles (`item 3: Staffing (continued)` under `item 2: Staffing [RED]` continues it: found by a leak hunt). */
  const withheldItems: { readonly item: Item; readonly level: string }[] = [];
  for (const item of context.doc.items) {
    const number = item.number.text.trim();
    if (!published.has(item)) {
      if (item.classification) {
        const entry = { item, level: item.classification.text.trim() };
        if (number.length > 0) withheld.set(numberKey(number), entry);
        withheldItems.push(entry);
      }
      continue;
    }
    // (One classified as published, `[GREEN]`, says so itself.)
    if (item.classification) continue;
    const base = continuedFrom(item.title.text);
    const same = base !== undefined && !withheld.has(numberKey(number)) ? lastWithTitle(withheldItems, titleKey(base)) : undefined;
    if (same) {
      const earlier = same.item;
      context.report(
        "classification-misplaced",
        "error",
        item.title,
        `This item continues item ${earlier.number.text.trim() || "?"}, "${earlier.title.text.trim()}", classified \`[${same.level}]\` on line ${context.doc.lines.positionAt(earlier.start).line + 1}, but is not classified itself: the public minutes print it whole. Classify it \`[${same.level}]\` too.`,
        { fixes: [classifyFix(item, same.level, `Classify it \`[${same.level}]\`, as the item it continues`)] },
      );
      continue;
    }
    if (number.length === 0) continue;
    const key = numberKey(number);
    const above = withheld.get(key);
    if (!above) continue;
    const { item: earlier, level } = above;
    context.report(
      "classification-misplaced",
      "error",
      item.number,
      `This item has the number of item ${number}, ${earlier.title.text.trim() ? `"${earlier.title.text.trim()}", ` : ""}classified \`[${level}]\` on line ${context.doc.lines.positionAt(earlier.start).line + 1}, but is not classified itself: the public minutes print it whole. If it continues that item, classify it \`[${level}]\` too; if it is another item, give it a number of its own.`,
      { fixes: [classifyFix(item, level, `Classify it \`[${level}]\`, as the item it continues`)] },
    );
  }
}

/**
 * An item printed whole that says it is classified: a `summary:` block, which only an item recorded
 * in the confidential minutes needs, or the sentence the export writes for one (`The Agenda Item
 * was classified as RED and therefore recorded in the Confidential Minutes.`) typed in (found by a
 * leak hunt: everything after them was published). The classification is missing.
 */
function classifiedInWords(context: CheckContext, published: ReadonlySet<Item>, hits: readonly number[], levels: Levels, reported: ReadonlySet<number>): void {
  const text = context.doc.text;
  const said = new Set<Item>();
  for (const hit of hits) {
    if (!/^fidential\s+minutes/i.test(text.slice(hit, hit + 24)) || !STANDARD_BEFORE.test(text.slice(Math.max(0, hit - 90), hit))) continue;
    const item = context.doc.items[lastStartingBy(context.doc.items, hit)];
    if (item && published.has(item) && !item.classification && !inConfidentialPassage(context.doc, hit)) said.add(item);
  }
  for (const item of context.doc.items) {
    // (An item line reported already, `item 3: Title [RED] notes`, is the slip to mend first.)
    if (reported.has(lineStartAt(text, item.start))) continue;
    if (said.has(item)) sayClassified(context, item, "says it was recorded in the confidential minutes (the sentence the export writes for such an item)", levels);
    else if (published.has(item) && !item.classification && item.blocks.some((block) => block.kind === "summary")) sayClassified(context, item, "has a `summary:`, which only an item recorded in the confidential minutes needs", levels);
  }
}
/** The standard sentence up to `Con` of its `Confidential Minutes`. */
const STANDARD_BEFORE = /\bclassified\s+as\s+\S+\s+and\s+(?:therefore\s+|so\s+)?recorded\s+in\s+the\s+con$/i;

function sayClassified(context: CheckContext, item: Item, what: string, levels: Levels): void {
  const level = levelToWrite(levels);
  context.report(
    "classification-misplaced",
    "error",
    item.title,
    `Item ${item.number.text.trim() || "?"} ${what}, but it is not classified: the public minutes print all of it. Classify it at the end of its line (\`item ${item.number.text.trim()}: ${item.title.text.trim()} [${level}]\`), or take the words away if all of it may be published.`,
    { fixes: [classifyFix(item, level)] },
  );
}

/** `(continued)`, `– continued`, `(cont'd)`, `(ctd.)` ending a title. */
const CONTINUED = /\s*(?:\(\s*(?:continued|cont(?:'|’)?d\.?|contd\.?|ctd\.?|resumed)\s*\)|[-–—:]\s*(?:continued|cont(?:'|’)?d\.?|contd\.?|ctd\.?|resumed))\s*$/i;

/**
 * The title before `(continued)` and the like at its end, or undefined. (Read on the title's last
 * characters only: tried at every place of a title of many spaces, the expression took time
 * quadratic in them.)
 */
function continuedFrom(title: string): string | undefined {
  const trimmed = title.trimEnd();
  const tail = trimmed.slice(-CONTINUED_LONGEST);
  // (Most titles hold none of the words: passed over at one search.)
  if (!CONTINUED_HINT.test(tail)) return undefined;
  const found = CONTINUED.exec(tail);
  return found ? trimmed.slice(0, trimmed.length - tail.length + found.index) : undefined;
}
const CONTINUED_HINT = /cont|ctd|resumed/i;

/** The last of `entries` whose item has the title `key` (as `titleKey` writes it). */
function lastWithTitle<T extends { readonly item: Item }>(entries: readonly T[], key: string): T | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (titleKey(entries[i]!.item.title.text) === key) return entries[i];
  return undefined;
}
/** Longer than any `(continued)` and the spaces before it. */
const CONTINUED_LONGEST = 40;

/** A title as compared with another's: in lower case, its spaces made one. */
function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, " ").toLowerCase();
}

/** An item's number as compared with another's: its parts without leading zeros, in lower case (`01` is `1`, `02.1B` is `2.1b`; found by a leak hunt). */
function numberKey(number: string): string {
  // (Most numbers have neither: read as written, with nothing made.)
  if (!LEADING_ZERO_OR_CAPITAL.test(number)) return number;
  return number.toLowerCase().split(".").map((part) => part.replace(/^0+(?=\d)/, "")).join(".");
}
const LEADING_ZERO_OR_CAPITAL = /(?:^|\.)0\d|[A-Z]/;

/**
 * `item 5: Staffing (Not for publication)`, `item 5: Staffing *CONFIDENTIAL*`, `item 5: Staffing –
 * Commercial in confidence`: a title that marks its item as withheld, in words, at its end. The
 * item is not classified, and the public minutes print it whole (found by a review).
 */
function title(context: CheckContext, item: Item, levels: Levels): void {
  const written = item.title.text.trimEnd();
  const marks = marksEnding(written, levels) ?? sessionEnding(written) ?? marksOpening(written, levels);
  if (!marks) return;
  const rest = marks.at === 0 ? written.slice(marks.words.length).replace(/^[\s:–—-]+/, "") : written.slice(0, marks.at).trim();
  context.report(
    "classification-misplaced",
    "error",
    item.title,
    `The title marks this item as withheld (\`${marks.words}\`), but the item is not classified: the public minutes print it whole. Classify it at the end of its line, in square brackets: \`item ${item.number.text}: ${rest} [${levelToWrite(levels)}]\`.`,
  );
}

/**
 * The words of private business, or its ground, that end a title after a dash or in brackets:
 * `Staffing – Part II`, `Staffing (Part II)`, `Staffing – In Camera`, `Staffing – exempt item`,
 * `Staffing (not for publication by virtue of paragraph 1)`, `Staffing (Paragraph 3, Schedule
 * 12A)` (found by a leak hunt). A part's number alone (`(Part 2)`) is not one.
 */
function sessionEnding(written: string): { readonly at: number; readonly words: string } | undefined {
  const at = marksAtEnd(written);
  // (`Exclusion of the Press and Public – Exempt Business` heads the business to come: found by a review of false positives.)
  if (at < 0 || written.length - at > 90 || /xclu|\bpublic\b/i.test(written.slice(0, at))) return undefined;
  const words = written.slice(at).replace(/^[\s(*_–—-]+|[\s)*_]+$/g, "");
  const plain = fold(words).text;
  return isSessionLine(plain) || /^exempt\s+item$/i.test(plain) || GROUND_IN_WORDS.test(plain) ? { at, words } : undefined;
}
/** The ground of exempt business in words: `not for publication by virtue of paragraph 1`, `Paragraph 3, Schedule 12A`. */
const GROUND_IN_WORDS = /^not\s+for\s+publication\b|\bschedule\s+12\s*a\b/i;

/**
 * Marks that open a title, before a dash or a colon: `Part II – Staffing`, `Confidential Item –
 * Staffing`, `Exempt – Staffing`, `In camera – Staffing`, `Closed session: Staffing` (found by a
 * leak hunt). A subject that only starts with such a word is not one (`Private Hire – fees`).
 */
function marksOpening(written: string, levels: Levels): { readonly at: number; readonly words: string } | undefined {
  const lead = TITLE_LEAD.exec(written);
  if (!lead) return undefined;
  const words = lead[1]!.trim();
  const plain = fold(words).text;
  return isSessionLine(plain, "heading") || isMarkLine(plain, levels) ? { at: 0, words } : undefined;
}
/** The words before the first dash between spaces, or the first colon, at a title's start. */
const TITLE_LEAD = /^([^–—:]{2,40}?)\s*(?:[–—]|\s-\s|:)\s*\S/;

/**
 * The marks that end a title or a value, after a dash, in brackets or in emphasis (`– Strictly
 * Confidential`, `(Not for publication)`), and where they start; or undefined.
 */
function marksEnding(written: string, levels: Levels, field = false): { readonly at: number; readonly words: string } | undefined {
  const at = marksAtEnd(written);
  // (Marks are a few words: a longer end is no mark, and is not read further.)
  if (at < 0 || written.length - at > 90) return undefined;
  const words = written.slice(at).replace(/^[\s(*_–—-]+|[\s)*_]+$/g, "");
  if (words.length === 0) return undefined;
  // In brackets at a title's end, the words are a mark of the item, not its subject, and the
  // brackets say so: `(Confidential Item)`, `(Private Session)`, `(In Camera)`, `(Private)`, as
  // `[Confidential Item]` was (found by a leak hunt). After a dash they may be the subject
  // (`Any other business – Confidential matters`); a header's value keeps the rule of fields.
  const bracketed = !field && written.charCodeAt(at) === 40;
  return isMarkLine(fold(words).text, levels, !bracketed, field, bracketed) ? { at, words } : undefined;
}

/**
 * Where the words that end a title start: in parentheses (`(Not for publication)`), in emphasis
 * (`*CONFIDENTIAL*`), or after a dash between spaces; -1 for most titles, which end otherwise.
 * (Searched from the end, without an expression tried at every place of the title.)
 */
function marksAtEnd(title: string): number {
  const last = title.charCodeAt(title.length - 1);
  if (last === 41) return title.lastIndexOf("(");
  if (last === 42 || last === 95) {
    let end = title.length;
    while (end > 0 && (title.charCodeAt(end - 1) === 42 || title.charCodeAt(end - 1) === 95)) end--;
    return Math.max(title.lastIndexOf("*", end - 1), title.lastIndexOf("_", end - 1));
  }
  // The last dash of any kind between spaces, read from the end (a search for each kind of dash
  // read the whole title three times).
  for (let at = title.length - 2; at > 0; at--) {
    const c = title.charCodeAt(at);
    if ((c === 0x2013 || c === 0x2014 || c === 45) && title.charCodeAt(at - 1) === 32 && title.charCodeAt(at + 1) === 32) return at - 1;
  }
  return -1;
}

/** A level ending a title, in brackets or after a dash: `Enforcement [PRIVATE]`, `Enforcement – Confidential`, `Enforcement (confidential)`. */
const MARK_AT_END = /(?:\[\s*|\(\s*|\s[–—-]\s*)([A-Za-z]+)(?:\s*[\])])?$/;

/** Where the lines start that `keyword-as-prose` and `classification-misplaced` have reported already. */
function linesReported(context: CheckContext): Set<number> {
  const starts = new Set<number>();
  for (const problem of context.problems) {
    if (problem.code === "keyword-as-prose" || problem.code === "classification-misplaced") starts.add(lineStartAt(context.doc.text, problem.range.start));
  }
  return starts;
}

/**
 * What the public minutes print of the items recorded in the confidential minutes: each decision's
 * and each action's own text (an action's up to its sub-tasks, `end`), and a summary closed
 * before the discussion, whole. By prose, with where its printed text ends and its item.
 */
function shownFromRecordedItems(context: CheckContext, published: ReadonlySet<Item>): Map<Prose, { readonly end: number; readonly item: Item }> {
  const shown = new Map<Prose, { readonly end: number; readonly item: Item }>();
  for (const { prose, end, item } of proseShownFromRecordedItems(context.doc, context.config)) shown.set(prose, { end, item });
  for (const { block, item, whole } of recordedItemsBlocks(context.doc, context.config)) {
    if (whole && !published.has(item)) eachProse(block, (prose) => shown.set(prose, { end: prose.end, item }));
  }
  return shown;
}

/** The prose of `sorted` (by start, none inside another) that holds the offset `at`, if any. */
function proseAt(sorted: readonly Prose[], at: number): Prose | undefined {
  const prose = sorted[lastStartingBy(sorted, at)];
  return prose && at < prose.end ? prose : undefined;
}

/** Whether the next line that holds anything, from `from` on, is a list's entry. */
function listEntryAt(text: string, from: number): boolean {
  let at = from;
  while (at < text.length && (text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13 || text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return startsListEntry(text.slice(at, at + 12));
}

/** Whether the line just above the one starting at `lineStart` is a list's entry. */
function listEntryBefore(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  const above = lineStartAt(text, lineStart - 1 - (text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13 ? 1 : 0));
  return startsListEntry(text.slice(above, above + 12).replace(/^[ \t]+/, ""));
}

