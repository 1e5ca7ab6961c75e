import { startsKeywordLine } from "../../syntax/tokens.js";
import { isInvisible, WORD_PROCESSOR_BREAK } from "../../text/invisible.js";
import { LIST_MARKER } from "../../syntax/bullets.js";
import { levelPhrase, levelsOf, type Levels } from "./level-phrases.js";
import { replaceFix, type CheckContext } from "../context.js";
import { PASSAGE_OTHERWISE, fold } from "./keyword-shapes.js";

/*
 * A word processor's own line breaks: Word writes a manual line break (Shift+Enter) as U+000B
 * when its text is copied out, a page break as U+000C, and other programs write U+2028, U+2029
 * or U+0085. None of them ends a line here (nor in the editor, which counts lines at `\n` and
 * `\r` only), so the line after one is read as the end of the line before it: a keyword there
 * (`confidential:`, `item 3: Title [RED]`) opens nothing, and what it was meant to withhold is
 * published (found by a secretary's test). Where a keyword follows, the finding is a
 * `keyword-as-prose` error, which the public export refuses; elsewhere a warning.
 */

const NAMES: Readonly<Record<string, string>> = {
  "\u000b": "a manual line break (U+000B), as Word writes it",
  "\u000c": "a page break (U+000C)",
  "\u0085": "a next-line character (U+0085)",
  "\u2028": "a line separator (U+2028)",
  "\u2029": "a paragraph separator (U+2029)",
};

/** `line-break-unusual`, and `keyword-as-prose` where a keyword stands after the break. */
export function unusualLineBreaks(context: CheckContext): void {
  const text = context.doc.text;
  // One search for every such character, each the engine's fast search for one character:
  // most documents have none, and this runs at every check. They are then read in order, once
  // each: where its line starts is carried from one to the next, and a run of them with the white
  // space around it is read whole at its first (one finding, and one fix: a line of a million
  // took time quadratic in it, and `U+000B U+2029` had two findings whose fixes disagreed).
  const found: number[] = [];
  for (const character of Object.keys(NAMES)) for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) found.push(at);
  if (found.length === 0) return;
  found.sort((a, b) => a - b);
  let lineStart = 0;
  let scanned = 0;
  let runEnd = -1;
  for (const at of found) {
    if (at < runEnd) continue;
    for (; scanned < at; scanned++) if (isLineBreak(text.charCodeAt(scanned))) lineStart = scanned + 1;
    runEnd = reportBreak(context, text, at, lineStart);
  }
}

