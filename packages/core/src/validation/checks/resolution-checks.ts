import { tablesOf } from "../../config/derived.js";
import type { Resolution } from "../../model/ast.js";
import type { Block, Item, List, Paragraph } from "../../model/ast.js";
import { blankLineBetween } from "../../model/assemble-blocks.js";
import { contentsOf } from "../../model/walk.js";
import { isPartNumber } from "../../model/line-readers.js";
import { closest } from "../../text/similarity.js";
import { replaceFix, type CheckContext } from "../context.js";
import { escapeRegExp, isWhiteSpace } from "../../text/trim.js";
import { longestFirst, sentenceDecision } from "../../model/resolutions.js";
import { coordinatedWithheldFromRecordedItems, entriesWithheldFromRecordedItems, recordedItemsBlocks } from "../../export/public-view.js";
import type { MinutesConfig } from "../../config/config.js";
import { unnamedBodiesOf } from "./body-name-checks.js";

function resolutions(context: CheckContext): readonly Resolution[] {
  return contentsOf(context.doc).resolutions;
}

/**
 * `resolution-verb-case`, `resolution-verb-unknown`, `resolution-verb-missing`: in a
 * resolution position the verb is one of the configured set, in capitals.
 */
export function resolutionVerbs(context: CheckContext): void {
  const verbs = tablesOf(context.config).verbs;
  const list = verbs.map((v) => `\`${v}\``).join(", ");
  for (const resolution of resolutions(context)) {
    for (const verb of resolution.verbs) {
      const word = verb.text;
      if (verbs.includes(word)) continue;
      const upper = word.toUpperCase();
      if (verbs.includes(upper)) {
        context.report(
          "resolution-verb-case",
          "warning",
          verb,
          `Resolution verbs are written in capitals: expected \`${upper}\`, found \`${word}\`. Capitals mark a decision of ${resolution.body.value.replace(/^The /, "the ")}` +
            (resolution.form === "inline"
              ? `: write \`${upper}\` if it was decided here, or \`${word.toLowerCase()}\` if the sentence only reports it.`
              : `, and every bullet under \`${resolution.body.text}:\` is one.`),
          { fixes: [replaceFix(`Change \`${word}\` to \`${upper}\``, verb, upper, true)] },
        );
        continue;
      }
      const near = closest(upper, verbs, upper.length <= 5 ? 1 : 2);
      if (near.length > 0) {
        context.report(
          "resolution-verb-unknown",
          "error",
          verb,
          `\`${word}\` is not a resolution verb. Did you mean \`${near[0]}\`? The verbs are ${list}.`,
          { fixes: near.map((v, i) => replaceFix(`Change \`${word}\` to \`${v}\``, verb, v, i === 0 && near.length === 1)) },
        );
      } else if (word === upper && /^[A-Z]{4,}$/.test(word)) {
        context.report(
          "resolution-verb-unknown",
          "error",
          verb,
          `\`${word}\` is not one of the configured resolution verbs (${list}). Use one of them, or add it to \`resolutionVerbs\` in minutes.config.json.`,
        );
      } else {
        context.report(
          "resolution-verb-missing",
          "error",
          verb,
          `A bullet under \`${resolution.body.text}:\` records a decision and starts with its verb in capitals (${list}); found \`${word}\`. If this is not a decision, introduce the list with other words.`,
        );
      }
    }
  }
}

/** Whether blocks (and the summaries and passages among them) hold a resolution, an action or a note. */
function recordsOutcome(blocks: readonly Block[]): boolean {
  for (const block of blocks) {
    if (block.kind === "action") return true;
    if (block.kind === "paragraph" && (block.resolution || block.prose.notes.length > 0)) return true;
    if (block.kind === "list" && (block.resolutions || block.items.some((i) => i.prose.notes.length > 0))) return true;
    if ((block.kind === "summary" || block.kind === "confidential") && recordsOutcome(block.blocks)) return true;
    // An update records where an action stands (found by a review of false positives: matters
    // arising that held only updates were said to record nothing).
    if (block.kind === "update") return true;
  }
  return false;
}

