import type { Range, Token } from "../text/range.js";
import type { ActionRef, Block, ConfidentialPassage, List, ListItem, Paragraph, Prose, UpdatePart } from "./ast.js";
import type { BlockContext } from "./build-blocks.js";
import { prose } from "./prose.js";
import { eachProse } from "./walk.js";
import { bulletResolution, inlineResolution, leadInBody, leadInVerb } from "./resolutions.js";
import { isWhiteSpace } from "../text/trim.js";
import { isInvisible } from "../text/invisible.js";
import { statusKey, statusRemarkAt } from "../config/config.js";

/*
 * The second step of building an item's blocks, after each construct is read on its own: an
 * action update takes the paragraphs after it up to the one that records its status, bullets
 * gather into lists under their lead-in, and paragraphs that open with the body's name become
 * inline resolutions.
 */

export interface StatusLine extends Range {
  readonly kind: "status-line";
  readonly status: Token;
}

export type RawBlock = Block | ListItem | StatusLine;

/** Filled in by the assembly of a confidential passage's blocks: the `status:` line that ends it, when no update inside claims it. */
export interface TrailingStatus {
  status?: Token;
}

export function assemble(raw: RawBlock[], context: BlockContext, trailing?: TrailingStatus): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < raw.length; i++) {
    const block = raw[i]!;
    if (block.kind === "update") {
      const paragraphs: UpdatePart[] = [];
      let status = statusAtEnd(block.original, context);
      while (!status && i + 1 < raw.length) {
        const next = raw[i + 1]!;
        if (next.kind === "status-line") {
          status = next.status;
          i++;
          break;
        }
        if (next.kind === "confidential" || next.kind === "list-item") {
          // A passage or a list in the middle of an update (`... confidential: ... end
          // confidential`, or `1. Bus shelter`, then `Status: Closed.`) is part of it when the
          // update's status follows; otherwise the update ends before it, as before any other block.
          // The status may also end the list's last item (`2. Play area. Status: Closed.`).
          const ahead = statusAhead(raw, i + 1, context);
          if (!ahead) break;
          const carrier = ahead.at;
          const endsList = raw[carrier]!.kind === "list-item";
          const endsPassage = raw[carrier]!.kind === "confidential";
          // The last block taken here: the carrier itself when it is a list item or a passage, else the one before it.
          const last = endsList || endsPassage ? carrier : carrier - 1;
          while (i < last) {
            const part = raw[++i]!;
            if (part.kind !== "list-item") {
              paragraphs.push(part as Paragraph | ConfidentialPassage);
              continue;
            }
            const items: ListItem[] = [part];
            while (i < last && raw[i + 1]!.kind === "list-item") items.push(raw[++i] as ListItem);
            // A list that reports: no lead-in of the body's, no resolutions.
            paragraphs.push({ kind: "list", resolutions: false, items, start: items[0]!.start, end: items.at(-1)!.end });
          }
          if (endsList || endsPassage) {
            status = ahead.status;
            break;
          }
          continue;
        }
        if (next.kind !== "paragraph") break;
        paragraphs.push(next);
        i++;
        status = statusAtEnd(next.prose, context);
      }
      // A passage among the paragraphs that ends with a `status:` line, when a status written
      // after it is the update's: the passage's is read by no one.
      for (const p of paragraphs) if (p.kind === "confidential" && p.status && p.status !== status) reportStatusNotRead(p.status, status, context);
      const last = paragraphs.at(-1)?.end ?? block.end;
      const end = status && status.end > last ? status.end : last;
      const supersededBy = supersessions(block.original);
      // A supersession written in a passage among the paragraphs counts too: the public view
      // and the circulated register leave it out (`publicSupersessions`).
      for (const p of paragraphs) {
        if (p.kind === "paragraph") supersededBy.push(...supersessions(p.prose));
        // An update or an action inside the passage says its own supersessions, not this update's.
        else for (const block of p.kind === "list" ? [p] : p.blocks) if (block.kind === "paragraph" || block.kind === "list") eachProse(block, (prose) => supersededBy.push(...supersessions(prose)));
      }
      // One successor named twice (`replaced by GB2/01 and GB2/02. Status: Superseded by GB2/01.`) is one.
      if (supersededBy.length > 1) uniqueByText(supersededBy);
      // Literals with every field written out, not spreads: an object made by spreading and
      // then adding a field gets a hidden class of its own, which is slow to make and to read.
      out.push(
        status
          ? { kind: "update", id: block.id, original: block.original, paragraphs, supersededBy, start: block.start, end, status }
          : { kind: "update", id: block.id, original: block.original, paragraphs, supersededBy, start: block.start, end },
      );
    } else if (block.kind === "list-item") {
      const items: ListItem[] = [block];
      while (i + 1 < raw.length && raw[i + 1]!.kind === "list-item") items.push(raw[++i] as ListItem);
      out.push(makeList(out, items, context));
    } else if (block.kind === "status-line") {
      // The last line of a confidential passage may be the status of the update the passage is part of.
      if (trailing && i === raw.length - 1) trailing.status = block.status;
      else {
        context.problems.error(
          "syntax-status-outside-update",
          block,
          "A `status:` line inside an item belongs to an action update: write it after the update's text.",
        );
      }
    } else if (block.kind === "paragraph") {
      const resolution = inlineResolution(block.prose, context.settings);
      out.push(resolution ? { kind: "paragraph", prose: block.prose, start: block.start, end: block.end, resolution } : block);
    } else {
      if (block.kind === "confidential" && block.status) reportStatusNotRead(block.status, undefined, context);
      out.push(block);
    }
  }
  return out;
}

