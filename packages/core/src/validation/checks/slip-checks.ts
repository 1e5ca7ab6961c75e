import type { Block, Item } from "../../model/ast.js";
import { contentsOf } from "../../model/walk.js";
import type { Range } from "../../text/range.js";
import { replaceFix, type CheckContext } from "../context.js";
import { tablesOf } from "../../config/derived.js";
import { LIST_MARKER, startsListEntry } from "../../syntax/bullets.js";
import { startsKeywordLine } from "../../syntax/tokens.js";
import { formatActionId } from "../../workspace/action-ids.js";
import { unusualLineBreaks } from "./line-break-checks.js";
import { levelPhrase, levelsOf, type LevelPhrase, type Levels } from "./level-phrases.js";
import { INVISIBLE_CLASS, isInvisible, isWordProcessorBreak, trimInvisible } from "../../text/invisible.js";
import { inSlices } from "../../steps.js";
import {
  ACTION_OTHERWISE, ALONE_IN_CAPITALS_OR_BRACKETS, BLANK, COMMENT_OTHERWISE, END, END_OTHERWISE, ITEM_IN_WORDS, ITEM_LEVEL_BEFORE_COLON, ITEM_NO_COLON,
  ITEM_CONTINUED, ITEM_OTHER_SEPARATOR, ITEM_WITH_COLON, MISSPELT_END, MISSPELT_OPENER, NUMBER_WORDS, PASSAGE, PASSAGE_OTHERWISE,
  closedLater, endsWithLevel, fold, lineStartAt, mayStartKeyword, nearKeyword, nextBreak, openBefore, wordThenColon,
} from "./keyword-shapes.js";

/*
 * Lines that were meant as structure but are read as prose: `Confidential:` (a word processor's
 * automatic capital), `End confidential`, `Item 2: Title`, `item 2. Title`, `item 2 Title [RED]`.
 * Keywords are lower case and need their shape, so these lines are prose, and what they were
 * meant to open or close is not opened or closed: a passage meant to be withheld, or an item
 * meant to be classified, is published as part of what stands above it. Each is an error, and
 * the public export refuses a document that has one (see `PUBLIC_EXPORT_GUARDS`).
 */

/** Whether the line after the line break at or after `from` (past spaces and tabs) is a list's entry. */
function listEntryNext(text: string, from: number): boolean {
  let at = from;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  if (text.charCodeAt(at) === 13) at++;
  if (text.charCodeAt(at) === 10) at++;
  else if (text.charCodeAt(at - 1) !== 13) return false;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  return startsListEntry(text.slice(at, at + 12));
}

/** White space and characters that show nothing, as a word processor leaves them inside an ID. */
const BLANKS = new RegExp(BLANK, "g");

/** A list item's mark and the white space around it, up to its text: `- `, `  • `, `(a) `. */
const MARK_BEFORE = new RegExp(`^${INVISIBLE_CLASS}*${LIST_MARKER}${INVISIBLE_CLASS}*$`);
/** A list item's mark at the start of a line read as prose (a wrapped line, `(a) confidential:`), and the white space after it. */
const MARK_AT_START = new RegExp(`^${LIST_MARKER}${INVISIBLE_CLASS}+`);

/**
 * `- Confidential:`, `• end confidential`: a passage's opener or closer that a word processor
 * bulleted with the lines around it. A bullet is prose, so the passage is not opened (or not
 * closed) and what it was meant to withhold is published. The fix takes the mark away.
 */
function bulletedKeyword(context: CheckContext, start: number, lineEnd: number): void {
  const text = context.doc.text;
  const lineStart = lineStartAt(text, start);
  if (!MARK_BEFORE.test(text.slice(lineStart, start))) return;
  const line = trimInvisible(fold(text.slice(start, lineEnd)).text);
  const opener = /^(confidential|summary)\s*:$/i.exec(line);
  const closer = /^end(?:\s+(confidential|summary))?\s*[.:;]?$/i.exec(line);
  if (!opener && !closer) return;
  const keyword = opener ? `${opener[1]!.toLowerCase()}:` : closer![1] ? `end ${closer![1].toLowerCase()}` : "end";
  const range = { start: lineStart, end: lineEnd };
  // A closer's fix is certain only where a passage of its kind is open to close (see `reportCloser`).
  const itemStart = context.doc.items.find((item) => item.start <= lineStart && lineStart <= item.end)?.start ?? 0;
  const open = closer ? openBefore(text, itemStart, lineStart) : undefined;
  const certain = opener !== null || (open !== undefined && (!closer![1] || closer![1].toLowerCase() === open));
  context.report(
    "keyword-as-prose",
    "error",
    range,
    `This bullet reads like \`${keyword}\` but is a bullet of prose: a keyword stands alone at the start of its line, with no bullet before it. ` +
      (opener ? "As written, the passage below is not withheld: it is published with the text above it. " : "As written, the passage above is not closed here. ") +
      `Take the bullet away.`,
    { fixes: [replaceFix(`Write \`${keyword}\` without the bullet`, range, keyword, certain)] },
  );
}

