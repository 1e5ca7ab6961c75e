import "./node20-polyfill.js";
import { createToken, Lexer, type TokenType } from "chevrotain";
import { LIST_MARKER, LIST_START_CHARS, NUMBER_MARKER } from "./bullets.js";
import { INVISIBLE_CHARS, INVISIBLE_CLASS } from "../text/invisible.js";
import { HEADER_KEYS } from "./header-fields.js";
import { isSpaceWithinLine } from "../text/trim.js";

/*
 * The lexer is line oriented: every token starts at the start of a line (after indentation,
 * which it skips, since indentation never carries meaning) and says what kind of construct
 * starts there. A keyword line (`item 3: Title`, `heading: ...`) is one token with its rest
 * of line. A construct that wraps (a paragraph of prose, a bullet, a new action, an action
 * update's first paragraph) is one token with all its continuation lines, up to a blank line
 * or the next structural line. Blank lines and comments are set aside. So the parser sees one
 * token per construct, and does its work per construct, not per line or per word; inline
 * references are read from a construct's text afterwards (model/inline-scanner.ts).
 *
 * Keywords are recognised only with the shape that follows them, so that a wrapped prose line
 * starting with "action." or "item was" stays prose. Token images include their trailing line
 * break; the model builder trims.
 */

/** An optional word containing a digit (an ID or a number), then a colon: `action SECP77/01:`. */
// (The white space after the word belongs to the word's group: two runs of white space side by
// side, with nothing between them, are tried split at every place, which took time quadratic in
// a long run of spaces after the keyword: 40,000 of them, 0.9 s.)
const ID_THEN_COLON = String.raw`(?=[ \t]*(?:[^\s:]*\d[^\s:]*[ \t]*)?:)`;
/** Any one word, then a colon: `item 3:`, or `item x:` (an item with a bad number). */
const WORD_THEN_COLON = String.raw`(?=[ \t]*(?:[^\s:]+[ \t]*)?:)`;

/** How each structural line starts. The same shapes tell a run of prose where to stop. */
const STARTS = {
  // (`status:` is a token of its own: read in an update too.)
  field: `(?:${HEADER_KEYS.filter((key) => key !== "status").join("|")}):`,
  status: String.raw`status:`,
  attendees: String.raw`attendees:`,
  category: String.raw`category:`,
  group: String.raw`group:`,
  apologies: String.raw`(?:apologies|absent):`,
  item: `item${WORD_THEN_COLON}`,
  action: `action${ID_THEN_COLON}`,
  update: `update${ID_THEN_COLON}`,
  heading: String.raw`heading:`,
  summary: String.raw`summary:`,
  confidential: String.raw`confidential:`,
  // (One run of spaces on each side of the word, not two side by side: `end` and a long run of
  // spaces before other text took time quadratic in its length.)
  end: String.raw`end(?=[ \t]*(?:(?:summary|confidential)[ \t]*)?(?![^\r\n]))`,
  // (After no-break spaces too: a word processor indents a pasted list with them.)
  bullet: `${INVISIBLE_CLASS}*${LIST_MARKER}(?=[ \\t\\u00a0])`,
} as const;

/** A line the lexer reads as a keyword line (not a list item), from its start: `summary:`, `action ID:`, `group: Name`. */
const KEYWORD_LINE_START = new RegExp(`[ \\t]*(?:${Object.entries(STARTS).filter(([kind]) => kind !== "bullet").map(([, start]) => start).join("|")})`, "y");

const ITEM_LINE_START = new RegExp(STARTS.item, "y");

/**
 * The mark of the numbered point that opens the line starting at `at` (`(a)`, `1.`, `ii)`, after
 * characters that show nothing), as the lexer reads one (`NUMBERED_LINE`: a space, a tab or a
 * no-break space after it), or undefined.
 */
export function numberedMarkAt(text: string, at: number): string | undefined {
  NUMBERED_LINE.lastIndex = at;
  return NUMBERED_LINE.exec(text)?.[0];
}

/** Whether the line that starts at `at` is an item line, as the lexer reads it (unindented). */
export function startsItemLine(text: string, at: number): boolean {
  ITEM_LINE_START.lastIndex = at;
  return ITEM_LINE_START.test(text);
}