/** A `status:` line that ends a confidential passage but is no update's status: the update's is written after the passage, or no update precedes it. */
function reportStatusNotRead(line: Token, updates: Token | undefined, context: BlockContext): void {
  context.problems.error(
    "syntax-status-outside-update",
    line,
    updates
      ? `This \`status:\` line is read by no update: the update's status is the one written after the passage (\`${updates.text}\`). Delete the one that is wrong.`
      : "A `status:` line inside an item belongs to an action update: this one ends a confidential passage that follows no update's text. Write the passage under the update it is part of, or the status after the update's text.",
  );
}

function makeList(out: Block[], items: ListItem[], context: BlockContext): List {
  const previous = out.at(-1);
  // A resolution that ends with a colon (`The Panel NOTED the report:`) stays a resolution of
  // its own: taken for a plain list's lead-in, it would be withheld with the list.
  const ownResolution = previous?.kind === "paragraph" && previous.resolution !== undefined && leadInBody(previous.prose.text, context.settings) === undefined;
  let leadIn = previous?.kind === "paragraph" && endsWithColon(previous.prose.text) && !ownResolution ? previous : undefined;
  // The body a lead-in names: found on its last line when that line is split off below.
  let body: string | undefined;
  if (leadIn) {
    out.pop();
    // `The Panel:` written straight under the paragraph before it, with no blank line: the
    // body's line is the lead-in, and the lines above stay a paragraph of their own.
    const lastBreak = lastLineBreak(leadIn.prose.text);
    body = lastBreak >= 0 ? leadInBody(leadIn.prose.text.slice(lastBreak + 1), context.settings) : undefined;
    if (body) {
      const splitAt = leadIn.prose.start + lastBreak + 1;
      const above = prose(context.text, leadIn.prose.start, splitAt);
      const resolution = inlineResolution(above, context.settings);
      out.push(resolution ? { kind: "paragraph", prose: above, start: above.start, end: above.end, resolution } : { kind: "paragraph", prose: above, start: above.start, end: above.end });
      const line = prose(context.text, splitAt, leadIn.prose.end);
      leadIn = { kind: "paragraph", prose: line, start: line.start, end: line.end };
    }
  }
  if (leadIn && !body) body = leadInBody(leadIn.prose.text, context.settings);
  const bodyToken: Token | undefined = leadIn && body
    ? { text: leadIn.prose.text.replace(/:\s*$/, ""), value: body, start: leadIn.start, end: leadIn.end - 1 }
    : undefined;
  const verb = leadIn && bodyToken ? leadInVerb(leadIn.prose, context.settings) : undefined;
  let after: ListItem[] = [];
  if (verb) {
    // `The Panel AGREED:` gives every bullet under it its verb, so a bullet it does not own would
    // be published as a decision, even from an item the public minutes withhold. A blank line
    // ends such a list: the bullets after it are a list of their own (the checker names it,
    // `resolution-list-split`). Under `The Panel:` each bullet says its own verb, and blank
    // lines between them are the minutes' own style.
    const gap = items.findIndex((item, k) => k > 0 && blankLineBetween(context.text, items[k - 1]!.end, item.start));
    if (gap > 0) after = items.splice(gap);
  }
  const listItems = bodyToken
    ? items.map((item) => {
        const resolution = bulletResolution(item.prose, bodyToken, verb);
        return resolution ? { kind: "list-item" as const, marker: item.marker, prose: item.prose, start: item.start, end: item.end, resolution } : item;
      })
    : items;
  const resolutions = bodyToken !== undefined;
  const start = (leadIn ?? items[0]!).start;
  const end = items.at(-1)!.end;
  const list: List = leadIn ? { kind: "list", leadIn, resolutions, items: listItems, start, end } : { kind: "list", resolutions, items: listItems, start, end };
  if (after.length === 0) return list;
  out.push(list);
  return makeList(out, after, context);
}