/**
 * `heading: Confidential`, `heading: PRIVATE`: a heading that names what is confidential withholds
 * nothing; what follows it is published. A secretary uses it to mean "withhold this part" (found by
 * a second secretary's test). The fix, not certain (where the passage ends is the secretary's to
 * say), opens a passage in its place.
 */
function confidentialHeadings(context: CheckContext, blocks: readonly Block[], confidential: ReadonlySet<string>): void {
  for (const block of blocks) {
    if (block.kind === "summary" || block.kind === "confidential") continue;
    if (block.kind !== "heading") continue;
    const word = unbracketed(block.text.text.trim()).replace(/[.:]$/, "");
    if (!confidential.has(word.toUpperCase())) continue;
    context.report(
      "keyword-as-prose",
      "error",
      block,
      `\`heading: ${block.text.text.trim()}\` is a heading: it withholds nothing, and what follows it is published. To withhold it, write \`confidential:\` above it and \`end confidential\` after it.`,
      { fixes: [replaceFix("Open a confidential passage here (then close it with `end confidential`)", block, "confidential:", false)] },
    );
  }
}

/** The text without one bracket at its start and one at its end (by hand: an expression for the end took time quadratic in a run of spaces). */
function unbracketed(trimmed: string): string {
  let text = trimmed;
  if (text.startsWith("[") || text.startsWith("(")) text = text.slice(1).trimStart();
  if (text.endsWith("]") || text.endsWith(")")) text = text.slice(0, -1).trimEnd();
  return text;
}

/**
 * `keyword-as-prose`: a line shaped like a keyword line in another case or form, read as prose;
 * and a word processor's line break, which ends no line (`line-break-unusual`, or this where a
 * keyword follows it).
 */
export function* keywordsAsProse(context: CheckContext): Generator<void, void> {
  const levels = tablesOf(context.config).levels;
  const openerStarts = levelsOf(context.config).openerStarts;
  const confidential = levelsOf(context.config).confidential;
  for (const item of context.doc.items) confidentialHeadings(context, item.blocks, confidential);
  yield;
  // (A prose holds a carriage return only when the document does: most hold none, and the search is made once.)
  const anyCarriageReturn = context.doc.text.includes("\r");
  const runs = contentsOf(context.doc).prose;
  yield* inSlices(runs.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const { prose, item } = runs[i]!;
      const text = prose.text;
      const carriageReturns = anyCarriageReturn && text.includes("\r");
      // Line starts are found by the engine's search for line breaks, and only a line whose first
      // character could start a keyword is read further: this runs on every paragraph at every check.
      for (let at = 0; at < text.length; ) {
        const end = nextBreak(text, at, carriageReturns);
        if (mayStartKeyword(text, at, end, openerStarts) || (at === 0 && wordThenColon(text, 0, end))) checkLine(context, text.slice(at, end), prose.start + at, { first: at === 0, last: end >= text.length, itemStart: item.start }, levels, prose.end);
        at = end + 1;
      }
    }
  });
  headerClassification(context);
  unusualLineBreaks(context);
  // The attendee list runs until the first item line, so a first item line written otherwise
  // (`Item 1: Staffing [RED]`) and the discussion under it are read as attendees, and printed in
  // the attendee table of the public minutes. Each of its lines is read as a paragraph's first.
  const attendees = context.doc.attendees;
  if (attendees) {
    const text = context.doc.text;
    // (Line breaks are looked for character by character: the list is short, and the whole
    // document is not searched for a carriage return.)
    for (let at = attendees.start; at < attendees.end; ) {
      const end = Math.min(nextBreak(text, at, true), attendees.end);
      if (mayStartKeyword(text, at, end)) {
        let start = at;
        while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
        // A comment line is one here as anywhere (`//` after spaces and tabs): the prose's are
        // blanked before they are read, the attendee list's are passed over here. So is a keyword
        // line (`group:`, or `summary:` between two lists): it is no prose.
        if (!text.startsWith("//", start) && !startsKeywordLine(text, start)) checkLine(context, text.slice(start, end), start, { first: true, last: true, itemStart: attendees.start }, levels, end);
      }
      at = end + 1;
    }
  }
}

/**
 * One line of prose. Where it stands in its paragraph decides how much it takes to be read as a
 * keyword line: a line that opens a paragraph may be `CONFIDENTIAL` or `item 2 Title [RED]`, but a
 * wrapped line (`... should remain` / `confidential.`, `... under` / `Item 4 (RED)`) is prose
 * unless it has the keyword's full shape.
 */