/** `item-no-outcome`: an item that records no resolution, action or note. */
export function itemOutcome(context: CheckContext): void {
  const items = context.doc.items;
  const unnamed = unnamedBodiesOf(context.doc, context.config);
  // The body as these minutes name it: in their first decision, else as written where the
  // settings do not name it (`The Council RESOLVED`), else the settings' first name.
  const body = contentsOf(context.doc).resolutions[0]?.body.value ?? unnamed.find((u) => u.length > 0)?.[0]?.name ?? context.config.bodyNames[0] ?? "The Panel";
  const recorded = new Set(recordedItemsBlocks(context.doc, context.config).map((b) => b.item));
  items.forEach((item, i) => {
    if (recordsOutcome(item.blocks)) return;
    // A decision of a body the settings do not name: `body-name-unknown` says why it is not read.
    if (unnamed[i]!.length > 0) return;
    // An item whose parts follow it (`item 3:`, then `item 3.1:`) records its outcomes in them.
    const next = items[i + 1];
    if (next && isPartNumber(next.number.text) && next.number.value === item.number.value && !isPartNumber(item.number.text)) return;
    // Apologies, declarations, the next meeting's date: items of procedure record none (found by a
    // review of false positives: every such item of every meeting was reported).
    if (isProcedural(item.title.text)) return;
    // `Agreed as a true record. Proposed: TB, Seconded: RS, carried.`: the outcome in words, as
    // clubs and residents' groups record the minutes' approval (found by a review of false positives).
    if (outcomeInWords(item, context.doc.text)) return;
    // A decision written where it is not read: its own check says so (`resolution-mid-paragraph`,
    // or `decision-withheld` in an item recorded in the confidential minutes).
    const unread = unreadDecisionIn(item, recorded.has(item), context.config);
    if (unread === "reported") return;
    context.report(
      "item-no-outcome",
      "warning",
      item.headerRange,
      unread
        ? `Item ${item.number.text || "?"} records no decision the minutes can read: \`${unread}\` in capitals marks one, but its paragraph is not written as a decision (the body's name, \`It was\` or the verb opening it). ` +
            `Write it as a paragraph that opens with it (\`${body} ${unread} ...\`), or \`${unread.toLowerCase()}\` if it only reports one.`
        : `Item ${item.number.text || "?"} records no outcome: no resolution (\`${body} NOTED …\`), no action and no post-meeting note. Record what the ${body.replace(/^The /, "")} decided or noted; ` +
            "if there is truly nothing to record, put `// minutes-disable-next-line item-no-outcome` above the item line.",
    );
  });
}

/**
 * Whether a paragraph of the item records its outcome in words not marked as a decision: the
 * minutes approved as a record (`Agreed as a true record`, `Accepted as a correct record`), or a
 * vote with its result (`Proposed MD, seconded IA. Carried.`). The checker reads a decision
 * only where its verb is in capitals; these say the item had an outcome all the same.
 */
function outcomeInWords(item: Item, text: string): boolean {
  const written = text.slice(item.headerRange.end, item.end);
  return AS_A_RECORD.test(written) || PUT_OFF.test(written) || (VOTE_RESULT.test(written) && VOTE.test(written));
}
/** Who proposed or seconded, or the count of the vote: `Proposer: HP`, `For 5, Against 1`. */
const VOTE = /\b(?:propos(?:ed|er)|second(?:ed|er)|moved|mover)\b|\bfor\s*:?\s*\d+\s*[,;]?\s*against\b/i;
/** Business put off, which is the item's outcome: `Deferred to next meeting`, `Postponed until the AGM`. */
const PUT_OFF = /\b(?:deferred|postponed|adjourned|carried\s+forward)\s+(?:to|until)\b/i;
/** The minutes approved as a record of the meeting. */
const AS_A_RECORD = /\b(?:agreed|approved|accepted|adopted|confirmed|signed|received)\b[^.;]{0,40}?\bas\s+(?:a\s+|an\s+)?(?:true|correct|accurate|fair|full)\s+(?:and\s+(?:accurate|correct|true)\s+)?record\b|\b(?:agreed|approved|accepted|taken\s+as\s+read)\s+and\s+signed\b/i;
/** The result of a vote. */
const VOTE_RESULT = /\b(?:carried|passed|defeated|lost|fell|approved|agreed)\b(?:\s+(?:unanimously|nem\.?\s*con\.?))?\s*[.;,)]|\b(?:carried|passed)\s+(?:unanimously|by\b|nem\b)/i;

/**
 * Titles of items of procedure, which record no outcome: apologies, declarations of interest, the
 * next meeting, any other business, the close; and those of councils, schools and senates (public
 * participation, questions from the public, substitutions, prayers, announcements, declarations of
 * interests in any words: found by a review of false positives).
 */
