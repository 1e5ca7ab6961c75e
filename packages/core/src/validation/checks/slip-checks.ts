import type { Item } from "../../model/ast.js";
import { contentsOf } from "../../model/walk.js";
import type { Range } from "../../text/range.js";
import { replaceFix, type CheckContext } from "../context.js";

/*
 * Lines that were meant as structure but are read as prose: `Confidential:` (a word processor's
 * automatic capital), `End confidential`, `Item 2: Title`, `item 2. Title`, `item 2 Title [RED]`.
 * Keywords are lower case and need their shape, so these lines are prose, and what they were
 * meant to open or close is not opened or closed: a passage meant to be withheld, or an item
 * meant to be classified, is published as part of what stands above it. Each is an error, and
 * the public export refuses a document that has one (see `PUBLIC_EXPORT_GUARDS`).
 */

/** White space a word processor leaves before a line, the no-break spaces included (`isLead` by code). */
const BLANK = String.raw`[ \t\u00a0\u2000-\u200a\u202f\u3000]`;
/** Any of it, before a line or around a colon. */
const LEAD = `${BLANK}*`;
/** Some of it, between a keyword and what follows it. */
const GAP = `${BLANK}+`;
const PASSAGE = new RegExp(String.raw`^(${LEAD})(summary|confidential)${LEAD}[:：]${LEAD}`, "i");
const END = new RegExp(String.raw`^${LEAD}end(?:${GAP}(summary|confidential))?${LEAD}$`, "i");
const ITEM_WITH_COLON = new RegExp(String.raw`^${LEAD}item${GAP}([^\s:：]*\d[^\s:：]*?)${LEAD}[:：]`, "i");
const ITEM_OTHER_SEPARATOR = new RegExp(String.raw`^${LEAD}item${GAP}(\d+)${LEAD}[.)\-–—]${GAP}(?=\S)`, "i");
const ITEM_NO_COLON = new RegExp(String.raw`^${LEAD}item${GAP}(\d+)${GAP}(?=\S)`, "i");

/** `keyword-as-prose`: a line shaped like a keyword line in another case or form, read as prose. */
export function keywordsAsProse(context: CheckContext): void {
  const levels = [...context.config.classification.levels, "confidential"].map((l) => l.toUpperCase());
  for (const { prose } of contentsOf(context.doc).prose) {
    const text = prose.text;
    const carriageReturns = text.includes("\r");
    // Line starts are found by the engine's search for line breaks, and only a line whose first
    // letter could start a keyword is read further: this runs on every paragraph at every check.
    for (let at = 0; at < text.length; ) {
      const end = nextBreak(text, at, carriageReturns);
      if (mayStartKeyword(text, at, end)) checkLine(context, text.slice(at, end), prose.range.start + at, end >= text.length, levels);
      at = end + 1;
    }
  }
}

/** Whether the line from `at` to `end` starts, after white space, with `item`, `summary`, `confidential` or `end` in any case. */
function mayStartKeyword(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && isLead(text.charCodeAt(i))) i++;
  if (end - i < 3) return false;
  // The first three letters, in lower case, tell the four keywords apart.
  const three = ((text.charCodeAt(i) | 0x20) << 16) | ((text.charCodeAt(i + 1) | 0x20) << 8) | (text.charCodeAt(i + 2) | 0x20);
  return three === ITE || three === SUM || three === CON || three === END_;
}

const code3 = (word: string) => (word.charCodeAt(0) << 16) | (word.charCodeAt(1) << 8) | word.charCodeAt(2);
const [ITE, SUM, CON, END_] = ["ite", "sum", "con", "end"].map(code3) as [number, number, number, number];

