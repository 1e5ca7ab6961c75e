import type { CstElement, CstNode, IToken } from "chevrotain";
import { LIST_MARKER } from "../syntax/bullets.js";
import * as T from "../syntax/tokens.js";
import { MAX_PASSAGE_DEPTH } from "../syntax/parser.js";
import type { Token } from "../text/range.js";
import type { ActionUpdate, Block, ConfidentialPassage, Heading, ListItem, NewAction, Summary } from "./ast.js";
import { endOf, isToken, ordered } from "./cst.js";
import { readDate } from "./dates.js";
import { DUE_AT_END } from "./due.js";
import { commonLineEnd } from "../text/line-ends.js";
import { assemble, type TrailingStatus, type RawBlock } from "./assemble-blocks.js";
import { readIdLine, reportActionWithoutText, trimmed } from "./line-readers.js";
import type { Problems } from "./problems.js";
import { prose } from "./prose.js";
import type { ModelSettings } from "./build-document.js";
import { isWhiteSpace } from "../text/trim.js";
import { INVISIBLE_CLASS, isInvisible } from "../text/invisible.js";

/*
 * Turns the constructs of an item (or of a summary/confidential passage) into model blocks:
 * each construct token is read on its own here, then assemble-blocks.ts groups them (updates
 * with their paragraphs, bullets into lists).
 */

export interface BlockContext {
  readonly text: string;
  readonly problems: Problems;
  readonly settings: ModelSettings;
  /** The meeting's number, once its header gives it. */
  meeting: number | undefined;
}


/**
 * The model blocks of an item's (or a passage's) children: construct tokens and passage nodes.
 * `depth` is how many passages stand around them, counted as the grammar counts it.
 */
export function buildBlocks(elements: readonly CstElement[], context: BlockContext, depth = 0, trailing?: TrailingStatus): Block[] {
  const raw: RawBlock[] = [];
  for (const element of elements) {
    if (!isToken(element)) {
      if (element.name !== "summary" && element.name !== "confidential") continue;
      if (depth < MAX_PASSAGE_DEPTH) raw.push(buildPassage(element, context, depth + 1));
      else {
        // Nested deeper than the grammar allows, a passage holds its opener alone (parser.ts).
        const opener = (element.children["SummaryLine"] ?? element.children["ConfidentialLine"])![0] as IToken;
        context.problems.error(
          "syntax-passage-too-deep",
          rangeOf(opener, context.text),
          `Passages are nested more than ${MAX_PASSAGE_DEPTH} deep here, so this line opens no passage: its text stays in the passage around it. Close the passages above before opening another.`,
        );
      }
    } else if (element.tokenType === T.EndLine) reportStrayEnd(element, context);
    else if (element.tokenType !== T.ItemLine) {
      raw.push(buildBlock(element, context));
    }
  }
  return assemble(raw, context, trailing);
}

export function reportStrayEnd(token: IToken, context: BlockContext): void {
  context.problems.error(
    "syntax-stray-end",
    rangeOf(token, context.text),
    "This `end` closes nothing: there is no open `summary:` or `confidential:` passage here. Delete it, or open the passage above.",
  );
}