/**
 * `... Status: CLOSED.` on the last line of a paragraph: the token is the status word(s). The
 * label is `Status:` or `STATUS:`; the status runs to the full stop that ends it (`statusStop`),
 * or to the end, so that a sentence may follow it (`Status: Closed. The Chair thanked SECAS.`). Read
 * by scanning, in linear time: an expression like `/\bStatus:[ \t]*([^.\r\n]*?)[ \t]*\.?[ \t]*$/`
 * backtracks in cubic time over a run of spaces and tabs (a few thousand took seconds).
 */
function statusAtEnd(p: Prose, context: BlockContext): Token | undefined {
  const text = p.text;
  // Spaces, tabs and the no-break spaces a word processor leaves (`Status:\u00a0Closed`).
  const blank = (i: number) => isWhiteSpace(text.charCodeAt(i));
  // The last label on the last line; else the last label on an earlier line, when the status
  // written after it wraps onto the last line and ends the paragraph (`Status: Closed – circulated
  // to all members, see` / `appendix B.`; found by a secretary's test: the update was read as
  // having no status, and took the resolution under it). Not a label followed by more sentences.
  const lastLine = lastLineBreak(text) + 1;
  let at = lastStatusLabel(text, lastLine);
  const wrapped = at < 0 && lastLine > 0;
  // (Most paragraphs hold no label at all: a search for the literal first, before the expression.)
  if (wrapped && (text.lastIndexOf("Status:", lastLine) >= 0 || text.lastIndexOf("STATUS:", lastLine) >= 0)) at = lastStatusLabel(text);
  if (at < 0) return undefined;
  let from = at + "Status:".length;
  while (from < text.length && blank(from)) from++;
  const stop = statusStop(text, from);
  let end = stop < 0 ? text.length : stop;
  while (end > from && blank(end - 1)) end--;
  // Wrapped, only a status that is one (`Status: it shows ...` is prose), running onto a line that
  // continues it (found by a review of false positives: `Status: Closed` / `Members thanked KL.`
  // took the next sentence for its remark).
  if (wrapped && (!endsParagraph(text, stop < 0 ? end : stop + 1) || !startsWithStatusWord(text.slice(from, end), context) || !continuesOnNextLine(text, from, end))) return undefined;
  const start = p.start + (end > from ? from : at + "Status:".length);
  // A status written over two lines is printed on one: its line break and indentation are a space.
  const value = wrapped ? text.slice(from, end).replace(/\s+/g, " ") : text.slice(from, end);
  return { text: value, value, start, end: start + (end - from) };
}

/**
 * Whether a status written over lines is one: a status word of the committee's, and its remark
 * after a mark or a phrase word (`Closed – circulated ...`, `Open, awaiting ...`), not prose
 * that names a column (`Status: Open entries had been reviewed`, found by a review of false positives).
 */