function checkLine(
  context: CheckContext,
  textOfLine: string,
  lineAt: number,
  place: { readonly first: boolean; readonly last: boolean; readonly itemStart: number },
  levels: ReadonlySet<string>,
  proseEnd: number,
): void {
  // The prose was trimmed: the white space before its first line (a no-break space a word
  // processor left, which is why the keyword was not one) is taken back in, so the fix drops it.
  let start = lineAt;
  while (start > 0 && isInvisible(context.doc.text.charCodeAt(start - 1))) start--;
  // Only a line of the document counts: the text after a bullet's marker or after an action's
  // colon (`action SECP90/01: Item 3 ...`) starts no line.
  const before = context.doc.text.charCodeAt(start - 1);
  if (start > 0 && before !== 10 && before !== 13) {
    bulletedKeyword(context, start, lineAt + textOfLine.length);
    return;
  }
  // A numbered line read as part of the paragraph above (`The Panel discussed the following` /
  // `(a) confidential:`) holds its keyword after the number.
  const mark = MARK_AT_START.exec(context.doc.text.slice(start, lineAt + textOfLine.length));
  if (mark) {
    bulletedKeyword(context, start + mark[0].length, lineAt + textOfLine.length);
    return;
  }
  const written = context.doc.text.slice(start, lineAt) + textOfLine;
  const { text: line, origin } = fold(written);
  /** The range of the first `length` characters of the folded line, in the document. */
  const span = (length: number): Range => ({ start, end: start + (origin ? origin[length]! : length) });
  // Inside a paragraph, only a line that is nothing but the keyword in capitals or in brackets
  // (`CONFIDENTIAL`, `[Confidential]`): a wrapped `confidential.` ends a sentence.
  const otherwise = PASSAGE_OTHERWISE.exec(line);
  // Or `PRIVATE:`, `Strictly confidential:` alone on a line: the committee's own words for
  // `confidential:` (found by a secretary's test). Its match has no keyword group: `confidential:`.
  const own = levelsOf(context.config);
  // (A level in capitals with its colon over a list heads a RAG breakdown, `RED:` / `- FOC
  // go-live`: found by a review of false positives.)
  const opener = own.opener.exec(line);
  const headsList = opener !== null && listEntryNext(context.doc.text, lineAt + textOfLine.length);
  const passage = PASSAGE.exec(line) ?? (otherwise && (place.first || ALONE_IN_CAPITALS_OR_BRACKETS.test(line)) ? otherwise : null) ?? (headsList ? null : opener) ?? (place.first ? own.phraseOpener.exec(line) : null);
  // `Summary: the budget is on track.` is a lead-in of prose; `Summary:` alone is the keyword.
  if (passage && passage[2]?.toLowerCase() === "summary" && passage[0].length < line.length) return;
  if (passage) {
    // (`conf:`, `Confid.:` are confidential's.)
    const keyword = passage[2] ? `${passage[2].toLowerCase().startsWith("conf") ? "confidential" : passage[2].toLowerCase()}:` : "confidential:";
    // Text after the colon starts the passage: the fix puts it on the next line. A passage
    // opened so is mostly one paragraph: when nothing closes it before the next item, the fix
    // closes it after the paragraph too, and is not certain (only the secretary knows its end).
    const textFollows = passage[0].length < line.length;
    const opening = replaceFix(`Write \`${keyword}\` on a line of its own`, span(passage[0].length), textFollows ? `${keyword}\n` : keyword, true);
    const closer = keyword === "confidential:" ? "end confidential" : "end summary";
    const closed = !textFollows || closedLater(context.doc.text, proseEnd, keyword === "confidential:" ? "confidential" : "summary");
    const fix = closed
      ? opening
      : { title: `Write \`${keyword}\` on a line of its own, and \`${closer}\` after this paragraph`, edits: [...opening.edits, { range: { start: proseEnd, end: proseEnd }, newText: `\n${closer}` }], certain: false };
    context.report(
      "keyword-as-prose",
      "error",
      span(passage[0].length),
      `This line reads like \`${keyword}\` but is prose: keywords are lower case, with the colon straight after them, at the start of the line. ` +
        (keyword === "confidential:" ? "As written, the passage below is not withheld: it is published with the text above it. " : "As written, no summary starts here. ") +
        `Write \`${keyword}\` on a line of its own.`,
      { fixes: [fix] },
    );
    return;
  }
  // A wrapped `end.` ends a sentence; `End confidential.` names what it closes, wherever it stands.
  const endOtherwise = END_OTHERWISE.exec(line);
  const end = END.exec(line) ?? (endOtherwise && (place.first || endOtherwise[1] !== undefined) ? endOtherwise : null);
  if (end) {
    reportCloser(context, end[1] ? `end ${end[1].toLowerCase()}` : "end", span(line.length), openBefore(context.doc.text, place.itemStart, start));
    return;
  }
  // Misspelt keywords (`confidental:`, `end confidental`): what they should withhold is published.
  const misspelt = place.first ? MISSPELT_OPENER.exec(line) : null;
  const alone = misspelt !== null && misspelt[0].length >= line.trimEnd().length;
  const meant = misspelt ? nearKeyword(misspelt[1]!, alone && /^[ \t]*end[ \t]+confidential[a-z]{0,4}[ \t]*\.?[ \t]*$/im.test(context.doc.text.slice(lineAt + textOfLine.length, lineAt + textOfLine.length + 20_000))) : undefined;
  if (misspelt && meant) {
    const keyword = `${meant}:`;
    const textFollows = misspelt[0].length < line.length;
    context.report(
      "keyword-as-prose",
      "error",
      span(misspelt[0].length),
      `This line reads like \`${keyword}\` misspelt (\`${misspelt[1]}\`), so it is prose. ` +
        (meant === "confidential" ? "As written, the passage below is not withheld: it is published with the text above it. " : "As written, no summary starts here. ") +
        `Write \`${keyword}\` on a line of its own.`,
      { fixes: [replaceFix(`Write \`${keyword}\``, span(misspelt[0].length), textFollows ? `${keyword}\n` : keyword, !textFollows)] },
    );
    return;
  }
  const misspeltEnd = MISSPELT_END.exec(line);
  const closes = misspeltEnd ? nearKeyword(misspeltEnd[1]!, true) : undefined;
  if (closes) {
    reportCloser(context, `end ${closes}`, span(line.length), openBefore(context.doc.text, place.itemStart, start));
    return;
  }
  const comment = COMMENT_OTHERWISE.exec(line);
  if (comment) {
    const lead = comment[0].length - 2;
    context.report(
      "keyword-as-prose",
      "error",
      span(comment[0].length),
      "This line reads like a comment but is prose: a comment starts with `//` after spaces or tabs only, and here a no-break space or an invisible character stands before it. As written it is published. Delete what stands before `//`.",
      { fixes: [replaceFix("Delete what stands before `//`", span(lead), "", true)] },
    );
    return;
  }
  // Without its colon an item line is told from prose about an item (`item 4. The Chair noted
  // ...`, wrapped) by standing last in its paragraph, as a title would, without a full stop; or
  // by ending with a classification, which prose does not.
  const titleLike = place.last && !/[.;,]\s*$/.test(line);
  // Ending with a level, a line is an item line wherever it stands; inside a paragraph only in
  // square brackets (`... under Item 4 (RED)` may be prose).
  const classified = endsWithLevel(line, levels, place.first || titleLike);
  const early = ITEM_LEVEL_BEFORE_COLON.exec(line);
  const level = early ? (early[2] ?? early[3])! : "";
  if (early && (levels.has(level.toUpperCase()) || level.toLowerCase() === "confidential")) {
    const written = `item ${early[1] ?? early[4]}: ${early[5]}${early[5] ? " " : ""}[${level}]`;
    context.report(
      "keyword-as-prose",
      "error",
      span(line.length),
      `This line reads like an item line classified \`${level}\`, but is prose: the classification stands last on an item line, after the title, as in \`${written}\`. ` +
        "As written, no item starts here: the text below is published as part of the item above, whatever its classification. " +
        `Write \`${written}\`.`,
      { fixes: [replaceFix(`Write \`${written}\``, span(line.length), written, true)] },
    );
    return;
  }
  const continued = place.first ? ITEM_CONTINUED.exec(line) : null;
  // (What follows reads as a title, not a sentence: `Item 5 resumed: after item 7, once the
  // Treasurer had arrived.` is prose, found by a review of false positives.)
  const continuedTitle = continued ? line.slice(continued[0].length).trim() : "";
  if (continued && continuedTitle.length <= 80 && !/[.!?]$/.test(continuedTitle) && !/^[a-z]/.test(continuedTitle)) {
    // Classified as the item it continues, when that one is.
    const earlier = context.doc.items.find((item) => item.number.text.trim() === continued[1] && item.start < start && item.classification);
    const level = earlier ? ` [${earlier.classification!.text.trim()}]` : "";
    const written = `item ${continued[1]}: ${continuedTitle}${continuedTitle ? " " : ""}(continued)${level}`;
    context.report(
      "keyword-as-prose",
      "error",
      span(line.length),
      `This line reads like an item line but is prose: an item line is \`item\`, its number and a colon, then the title, as in \`${written}\`. ` +
        "As written, no item starts here: the text below is published as part of the item above, whatever its classification. " +
        `Write \`${written}\`${level ? `, classified as item ${continued[1]} is` : ""}.`,
      { fixes: [replaceFix(`Write \`${written}\``, span(line.length), written, false)] },
    );
    return;
  }
  const inWords = ITEM_IN_WORDS.exec(line);
  const item = ITEM_WITH_COLON.exec(line)
    ?? (classified || titleLike ? ITEM_OTHER_SEPARATOR.exec(line) : null)
    ?? (classified ? ITEM_NO_COLON.exec(line) : null);
  if (item || inWords) {
    const number = item ? item[1]! : String(NUMBER_WORDS.indexOf(inWords![1]!.toLowerCase()) + 1);
    const matched = (item ?? inWords)![0].length;
    const opener = `item ${number}: `;
    context.report(
      "keyword-as-prose",
      "error",
      span(matched),
      `This line reads like an item line but is prose: an item line is \`item\` in lower case, its number in figures and a colon, as in \`item 2: Title [RED]\`. ` +
        "As written, no item starts here: the text below is published as part of the item above, whatever its classification. " +
        `Write \`${opener.trim()}\`.`,
      { fixes: [replaceFix(`Write \`${opener.trim()}\``, span(matched), line.charAt(matched) === " " ? opener.trimEnd() : opener, true)] },
    );
    return;
  }
  const action = ACTION_OTHERWISE.exec(line);
  if (action) {
    const keyword = action[1]!.toLowerCase();
    // (Written without the space a word processor may have left inside it.)
    const id = action[2]?.replace(BLANKS, "");
    // `action GB1/01:` after a no-break space looks right as written: say what is wrong with it.
    const hidden = start < lineAt || /^[\s\u00a0\u200b\ufeff\u00ad\u2060]/.test(written) && !/^[ \t]/.test(written);
    // `update\u00a0SECP76/01:`: the keyword is right, and a no-break space after it is what is wrong (found by a secretary's test).
    const source = span(action[0].length);
    const inside = !hidden && action[1] === keyword && /[^ \t\S]|[\u200b\ufeff\u00ad\u2060]/.test(context.doc.text.slice(source.start + keyword.length, source.end));
    context.report(
      "action-as-prose",
      "error",
      span(action[0].length),
      `This line reads like an ${keyword === "action" ? "action" : "action update"} but is prose: ` +
        (hidden ? "a no-break space or a character that shows nothing stands before it, as a word processor leaves them. " : "") +
        (inside ? `a no-break space or a character that shows nothing stands after \`${keyword}\`, as a word processor leaves them. ` : "") +
        `\`${keyword}\` is written in lower case at the start of the line, then the action ID and a colon, as in \`${keyword} ${id ?? formatActionId(context.doc.header.number?.value ?? 1, 1, context.config)}: ...\`. ` +
        `As written it is not ${keyword === "action" ? "raised" : "an update"}: it is missing from the register, the carried-forward actions and every check of actions.` +
        (id ? ` Write \`${keyword} ${id}:\`.` : " Write the action's ID before a colon."),
      { fixes: id ? [replaceFix(`Write \`${keyword} ${id}:\``, span(action[0].length), `${keyword} ${id}: `, true)] : [] },
    );
  }
}