/** Where a token's content ends: before its trailing line break. */
export function contentEnd(token: IToken, text: string): number {
  let end = token.startOffset + token.image.length;
  while (end > token.startOffset && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/** The range of a token's content, without copying its text. */
export function rangeOf(token: IToken, text: string): { start: number; end: number } {
  return { start: token.startOffset, end: contentEnd(token, text) };
}

/** A line break of either kind, searched for from a token's start (`splitKeyword`). */
const LINE_BREAK = /[\r\n]/g;

/** A line token split at its keyword: the keyword's end, and the rest of its first line. */
export function splitKeyword(token: IToken, text: string): { keyword: Token; rest: Token } {
  // Only the first line matters: find its end in the source rather than copying the token.
  const start = token.startOffset;
  const end = contentEnd(token, text);
  // (Found by the engine's search: a loop over the characters was a measurable part of the parse.)
  LINE_BREAK.lastIndex = start;
  const lineEnd = LINE_BREAK.test(text) ? Math.min(LINE_BREAK.lastIndex - 1, end) : end;
  const firstLine = text.slice(start, lineEnd);
  // The keyword never runs past the first line: none of the keywords holds a line break.
  const length = Math.min(T.keywordLength(token, text), firstLine.length);
  const keywordText = firstLine.slice(0, length);
  const keyword = { text: keywordText, value: keywordText, start, end: start + length };
  const restText = firstLine.slice(length);
  return { keyword, rest: { text: restText, value: restText, start: start + length, end: start + firstLine.length } };
}
function buildBlock(token: IToken, context: BlockContext): RawBlock {
  const { text } = context;
  // Paragraphs and bullets are most of a document: they are read without the keyword split.
  if (token.tokenType === T.Text) {
    const p = prose(text, token.startOffset, contentEnd(token, text), context.problems);
    return { kind: "paragraph", prose: p, start: p.start, end: p.end };
  }
  if (token.tokenType === T.BulletBlock) {
    // The marker is a bullet mark (`-`, `•`) or a number (`1.`, `(a)`), and the lexer saw a
    // space or tab after it.
    const start = token.startOffset;
    const length = Math.max(1, T.keywordLength(token, text));
    // The no-break spaces (or characters that show nothing) a pasted list is indented with are not part of the mark.
    let from = start;
    while (from < start + length - 1 && isInvisible(text.charCodeAt(from))) from++;
    const sign = text.slice(from, start + length);
    const marker = { text: sign, value: sign, start: from, end: start + length };
    const end = contentEnd(token, text);
    return { kind: "list-item", marker, prose: prose(text, start + length, end, context.problems), start, end } satisfies ListItem;
  }
  if (token.tokenType === T.ActionBlock || token.tokenType === T.UpdateBlock) return buildActionLike(token, context);
  const range = rangeOf(token, text);
  switch (token.tokenType) {
    case T.HeadingLine: {
      const { rest } = splitKeyword(token, text);
      const heading = trimmed(rest.text, rest.start);
      if (heading.text.length === 0) {
        context.problems.error("syntax-heading", range, "This `heading:` has no text after the colon.");
      }
      return { kind: "heading", text: heading, start: range.start, end: range.end } satisfies Heading;
    }
    case T.StatusLine: {
      const { rest } = splitKeyword(token, text);
      // `status: Closed.`: the full stop ends the sentence, as after `Status:` in prose.
      const status = trimmed(rest.text, rest.start);
      const stopped = status.text.endsWith(".") ? trimmed(status.text.slice(0, -1), status.start) : status;
      return { kind: "status-line", status: stopped, start: range.start, end: range.end };
    }
    default:
      // A construct that belongs elsewhere (a header field or attendee group inside an item) ends
      // the item in the grammar, so this is not reached; kept total for safety.
      return { kind: "paragraph", prose: prose(text, range.start, range.end), start: range.start, end: range.end };
  }
}

function buildActionLike(token: IToken, context: BlockContext): NewAction | ActionUpdate {
  const what = token.tokenType === T.ActionBlock ? "action" : "update";
  const { keyword, rest } = splitKeyword(token, context.text);
  const range = rangeOf(token, context.text);
  const { id, rest: first } = readIdLine(what, keyword.end, rest, context.problems, context);
  const body = prose(context.text, first.start, range.end, context.problems);
  if (what === "update") {
    return { kind: "update", id, original: body, paragraphs: [], supersededBy: [], start: range.start, end: range.end };
  }
  // The text may start on the line under `action ID:`; with none there either, the action is half-typed.
  if (body.text.trim().length === 0) reportActionWithoutText({ start: keyword.start, end: first.end }, id, context.problems, context);
  // A comment line just under `action ID:` is blanked in the prose: the owner is on the first
  // line of the text after it.
  let lead = 0;
  while (lead < body.text.length && isWhiteSpace(body.text.charCodeAt(lead))) lead++;
  // Under a bare `action ID:`, a list is the action's sub-tasks, each with its own doer: no owner.
  const subTasksBelow = /[\r\n]/.test(context.text.slice(first.start, body.start)) && LIST_ITEM_START.test(lead > 0 ? body.text.slice(lead) : body.text);
  const ownerLength = subTasksBelow ? -1 : ownerEnd(lead > 0 ? body.text.slice(lead) : body.text);
  const due = DUE_AT_END.exec(body.text);
  const dueStart = due ? body.start + due.indices![1]![0] : 0;
  // (Under a bare `action ID:`, the colon the lexer found is the ID line's, before the text.)
  const subTasksAfter = typeof token.payload === "number" && token.payload > body.start ? token.payload : undefined;
  return {
    kind: "action",
    id,
    ...(subTasksAfter !== undefined ? { subTasksAfter } : {}),
    ...(ownerLength > 0 ? { owner: trimmed(body.text.slice(lead, lead + ownerLength), body.start + lead) } : {}),
    ...(due ? { due: readDate({ text: due[1]!.trim(), value: due[1]!.trim(), start: dueStart, end: dueStart + due[1]!.trim().length }) } : {}),
    prose: body,
    start: range.start, end: range.end,
  };
}

const OWNER_VERBS = ["to", "may", "should", "will", "must"];

/** A list item's mark at the start of a text, after characters that show nothing, as the lexer reads it: `(a) `, `1. `, `- `. */
const LIST_ITEM_START = new RegExp(`^${INVISIBLE_CLASS}*${LIST_MARKER}[ \\t\u00a0]`);

/**
 * Where an action's owner ends: before the first `, ` or the first white space followed by
 * `to`, `may`, `should`, `will` or `must` and white space (`SECAS to publish ...`), within the
 * first line; -1 when there is none. What `/^(.+?)(?:\s+(?:to|may|should|will|must)\s|,)/`
 * finds, in linear time: the expression took seconds on a long run of spaces.
 */
export function ownerEnd(text: string): number {
  for (let p = 1; p < text.length; p++) {
    const c = text.charCodeAt(p - 1);
    // The owner is on one line (`.` stops at a line break).
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return -1;
    if (text.charCodeAt(p) === 44) return p;
    // A run of white space is tried once, from its start.
    if (!isWhiteSpace(text.charCodeAt(p)) || (p > 1 && isWhiteSpace(c))) continue;
    let q = p;
    while (q < text.length && isWhiteSpace(text.charCodeAt(q))) q++;
    for (const verb of OWNER_VERBS) {
      // `AB to:`, above the action's sub-tasks, names its owner too.
      if (text.startsWith(verb, q) && (isWhiteSpace(text.charCodeAt(q + verb.length)) || text.charCodeAt(q + verb.length) === 58)) return p;
    }
  }
  return -1;
}

function buildPassage(node: CstNode, context: BlockContext, depth: number): Summary | ConfidentialPassage {
  const kind = node.name === "summary" ? "summary" : "confidential";
  const opener = (node.children[kind === "summary" ? "SummaryLine" : "ConfidentialLine"]![0] as IToken);
  const end = node.children["EndLine"]?.[0] as IToken | undefined;
  const children = ordered(node).filter((e) => e !== opener && e !== end);
  // A confidential passage may end with the status of the update it stands in.
  const trailing: TrailingStatus | undefined = kind === "confidential" ? {} : undefined;
  const blocks = buildBlocks(children, context, depth, trailing);
  const { keyword, rest } = splitKeyword(opener, context.text);
  if (rest.text.trim().length > 0) {
    const written = trimmed(rest.text, rest.start);
    // (Its fix is certain: the words are kept, a line lower, in the passage they were meant for.
    // Found by a secretary's test: the words were left out of every version, the confidential too.)
    context.problems.error(
      "syntax-passage-text",
      written,
      `Nothing may follow \`${kind}:\` on its line: as written, these words are left out of every version of the minutes. Start the passage on the next line.`,
      [{ title: "Start the passage on the next line", edits: [{ range: { start: keyword.end, end: written.start }, newText: commonLineEnd(context.text) }], certain: true }],
    );
  }
  if (!end) {
    context.problems.error(
      "syntax-unclosed-passage",
      keyword,
      kind === "summary"
        ? "This summary is not closed: expected `end summary` after it. Until it is closed it runs to the end of the item."
        : "This confidential passage is not closed: expected `end confidential` after it. Until then everything to the end of the item is withheld from the public version.",
    );
  } else {
    const closer = splitKeyword(end, context.text).rest.text.trim();
    if (closer !== "" && closer !== kind) {
      context.problems.error(
        "syntax-mismatched-end",
        rangeOf(end, context.text),
        `This \`end ${closer}\` closes a ${kind} passage: expected \`end ${kind}\` or \`end\`.`,
      );
    }
  }
  const last = end ?? (children.length > 0 ? children[children.length - 1] : opener);
  const endOffset = last && isToken(last) ? contentEnd(last, context.text) : last ? endOf(last) : keyword.end;
  // (`trailing` is a confidential passage's alone.)
  return { kind, blocks, closed: end !== undefined, ...(trailing?.status ? { status: trailing.status } : {}), start: keyword.start, end: Math.max(endOffset, keyword.end) } as Summary | ConfidentialPassage;
}
export type { IToken };