function startsWithStatusWord(status: string, context: BlockContext): boolean {
  const statuses = context.settings.statuses;
  if (!statuses) return false;
  const whole = status.replace(/\s+/g, " ").trim();
  const at = statusRemarkAt(whole);
  return Object.hasOwn(statuses, statusKey(at > 0 ? whole.slice(0, at) : whole));
}

/**
 * Whether each line break inside a status (`from` to `end`) wraps it: the next line opens in
 * lower case or with a figure, or the line before ends with a mark or a word that asks for more
 * (`see`, `of`, `,`, `–`), or inside brackets.
 */
function continuesOnNextLine(text: string, from: number, end: number): boolean {
  const lines = text.slice(from, end).split(/\r?\n|\r/);
  // Brackets opened and not closed on the lines read so far.
  let depth = 0;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    depth += (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    const next = lines[i]!.trimStart();
    if (!/^[\p{Ll}\d]/u.test(next) && !/(?:[,(–—&/-]|\b(?:see|of|the|and|or|to|by|at|in|on|for|from|with|a|an))$/i.test(before.trimEnd()) && depth <= 0) return false;
  }
  return true;
}

/** Whether nothing but blanks follows `at` in `text`. */
function endsParagraph(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The full stop that ends a status written from `from`, or -1: not one between digits
 * (`Open (due 4.3.2020).`), nor one inside brackets or before a word in lower case (`Closed,
 * see e.g. item 4.`), unless a capital follows it after a space (`Open (see item 4. The Chair
 * thanked SECAS.`: the bracket is never closed). Found by a secretary's test: the status was cut
 * at the first, and the rest printed after the update's text.
 */
function statusStop(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if ((c === 41 || c === 93) && depth > 0) depth--;
    else if (c === 46) {
      if (i + 1 >= text.length) return i;
      const n = text.charCodeAt(i + 1);
      if (isDigit(n) && isDigit(text.charCodeAt(i - 1))) continue;
      // A title's full stop (`St. Mary's`, `Dr. Patel`), or `No.` before a figure, ends nothing
      // (found by a review of false positives: the status was cut at `St.`).
      const word = TITLE_BEFORE.exec(text.slice(Math.max(from, i - 6), i))?.[1];
      if (word && (word !== "No" || /^\s*\d/.test(text.slice(i + 1, i + 4)))) continue;
      // Inside brackets, a company's (`(quote from Smith & Co. Ltd., expected ...)`).
      if (depth > 0 && COMPANY_BEFORE.test(text.slice(Math.max(from, i - 6), i))) continue;
      // `Closed.The Chair ...`: a space left out; `e.g.` is no end.
      if (!isWhiteSpace(n)) {
        if (depth === 0 && n >= 65 && n <= 90) return i;
        continue;
      }
      let next = i + 1;
      while (next < text.length && isWhiteSpace(text.charCodeAt(next))) next++;
      const after = text.charCodeAt(next);
      const small = after >= 97 && after <= 122;
      const capital = after >= 65 && after <= 90;
      if (depth === 0 ? !small : capital) return i;
    }
  }
  return -1;
}

/** A title or `No` that ends just before a full stop: `St`, `Mr`, `Dr`, `Cllr`. */
const TITLE_BEFORE = /(?:^|[\s(])(St|Mr|Mrs|Ms|Dr|Cllr|Prof|Rev|Revd|No)$/;
const COMPANY_BEFORE = /(?:^|[\s(])(?:Co|Ltd|Inc|Corp|Bros|plc)$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `Status:` or `STATUS:`, not inside a word: a `status:` in lower case is the prose's own (`the RAG status: green`). */
export const STATUS_LABEL = /(?<![\w])(?:Status|STATUS):/g;

/** Where the last status label of `text` at or after `from` starts, or -1. */
export function lastStatusLabel(text: string, from = 0): number {
  let at = -1;
  STATUS_LABEL.lastIndex = from;
  for (let m = STATUS_LABEL.exec(text); m; m = STATUS_LABEL.exec(text)) at = m.index;
  return at;
}

/**
 * Where an update's status is written after a passage or a list, from `from` on, and the status:
 * the status line, or the paragraph or list item that ends with the status, reached over
 * paragraphs, passages and list items only; else the last passage that ends with one; undefined
 * when none does.
 */
function statusAhead(raw: readonly RawBlock[], from: number, context: BlockContext): { readonly at: number; readonly status: Token } | undefined {
  // A passage that ends with a status carries the update's only when no status is written after
  // it (`Supplier escalation Status: Closed.` / `end confidential` / `The Panel was content.
  // Status: Open.` is Open, as before passages could carry one).
  let passage: { at: number; status: Token } | undefined;
  for (let j = from; j < raw.length; j++) {
    const block = raw[j]!;
    if (block.kind === "status-line") return { at: j, status: block.status };
    if (block.kind === "paragraph" || block.kind === "list-item") {
      const status = statusAtEnd(block.prose, context);
      if (status) return { at: j, status };
    } else if (block.kind === "confidential") {
      const status = statusInPassage(block, context);
      if (status) passage = { at: j, status };
    } else return passage;
  }
  return passage;
}

/**
 * The status that ends a passage: its `status:` line, or its last paragraph's (`confidential:`
 * ... `Status: Closed.` / `end confidential`): the update's, withheld with the passage
 * (`publicStatus`). Found by a secretary's test: the update ended before the passage, and its
 * status was lost.
 */
function statusInPassage(passage: ConfidentialPassage, context: BlockContext): Token | undefined {
  if (passage.status) return passage.status;
  const last = passage.blocks.at(-1);
  return last?.kind === "paragraph" ? statusAtEnd(last.prose, context) : undefined;
}

/**
 * Whether a blank line stands between two constructs (from the end of one to the start of the
 * next): a line holding nothing but spaces, tabs, no-break spaces and the like. A comment line is not blank.
 */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  let lineHasText = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (!lineHasText) return true;
      lineHasText = false;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      // A line of no-break spaces, or of characters that show nothing, is blank too (as the lexer reads it).
    } else if (!isInvisible(c)) lineHasText = true;
  }
  return false;
}