/** `Classification: RED`, or `classification:` after a no-break space, in the header. */
const CLASSIFICATION_OTHERWISE = new RegExp(`^(${INVISIBLE_CLASS}*classification${INVISIBLE_CLASS}*:)`, "i");

/**
 * A header's `classification:` written otherwise (`Classification: RED`, after a no-break
 * space): not read, so a meeting meant to be confidential as a whole is published. Reported
 * as `keyword-as-prose`, which stops the public export and the register.
 */
function headerClassification(context: CheckContext): void {
  const text = context.doc.text;
  const end = Math.min(context.doc.attendees?.start ?? text.length, context.doc.items[0]?.start ?? text.length);
  for (let at = 0; at < end; ) {
    const lineEnd = Math.min(nextBreak(text, at, true), end);
    const found = CLASSIFICATION_OTHERWISE.exec(text.slice(at, Math.min(lineEnd, at + 64)));
    if (found && !/^[ \t]*classification:/.test(found[1]!)) {
      const range = { start: at, end: at + found[1]!.length };
      context.report(
        "keyword-as-prose",
        "error",
        range,
        "This line reads like the header's `classification:` but is not read as it: a header field is written in lower case at the start of its line, with the colon straight after it. As written the meeting is not classified, and its public version is published. Write `classification:`.",
        { fixes: [replaceFix("Write `classification:`", range, "classification:", true)] },
      );
    }
    at = lineEnd + 1;
  }
}

