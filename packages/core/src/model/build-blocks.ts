import type { CstNode, IToken } from "chevrotain";
import type { Token } from "../text/range.js";
import type {
  ActionUpdate, Block, ConfidentialPassage, Heading, List, ListItem, NewAction, Paragraph, Prose, Summary,
} from "./ast.js";
import { endOf, firstToken, isToken, nodes, onlyChild, ordered, startOf, tokens } from "./cst.js";
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

export function buildBlocks(elements: readonly CstNode[], context: BlockContext): Block[] {
  const raw: RawBlock[] = [];
  for (const element of elements) {
    if (element.name === "block") raw.push(buildBlock(element, context));
    else if (element.name === "strayEnd") reportStrayEnd(element, context);
  }
  return assemble(raw, context);
}

export function reportStrayEnd(node: CstNode, context: BlockContext): void {
  const token = firstToken(node, "EndKw")!;
  const rest = firstToken(node, "RestText");
  context.problems.error(
    "syntax-stray-end",
    { start: token.startOffset, end: rest ? endOf(rest) : endOf(token) },
    "This `end` closes nothing: there is no open `summary:` or `confidential:` passage here. Delete it, or open the passage above.",
  );
}

/**
 * The prose from `start` to `end` with its inline references. A comment line between two
 * prose lines belongs to no prose: it is blanked out (spaces of the same length, so every
 * offset still points at the source) and never scanned.
 */
export function prose(text: string, start: number, end: number): Prose {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  let slice = text.slice(s, e);
  let source = text;
  if (slice.includes("//") && COMMENT_LINE.test(slice)) {
    slice = slice.replace(COMMENT_LINES, (line) => " ".repeat(line.length));
    source = text.slice(0, s) + slice + text.slice(e);
  }
  return { text: slice, range: { start: s, end: e }, ...scanInlines(source, s, e) };
}

const COMMENT_LINE = /(?:^|[\r\n])[ \t]*\/\//;
const COMMENT_LINES = /(?<=^|[\r\n])[ \t]*\/\/[^\r\n]*/g;

function buildBlock(block: CstNode, context: BlockContext): RawBlock {
  const inner = onlyChild(block) as CstNode;
  const { text } = context;
  const restOf = (node: CstNode): Token | undefined => {
    const rest = firstToken(node, "RestText");
    return rest ? { text: rest.image, value: rest.image, range: { start: rest.startOffset, end: endOf(rest) } } : undefined;
  };
  switch (inner.name) {
    case "paragraph": {
      const p = prose(text, startOf(inner), endOf(inner));
      return { kind: "paragraph", prose: p, range: p.range };
    }
    case "bullet": {
      const marker = firstToken(inner, "Bullet")!;
      const p = prose(text, endOf(marker), endOf(inner));
      return {
        kind: "list-item",
        marker: { text: marker.image, value: marker.image, range: { start: marker.startOffset, end: endOf(marker) } },
        prose: p,
        range: { start: marker.startOffset, end: endOf(inner) },
      } satisfies ListItem;
    }
    case "action":
    case "update":
      return buildActionLike(inner, restOf(inner), context);
    case "heading": {
      const keyword = firstToken(inner, "HeadingKw")!;
      const heading = trimmed(restOf(inner)?.text ?? "", restOf(inner)?.range.start ?? endOf(keyword));
      if (heading.text.length === 0) {
        context.problems.error("syntax-heading", { start: keyword.startOffset, end: endOf(inner) }, "This `heading:` has no text after the colon.");
      }
      return { kind: "heading", text: heading, range: { start: startOf(inner), end: endOf(inner) } } satisfies Heading;
    }
    case "statusLine": {
      const keyword = firstToken(inner, "StatusKey")!;
      const status = trimmed(restOf(inner)?.text ?? "", restOf(inner)?.range.start ?? endOf(keyword));
      return { kind: "status-line", status, range: { start: startOf(inner), end: endOf(inner) } };
    }
    case "summary":
    case "confidential":
      return buildPassage(inner, context);
    default:
      throw new Error(`unknown block ${inner.name}`);
  }
}

function buildActionLike(node: CstNode, rest: Token | undefined, context: BlockContext): NewAction | ActionUpdate {
  const what = node.name === "action" ? "action" : "update";
  const keyword = (firstToken(node, "ActionKw") ?? firstToken(node, "UpdateKw"))!;
  const { id, rest: first } = readIdLine(what, endOf(keyword), rest, context.problems);
  const body = prose(context.text, first.range.start, endOf(node));
  const range = { start: keyword.startOffset, end: endOf(node) };
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
  const body = nodes(node, "blockBody")[0];
  const elements = body ? ordered(body).filter((e): e is CstNode => !isToken(e)) : [];
  const end = body ? nodes(body, "end")[0] : undefined;
  const blocks = buildBlocks(elements.filter((e) => e.name === "block"), context);
  const keyword = (firstToken(node, "SummaryKw") ?? firstToken(node, "ConfidentialKw"))!;
  const rest = firstToken(node, "RestText");
  if (rest && rest.image.trim().length > 0) {
    context.problems.error(
      "syntax-passage-text",
      { start: rest.startOffset, end: endOf(rest) },
      `Nothing may follow \`${kind}:\` on its line: start the passage on the next line.`,
    );
  }
  if (!end) {
    context.problems.error(
      "syntax-unclosed-passage",
      { start: keyword.startOffset, end: endOf(keyword) },
      kind === "summary"
        ? "This summary is not closed: expected `end summary` after it. Until it is closed it runs to the end of the item."
        : "This confidential passage is not closed: expected `end confidential` after it. Until then everything to the end of the item is withheld from the public version.",
    );
  } else {
    const closer = tokens(end, "RestText")[0]?.image.trim() ?? "";
    if (closer !== "" && closer !== kind) {
      context.problems.error(
        "syntax-mismatched-end",
        { start: startOf(end), end: endOf(end) },
        `This \`end ${closer}\` closes a ${kind} passage: expected \`end ${kind}\` or \`end\`.`,
      );
    }
  }
  return { kind, blocks, closed: end !== undefined, range: { start: keyword.startOffset, end: endOf(node) } };
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
  const leadIn = previous?.kind === "paragraph" && previous.prose.text.trimEnd().endsWith(":") ? previous : undefined;
  if (leadIn) out.pop();
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

const STATUS_AT_END = /\bStatus:[ \t]*([^.\r\n]*?)[ \t]*\.?[ \t]*$/;

/** `... Status: CLOSED.` at the end of a paragraph: the token is the status word(s). */
export function statusAtEnd(p: Prose): Token | undefined {
  const match = STATUS_AT_END.exec(p.text);
  if (!match) return undefined;
  const value = match[1]!;
  const start = p.range.start + match.index + match[0].indexOf(value, "Status:".length);
  return { text: value, value, range: { start, end: start + value.length } };
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
