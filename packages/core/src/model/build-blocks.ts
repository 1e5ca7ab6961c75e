import type { CstElement, CstNode, IToken } from "chevrotain";
import * as T from "../syntax/tokens.js";
import type { Token } from "../text/range.js";
import type {
  ActionUpdate, Block, ConfidentialPassage, Heading, List, ListItem, NewAction, Paragraph, Prose, Summary,
} from "./ast.js";
import { endOf, isToken, ordered } from "./cst.js";
import { readDate } from "./dates.js";
import { scanInlines } from "./inline-scanner.js";
import { readIdLine, trimmed } from "./line-readers.js";
import type { Problems } from "./problems.js";
import { bulletResolution, inlineResolution, leadInBody, type ResolutionSettings } from "./resolutions.js";

/*
 * Turns the blocks of an item (or of a summary/confidential passage) into model blocks.
 * Two things happen after the grammar: an action update takes the paragraphs after it up to
 * the one that records its status, and bullets gather into lists under their lead-in.
 */

interface StatusLine {
  readonly kind: "status-line";
  readonly status: Token;
  readonly range: { start: number; end: number };
}

type RawBlock = Block | ListItem | StatusLine;

export interface BlockContext {
  readonly text: string;
  readonly problems: Problems;
  readonly settings: ResolutionSettings;
}

/** The model blocks of an item's (or a passage's) children: construct tokens and passage nodes. */
export function buildBlocks(elements: readonly CstElement[], context: BlockContext): Block[] {
  const raw: RawBlock[] = [];
  for (const element of elements) {
    if (!isToken(element)) {
      if (element.name === "summary" || element.name === "confidential") raw.push(buildPassage(element, context));
    } else if (element.tokenType === T.EndLine) reportStrayEnd(element, context);
    else if (element.tokenType !== T.ItemLine && element.tokenType !== T.SummaryLine && element.tokenType !== T.ConfidentialLine) {
      raw.push(buildBlock(element, context));
    }
  }
  return assemble(raw, context);
}

export function reportStrayEnd(token: IToken, context: BlockContext): void {
  const line = lineOf(token, context.text);
  context.problems.error(
    "syntax-stray-end",
    line.range,
    "This `end` closes nothing: there is no open `summary:` or `confidential:` passage here. Delete it, or open the passage above.",
  );
}

/** A token's text without its trailing line break, as a token. */
export function lineOf(token: IToken, text: string): Token {
  const end = contentEnd(token, text);
  const value = text.slice(token.startOffset, end);
  return { text: value, value, range: { start: token.startOffset, end } };
}