/** Whether `text` ends with a colon before any white space (as `trimEnd().endsWith(":")`, without the copy). */
function endsWithColon(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 && text.charCodeAt(end - 1) === 58;
}

/** Where the last line of `text` starts, less one: its last line break, or -1. */
function lastLineBreak(text: string): number {
  // (Read from the end: a search for each kind of break read the whole text when it held none.)
  let at = text.length - 1;
  while (at >= 0 && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at--;
  return at;
}

const SUPERSEDED = /\b(?:superseded|replaced)\s+by\s+|\bconsolidated\s+into\s+/gi;

/** Keeps the first of refs with the same text, in place. */
function uniqueByText(refs: ActionRef[]): void {
  const seen = new Set<string>();
  let kept = 0;
  for (const ref of refs) if (!seen.has(ref.text)) (seen.add(ref.text), (refs[kept++] = ref));
  refs.length = kept;
}

/** Between two successors: `SECP78/01 and SECP78/02`, `SECP78/01 (shelter), SECP78/02 (seating)`. */
const AND_ANOTHER = /^\s*(?:\([^()]{0,60}\))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/;

function supersessions(p: Prose): ActionRef[] {
  const found: ActionRef[] = [];
  let previous: ActionRef | undefined;
  for (const ref of p.actionRefs) {
    const at = ref.start - p.start;
    // A successor listed after another: `replaced by SECP78/01 (shelter) and SECP78/02 (seating)`.
    // (The gap is short, so the expression's two runs of white space cannot cost much.)
    if (previous && at - (previous.end - p.start) <= 80 && AND_ANOTHER.test(p.text.slice(previous.end - p.start, at))) {
      found.push(ref);
      previous = ref;
      continue;
    }
    const before = p.text.slice(Math.max(0, at - 40), at);
    SUPERSEDED.lastIndex = 0;
    let match: RegExpExecArray | null;
    let last: RegExpExecArray | null = null;
    while ((match = SUPERSEDED.exec(before))) last = match;
    previous = last && last.index + last[0].length === before.length ? ref : undefined;
    if (previous) found.push(ref);
  }
  return found;
}