/** Whether the line that starts at `at` is a keyword line, as the lexer reads it. */
export function startsKeywordLine(text: string, at: number): boolean {
  KEYWORD_LINE_START.lastIndex = at;
  return KEYWORD_LINE_START.test(text);
}

const REST_OF_LINE = String.raw`[^\r\n]*(?:\r\n?|\n)?`;

function lineToken(name: string, start: string, label: string): TokenType {
  return createToken({ name, pattern: new RegExp(start + REST_OF_LINE), line_breaks: true, label });
}

export const Indent = createToken({ name: "Indent", pattern: /[ \t]+/, group: Lexer.SKIPPED });
/**
 * What a blank line may hold besides spaces and tabs: the no-break and other spaces, and the
 * characters that show nothing, a word processor leaves on an empty line (text/invisible.ts).
 * Such a line looks blank, and is: it ends a paragraph, a list or an action as an empty line does.
 */
const INVISIBLE = INVISIBLE_CLASS;

/**
 * Blank lines only separate constructs, which the tokens already do: set aside. The last line
 * of the text is blank too when it shows nothing, with no line break after it.
 */
// (Its first characters are given, so that the lexer tries it only on lines that start with one.)
export const BlankLine = createToken({ name: "BlankLine", pattern: new RegExp(`${INVISIBLE}*(?:\\r\\n?|\\n)|${INVISIBLE}+(?![^])`), start_chars_hint: ["\r", "\n", ...INVISIBLE_CHARS], line_breaks: true, group: Lexer.SKIPPED });
export const Comment = createToken({ name: "Comment", pattern: /\/\/[^\r\n]*(?:\r\n?|\n)?/, line_breaks: true, group: "comments", label: "a comment" });

export const FieldLine = lineToken("FieldLine", STARTS.field, "a header field");
export const StatusLine = lineToken("StatusLine", STARTS.status, "`status:`");
export const AttendeesLine = lineToken("AttendeesLine", STARTS.attendees, "`attendees:`");
export const CategoryLine = lineToken("CategoryLine", STARTS.category, "`category:`");
export const GroupLine = lineToken("GroupLine", STARTS.group, "`group:`");
export const ApologiesLine = lineToken("ApologiesLine", STARTS.apologies, "`apologies:`");
export const ItemLine = lineToken("ItemLine", STARTS.item, "an item line");
export const HeadingLine = lineToken("HeadingLine", STARTS.heading, "`heading:`");
export const SummaryLine = lineToken("SummaryLine", STARTS.summary, "`summary:`");
export const ConfidentialLine = lineToken("ConfidentialLine", STARTS.confidential, "`confidential:`");
export const EndLine = lineToken("EndLine", STARTS.end, "`end`");

/**
 * Any line that starts a construct of its own, or is blank: where a run of prose lines stops.
 * A comment line does not stop it: a comment between two lines of a paragraph belongs to no
 * paragraph, and the model builder blanks it out of the prose (comments are listed from the
 * text itself, see build-document.ts).
 */
// (The spaces and tabs before a keyword are taken whole, `(?=(…))\1`, and never given back: a
// list item's start reads white space of its own, and a long run of spaces before other text
// was otherwise tried split at every place, 50,000 spaces: 3 s.)
const STRUCTURAL_LINE = new RegExp(`${INVISIBLE}*(?:\\r|\\n|$)|(?=([ \\t]*))\\1(?:${Object.values(STARTS).join("|")})`, "y");

/** A line that starts with a number of a numbered list (`(b) `, `2. `): see `startsNumberedItem`. */
const NUMBERED_LINE = new RegExp(`${INVISIBLE_CLASS}*${NUMBER_MARKER}(?=[ \\t\\u00a0])`, "y");

/**
 * Whether a line that starts with a number (`(b) the Board may ...`) starts a numbered item,
 * rather than continuing the prose above it: it does when the line above ends a clause, with
 * a colon, a semicolon or a full stop (`The Panel AGREED:`, `... budget;`). A wrapped sentence
 * (`... under Standing Order 12 paragraph` / `(b) the Board may ...`) stays one sentence.
 * Inside a list item every number starts the next item (`1. Bus shelter` / `2. Play area`).
 */
