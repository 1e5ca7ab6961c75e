import type { Block, Item } from "../../model/ast.js";
import { contentsOf, inConfidentialPassage } from "../../model/walk.js";
import { hasPublicVersion, publicItems } from "../../export/public-view.js";
import type { CheckContext } from "../context.js";
import { lastStartingBy } from "../../text/range.js";
import { classifyFix, levelToWrite, levelsOf } from "./level-phrases.js";
import { isProcedural } from "./resolution-checks.js";

/*
 * `exclusion-unclassified`: a council excludes the press and public before its exempt business
 * (`RESOLVED that ... the press and public be excluded from the meeting for the following item`,
 * an item titled `Exclusion of the Press and Public`), and the items after it are that business;
 * or an item says it was itself taken so (`This item was taken in private session as it contains
 * exempt information`). Minutes withhold an item only when it is classified: an exempt item
 * written without its classification is published whole (found by two leak hunts, with no finding).
 *
 * Which item the exclusion is for:
 * - the items it names (`for items 3 and 4`), each of them;
 * - the item it stands in, when it says so (`for this item`, `was taken in private`), or when the
 *   item goes on after it (the rest of the item is the exempt business);
 * - otherwise the first item after it that is not procedural (`Close`), and only when no item
 *   after it is classified before the press and public are said to be readmitted: a secretary who
 *   classified one knows which items are exempt (the exclusion may be made early for a later item).
 * A readmission counts where it opens an item (the item is public again); recorded at an item's
 * end, the item before it was still exempt.
 */

/**
 * What an exclusion or a private item's own words hold, found by the engine's search for a string
 * (the first letter of each is rare in prose: the search seldom stops). `xclu` of `exclude`, `ublic`
 * of `public` (`in the absence of the press and public`, `the public withdrew`), `II` of `Part II`,
 * `xempt` of `exempt` (`taken in private as it contains exempt information`).
 */
const NEEDLES = ["xclu", "XCLU", "ublic", "II", "xempt"];

/** The press or the public, as minutes name them. */
const PUBLIC = String.raw`(?:press|public)`;
/**
 * An exclusion, in the ways minutes word one: `the press and public be (temporarily) excluded`, `the
 * public, including representatives of the press, be excluded`, `to exclude from the meeting the
 * press and public`, `Exclusion of the Press and Public`, `(press and public excluded)`, `in the
 * absence of the press and public`, `closed to the public`, `the public withdrew`, `were asked to
 * leave`, `move into Part II`, `taken as Part II business`, `taken in private` (or in closed
 * session, in camera) with the ground of exempt information.
 */