/**
 * `end confidential` written otherwise. The fix is certain only where a passage of its kind is
 * open to close: `End confidential` under an open summary may close the summary, or a passage
 * whose opener is itself misspelt, and only the secretary knows which.
 */
function reportCloser(context: CheckContext, closer: string, range: Range, open: "confidential" | "summary" | undefined): void {
  const fits = open !== undefined && (closer === "end" || closer === `end ${open}`);
  context.report(
    "keyword-as-prose",
    "error",
    range,
    `This line reads like \`${closer}\` but is prose: keywords are lower case and spelt as the language has them. As written it closes nothing, and it is published as text. Write \`${closer}\`` +
      (fits ? "." : open ? `, if a ${closer.slice(4)} passage above was meant to end here (the passage open now is a ${open}: \`end ${open}\` closes it).` : ", if a passage above was meant to end here (none is open now)."),
    { fixes: [replaceFix(`Write \`${closer}\``, range, closer, fits)] },
  );
}

/**
 * `classification-misplaced`: a classification that does not end the item line (`item 4: X
 * [RED] title`, `item 5: X (RED)`) is part of the title, and the item is published in full.
 */
export function misplacedClassification(context: CheckContext): void {
  const levels = levelsOf(context.config);
  for (const item of context.doc.items) {
    if (!item.classification && !wrappedTitle(context, item, levels)) levelOnItsOwnLine(context, item, levels);
    const found = tagIn(item, levels);
    if (!found) continue;
    const { level, range, keep } = found;
    const title = item.title;
    if (item.classification) {
      // `item 2: Title [RED] [WHITE]`: the last tag classifies the item, and the first is title.
      if (item.classification.text.trim().toUpperCase() === level.toUpperCase()) continue;
      const rest = title.text.slice(0, range.start - title.start).trimEnd() + title.text.slice(range.end - title.start);
      context.report(
        "classification-misplaced",
        "error",
        range,
        `\`${context.doc.text.slice(range.start, range.end)}\` is read as part of the title: item ${item.number.text || "?"} is classified \`[${item.classification.text}]\`, the last on its line, and is published as that level says. Keep one classification.`,
        { fixes: [replaceFix(`Classify the item \`[${level}]\``, { start: title.start, end: item.classification.end + 1 }, `${rest.trim()} [${level}]`, false)] },
      );
      continue;
    }
    // A level that withholds nothing (`Change Status Report (GREEN)`) leaves the item as it is
    // published anyway: no public export waits for it (found by a review of false positives).
    if (!levels.confidential.has(level.toUpperCase())) continue;
    // The punctuation that stood against the tag (`Budget [RED].`, `Risks (AMBER):`) goes with it.
    const before = title.text.slice(0, range.start - title.start).replace(/[\s.,:;–—-]+$/, "");
    const after = title.text.slice(range.end - title.start).replace(/^[\s.,:;–—-]+/, "").trimEnd();
    const newTitle = [before, keep, after].filter((part) => part.length > 0).join(" ");
    context.report(
      "classification-misplaced",
      "error",
      range,
      `\`${context.doc.text.slice(range.start, range.end)}\` is read as part of the title, not as the item's classification: the classification is the last thing on the item line, in square brackets. ` +
        `As written, item ${item.number.text || "?"} is published in full. Write \`item ${item.number.text || "?"}: ${newTitle} [${level}]\`.`,
      // (A title that is only the tag has nothing to keep: the secretary writes one.)
      // (Certain when the level stood alone: with other words beside it, the secretary says where they go.)
      { fixes: newTitle ? [replaceFix(`Move \`[${level}]\` to the end of the item line`, title, `${newTitle} [${level}]`, keep === "")] : [] },
    );
  }
}