function startsNumberedItem(text: string, lineEnd: number): boolean {
  const end = endOfText(text, lineEnd);
  const last = text.charCodeAt(end - 1);
  return last === 58 || last === 59 || last === 46;
}

/** A comment line: `//` after spaces and tabs. */
const COMMENT_LINE = /[ \t]*\/\//y;

/** A line that starts a list item, bullet or number. */
const LIST_LINE = new RegExp(`${INVISIBLE_CLASS}*${LIST_MARKER}(?=[ \\t\\u00a0])`, "y");

/** Whether the line that ends at `lineEnd` ends with a colon (`SECAS to:`). */
function endsWithColon(text: string, lineEnd: number): boolean {
  return text.charCodeAt(endOfText(text, lineEnd) - 1) === 58;
}

/**
 * Where a line's text ends, before the white space at its end, any of it (`isSpaceWithinLine`):
 * found by a leak hunt, `the following:` and an ideographic space or an em space after it did not
 * end with a colon, and the list under an action of a classified item was read as its text and
 * printed. The grammar reads the same (`WS` in grammar/build-grammar.mjs).
 */
function endOfText(text: string, lineEnd: number): number {
  let end = lineEnd;
  while (end > 0 && isSpaceWithinLine(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * A custom pattern for a construct that wraps: its first line matches `first` (or anything,
 * for prose), then every following line that is not blank, a comment or structural. In prose,
 * an action or an update, a line that starts with a number continues the construct unless
 * the line above ends a clause (`startsNumberedItem`); in a list item (`listItem`) it never does.
 * A new action (`subTasks`) whose line ends with a colon takes the list under it as its own
 * (`action GB5/01: AB to:` / `(a) obtain three quotes;` / `(b) report them.`), up to a blank line;
 * the token's payload is then where they start: the offset just after that colon (`subTasksAfter`
 * in the model, which every reader of an action's sub-tasks takes, so that none decides again).
 */
function wrapping(first: RegExp | undefined, listItem = false, subTasks = false) {
  const match = [""] as unknown as RegExpExecArray & { payload?: number };
  return {
    exec(text: string, offset: number): RegExpExecArray | null {
      if (first) {
        first.lastIndex = offset;
        if (!first.test(text)) return null;
      }
      let end = lineEnd(text, offset);
      if (end === offset) return null;
      let inSubTasks = false;
      let subTasksAfter: number | undefined;
      // The end of the last line of text: a comment line between it and a numbered line is
      // passed over, so that `... set out:` / `// a note` / `(a) ...` still starts an item.
      let textEnd = end;
      for (;;) {
        const next = afterBreak(text, end);
        if (next === end || next >= text.length) {
          end = next;
          break;
        }
        STRUCTURAL_LINE.lastIndex = next;
        if (STRUCTURAL_LINE.test(text)) {
          LIST_LINE.lastIndex = next;
          const listLine = subTasks && LIST_LINE.test(text);
          if (listLine && (inSubTasks || endsWithColon(text, textEnd))) {
            if (!inSubTasks) subTasksAfter = endOfText(text, textEnd);
            inSubTasks = true;
          } else {
            NUMBERED_LINE.lastIndex = next;
            if (listItem || !NUMBERED_LINE.test(text) || startsNumberedItem(text, textEnd)) {
              end = next;
              break;
            }
          }
        }
        end = lineEnd(text, next);
        COMMENT_LINE.lastIndex = next;
        if (!COMMENT_LINE.test(text)) textEnd = end;
      }
      // The lexer reads the matched text (`[0]`) at once and keeps nothing else of a custom
      // match, so one array serves every match of this token type.
      match[0] = text.slice(offset, end);
      match.payload = subTasksAfter;
      return match;
    },
  };
}

/** Whether the text being lexed holds a carriage return anywhere (most files have none): set by `beginLexing`. */
let carriageReturns = true;

/** Called with each text before it is lexed, and `endLexing` after (see lexer.ts). */
export function beginLexing(text: string): void {
  carriageReturns = text.includes("\r");
}

/** Back to the safe assumption, so that no later use of the patterns inherits this text's. */
export function endLexing(): void {
  carriageReturns = true;
}

function lineEnd(text: string, from: number): number {
  if (!carriageReturns) {
    // Only `\n` ends a line here: the search for it is the engine's, much faster than a loop.
    const newline = text.indexOf("\n", from);
    return newline < 0 ? text.length : newline;
  }
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

function afterBreak(text: string, at: number): number {
  if (text.charCodeAt(at) === 13) return text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
  if (text.charCodeAt(at) === 10) return at + 1;
  return at;
}

/*
 * The wrapping tokens say which characters they can start with, so that the lexer keeps its
 * first-character optimisation: for each line it tries only the tokens that can start with
 * the line's first character (for a line of prose starting with `T`, only prose), instead of
 * every pattern in turn.
 */
export const ActionBlock = createToken({ name: "ActionBlock", pattern: wrapping(new RegExp(STARTS.action, "y"), false, true), start_chars_hint: ["a"], line_breaks: true, label: "an action line" });
export const UpdateBlock = createToken({ name: "UpdateBlock", pattern: wrapping(new RegExp(STARTS.update, "y")), start_chars_hint: ["u"], line_breaks: true, label: "an action update" });
export const BulletBlock = createToken({ name: "BulletBlock", pattern: wrapping(new RegExp(STARTS.bullet, "y"), true), start_chars_hint: [...LIST_START_CHARS, ...INVISIBLE_CHARS], line_breaks: true, label: "a bullet" });
/** Every UTF-16 code unit but the line breaks: prose starts with anything else. */
const ANY_BUT_LINE_BREAKS: number[] = [];
for (let c = 0; c <= 0xffff; c++) if (c !== 10 && c !== 13) ANY_BUT_LINE_BREAKS.push(c);
/** Prose, the catch-all: a paragraph, however many lines it wraps over. */
export const Text = createToken({ name: "Text", pattern: wrapping(undefined), start_chars_hint: ANY_BUT_LINE_BREAKS, line_breaks: true, label: "a line of text" });

export const allTokens: TokenType[] = [
  Indent,
  BlankLine,
  Comment,
  FieldLine,
  StatusLine,
  AttendeesLine,
  CategoryLine,
  GroupLine,
  ApologiesLine,
  ItemLine,
  ActionBlock,
  UpdateBlock,
  HeadingLine,
  SummaryLine,
  ConfidentialLine,
  EndLine,
  BulletBlock,
  Text,
];

/**
 * The keyword a line token starts with, and where its value starts: `item`, `heading:`. The
 * same shapes the lexer recognised the token by (`STARTS`; their lookaheads take no room), as
 * sticky expressions tried at the token's offset with `test` (which, unlike `exec`, makes no
 * array): the keyword's length is `lastIndex` minus the offset.
 */
const KEYWORDS: ReadonlyMap<TokenType, RegExp> = new Map(
  (
    [
      [FieldLine, STARTS.field],
      [StatusLine, STARTS.status],
      [AttendeesLine, STARTS.attendees],
      [CategoryLine, STARTS.category],
      [GroupLine, STARTS.group],
      [ApologiesLine, STARTS.apologies],
      [ItemLine, STARTS.item],
      [ActionBlock, STARTS.action],
      [UpdateBlock, STARTS.update],
      [HeadingLine, STARTS.heading],
      [SummaryLine, STARTS.summary],
      [ConfidentialLine, STARTS.confidential],
      [EndLine, STARTS.end],
      [BulletBlock, STARTS.bullet],
    ] as const
  ).map(([type, start]) => [type, new RegExp(start, "y")]),
);

/** The length of the keyword `token` starts with in `text` (0 if it has none). */
export function keywordLength(token: { readonly tokenType: TokenType; readonly startOffset: number }, text: string): number {
  const keyword = KEYWORDS.get(token.tokenType);
  if (!keyword) return 0;
  keyword.lastIndex = token.startOffset;
  return keyword.test(text) ? keyword.lastIndex - token.startOffset : 0;
}