const EXCLUSION_WORDS = [
  String.raw`\b${PUBLIC}\b[^.;:!?]{0,80}?\b(?:be|were|was|are|is|being|been|to\s+be)\s+(?:[a-z]+\s+){0,2}excluded\b`,
  String.raw`\b${PUBLIC}\s+excluded\b`,
  String.raw`\bexclu(?:de|ded|ding|sion\s+of)\s+(?:from\s+(?:the\s+)?meeting\s+)?(?:the\s+)?(?:members\s+of\s+the\s+|representatives\s+of\s+the\s+)?${PUBLIC}\b`,
  String.raw`\bin\s+the\s+absence\s+of\s+(?:the\s+)?(?:members\s+of\s+the\s+)?${PUBLIC}\b`,
  String.raw`\bclosed\s+to\s+the\s+public\b`,
  String.raw`\b${PUBLIC}\b[^.;:!?]{0,60}?\b(?:withdrew|left\s+the\s+(?:meeting|room|chamber)|(?:were|was)\s+asked\s+to\s+leave)\b`,
  String.raw`\b(?:into|as|to)\s+part\s+(?:ii|2)\b|\bpart\s+ii\s+(?:business|items?|session)\b`,
  String.raw`\b(?:taken|considered|discussed|held|heard|dealt\s+with)\s+in\s+(?:private(?:\s+session)?|closed\s+session|camera)\b[^.;!?]{0,80}?\bexempt\b`,
];
export const EXCLUSION = new RegExp(EXCLUSION_WORDS.join("|"), "i");
/** `not to exclude the public`, `no need to exclude the press`, `not excluded`: no exclusion. */
const NOT_EXCLUDED = /\b(?:not|no\s+need|no\s+reason|without|no\s+requirement)\s+(?:to\s+)?(?:be\s+)?exclu|\bnot\s+(?:be\s+)?excluded\b/i;
/** An exclusion said to be for the item it stands in, or one taken so: `for this item`, `was taken in private`, `in the absence of`. */
const THIS_ITEM = /\bthis\s+(?:item|matter|minute)\b|\b(?:was|were)\s+(?:taken|considered|discussed|held|heard|dealt\s+with)\b/i;
/** An exclusion that points on: `for the following item`, `the next item`, `the remaining business`, `the remainder of the meeting`, `items 12 and 13`. */
const FORWARD = /\b(?:following|next|remaining|remainder|subsequent|later)\b|\brest\s+of\s+the\s+meeting\b|\bitems?\s+\d/i;
/** The items an exclusion names: `item 12`, `items 12 and 13`, `items 12, 13 & 14`. */
const NAMED_ITEMS = /\b(?:for|during|under|at|in|of|on)\s+(?:agenda\s+)?items?\s+(\d+(?:\s*(?:,|and|&)\s*\d+)*)/i;
/** A title of an item that excludes the press and public: `Exclusion of the Press and Public`, `Part II`, `Exempt business`. */
const EXCLUSION_TITLE = /xclu|\bpublic\b|\bpart\s+(?:ii|2)\b|\bexempt\b|\bprivate\b/i;
/** `The press and public were readmitted`, `members of the public returned to the meeting`, `The meeting returned to open session`. */
const READMITTED = new RegExp(String.raw`\bre-?admi(?:t|ts|tted|ssion)\b|\b${PUBLIC}\b[^.;:!?]{0,40}?\b(?:returned|re-?joined|re-?entered|came\s+back)\b|\b(?:returned|moved\s+back|went\s+back|reverted)\s+(?:in)?to\s+(?:open|public)\s+session\b|\bresumed\s+in\s+(?:open|public)\b`, "i");
/** Characters read on either side of a needle for the words of an exclusion. */
const WINDOW = 120;

export function exclusionsUnclassified(context: CheckContext): void {
  const { doc, config } = context;
  if (!hasPublicVersion(doc, config)) return;
  const text = doc.text;
  const items = doc.items;
  const published = new Set<Item>(publicItems(doc, config));
  const reported = new Set<Item>();
  const say = (at: number, sentence: string, offset: number) => {
    const line = context.doc.lines.positionAt(offset).line + 1;
    for (const exempt of exemptItems(context, at, sentence, offset, published)) {
      if (reported.has(exempt)) continue;
      reported.add(exempt);
      report(context, exempt, items[at]!, line);
    }
  };
  // A decision to take business in private (`RESOLVED to consider the following item in
  // private`), and an item's first words that say it was (`This item was considered in closed
  // session`): only decisions and first paragraphs are read, which are few.
  for (const resolution of contentsOf(doc).resolutions) {
    const written = text.slice(resolution.start, resolution.end);
    // (Most decisions hold none of its words, and are passed over at a search for them: the
    // expression tried on every decision, or a search of the whole text for its words in any
    // case, cost more than the rest of this check, measured on 25 KB.)
    if (!PRIVATE_HINT.test(written) || !GO_PRIVATE.test(written) || LATER_MEETING.test(written) || NOT_PRIVATE.test(written)) continue;
    const at = lastStartingBy(items, resolution.start);
    if (at >= 0 && published.has(items[at]!) && !inConfidentialPassage(doc, resolution.start)) say(at, written, resolution.start);
  }
  items.forEach((item, at) => {
    const first = item.blocks[0];
    // (Only a paragraph that opens with `This` or `The` is read: its first letter, a `t`.)
    if (!first || (text.charCodeAt(first.start) | 0x20) !== 0x74 || !published.has(item) || !SAYS_TAKEN_IN_PRIVATE.test(text.slice(first.start, Math.min(first.end, first.start + 120)))) return;
    if (!inConfidentialPassage(doc, first.start)) say(at, text.slice(first.start, first.end), first.start);
  });
  // `The meeting moved into closed session.`, `The Board then went into private session to consider
  // item 7.`, `The following items were taken in private.`: the meeting's move into private, stated
  // (found by two leak hunts). Only short runs of prose that hold `session`, `camera`, `private` or
  // `Part B` are read: such a statement is a paragraph of its own.
  for (const { prose, item } of contentsOf(doc).prose) {
    const written = prose.text;
    // (One expression of the four words per run: a search for each cost twice as much, and a search of the whole text four times.)
    if (written.length > STATEMENT_LONGEST || !STATEMENT_WORDS.test(written)) continue;
    // (A decision in lower case too: `The Committee agreed to consider the following item in private`, as Scottish councils write it.)
    if (!MOVED_INTO_PRIVATE.test(written) && (!GO_PRIVATE.test(written) || LATER_MEETING.test(written) || NOT_PRIVATE.test(written))) continue;
    const at = lastStartingBy(items, prose.start);
    if (at >= 0 && published.has(item) && !inConfidentialPassage(doc, prose.start)) say(at, written, prose.start);
  }
  const hits: number[] = [];
  for (const needle of NEEDLES) for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) hits.push(at);
  if (hits.length === 0) return;
  hits.sort((a, b) => a - b);
  let readTo = -1;
  for (const hit of hits) {
    if (hit < readTo) continue;
    const at = lastStartingBy(items, hit);
    // (In the header, in an item already withheld, or in a passage withheld, it withholds nothing more.)
    if (at < 0 || !published.has(items[at]!) || inConfidentialPassage(doc, hit)) continue;
    const item = items[at]!;
    const from = Math.max(item.start, hit - WINDOW);
    const around = text.slice(from, Math.min(item.end, hit + WINDOW));
    const found = EXCLUSION.exec(around);
    if (!found || NOT_EXCLUDED.test(around)) continue;
    // (One exclusion is read once, whichever of its words was found first.)
    readTo = from + found.index + found[0].length;
    say(at, sentenceAround(text, item.start, item.end, from + found.index, readTo), from + found.index);
  }
}