const PROCEDURAL_PART = /^(?:welcome|introductions?|apologies(?: for absence| received)?|present|in attendance|attendance|quorum|quoracy|check-?in|opening(?: of (?:the )?meeting)?|(?:chair(?:man|person|woman)?'?s? )?(?:opening|closing) remarks|matters arising(?: not covered elsewhere(?: on the agenda)?)?|correspondence|(?:declarations?|register|conflicts?) of (?:[a-z-]+,? ){0,4}interests?|declarations?|interests|public (?:participation|forum|question time|questions?|speaking)(?: (?:session|time|period))?|public session|open forum|questions? (?:from|by) (?:the )?(?:public|members of the public|governors|councillors|members|residents)(?: and (?:the )?public)?|substitutions?|substitutes?|substitute members|(?:opening |closing )?prayers?(?: and reflection)?|reflection|notice(?: of (?:the )?meeting)?|aocb|(?:items?|matters?|issues?) (?:to escalate|for escalation|to (?:report|refer)) to (?:the )?(?:[a-z]+ ){0,3}(?:board|committee|council|governing body)|(?:chair'?s? )?announcements?|(?:dates?|time|date and time) of (?:the )?next meetings?|next meetings?|any other (?:competent )?business|aob|close|closing|close of (?:the )?meeting|meeting close|chair'?s? (?:welcome|opening remarks))$/i;

/** Whether an item's title is one of procedure, alone or joined with others (`Welcome and apologies`). */
export function isProcedural(title: string): boolean {
  const plain = title.trim().replace(/[.:]$/, "");
  return PROCEDURAL_PART.test(plain) || plain.split(/\s*(?:,|&|\band\b|\/)\s*/).every((part) => PROCEDURAL_PART.test(part));
}

/**
 * Whether an item that records no outcome holds one of the committee's verbs in capitals in a
 * paragraph not read as a decision: `"reported"` when a check of its own says so (a decision
 * after another sentence, or one withheld from an item recorded in the confidential minutes),
 * else the verb, or undefined when there is none.
 */
function unreadDecisionIn(item: Item, recorded: boolean, config: MinutesConfig): string | "reported" | undefined {
  let verb: string | undefined;
  const visit = (blocks: readonly Block[]): boolean => {
    for (const block of blocks) {
      if ((block.kind === "summary" || block.kind === "confidential") && visit(block.blocks)) return true;
      if (block.kind !== "paragraph") continue;
      const unread = unreadVerb(block, config);
      if (unread === "mid-paragraph") return true;
      verb ??= unread?.[0];
    }
    return false;
  };
  if (visit(item.blocks)) return "reported";
  return verb !== undefined && recorded ? "reported" : verb;
}

/**
 * For a paragraph not read as a decision: the first of the committee's verbs in capitals it
 * holds, `"mid-paragraph"` when a decision opens a later sentence of it (that check's to report),
 * or undefined when it holds none.
 */
function unreadVerb(paragraph: Paragraph, config: MinutesConfig): RegExpExecArray | "mid-paragraph" | undefined {
  const text = paragraph.prose.text;
  if (paragraph.resolution || !tablesOf(config).anyVerb.test(text)) return undefined;
  if (decisionAfterSentence(text, config) !== undefined) return "mid-paragraph";
  return verbInCapitals(text, config);
}

/**
 * `resolution-list-split`: bullets after a blank line under `The Panel AGREED:`. Such a lead-in
 * gives its verb only to the bullets straight under it (a blank line ends the list, see
 * assemble-blocks.ts), so the bullets after the blank line are not decisions: an item recorded
 * in the confidential minutes withholds them, and a public one prints them as a plain list.
 */
export function resolutionListSplit(context: CheckContext): void {
  const text = context.doc.text;
  const visit = (blocks: readonly Block[]) => {
    blocks.forEach((block, k) => {
      if (block.kind === "summary" || block.kind === "confidential") visit(block.blocks);
      const before = blocks[k - 1];
      if (block.kind !== "list" || block.leadIn || before?.kind !== "list" || !givesVerb(before)) return;
      if (!blankLineBetween(text, before.end, block.start)) return;
      const lead = text.slice(before.leadIn!.start, before.leadIn!.end).trim();
      const gap = { start: before.end, end: block.start };
      context.report(
        "resolution-list-split",
        "warning",
        block.items[0]!,
        `A blank line ends the list under \`${lead}\`, so the bullets below it are not decisions: an item recorded in the confidential minutes withholds them, and the public minutes print them as a plain list. If they are decisions of \`${lead}\`, remove the blank line above them.`,
        { fixes: [replaceFix("Remove the blank lines, so that these bullets are under the lead-in", gap, text.slice(gap.start, gap.end).replace(/(?:\r\n|\r|\n)[ \t]*(?=\r\n|\r|\n)/g, ""), false)] },
      );
    });
  };
  for (const item of context.doc.items) visit(item.blocks);
}

/** Whether a list's lead-in gives its bullets their verb (`The Council RESOLVED:`), rather than each bullet its own. */
function givesVerb(list: List): boolean {
  const lead = list.leadIn?.prose;
  // Any bullet's verb standing in the lead-in (each bullet takes it, whatever it starts with).
  return list.resolutions && lead !== undefined && list.items.some((item) => {
    const verb = item.resolution?.verbs[0];
    return verb !== undefined && verb.start >= lead.start && verb.end <= lead.end;
  });
}

/**
 * `resolution-mid-paragraph`: `The Committee NOTED the declaration.` after another sentence of
 * its paragraph (`MA declared an interest. The Committee NOTED ...`). A decision opens its
 * paragraph, so this one is prose: the item records no outcome from it, and an item recorded in
 * the confidential minutes withholds it. Found by a secretary's test, where the item was said to
 * record no outcome though the decision was written.
 */
export function resolutionMidParagraph(context: CheckContext): void {
  const anyVerb = tablesOf(context.config).anyVerb;
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.kind === "summary" || block.kind === "confidential") visit(block.blocks);
      if (block.kind !== "paragraph" || block.resolution) continue;
      const prose = block.prose;
      // The ends of sentences are found first (an expression that starts with a character class
      // is searched for quickly), and a decision is read only where one ends.
      const text = prose.text;
      // Most paragraphs hold none of the verbs in capitals: passed over at the cost of one search.
      if (!anyVerb.test(text)) continue;
      for (let found = decisionAfterSentence(text, context.config); found; found = decisionAfterSentence(text, context.config, found.at + found.written.length)) {
        const { at, written } = found;
        let gapStart = at;
        while (gapStart > 0 && isWhiteSpace(text.charCodeAt(gapStart - 1))) gapStart--;
        const start = prose.start + at;
        context.report(
          "resolution-mid-paragraph",
          "warning",
          { start, end: start + written.length },
          `\`${written}\` stands after another sentence of its paragraph, so it is not read as a decision: the item records no outcome from it, and if the item is recorded in the confidential minutes, the decision is left out of the public minutes. Start a paragraph with it, after a blank line.`,
          { fixes: [replaceFix("Start a paragraph with the decision", { start: prose.start + gapStart, end: start }, "\n\n", false)] },
        );
      }
    }
  };
  for (const item of context.doc.items) visit(item.blocks);
}

