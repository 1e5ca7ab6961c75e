import "./node20-polyfill.js";
import { createToken, Lexer, type TokenType } from "chevrotain";

/*
 * The lexer is line oriented and has two modes. In "line" mode it stands at the start of a
 * line (after indentation, which it skips: indentation never carries meaning) and reads what
 * kind of line this is: a keyword, a bullet, a comment, a blank line or prose. Every line
 * kind then switches to "rest" mode, which takes the rest of the line as one token and pops
 * back at the line break. Prose is one token a line, which keeps the lexer fast; inline
 * references are read from that text afterwards (model/inline-scanner.ts).
 *
 * Keywords are recognised only with the shape that follows them, so that a wrapped prose
 * line starting with "action." or "item was" stays prose.
 */

const REST = "rest";
const toRest = { push_mode: REST } as const;

/** An optional word containing a digit (an ID or a number), then a colon: `action SECP77/01:`. */
const idThenColon = String.raw`(?=[ \t]*(?:[^\s:]*\d[^\s:]*)?[ \t]*:)`;

export const Indent = createToken({ name: "Indent", pattern: /[ \t]+/, group: Lexer.SKIPPED });
/** One token for a run of blank lines: the parser only needs to know that a paragraph ended. */
export const BlankLine = createToken({ name: "BlankLine", pattern: /(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n))*/, line_breaks: true, label: "a blank line" });
export const Comment = createToken({
  name: "Comment",
  pattern: /\/\/[^\r\n]*/,
  group: "comments",
  push_mode: REST,
  label: "a comment",
});

export const FieldKey = createToken({
  name: "FieldKey",
  pattern: /(?:meeting|number|reference|date|time|venue|classification|next meeting):/,
  ...toRest,
  label: "a header field",
});
export const StatusKey = createToken({ name: "StatusKey", pattern: /status:/, ...toRest, label: "`status:`" });
export const AttendeesKw = createToken({ name: "AttendeesKw", pattern: /attendees:/, ...toRest, label: "`attendees:`" });
export const CategoryKw = createToken({ name: "CategoryKw", pattern: /category:/, ...toRest, label: "`category:`" });
export const GroupKw = createToken({ name: "GroupKw", pattern: /group:/, ...toRest, label: "`group:`" });
export const ApologiesKw = createToken({ name: "ApologiesKw", pattern: /(?:apologies|absent):/, ...toRest, label: "`apologies:`" });
/** `item` takes any one word before its colon, so `item x: Title` is an item with a bad number, not prose. */
export const ItemKw = createToken({ name: "ItemKw", pattern: /item(?=[ \t]*[^\s:]*[ \t]*:)/, ...toRest, label: "an item line" });
export const ActionKw = createToken({ name: "ActionKw", pattern: new RegExp("action" + idThenColon), ...toRest, label: "an action line" });
export const UpdateKw = createToken({ name: "UpdateKw", pattern: new RegExp("update" + idThenColon), ...toRest, label: "an action update" });
export const HeadingKw = createToken({ name: "HeadingKw", pattern: /heading:/, ...toRest, label: "`heading:`" });
export const SummaryKw = createToken({ name: "SummaryKw", pattern: /summary:/, ...toRest, label: "`summary:`" });
export const ConfidentialKw = createToken({ name: "ConfidentialKw", pattern: /confidential:/, ...toRest, label: "`confidential:`" });
export const EndKw = createToken({
  name: "EndKw",
  pattern: /end(?=[ \t]*(?:summary|confidential)?[ \t]*(?![^\r\n]))/,
  ...toRest,
  label: "`end`",
});
export const Bullet = createToken({ name: "Bullet", pattern: /[-*•](?=[ \t])/, ...toRest, label: "a bullet" });
/** Any line that starts a construct of its own (or is blank): where a run of prose lines stops. */
const STRUCTURAL_LINE = new RegExp(
  "[ \\t]*(?:" +
    [FieldKey, StatusKey, AttendeesKw, CategoryKw, GroupKw, ApologiesKw, ItemKw, ActionKw, UpdateKw, HeadingKw, SummaryKw, ConfidentialKw, EndKw, Bullet]
      .map((t) => (t.PATTERN as RegExp).source)
      .join("|") +
    "|\\/\\/|\\r|\\n|$)",
  "y",
);

/**
 * Prose: the catch-all of line mode. One token takes the line and the prose lines that follow
 * it, up to a blank or structural line, so a paragraph is one token however many lines it
 * wraps over; the lexer and parser then do work per paragraph, not per line.
 */
function matchProse(text: string, offset: number): RegExpExecArray | null {
  let end = lineEnd(text, offset);
  if (end === offset) return null;
  for (;;) {
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    if (next > text.length) break;
    STRUCTURAL_LINE.lastIndex = next;
    if (STRUCTURAL_LINE.test(text)) break;
    end = lineEnd(text, next);
  }
  const match = [text.slice(offset, end)] as unknown as RegExpExecArray;
  match.index = offset;
  return match;
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

export const Text = createToken({ name: "Text", pattern: { exec: matchProse }, line_breaks: true, ...toRest, label: "a line of text" });

export const RestText = createToken({ name: "RestText", pattern: /[^\r\n]+/, label: "text" });
export const LineEnd = createToken({ name: "LineEnd", pattern: /\r\n?|\n/, line_breaks: true, pop_mode: true, group: "lineEnds" });

export const lineModeTokens: TokenType[] = [
  Indent,
  BlankLine,
  Comment,
  FieldKey,
  StatusKey,
  AttendeesKw,
  CategoryKw,
  GroupKw,
  ApologiesKw,
  ItemKw,
  ActionKw,
  UpdateKw,
  HeadingKw,
  SummaryKw,
  ConfidentialKw,
  EndKw,
  Bullet,
  Text,
];

export const allTokens: TokenType[] = [...lineModeTokens, RestText, LineEnd];

export const lexerDefinition = {
  modes: { line: lineModeTokens, [REST]: [RestText, LineEnd] },
  defaultMode: "line",
};