/**
 * `item 1: Beta, a title that wraps onto` / `the next line [RED]`: the level ends the line under
 * the item line, which is prose, so the item is published whole. Reported at the level; the fix
 * (not certain) joins the line to the item line.
 */
function wrappedTitle(context: CheckContext, item: Item, levels: Levels): boolean {
  const first = item.blocks[0];
  if (first?.kind !== "paragraph") return false;
  const text = context.doc.text;
  if (!/^[ \t]*(?:\r\n|\r|\n)[ \t]*$/.test(text.slice(item.headerRange.end, first.start))) return false;
  const lineEnd = first.prose.text.search(/[\r\n]/);
  const line = lineEnd < 0 ? first.prose.text : first.prose.text.slice(0, lineEnd);
  if (!levels.named.test(line)) return false;
  // `[RED]` at its end, or a confidential level in capitals ending a line that reads as a title
  // (`Recruitment PRIVATE`; not `... currently rated AMBER`, found by a review).
  const tag = /\[[ \t]*([A-Za-z]+)[ \t]*\][ \t]*$/.exec(line) ?? (readsAsTitle(line) ? /(?<=\s)([A-Z]{3,})[ \t]*$/.exec(line) : null);
  if (!tag) return false;
  const level = tag[1]!.toUpperCase();
  if (!(tag[0].startsWith("[") ? levels.all.has(level) : levels.confidential.has(level))) return false;
  const at = first.prose.start + tag.index;
  context.report(
    "classification-misplaced",
    "error",
    { start: at, end: at + tag[0].trimEnd().length },
    `\`${tag[0].trim()}\` ends the line under item ${item.number.text || "?"}, which is read as the item's text, not as its title: as written, item ${item.number.text || "?"} is published in full. Write the title on the item line, with the classification at its end.`,
    // (A level in capitals goes into brackets as it joins: `Staffing PRIVATE` ends `Staffing [PRIVATE]`.)
    { fixes: [replaceFix("Join the line to the item line", { start: item.headerRange.end, end: first.prose.start + line.length }, ` ${tag[0].startsWith("[") ? line.trim() : `${line.slice(0, tag.index).trim()} [${level}]`}`, false)] },
  );
  return true;
}

/** A short line of capitalised words, with the small words of titles between them: `Staffing and Recruitment PRIVATE`. */
function readsAsTitle(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= 10 && /[a-z]/.test(line) && words.every((word) => /^[A-Z0-9&]/.test(word) || TITLE_SMALL_WORDS.has(word));
}