/** Reports the break at `at`, on the line that starts at `lineStart`; returns where the run of white space around it ends. */
function reportBreak(context: CheckContext, text: string, at: number, lineStart: number): number {
  let before = at;
  while (before > lineStart && isInvisible(text.charCodeAt(before - 1))) before--;
  let after = at + 1;
  while (after < text.length && isInvisible(text.charCodeAt(after))) after++;
  // At a line's edge it joins nothing: white space at the end of a line is nothing, and what
  // stands before a keyword at the start of one is `keyword-as-prose`'s to report.
  if (before === lineStart || after >= text.length || isLineBreak(text.charCodeAt(after))) return after;
  // In a comment, the rest of the line is the comment's.
  if (isComment(text, lineStart, before)) return after;
  // A paragraph separator in the run makes it one: its blank line is what was seen.
  let character = text.charAt(at);
  for (let i = at; i < after; i++) if (text.charCodeAt(i) === 0x2029) character = "\u2029";
  const name = NAMES[character]!;
  const rest = text.slice(after, lineEnd(text, after));
  // The run of white space around it is one break (`\u000b \u000b`): the fix takes it whole, so
  // that none of it is left to report again (found by fuzzing the certain fixes).
  const span = { start: before, end: after };
  // Word capitalises after a line break: `Item 2: Staffing [RED]`, `Confidential:` (found by a
  // review). A comment after it is published as text, as after a no-break space.
  const exactKeyword = startsKeywordLine(text, after);
  const comment = rest.startsWith("//");
  // The text up to the next break: what the secretary saw on the line after it.
  const ownLine = rest.split(WORD_PROCESSOR_BREAK, 1)[0]!;
  const levels = levelsOf(context.config);
  // `[Confidential]`, `Confidential`, `PRIVATE:`, `Strictly confidential – ...`: the committee's
  // words for a passage, read as `keyword-as-prose` reads a paragraph's first line. A word
  // processor's break is typed on purpose (its lines wrap without one), so the text after it
  // starts a line as the secretary saw it, not a sentence wrapped. Found by a review: the
  // passage they were meant to open was published, and only a warning said so.
  const passageWords = opensPassageInOwnWords(fold(ownLine).text.trim(), levels);
  const keywordFollows = exactKeyword || comment || passageWords || KEYWORD_IN_ANY_CASE.test(rest);
  // On a keyword line (`item 1: Events of` / `Default [RED]`, a header field, an attendee), a line
  // break would take the rest from the line, and with it an item's classification (found by a
  // review): a space keeps the line as it is read now. Where a keyword follows, only the
  // secretary knows which was meant. (An action's or update's line is prose after its ID: a
  // line break keeps the rest in it.)
  const structural = (startsKeywordLine(text, lineStart) && !ACTION_LINE.test(text.slice(lineStart, lineStart + 12))) || lineStart < (context.doc.items[0]?.start ?? text.length);
  const bySpace = structural && !keywordFollows;
  // A level there on an item line (`Staffing` / `Private`) is `classification-misplaced`'s to fix.
  const levelFollows = structural && levels.named.test(ownLine) && levelPhrase(ownLine.replace(/^[\s[(]+|[\s\])]+$/g, ""), levels, true) !== undefined;
  // A new line that starts a list or a comment changes what the text is read as.
  const startsOther = LIST_OR_COMMENT.test(rest);
  // A paragraph separator stands between paragraphs: a blank line is the language's.
  const fix = bySpace
    ? replaceFix("Replace it with a space", span, " ", !levelFollows)
    : replaceFix("Replace it with a line break", span, character === "\u2029" ? "\n\n" : "\n", !structural && !startsOther);
  const opening = `There is ${name} here, which minutes do not read as the end of a line: `;
  if (keywordFollows) {
    context.report(
      "keyword-as-prose",
      "error",
      { start: at, end: at + 1 },
      opening +
        `\`${quoted(ownLine)}\` after it is read as prose on the line above, ` +
        (comment
          ? "so it is no comment: it is published as text. Replace the break with a line break."
          : `so it opens nothing, and what it was meant to start or withhold is published with the text above it. Replace the break with a line break${exactKeyword ? "" : passageWords ? ", and write `confidential:` in its place" : ", and write the keyword in lower case"}.`),
      { fixes: [fix] },
    );
    return after;
  }
  context.report(
    "line-break-unusual",
    "warning",
    { start: at, end: at + 1 },
    opening + `the text after it is read as part of this line, and editors and exports show it each their own way. ${bySpace ? "Replace it with a space, which keeps the line as it is read now" : "Replace it with a line break"}.`,
    { fixes: [fix] },
  );
  return after;
}

/** Whether a line, trimmed, opens a confidential passage in the committee's own words, as `keyword-as-prose` reads a paragraph's first line. */
function opensPassageInOwnWords(line: string, levels: Levels): boolean {
  return line.length > 0 && (PASSAGE_OTHERWISE.test(line) || levels.opener.test(line) || levels.phraseOpener.test(line));
}

/** The keywords that open or close what is withheld or classified, in any case; an action or update with its ID. */
const KEYWORD_IN_ANY_CASE = /^(?:item[ \t]*[^\s:]*[ \t]*:|(?:confidential|summary)[ \t]*:|end(?:[ \t]+(?:confidential|summary))?[ \t]*[.:;]?[ \t]*$|(?:action|update)[ \t]+[^\s:]*\d[^\s:]*[ \t]*:)/i;

/**
 * The words after the break that the message quotes: up to the next break, and at most about
 * forty characters, cut at a word (a message is read in a terminal, where the breaks show nothing).
 */
function quoted(ownLine: string): string {
  const upToBreak = ownLine.trim();
  if (upToBreak.length <= 40) return upToBreak;
  const cut = upToBreak.lastIndexOf(" ", 40);
  return `${upToBreak.slice(0, cut > 10 ? cut : 40)} …`;
}

const ACTION_LINE = /^[ \t]*(?:action|update)\b/;

/** A list's mark or a comment at the start of what would become a line. */
const LIST_OR_COMMENT = new RegExp(`^(?:\\/\\/|${LIST_MARKER}[ \\t])`);

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function lineEnd(text: string, from: number): number {
  let i = from;
  // (Only as far as a keyword's shape and the words the message quotes.)
  while (i < text.length && i < from + 80 && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/** Whether the line from `lineStart` is a comment (`//` after spaces and tabs) that has begun before `at`. */
function isComment(text: string, lineStart: number, at: number): boolean {
  let i = lineStart;
  while (i < at && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.startsWith("//", i) && i + 2 <= at;
}