/** Where a token's content ends: before its trailing line break. */
function contentEnd(token: IToken, text: string): number {
  let end = token.startOffset + token.image.length;
  while (end > token.startOffset && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/** The range of a token's content, without copying its text. */
function rangeOf(token: IToken, text: string): { start: number; end: number } {
  return { start: token.startOffset, end: contentEnd(token, text) };
}

/** A line token split at its keyword: the keyword's end, and the rest of its first line. */
export function splitKeyword(token: IToken, text: string): { keyword: Token; rest: Token } {
  // Only the first line matters: find its end in the source rather than copying the token.
  const start0 = token.startOffset;
  const end0 = contentEnd(token, text);
  let lineEnd = start0;
  while (lineEnd < end0 && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  const firstLine = text.slice(start0, lineEnd);
  const match = T.KEYWORDS.get(token.tokenType)?.exec(firstLine);
  const length = match ? match[0].length : 0;
  const start = token.startOffset;
  const keyword = { text: firstLine.slice(0, length), value: firstLine.slice(0, length), range: { start, end: start + length } };
  const restText = firstLine.slice(length);
  return { keyword, rest: { text: restText, value: restText, range: { start: start + length, end: start + firstLine.length } } };
}

/**
 * The prose from `start` to `end` with its inline references. A comment line between two
 * prose lines belongs to no prose: it is blanked out (spaces of the same length, so every
 * offset still points at the source) and never scanned.
 */
export function prose(text: string, start: number, end: number, problems?: Problems): Prose {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  let slice = text.slice(s, e);
  if (slice.includes("//") && COMMENT_LINE.test(slice)) {
    slice = slice.replace(COMMENT_LINES, (line) => " ".repeat(line.length));
  }
  const inlines = scanInlines(slice, s);
  if (problems) for (const note of inlines.notes) if (!note.closed) reportUnclosedNote(note, problems);
  return {
    text: slice,
    range: { start: s, end: e },
    initials: inlines.initials,
    names: inlines.names,
    actionRefs: inlines.actionRefs,
    references: inlines.references,
    notes: inlines.notes,
  };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

function reportUnclosedNote(note: Prose["notes"][number], problems: Problems): void {
  problems.error(
    "syntax-unclosed-note",
    { start: note.range.start, end: note.text.range.start },
    "This post-meeting note is not closed: expected `]` at its end. Until then it runs to the end of the paragraph.",
  );
}

const COMMENT_LINE = /(?:^|[\r\n])[ \t]*\/\//;
const COMMENT_LINES = /(?<=^|[\r\n])[ \t]*\/\/[^\r\n]*/g;

function buildBlock(token: IToken, context: BlockContext): RawBlock {
  const { text } = context;
  const whole = { range: rangeOf(token, text) };
  switch (token.tokenType) {
    case T.Text: {
      const p = prose(text, whole.range.start, whole.range.end, context.problems);
      return { kind: "paragraph", prose: p, range: p.range };
    }
    case T.BulletBlock: {
      const { keyword: marker } = splitKeyword(token, text);
      const p = prose(text, marker.range.end, whole.range.end, context.problems);
      return { kind: "list-item", marker, prose: p, range: whole.range } satisfies ListItem;
    }
    case T.ActionBlock:
    case T.UpdateBlock:
      return buildActionLike(token, context);
    case T.HeadingLine: {
      const { rest } = splitKeyword(token, text);
      const heading = trimmed(rest.text, rest.range.start);
      if (heading.text.length === 0) {
        context.problems.error("syntax-heading", whole.range, "This `heading:` has no text after the colon.");
      }
      return { kind: "heading", text: heading, range: whole.range } satisfies Heading;
    }
    case T.StatusLine: {
      const { rest } = splitKeyword(token, text);
      return { kind: "status-line", status: trimmed(rest.text, rest.range.start), range: whole.range };
    }
    default:
      // A construct that belongs elsewhere (a header field or attendee group inside an item) ends
      // the item in the grammar, so this is not reached; kept total for safety.
      return { kind: "paragraph", prose: prose(text, whole.range.start, whole.range.end), range: whole.range };
  }
}

function buildActionLike(token: IToken, context: BlockContext): NewAction | ActionUpdate {
  const what = token.tokenType === T.ActionBlock ? "action" : "update";
  const { keyword, rest } = splitKeyword(token, context.text);
  const whole = { range: rangeOf(token, context.text) };
  const { id, rest: first } = readIdLine(what, keyword.range.end, rest, context.problems);
  const body = prose(context.text, first.range.start, whole.range.end, context.problems);
  const range = whole.range;
  if (what === "update") {
    return { kind: "update", id, original: body, paragraphs: [], supersededBy: [], range };
  }
  const owner = /^(.+?)(?:\s+(?:to|may|should|will|must)\s|,)/.exec(body.text);
  const due = /\[due\s+([^\]]+)\]\s*$/i.exec(body.text);
  const dueStart = due ? body.range.start + due.index + due[0].indexOf(due[1]!) : 0;
  return {
    kind: "action",
    id,
    ...(owner ? { owner: trimmed(owner[1]!, body.range.start) } : {}),
    ...(due ? { due: readDate({ text: due[1]!.trim(), value: due[1]!.trim(), range: { start: dueStart, end: dueStart + due[1]!.trim().length } }) } : {}),
    prose: body,
    range,
  };
}

function buildPassage(node: CstNode, context: BlockContext): Summary | ConfidentialPassage {
  const kind = node.name === "summary" ? "summary" : "confidential";
  const opener = (node.children[kind === "summary" ? "SummaryLine" : "ConfidentialLine"]![0] as IToken);
  const end = node.children["EndLine"]?.[0] as IToken | undefined;
  const children = ordered(node).filter((e) => e !== opener && e !== end);
  const blocks = buildBlocks(children, context);
  const { keyword, rest } = splitKeyword(opener, context.text);
  if (rest.text.trim().length > 0) {
    context.problems.error(
      "syntax-passage-text",
      trimmed(rest.text, rest.range.start).range,
      `Nothing may follow \`${kind}:\` on its line: start the passage on the next line.`,
    );
  }
  if (!end) {
    context.problems.error(
      "syntax-unclosed-passage",
      keyword.range,
      kind === "summary"
        ? "This summary is not closed: expected `end summary` after it. Until it is closed it runs to the end of the item."
        : "This confidential passage is not closed: expected `end confidential` after it. Until then everything to the end of the item is withheld from the public version.",
    );
  } else {
    const closer = splitKeyword(end, context.text).rest.text.trim();
    if (closer !== "" && closer !== kind) {
      context.problems.error(
        "syntax-mismatched-end",
        lineOf(end, context.text).range,
        `This \`end ${closer}\` closes a ${kind} passage: expected \`end ${kind}\` or \`end\`.`,
      );
    }
  }
  const last = end ?? (children.length > 0 ? children[children.length - 1] : opener);
  const endOffset = last && isToken(last) ? lineOf(last, context.text).range.end : last ? endOf(last) : keyword.range.end;
  return { kind, blocks, closed: end !== undefined, range: { start: keyword.range.start, end: Math.max(endOffset, keyword.range.end) } };
}

function assemble(raw: RawBlock[], context: BlockContext): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < raw.length; i++) {
    const block = raw[i]!;
    if (block.kind === "update") {
      const paragraphs: Paragraph[] = [];
      let status = statusAtEnd(block.original);
      while (!status && i + 1 < raw.length) {
        const next = raw[i + 1]!;
        if (next.kind === "status-line") {
          status = next.status;
          i++;
          break;
        }
        if (next.kind !== "paragraph") break;
        paragraphs.push(next);
        i++;
        status = statusAtEnd(next.prose);
      }
      const last = paragraphs.at(-1)?.range.end ?? block.range.end;
      const end = status && status.range.end > last ? status.range.end : last;
      const supersededBy = [block.original, ...paragraphs.map((p) => p.prose)].flatMap((p) => supersessions(p));
      out.push({ ...block, paragraphs, ...(status ? { status } : {}), supersededBy, range: { start: block.range.start, end } });
    } else if (block.kind === "list-item") {
      const items: ListItem[] = [block];
      while (i + 1 < raw.length && raw[i + 1]!.kind === "list-item") items.push(raw[++i] as ListItem);
      out.push(makeList(out, items, context));
    } else if (block.kind === "status-line") {
      context.problems.error(
        "syntax-status-outside-update",
        block.range,
        "A `status:` line inside an item belongs to an action update: write it after the update's text.",
      );
    } else if (block.kind === "paragraph") {
      const resolution = inlineResolution(block.prose, context.settings);
      out.push(resolution ? { ...block, resolution } : block);
    } else {
      out.push(block);
    }
  }
  return out;
}

function makeList(out: Block[], items: ListItem[], context: BlockContext): List {
  const previous = out.at(-1);
  let leadIn = previous?.kind === "paragraph" && previous.prose.text.trimEnd().endsWith(":") ? previous : undefined;
  if (leadIn) {
    out.pop();
    // `The Panel:` written straight under the paragraph before it, with no blank line: the
    // body's line is the lead-in, and the lines above stay a paragraph of their own.
    const lastBreak = Math.max(leadIn.prose.text.lastIndexOf("\n"), leadIn.prose.text.lastIndexOf("\r"));
    if (lastBreak >= 0 && leadInBody(leadIn.prose.text.slice(lastBreak + 1), context.settings)) {
      const splitAt = leadIn.prose.range.start + lastBreak + 1;
      const above = prose(context.text, leadIn.prose.range.start, splitAt);
      const resolution = inlineResolution(above, context.settings);
      out.push({ kind: "paragraph", prose: above, range: above.range, ...(resolution ? { resolution } : {}) });
      const line = prose(context.text, splitAt, leadIn.prose.range.end);
      leadIn = { kind: "paragraph", prose: line, range: line.range };
    }
  }
  const body = leadIn ? leadInBody(leadIn.prose.text, context.settings) : undefined;
  const bodyToken: Token | undefined = leadIn && body
    ? { text: leadIn.prose.text.replace(/:\s*$/, ""), value: body, range: { start: leadIn.range.start, end: leadIn.range.end - 1 } }
    : undefined;
  const listItems = bodyToken
    ? items.map((item) => {
        const resolution = bulletResolution(item.prose, bodyToken);
        return resolution ? { ...item, resolution } : item;
      })
    : items;
  return {
    kind: "list",
    ...(leadIn ? { leadIn } : {}),
    resolutions: bodyToken !== undefined,
    items: listItems,
    range: { start: (leadIn ?? items[0]!).range.start, end: items.at(-1)!.range.end },
  };
}

/**
 * `... Status: CLOSED.` at the end of a paragraph: the token is the status word(s). The last
 * line ends with `Status:`, the status (no full stop in it), perhaps a full stop, and spaces.
 * Read by scanning, in linear time: the regular expression it replaces,
 * `/\bStatus:[ \t]*([^.\r\n]*?)[ \t]*\.?[ \t]*$/`, backtracked in cubic time over a run of
 * spaces and tabs (a few thousand of them took seconds), and this finds what it found.
 */
export function statusAtEnd(p: Prose): Token | undefined {
  const text = p.text;
  const blank = (i: number) => text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9;
  // Where the status ends: before the trailing spaces, full stop and spaces.
  let end = text.length;
  while (end > 0 && blank(end - 1)) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 46) end--;
  while (end > 0 && blank(end - 1)) end--;
  // No line break after `Status:`, and no full stop between it and `end`.
  const lastBreak = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
  const lastStop = end > 0 ? text.lastIndexOf(".", end - 1) : -1;
  for (let at = text.indexOf("Status:", Math.max(0, lastBreak + 1, lastStop - 6)); at >= 0; at = text.indexOf("Status:", at + 1)) {
    if (at > 0 && /\w/.test(text.charAt(at - 1))) continue;
    let from = at + "Status:".length;
    while (from < end && blank(from)) from++;
    const value = text.slice(from, end);
    const start = p.range.start + (value.length > 0 ? from : at + "Status:".length);
    return { text: value, value, range: { start, end: start + value.length } };
  }
  return undefined;
}

const SUPERSEDED = /\b(?:superseded|replaced)\s+by\s+|\bconsolidated\s+into\s+/gi;

function supersessions(p: Prose): Prose["actionRefs"] {
  const found: Prose["actionRefs"][number][] = [];
  for (const ref of p.actionRefs) {
    const before = p.text.slice(Math.max(0, ref.range.start - p.range.start - 40), ref.range.start - p.range.start);
    SUPERSEDED.lastIndex = 0;
    let match: RegExpExecArray | null;
    let last: RegExpExecArray | null = null;
    while ((match = SUPERSEDED.exec(before))) last = match;
    if (last && last.index + last[0].length === before.length) found.push(ref);
  }
  return found;
}

export type { IToken };