/** The characters of `LEAD`, by code. */
function isLead(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/** Where the line from `from` ends: at its line break (a `\r` when the text has them), or at the end. */
function nextBreak(text: string, from: number, carriageReturns: boolean): number {
  if (!carriageReturns) {
    const newline = text.indexOf("\n", from);
    return newline < 0 ? text.length : newline;
  }
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function checkLine(context: CheckContext, textOfLine: string, lineAt: number, lastLine: boolean, levels: readonly string[]): void {
  // The prose was trimmed: the white space before its first line (a no-break space a word
  // processor left, which is why the keyword was not one) is taken back in, so the fix drops it.
  let start = lineAt;
  while (start > 0 && isLead(context.doc.text.charCodeAt(start - 1))) start--;
  // Only a line of the document counts: the text after a bullet's marker or after an action's
  // colon (`action SECP90/01: Item 3 ...`) starts no line.
  const before = context.doc.text.charCodeAt(start - 1);
  if (start > 0 && before !== 10 && before !== 13) return;
  const line = context.doc.text.slice(start, lineAt) + textOfLine;
  const span = (length: number): Range => ({ start, end: start + length });
  const passage = PASSAGE.exec(line);
  if (passage) {
    const keyword = `${passage[2]!.toLowerCase()}:`;
    // Text after the colon starts the passage: the fix puts it on the next line.
    const textFollows = passage[0].length < line.length;
    context.report(
      "keyword-as-prose",
      "error",
      span(passage[0].length),
      `This line reads like \`${keyword}\` but is prose: keywords are lower case, with the colon straight after them, at the start of the line. ` +
        (keyword === "confidential:" ? "As written, the passage below is not withheld: it is published with the text above it. " : "As written, no summary starts here. ") +
        `Write \`${keyword}\` on a line of its own.`,
      { fixes: [replaceFix(`Write \`${keyword}\` on a line of its own`, span(passage[0].length), textFollows ? `${keyword}\n` : keyword, true)] },
    );
    return;
  }
  const end = END.exec(line);
  if (end) {
    const closer = end[1] ? `end ${end[1].toLowerCase()}` : "end";
    context.report(
      "keyword-as-prose",
      "error",
      span(line.length),
      `This line reads like \`${closer}\` but is prose: keywords are lower case. As written it closes nothing, and it is published as text. Write \`${closer}\`.`,
      { fixes: [replaceFix(`Write \`${closer}\``, span(line.length), closer, true)] },
    );
    return;
  }
  // Without its colon an item line is told from prose about an item (`item 4. The Chair noted
  // ...`, wrapped) by standing last in its paragraph, as a title would, without a full stop.
  const titleLike = lastLine && !/[.;,]\s*$/.test(line);
  const item = ITEM_WITH_COLON.exec(line) ?? (titleLike ? (ITEM_OTHER_SEPARATOR.exec(line) ?? classifiedItem(line, levels)) : null);
  if (item) {
    const opener = `item ${item[1]}: `;
    context.report(
      "keyword-as-prose",
      "error",
      span(item[0].length),
      `This line reads like an item line but is prose: an item line is \`item\` in lower case, its number and a colon, as in \`item 2: Title [RED]\`. ` +
        "As written, no item starts here: the text below is published as part of the item above, whatever its classification. " +
        `Write \`${opener.trim()}\`.`,
      { fixes: [replaceFix(`Write \`${opener.trim()}\``, span(item[0].length), line.charAt(item[0].length) === " " ? opener.trimEnd() : opener, true)] },
    );
  }
}

/** `item 2 Title [RED]`: an item line without its colon is taken for one when it ends with a classification. */
function classifiedItem(line: string, levels: readonly string[]): RegExpExecArray | null {
  const match = ITEM_NO_COLON.exec(line);
  if (!match) return null;
  const tag = /[[(]([^\])]*)[\])][ \t]*$/.exec(line);
  return tag && levels.includes(tag[1]!.trim().toUpperCase()) ? match : null;
}

/**
 * `classification-misplaced`: a classification that does not end the item line (`item 4: X
 * [RED] title`, `item 5: X (RED)`) is part of the title, and the item is published in full.
 */
export function misplacedClassification(context: CheckContext): void {
  const levels = new Set([...context.config.classification.levels, "confidential"].map((l) => l.toUpperCase()));
  for (const item of context.doc.items) {
    if (item.classification) continue;
    const found = tagIn(item, levels);
    if (!found) continue;
    const { level, range } = found;
    const title = item.title;
    // The punctuation that stood against the tag (`Budget [RED].`, `Risks (AMBER):`) goes with it.
    const before = title.text.slice(0, range.start - title.range.start).replace(/[\s.,:;–—-]+$/, "");
    const after = title.text.slice(range.end - title.range.start).replace(/^[\s.,:;–—-]+/, "").trimEnd();
    const newTitle = [before, after].filter((part) => part.length > 0).join(" ");
    context.report(
      "classification-misplaced",
      "error",
      range,
      `\`${context.doc.text.slice(range.start, range.end)}\` is read as part of the title, not as the item's classification: the classification is the last thing on the item line, in square brackets. ` +
        `As written, item ${item.number.text || "?"} is published in full. Write \`item ${item.number.text || "?"}: ${newTitle} [${level}]\`.`,
      // (A title that is only the tag has nothing to keep: the secretary writes one.)
      { fixes: newTitle ? [replaceFix(`Move \`[${level}]\` to the end of the item line`, title.range, `${newTitle} [${level}]`, true)] : [] },
    );
  }
}

/** A configured level in square brackets or parentheses anywhere in an item's title. */
function tagIn(item: Item, levels: ReadonlySet<string>): { level: string; range: Range } | undefined {
  const tags = /[[(][ \t]*([A-Za-z]+)[ \t]*[\])]/g;
  for (let m = tags.exec(item.title.text); m; m = tags.exec(item.title.text)) {
    const level = m[1]!.toUpperCase();
    if (!levels.has(level)) continue;
    const start = item.title.range.start + m.index;
    return { level: level === "CONFIDENTIAL" ? "confidential" : level, range: { start, end: start + m[0].length } };
  }
  return undefined;
}

/** Findings that mean a public export could publish what was meant to be withheld: the public export refuses them, draft or not. */
export const PUBLIC_EXPORT_GUARDS: ReadonlySet<string> = new Set(["keyword-as-prose", "classification-misplaced"]);