/**
 * The meeting's move into private, stated: `The meeting moved into closed session`, `Members went
 * into private session`, `The Committee then continued in closed session`, `At 8.15pm the meeting
 * moved into confidential session`, `The remainder of the meeting was held in private session`.
 */
const MOVED_INTO_PRIVATE = /^(?:[\w’'.-]+\s+){1,6}?(?:(?:then|thereupon|therefore)\s+)?(?:moved|went|adjourned|proceeded|continued|reconvened|resolved\s+itself|(?:was|were)\s+(?:then\s+)?(?:held|taken|continued|conducted))\s+(?:in(?:to)?|as)\s+(?:(?:a|an)\s+)?(?:(?:private|closed|confidential|executive|in-camera)\s+(?:session|meeting)|camera)\b/i;
/** Longer than a statement of the meeting's move into private. */
const STATEMENT_LONGEST = 160;
/** What such a statement holds. */
const STATEMENT_WORDS = /ession|amera|rivate|art B/;
/** A decision to take business in private: `to consider the following item in private`, `to move into closed session`, `to go into private session`. */
// (Also in the passive and the past, `that the following item be taken in private`, `the items
// were heard in closed session`, `went into confidential session`, `moved into Part B of the
// agenda`, and `be treated as confidential`: found by a third leak hunt.)
export const GO_PRIVATE = /\b(?:consider(?:ed)?|take|taken|took|discuss(?:ed)?|deal(?:t)?\s+with|hear(?:d)?|hold|held|move(?:d)?|go|went|proceed(?:ed)?|continue(?:d)?)\b[^.;]{0,60}?\bin(?:to)?\s+(?:private(?:\s+session)?|(?:closed|confidential)\s+session|camera|part\s+b)\b|\bbe\s+treated\s+as\s+confidential\b/i;
/** What `GO_PRIVATE` ends with holds one of these. */
const PRIVATE_HINT = /rivate|losed|amera|fidential|art B/;
/** Business not taken in private: `AGREED not to consider the item in private`, `no need to go into private session`. */
const NOT_PRIVATE = /\b(?:not|no\s+need|no\s+reason)\s+(?:to\s+)?(?:be\s+)?(?:consider|take|taken|discuss|hear|heard|hold|held|move|go|proceed|continue|treated)\b/i;
/** Business put off to a later meeting, to be taken in private there: no exclusion now. */
const LATER_MEETING = /\b(?:next|future|later|subsequent|another)\s+meeting\b/i;
/** An item's first words that say it was taken in private: `This item was considered in closed session`. */
const SAYS_TAKEN_IN_PRIVATE = /^(?:this|the)\s+(?:item|matter|minute)\s+(?:was|were|is)\s+(?:taken|considered|discussed|held|heard|dealt\s+with)\s+in\s+(?:private(?:\s+session)?|closed\s+session|camera)\b/i;

/** The items published whole that the exclusion found at `offset` of item `at` (in `sentence`) was for. */
function exemptItems(context: CheckContext, at: number, sentence: string, offset: number, published: ReadonlySet<Item>): Item[] {
  const items = context.doc.items;
  const item = items[at]!;
  const named = NAMED_ITEMS.exec(sentence);
  if (named) {
    const numbers = new Set(named[1]!.split(/\s*(?:,|and|&)\s*/).map(Number));
    return items.filter((other) => other.number.value !== undefined && numbers.has(other.number.value) && published.has(other) && !opensReadmitted(context, other));
  }
  if (THIS_ITEM.test(sentence) && !FORWARD.test(sentence)) return [item];
  // An item of other business that goes on after the exclusion's paragraph: what follows is the
  // exempt business. (An item of the exclusion itself, `Exclusion of the Press and Public`, heads
  // the items after it, whatever it goes on to say.)
  const own = offset >= item.headerRange.end && !EXCLUSION_TITLE.test(item.title.text);
  if (own && !FORWARD.test(sentence) && blockAfter(item.blocks, offset) && !READMITTED.test(context.doc.text.slice(offset, item.end))) return [item];
  const next = firstExemptAfter(context, at, published);
  return next ? [next] : [];
}

/** The first item after item `at` that is published whole and not procedural, when no item after it is classified before a readmission; or undefined. */
function firstExemptAfter(context: CheckContext, at: number, published: ReadonlySet<Item>): Item | undefined {
  const items = context.doc.items;
  let first: Item | undefined;
  for (let i = at + 1; i < items.length; i++) {
    const item = items[i]!;
    if (!published.has(item)) return undefined;
    // A readmission recorded as an item opens is before it; recorded at its end, after it.
    if (opensReadmitted(context, item)) return first;
    if (!first && !isProcedural(item.title.text)) first = item;
    if (READMITTED.test(context.doc.text.slice(item.start, item.end))) return first;
  }
  return first;
}

/** Whether the item's first block records that the press and public were readmitted. */
function opensReadmitted(context: CheckContext, item: Item): boolean {
  const opening = item.blocks[0];
  return opening !== undefined && READMITTED.test(context.doc.text.slice(opening.start, opening.end));
}

function report(context: CheckContext, item: Item, exclusion: Item, line: number): void {
  const level = levelToWrite(levelsOf(context.config));
  const number = item.number.text.trim() || "?";
  const where = item === exclusion ? `its own text says so (line ${line})` : `the press and public were excluded (item ${exclusion.number.text.trim() || "?"}, line ${line})`;
  const said = item === exclusion ? `Item ${number} was taken in the absence of the press and public: ${where}` : `Item ${number} comes after ${where}`;
  context.report(
    "exclusion-unclassified",
    "error",
    item.headerRange,
    `${said}, but it is not classified: the public minutes print it whole. ` +
      `If it is the exempt business, classify it (\`item ${number}: ${item.title.text.trim()} [${level}]\`). If the press and public were readmitted before it, say so in the minutes (\`The press and public were readmitted.\`).`,
    { fixes: [classifyFix(item, level)] },
  );
}

/** The sentence of `text` that holds `start` to `end`, inside `[low, high)`: from the line or stop before it to the stop after it, a few hundred characters at most. */
function sentenceAround(text: string, low: number, high: number, start: number, end: number): string {
  let from = start;
  const first = Math.max(low, start - SENTENCE_LONGEST);
  while (from > first && !/[.!?\n]/.test(text.charAt(from - 1))) from--;
  let to = end;
  const last = Math.min(high, end + SENTENCE_LONGEST);
  while (to < last && !/[.!?]/.test(text.charAt(to))) to++;
  return text.slice(from, to);
}
/** How far a sentence is read on either side of an exclusion's words. */
const SENTENCE_LONGEST = 400;

/** Whether a block of `blocks` starts after `offset` and holds text (the item goes on). */
function blockAfter(blocks: readonly Block[], offset: number): boolean {
  let paragraphEnd = -1;
  for (const block of blocks) {
    if (block.start <= offset && offset < block.end) paragraphEnd = block.end;
    else if (block.start > offset && block.start >= paragraphEnd) return true;
  }
  return false;
}