/**
 * The first decision in `text` that opens a sentence after its first, from `from` on: where it
 * stands, and its words up to its first verb (`The Panel formally AGREED`). A decision is what
 * the model reads opening a paragraph (`sentenceDecision`), with one of the committee's verbs in
 * capitals: a slip of case or spelling there is prose, as it is in the paragraph's first sentence.
 */
function decisionAfterSentence(text: string, config: MinutesConfig, from = 0): { readonly at: number; readonly written: string } | undefined {
  const tables = tablesOf(config);
  if (tables.verbs.length === 0) return undefined;
  const settings = { bodyNames: config.bodyNames, verbs: tables.verbs };
  SENTENCE_END.lastIndex = from;
  while (SENTENCE_END.test(text)) {
    const at = SENTENCE_END.lastIndex;
    // (The model's reading is asked only where a capital opens the sentence, as every decision's first word has one.)
    const first = text.charCodeAt(at);
    if (first < 65 || first > 90) continue;
    const verb = sentenceDecision(text, at, settings)?.verbs[0];
    if (verb && tables.verbs.includes(verb.text)) return { at, written: text.slice(at, at + verb.end) };
  }
  return undefined;
}

/** The end of a sentence (`.`, `!` or `?`, and any closing quote or bracket), and the white space after it. */
const SENTENCE_END = /[.!?]["'’”)]?\s+/g;

/**
 * `bullet-withheld` (warning): a bullet of a decision list in an item recorded in the confidential
 * minutes that opens with a verb in the past of its own in title case (`Discussed ...`, `Heard
 * ...` under `The Panel AGREED:`) is read as discussion, and the public minutes leave it out while
 * they publish the decisions beside it: a decision written so would vanish from them unsaid
 * (found by a review). A verb of the committee's in title case is `resolution-verb-case`'s.
 */
/**
 * `decision-withheld` (warning): a decision whose verb follows `and` in the body's sentence, in
 * an item recorded in the confidential minutes, which the public minutes leave out with the
 * discussion (what the body heard stands before its verb). Found by a review of false positives:
 * the item's only decision was left out of the public minutes without a word.
 */
export function decisionsWithheld(context: CheckContext): void {
  for (const { paragraph, item } of coordinatedWithheldFromRecordedItems(context.doc, context.config)) {
    const resolution = paragraph.resolution!;
    const verb = resolution.verbs[0]!;
    const body = resolution.body.text || resolution.body.value;
    const what = resolution.passive
      ? `This decision is written after what it decides (\`... ${/\bwere\s+\S*\s*$/.test(paragraph.prose.text.slice(0, verb.start - paragraph.prose.start)) ? "were" : "was"} ${verb.text}\`)`
      : `This decision follows what ${body.replace(/^The /, "the ")} heard, in one sentence`;
    context.report(
      "decision-withheld",
      "warning",
      verb,
      `${what}, so the public minutes leave it out with item ${item.number.text}'s discussion: an item recorded in the confidential minutes publishes a decision only when its paragraph opens with it. ` +
        `To publish it, write it as a paragraph of its own: \`${body} ${verb.text} ...\`.`,
    );
  }
  unreadDecisionsWithheld(context);
}

/**
 * The same, for a paragraph that holds one of the committee's verbs in capitals but is written in
 * no form the minutes read as a decision (`Members AGREED the timetable.`, `The board APPROVED the
 * heads of terms.`): in an item recorded in the confidential minutes it is withheld with the
 * discussion, and the public minutes would lose the decision without a word (found by a review of
 * false positives). A decision of a body the settings do not name is `body-name-unknown`'s, one
 * after another sentence `resolution-mid-paragraph`'s.
 */
function unreadDecisionsWithheld(context: CheckContext): void {
  const unnamed = new Set(unnamedBodiesOf(context.doc, context.config).flat().map((u) => u.paragraph));
  for (const { block, item, whole } of recordedItemsBlocks(context.doc, context.config)) {
    if (whole || block.kind !== "paragraph" || unnamed.has(block)) continue;
    const verb = unreadVerb(block, context.config);
    if (!verb || verb === "mid-paragraph") continue;
    const body = bodyToSuggest(block.prose.text, context.config);
    const start = block.prose.start + verb.index;
    context.report(
      "decision-withheld",
      "warning",
      { start, end: start + verb[0].length },
      `\`${verb[0]}\` in capitals marks a decision, but this paragraph is not written as one (the body's name, \`It was\` or the verb opening it), so the public minutes leave it out with item ${item.number.text}'s discussion. ` +
        `If it is a decision, write it as a paragraph that opens with it: \`${body} ${verb[0]} ...\`; if it only reports one, write \`${verb[0].toLowerCase()}\`.`,
    );
  }
}

/** The body's name to write a decision with: the one `text` opens with in another case (`The board`), else the first. */
function bodyToSuggest(text: string, config: MinutesConfig): string {
  const lower = text.toLowerCase();
  return longestFirst(config.bodyNames).find((name) => lower.startsWith(`${name.toLowerCase()} `)) ?? config.bodyNames[0] ?? "The Panel";
}

/** The first of the committee's verbs in capitals standing as a word of `text`. */
function verbInCapitals(text: string, config: MinutesConfig): RegExpExecArray | undefined {
  let pattern = VERB_WORDS.get(config);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\w-])(?:${tablesOf(config).verbs.map(escapeRegExp).join("|")})(?![\\w-])`);
    VERB_WORDS.set(config, pattern);
  }
  return pattern.exec(text) ?? undefined;
}
const VERB_WORDS = new WeakMap<MinutesConfig, RegExp>();

export function bulletsWithheld(context: CheckContext): void {
  const verbs = tablesOf(context.config).verbs;
  for (const { entry, item } of entriesWithheldFromRecordedItems(context.doc, context.config)) {
    const word = /^[\s\u200b]*([A-Z][a-z]+)\b/.exec(entry.prose.text)?.[1];
    if (!word || verbs.includes(word.toUpperCase())) continue;
    const start = entry.prose.start + entry.prose.text.indexOf(word);
    context.report(
      "bullet-withheld",
      "warning",
      { start, end: start + word.length },
      `This bullet opens with \`${word}\`, a verb of its own, so it is read as discussion: the public minutes leave it out with item ${item.number.text}'s discussion, and publish the decisions beside it. ` +
        "If it is a decision, write it as the lead-in's verb reads on (`to ...`, `that ...`).",
    );
  }
}