const TITLE_SMALL_WORDS = new Set(["a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "by", "with", "or", "-", "–", "—"]);

/**
 * `[PRIVATE]`, `(PRIVATE)` or `PRIVATE` alone on the first line of an unclassified item's text,
 * after a blank line or not: meant as the item's classification, and read as its text, so the item
 * is published whole (found by a second secretary's test). The certain fix moves the level to the
 * end of the item line, in square brackets, and takes the line out.
 */
function levelOnItsOwnLine(context: CheckContext, item: Item, levels: Levels): void {
  const first = firstLineOf(item);
  if (!first || !levels.named.test(first.text)) return;
  const bracketed = /^[[(][ \t]*(.*?)[ \t]*[\])]\.?$/.exec(first.text);
  // `Classification: RED`, `Classified RED.` (found by a leak hunt: after a blank line it was published).
  const labelled = bracketed ? null : LABELLED_LEVEL.exec(first.text);
  const phrase = levelPhrase(bracketed ? bracketed[1]! : labelled ? labelled[1]! : first.text, levels, bracketed !== null);
  if (!phrase) return;
  // Named so, only a paragraph of its own and a level that withholds: `Classification: RED` over
  // a definition is the definition's, and `Classification: GREEN` says what the item is anyway
  // (found by a review of false positives).
  if (labelled && (!first.alone || !levels.confidential.has(phrase.level.toUpperCase()))) return;
  const { level } = phrase;
  const text = context.doc.text;
  // The line and its line break go; the item line gains the level.
  let end = first.end;
  if (text.charCodeAt(end) === 13) end++;
  if (text.charCodeAt(end) === 10) end++;
  const tagged = `${text.slice(item.headerRange.start, item.headerRange.end).trimEnd()} [${level}]`;
  const written = text.slice(first.start, first.end);
  context.report(
    "classification-misplaced",
    "error",
    { start: first.start, end: first.end },
    `\`${written}\` stands on a line of its own under item ${item.number.text || "?"}, which is read as the item's text, not as its classification: as written, item ${item.number.text || "?"} is published in full. Write the classification at the end of the item line, in square brackets.`,
    {
      fixes: [{
        title: `Write \`[${level}]\` at the end of the item line`,
        edits: [
          { range: { start: item.headerRange.start, end: item.headerRange.end }, newText: tagged },
          { range: { start: first.start, end }, newText: "" },
        ],
        // (With other words beside the level, `Part 2`, the secretary says where they go.)
        certain: phrase.others.length === 0,
      }],
    },
  );
}

/** A level after the word that names it: `Classification: RED`, `Classification – RED`, `Classified as RED`. */
// (The run after the mark belongs to it: no two runs of blanks side by side, see ARCHITECTURE.md.)
const LABELLED_LEVEL = /^(?:classification|classified(?:[ \t]+as)?)[ \t]*(?:[:–—-][ \t]*)?(\S.*?)\.?$/i;

/**
 * The first line of an unclassified item's text, without the white space around it: of its first
 * paragraph, or of the first item of a list that opens it (`- Private`), whose range then starts
 * at the list's mark.
 */
function firstLineOf(item: Item): { readonly start: number; readonly end: number; readonly text: string; /** The line is its paragraph. */ readonly alone: boolean } | undefined {
  const first = item.blocks[0];
  const opening = first?.kind === "paragraph" ? { start: first.prose.start, prose: first.prose } : first?.kind === "list" && !first.leadIn ? { start: first.items[0]!.start, prose: first.items[0]!.prose } : undefined;
  if (!opening) return undefined;
  const { prose } = opening;
  const lineEnd = prose.text.search(/[\r\n]/);
  const line = (lineEnd < 0 ? prose.text : prose.text.slice(0, lineEnd)).trimEnd();
  return { start: opening.start, end: prose.start + line.length, text: line.trim(), alone: first!.kind === "paragraph" && prose.text.trimEnd().length === line.length };
}

/** The openers and closers of brackets a level is written in: `[RED]`, `(RED)`, `{RED}`, `<RED>`, `［RED］`, `【RED】`. */
const BRACKETED = /[[({<［【〔]([^[\](){}<>［］【】〔〕]{1,80})[\])}>］】〕]/g;

interface MisplacedTag {
  readonly level: string;
  readonly range: Range;
  /** What stays in the title in its place: the phrase's other parts (`(Part 2)`), or nothing. */
  readonly keep: string;
}

/**
 * A configured level that does not end the item line: in brackets of any kind anywhere in the
 * title, alone or in a phrase (`[RED]`, `(PRIVATE, Part 2)`); after a dash or a colon at its end
 * (`Title - RED`, `Title: Private`, `Title - PRIVATE AND CONFIDENTIAL`); before a lone `]` at its
 * end (`Title RED]`); before a dash or a colon at its start (`RED - Title`, `Private: Title`); or
 * a confidential level in capitals as the last word of a title that is not (`Staffing PRIVATE`).
 * The first in the title.
 */
function tagIn(item: Item, levels: Levels): MisplacedTag | undefined {
  const title = item.title.text;
  if (!levels.named.test(title)) return undefined;
  const found: MisplacedTag[] = [];
  const at = (index: number, length: number) => ({ start: item.title.start + index, end: item.title.start + index + length });
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(title); m; m = BRACKETED.exec(title)) {
    const phrase = levelPhrase(m[1]!, levels, true) ?? labelledLevel(m[1]!, levels);
    if (!phrase) continue;
    found.push({ level: phrase.level, range: at(m.index, m[0].length), keep: phrase.others.length > 0 ? `${m[0].charAt(0)}${phrase.others.join(", ")}${m[0].charAt(m[0].length - 1)}` : "" });
    break;
  }
  // After the first dash or colon from which the rest of the title is a level's phrase (which is
  // short: the search starts near the end, so a title of many dashes costs no more).
  AFTER_SEPARATOR.lastIndex = Math.max(0, title.length - 100);
  for (let m = AFTER_SEPARATOR.exec(title); m; m = AFTER_SEPARATOR.exec(title)) {
    const phrase = levelPhrase(title.slice(m.index + m[0].length), levels);
    if (!phrase) continue;
    // `Release status: GREEN`, `Risk rating: RED`: after a colon, a rating is no classification.
    if (m[0].startsWith(":") && (!levels.confidential.has(phrase.level.toUpperCase()) || RATING_BEFORE.test(title.slice(0, m.index)))) continue;
    found.push({ level: phrase.level, range: at(m.index, title.trimEnd().length - m.index), keep: othersKept(phrase) });
    break;
  }
  AFTER_SEPARATOR.lastIndex = 0;
  const start = BEFORE_SEPARATOR.exec(title);
  // A hyphen inside a word joins it (`Red-tape review`), unless the word is in capitals (`RED-Alpha`).
  const joined = start && start[3] === "-" && !start[2] && !start[4] && !/^[A-Z]{3,}$/.test(start[1]!);
  const opening = start && !joined && levelPhrase(start[1]!, levels);
  if (start && opening) found.push({ level: opening.level, range: at(0, start[0].length), keep: othersKept(opening) });
  // `Staffing` Word's line break `Private`: the secretary saw the level on a line of its own.
  const broken = levelOnBrokenLine(title, levels);
  if (broken) found.push({ level: broken.phrase.level, range: at(broken.start, broken.end - broken.start), keep: othersKept(broken.phrase) });
  const closing = LONE_CLOSER.exec(title);
  if (closing && levels.all.has(closing[1]!)) found.push({ level: closing[1]!, range: at(closing.index, closing[0].length), keep: "" });
  const last = LAST_WORD_IN_CAPITALS.exec(title);
  if (last && levels.confidential.has(last[1]!) && /[a-z]/.test(title) && !RATING_BEFORE.test(title.slice(0, last.index).replace(/[\s:–—-]+$/, ""))) found.push({ level: last[1]!, range: at(last.index + 1, last[0].length - 1), keep: "" });
  return found.sort((a, b) => a.range.start - b.range.start)[0];
}

/**
 * `(Classification: RED)`, `(Classified as RED)` in a title: a level with the words
 * that say it is one, copied from an agenda (found by a leak hunt: the item was published whole).
 */
function labelledLevel(text: string, levels: Levels): LevelPhrase | undefined {
  const bare = text.replace(LEVEL_LABEL, "");
  return bare !== text ? levelPhrase(bare, levels, true) : undefined;
}

// (Not `(Red item)`: a rating of performance, found by a review of false positives.)
const LEVEL_LABEL = /^\s*(?:classification|classified(?:\s+as)?)\s*:?\s*/gi;

/** A dash (with white space before it, or a long one) or a colon, and the white space after it. */
const AFTER_SEPARATOR = /(?:(?<=\s)-|[–—:]|-(?=\s*[A-Z]{3,}\s*$))\s*/g;
/** Up to the first dash or colon of the title: `RED - `, `Private: `. */
const BEFORE_SEPARATOR = /^([^-–—:[\](){}]{1,40}?)([ \t]*)([-–—:])([ \t]*)/;
/** A title that names a rating before its colon: what follows is the rating, not the item's classification. */
const RATING_BEFORE = /\b(?:status|rating|rated|RAG|colou?r|level|score|grade|risk)\s*$/i;
/**
 * A level's phrase on one of the lines a word processor's line breaks make of a title (`Staff
 * Restructure` / `PRIVATE AND CONFIDENTIAL` / `Report of the Chief Executive`), from its break to
 * its end; the first. Read part by part, in linear time (an expression from each break to the
 * title's end took time quadratic in a long one: found by a review).
 */
function levelOnBrokenLine(title: string, levels: Levels): { phrase: LevelPhrase; start: number; end: number } | undefined {
  let from = -1;
  for (let i = 0; i <= title.length; i++) {
    if (i < title.length && !isWordProcessorBreak(title.charCodeAt(i))) continue;
    if (from >= 0) {
      const part = title.slice(from + 1, i).trim();
      const inner = /^[[(](.*)[\])]$/.exec(part);
      const phrase = part.length <= 100 ? levelPhrase(inner ? inner[1]! : part, levels, inner !== null) : undefined;
      if (phrase) return { phrase, start: from, end: from + 1 + title.slice(from + 1, i).trimEnd().length };
    }
    from = i;
  }
  return undefined;
}

const LONE_CLOSER = /\b([A-Z]{3,})\][ \t]*$/;
const LAST_WORD_IN_CAPITALS = /\s([A-Z]{3,})[ \t]*$/;

function othersKept(phrase: LevelPhrase): string {
  return phrase.others.length > 0 ? `(${phrase.others.join(", ")})` : "";
}

/**
 * Findings that mean a public export could publish what was meant to be withheld: the public
 * export refuses them, draft or not. An `end` that closes nothing, or closes the other kind of
 * passage, says that the text above it was meant to be inside one, which is not where it is.
 */
export const PUBLIC_EXPORT_GUARDS: ReadonlySet<string> = new Set([
  "keyword-as-prose",
  "classification-misplaced",
  "exclusion-unclassified",
  "update-withheld-action",
  "decision-runs-on",
  "keyword-in-sentence",
  "syntax-stray-end",
  "syntax-mismatched-end",
  "syntax-passage-too-deep",
]);
