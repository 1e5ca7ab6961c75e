import type { CstElement, CstNode, IToken } from "chevrotain";
import * as T from "../syntax/tokens.js";
import { LineIndex } from "../text/line-index.js";
import { trimEndBlanks } from "../text/trim.js";
import { spanOf, type Token } from "../text/range.js";
import type {
  Attendance, Attendee, AttendeeGroup, AttendeeSection, Comment, Document, Header, HeaderField, HeaderKey, Item, Suppression,
} from "./ast.js";
import { buildBlocks, contentEnd, rangeOf, reportStrayEnd, splitKeyword, type BlockContext } from "./build-blocks.js";
import { endOf, isToken, ordered, startOf } from "./cst.js";
import { readDate, readTime } from "./dates.js";
import { readAttendeeLine, readItemLine, sub, trimmed, type AttendeeLine } from "./line-readers.js";
import { Problems } from "./problems.js";
import { ATTENDEE_KEYS, HEADER_KEYS } from "../syntax/header-fields.js";
import type { ResolutionSettings } from "./resolutions.js";

/** The committee's settings the model is built with. */
export interface ModelSettings extends ResolutionSettings {
  /** The organisations' names (`DCC`): in brackets after a name written first, a note, not initials. */
  readonly organisationWords?: ReadonlySet<string>;
  /** How the committee's action IDs are written: the examples in messages are its own (`ARC41/01`). */
  readonly actionIds?: { readonly prefix: string; readonly sequenceDigits: number };
  /** The status words, in lower case: a `Status:` on an earlier line of a paragraph is read only before one of them. */
  readonly statuses?: Readonly<Record<string, unknown>>;
}

/** Items built between two pauses when the model is built in slices (see parseSteps). */
const ITEMS_PER_SLICE = 16;

/**
 * Builds the model from the CST. Reports every line it cannot read, and reads the rest.
 * A generator: it pauses after every few items, so that a caller with other work (the
 * language server answering a completion) can build a large document in slices.
 */
export function* buildDocumentSteps(
  text: string,
  cst: CstNode,
  settings: ModelSettings,
  problems: Problems,
): Generator<void, Document> {
  const context: BlockContext = { text, problems, settings, meeting: undefined };
  const fields: HeaderField[] = [];
  const items: Item[] = [];
  let attendees: AttendeeSection | undefined;
  // The first construct outside any item is reported once (the usual fix is one `item` line above it).
  let reportedOutside = false;
  /** Header fields met after an item: only `next meeting:` after the last one is the header's. */
  const trailing: { readonly field: HeaderField }[] = [];
  /** The header fields that stand under the attendee list (before any item): the first ends the list there. */
  const underAttendees: HeaderField[] = [];
  let listEndReported = false;
  /**
   * A construct outside any item. `Date: 2020-02-14`, a header field with a capital as a word
   * processor writes it, is prose, and so is every line after it up to a blank line (`Venue:
   * Hall`): each such line is named, wherever it stands in the header, with its fix (found by the
   * certain fixes' property: a fix of the first alone left the next to be found only then). Any
   * other is reported once, at the first.
   */
  const outside = (element: CstElement) => {
    const start = startOf(element);
    if (items.length === 0 && isFieldInAnotherCase(text.slice(start, lineEndOf(text, start)))) reportFieldsInAnotherCase(text, start, endOf(element), problems);
    // (Only a line of text, as an attendee's is: a bullet or a passage cut off there is not the list's.)
    else if (items.length === 0 && attendees && underAttendees.length > 0 && isToken(element) && element.tokenType === T.Text) {
      if (!reportedOutside && !listEndReported) reportListEnded("syntax-outside-item", startOf(element), text, underAttendees, attendees, problems);
      reportedOutside = listEndReported = true;
    }
    else reportedOutside ||= reportOutside(element, text, items.length, trailing, problems);
  };

  for (const element of ordered(cst)) {
    if (!isToken(element)) {
      if (element.name === "attendees") {
        if (items.length > 0) {
          // Below an item it is text that ended the item (and any passage it stood in), not the
          // attendee list: read as one, its names would be printed in the public attendee table.
          problems.error(
            "syntax-after-items",
            rangeOf(element.children["AttendeesLine"]![0] as IToken, text),
            "`attendees:` stands after an item: the attendee list belongs in the header, above the first item. Here the line ends the item, and any passage it stands in; what follows is not read. Move the list up, or write the line otherwise.",
          );
          continue;
        }
        if (attendees) {
          problems.error("syntax-duplicate-attendees", rangeOf(element.children["AttendeesLine"]![0] as IToken, text), "A second `attendees:` list: a meeting has one. Move these attendees into the first list.");
        }
        attendees = mergeSections(attendees, buildAttendees(element, text, problems, settings.organisationWords));
      } else if (element.name === "item") {
        misplaceFields(trailing.splice(0), problems);
        items.push(buildItem(element, context));
        if (items.length % ITEMS_PER_SLICE === 0) yield;
      } else outside(element);
      continue;
    }
    switch (element.tokenType) {
      case T.FieldLine:
        if (items.length > 0) {
          // After the items only `next meeting:` belongs, at the very end (decided below).
          trailing.push({ field: readField(element, text) });
          break;
        }
        fields.push(readField(element, text));
        if (attendees) underAttendees.push(fields.at(-1)!);
        // The meeting's number, for the action IDs that messages give as examples.
        if (fields.at(-1)!.key === "number" && /^\d+$/.test(fields.at(-1)!.value.text)) context.meeting = Number(fields.at(-1)!.value.text);
        break;
      case T.CategoryLine:
      case T.GroupLine:
      case T.ApologiesLine:
        if (items.length === 0 && attendees && underAttendees.length > 0) {
          // (Said once, with the fix: applied twice, it would write the field twice.)
          if (!listEndReported) reportListEnded("syntax-group-outside-attendees", element.startOffset, text, underAttendees, attendees, problems);
          listEndReported = true;
          break;
        }
        problems.error(
          "syntax-group-outside-attendees",
          rangeOf(element, text),
          "`category:`, `group:` and `apologies:` belong in the attendee list: write `attendees:` above them.",
        );
        break;
      case T.EndLine:
        reportStrayEnd(element, context);
        break;
      case T.StatusLine:
        if (items.length === 0) {
          fields.push(readField(element, text, "status"));
          if (attendees) underAttendees.push(fields.at(-1)!);
          break;
        }
        outside(element);
        break;
      default:
        outside(element);
    }
  }

  // After the last item only `next meeting:` is a header field, where it closes the minutes; any
  // other field there is text that ended an item. Taken for the header's, `venue: ...` inside a
  // confidential passage would be printed in the public title block.
  const last = trailing.splice(0);
  misplaceFields(last.filter((t) => t.field.key !== "next meeting"), problems);
  for (const t of last) if (t.field.key === "next meeting") fields.push(t.field);

  // Every comment line, including those inside a paragraph (the lexer keeps those in their
  // construct's token): a comment is a line that starts with `//`, wherever it stands.
  const allComments = commentLines(text);
  const lines = new LineIndex(text);
  return {
    kind: "document",
    text,
    lines,
    header: buildHeader(fields, problems),
    ...(attendees ? { attendees } : {}),
    items,
    comments: allComments.map((c): Comment => ({ text: c.image, start: c.startOffset, end: c.startOffset + c.image.length })),
    suppressions: readSuppressions(lines, allComments),
    diagnostics: problems.list,
  };
}

function misplaceFields(misplaced: readonly { readonly field: HeaderField }[], problems: Problems): void {
  for (const { field } of misplaced) {
    if (field.key === "classification") {
      // A guard of the public export: as written the meeting is not classified, and all of it
      // would be published (found by a secretary's test, where the register printed its actions).
      problems.error(
        "classification-misplaced",
        field.keyRange,
        "`classification:` is a header field, but it stands after an item: as written the meeting is not classified, and its public version would print all of it. Move the line up into the header, above the first item.",
      );
      continue;
    }
    problems.error(
      "syntax-after-items",
      field.keyRange,
      `\`${field.key}:\` is a header field, but it stands after an item: the header is at the top, above the first item (only \`next meeting:\` may close the minutes). Here the line ends the item, and any passage it stands in; it is not read as the header's. Move it up, or write it otherwise (\`The venue was ...\`).`,
    );
  }
}

/** A header field's or attendee list's keyword in another case than lower case, then its colon: `Date:`, `VENUE:`, `Next Meeting:`. */
const FIELD_IN_ANOTHER_CASE = new RegExp(`^[ \\t]*((?:${[...HEADER_KEYS, ...ATTENDEE_KEYS].map((key) => key.replace(" ", "[ \\t]+")).join("|")}))[ \\t]*:`, "i");

function isFieldInAnotherCase(line: string): boolean {
  const field = FIELD_IN_ANOTHER_CASE.exec(line);
  return field !== null && field[1] !== field[1]!.toLowerCase();
}

/** Reports each line from `from` to `to` that is a header field written with a capital. */
function reportFieldsInAnotherCase(text: string, from: number, to: number, problems: Problems): void {
  for (let start = from; start < to; ) {
    const end = lineEndOf(text, start);
    const field = FIELD_IN_ANOTHER_CASE.exec(text.slice(start, end));
    if (field && field[1] !== field[1]!.toLowerCase()) {
      const at = start + field[0].indexOf(field[1]!);
      const keyword = { start: at, end: at + field[1]!.length };
      const written = field[1]!.toLowerCase().replace(/\s+/g, " ");
      problems.error(
        "syntax-outside-item",
        { start: at, end },
        `\`${field[1]}:\` is a header field written with a capital: fields are written in lower case (\`${written}:\`), so this line is read as text before the first item, and the header has no \`${written}:\`.`,
        [{ title: `Write \`${written}:\``, edits: [{ range: keyword, newText: written }], certain: true }],
      );
    }
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** Reports a construct outside any item; true, so that the caller reports only the first of the document. */
function reportOutside(
  element: CstElement,
  text: string,
  itemCount: number,
  trailing: readonly { readonly field: HeaderField }[],
  problems: Problems,
): true {
  const start = startOf(element);
  const end = lineEndOf(text, start);
  problems.error(
    "syntax-outside-item",
    { start, end },
    itemCount === 0
      ? "Text before the first item: the header holds only `field: value` lines. Start an item with `item 1: Title` above this, or make it a comment with `//`."
      : trailing.length > 0
        ? `This text follows \`${trailing.at(-1)!.field.key}:\`, a header field that ended the item above, so it belongs to no item and is not read. Move the field up into the header, or write it otherwise.`
        : "Text after the end of the minutes cannot belong to an item. Move it above `next meeting:` or into the last item.",
  );
  return true;
}

/**
 * A construct after a header field that stands under the attendee list (`classification: RED`
 * between two attendees, found by a secretary's test): the field ended the list, so the lines
 * under it are read as text before the first item, and the attendees among them are nobody's
 * (their initials are unknown wherever they are mentioned). The fix moves the fields above
 * `attendees:`, where the header's fields stand; where they stand among them changes nothing.
 */
function reportListEnded(code: string, start: number, text: string, fields: readonly HeaderField[], attendees: AttendeeSection, problems: Problems): void {
  const end = lineEndOf(text, start);
  const field = fields[0]!;
  // Every field under the list goes (found by the certain fixes' property: with two, moving one
  // left the list ended by the other), each line whole, with the spaces before it: left, they
  // would indent the next line.
  const lines = fields.map((f) => {
    let lineStart = f.start;
    while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) lineStart--;
    const written = text.slice(f.start, lineEndOf(text, f.start));
    const lineBreak = text.startsWith("\r\n", f.start + written.length) ? 2 : 1;
    return { written: written.trim(), range: { start: lineStart, end: Math.min(text.length, f.start + written.length + lineBreak) } };
  });
  problems.error(
    code,
    { start, end },
    `\`${field.key}:\`, written in the attendee list above this line, is a header field, and a header field ends the attendee list: this line and those under it, up to the first item, are not read as attendees. Move \`${field.key}:\` above \`attendees:\`, with the header's other fields.`,
    [{
      title: fields.length === 1 ? `Move \`${field.key}:\` above \`attendees:\`` : "Move the header's fields above `attendees:`",
      edits: [
        { range: { start: attendees.start, end: attendees.start }, newText: lines.map((line) => `${line.written}\n`).join("") },
        ...lines.map((line) => ({ range: line.range, newText: "" })),
      ],
      // (Not certain: what the list then reads may still not be attendees, a stray passage or a
      // second list, found by the certain fixes' property.)
      certain: false,
    }],
  );
}

interface CommentLine {
  readonly image: string;
  readonly startOffset: number;
}

/**
 * Every comment line: `//` with only spaces and tabs before it on its line. Found by looking
 * for `//` and then back to the line's start, rather than with a line-anchored expression,
 * which is tried at every position of the text.
 */
function commentLines(text: string): CommentLine[] {
  const out: CommentLine[] = [];
  for (let at = text.indexOf("//"); at >= 0; ) {
    let before = at;
    while (before > 0 && (text.charCodeAt(before - 1) === 32 || text.charCodeAt(before - 1) === 9)) before--;
    const lineStart = before === 0 || text.charCodeAt(before - 1) === 10 || text.charCodeAt(before - 1) === 13;
    const end = lineEndOf(text, at);
    if (lineStart) out.push({ image: trimEndBlanks(text.slice(at, end)), startOffset: at });
    // The rest of a line is never a second comment line.
    at = text.indexOf("//", end);
  }
  return out;
}

function lineEndOf(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}

function readField(token: IToken, text: string, key?: HeaderKey): HeaderField {
  const { keyword, rest } = splitKeyword(token, text);
  return {
    kind: "field",
    key: key ?? (keyword.text.slice(0, -1) as HeaderKey),
    keyRange: spanOf(keyword),
    value: trimmed(rest.text, rest.start),
    start: token.startOffset,
    end: contentEnd(token, text),
  };
}

function buildHeader(fields: HeaderField[], problems: Problems): Header {
  const seen = new Map<HeaderKey, HeaderField>();
  for (const field of fields) {
    const earlier = seen.get(field.key);
    if (earlier) {
      problems.error(
        // Two classifications: the first is used, and may be the public one (`WHITE`, then `RED`).
        // A guard of the public export (found by a review, where the meeting was published).
        field.key === "classification" ? "classification-misplaced" : "syntax-duplicate-field",
        field.keyRange,
        `\`${field.key}:\` is given twice; the first one (\`${earlier.value.text}\`) is used. Delete one of them.` +
          (field.key === "classification" ? " Until then the public version is not exported: the meeting may be meant to be classified as the other says." : ""),
      );
      continue;
    }
    seen.set(field.key, field);
    if (field.value.text.length === 0) {
      problems.error("syntax-field-empty", field, `\`${field.key}:\` has no value after the colon.`);
    }
  }
  const value = (key: HeaderKey): Token | undefined => {
    const field = seen.get(key);
    return field && field.value.text.length > 0 ? field.value : undefined;
  };
  const numberToken = value("number");
  let number: Token<number | undefined> | undefined;
  if (numberToken) {
    const ok = /^\d+$/.test(numberToken.text);
    if (!ok) problems.error("syntax-number", numberToken, `The meeting number \`${numberToken.text}\` is not a whole number: write it as \`number: 77\`.`);
    number = { text: numberToken.text, value: ok ? Number(numberToken.text) : undefined, start: numberToken.start, end: numberToken.end };
  }
  const date = value("date");
  const time = value("time");
  const next = value("next meeting");
  // (Each field set only when written: a header is read with `in` and printed as JSON. Assigned
  // one by one, not spread from objects with a computed key, which made each such object a dictionary.)
  const header: { -readonly [K in keyof Header]: Header[K] } = { fields };
  const set = <K extends Exclude<keyof Header, "fields">>(key: K, v: Header[K] | undefined) => {
    if (v !== undefined) header[key] = v;
  };
  set("title", value("meeting"));
  set("number", number);
  set("reference", value("reference"));
  set("status", value("status"));
  set("date", date && readDate(date));
  set("time", time && readTime(time));
  set("venue", value("venue"));
  set("classification", value("classification"));
  set("nextMeeting", next && readDate(next));
  return header;
}

function buildAttendees(node: CstNode, text: string, problems: Problems, organisationWords: ReadonlySet<string> | undefined): AttendeeSection {
  const attendees: Attendee[] = [];
  const groups: AttendeeGroup[] = [];
  let category: AttendeeGroup | undefined;
  let group: AttendeeGroup | undefined;
  let attendance: Attendance = "present";
  for (const element of ordered(node)) {
    if (!isToken(element)) continue;
    if (element.tokenType === T.CategoryLine || element.tokenType === T.GroupLine || element.tokenType === T.ApologiesLine) {
      const { keyword, rest } = splitKeyword(element, text);
      const name = trimmed(rest.text, rest.start);
      const kind = element.tokenType === T.CategoryLine ? "category"
        : element.tokenType === T.GroupLine ? "group"
        : keyword.text.startsWith("absent") ? "absent" : "apologies";
      const entry: AttendeeGroup = { kind, name, start: element.startOffset, end: contentEnd(element, text) };
      groups.push(entry);
      if (kind === "group") {
        group = entry;
      } else {
        category = entry;
        group = undefined;
        attendance = kind === "category" ? "present" : kind;
      }
      if (name.text.length === 0 && kind !== "apologies" && kind !== "absent") {
        problems.error("syntax-group-name", entry, `\`${keyword.text}\` has no name after the colon, as in \`${kind}: Members\`.`);
      }
      continue;
    }
    if (element.tokenType.name !== "Text") continue;
    // The lexer takes consecutive prose lines as one token; in the attendee list each line is a person.
    for (const line of linesOf(element)) {
      const read = readAttendeeLine(line, problems, organisationWords);
      if (read) attendees.push(attendeeOf(read, line, category, group, attendance));
    }
  }
  const keyword = node.children["AttendeesLine"]![0] as IToken;
  return { kind: "attendees", attendees, groups, start: keyword.startOffset, end: endOf(node) };
}

/** An attendee from its line and the list's headings above it; the notes are read in one pass. */
function attendeeOf(read: AttendeeLine, line: Token, category: AttendeeGroup | undefined, group: AttendeeGroup | undefined, listed: Attendance): Attendee {
  let alternateFor: string | undefined;
  let organisationNote: string | undefined;
  let part = false;
  let remote = false;
  let absence = false;
  let firstOther: string | undefined;
  const roles: string[] = [];
  for (const n of read.notes) {
    if (n.note === "alternate") alternateFor ??= n.argument;
    else if (n.note === "organisation") organisationNote ??= n.argument;
    else if (n.note === "part") part = true;
    else if (n.note === "remote") remote = true;
    else if (n.note === "role") roles.push(n.argument ?? n.text);
    else {
      firstOther ??= n.text;
      const word = n.text.toLowerCase();
      if (word === "apologies" || word === "absent") absence = true;
    }
  }
  // `(apologies)` after a name outside the apologies list: the first such note says which.
  const attendance = absence ? (firstOther!.toLowerCase() as Attendance) : listed;
  const attendee: { -readonly [K in keyof Attendee]: Attendee[K] } = {
    kind: "attendee",
    initials: read.initials,
    name: read.name,
    notes: read.notes,
    attendance,
    part,
    remote,
    roles,
    start: line.start, end: line.end,
  };
  if (category) attendee.category = category;
  if (group) attendee.group = group;
  if (alternateFor) attendee.alternateFor = alternateFor;
  if (organisationNote) attendee.organisationNote = organisationNote;
  return attendee;
}

/** The non-blank lines of a token, each trimmed, with its exact range. */
function linesOf(token: IToken): Token[] {
  const out: Token[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(token.image); m; m = line.exec(token.image)) {
    const t = trimmed(m[0], token.startOffset + m.index);
    if (t.text.length > 0 && !t.text.startsWith("//")) out.push(t);
  }
  return out;
}

function mergeSections(first: AttendeeSection | undefined, second: AttendeeSection): AttendeeSection {
  if (!first) return second;
  // The merged section spans both lists, so that it contains every attendee and group it holds.
  const range = { start: Math.min(first.start, second.start), end: Math.max(first.end, second.end) };
  return { ...first, attendees: [...first.attendees, ...second.attendees], groups: [...first.groups, ...second.groups], start: range.start, end: range.end };
}

function buildItem(node: CstNode, context: BlockContext): Item {
  const itemLine = node.children["ItemLine"]![0] as IToken;
  const { keyword, rest } = splitKeyword(itemLine, context.text);
  const line = readItemLine(keyword.start, keyword.end, rest, context.problems);
  const headerRange = rangeOf(itemLine, context.text);
  const blocks = buildBlocks(ordered(node), context);
  const range = { start: keyword.start, end: endOf(node) };
  const { number, title, classification } = line;
  return classification
    ? { kind: "item", number, title, classification, headerRange, blocks, start: range.start, end: range.end }
    : { kind: "item", number, title, headerRange, blocks, start: range.start, end: range.end };
}

const DIRECTIVE = /^\/\/\s*minutes-disable-(next-line|file)\b(.*)$/;

function readSuppressions(lines: LineIndex, comments: readonly CommentLine[]): Suppression[] {
  const directives = comments.filter((c) => c.image.includes("minutes-disable-"));
  if (directives.length === 0) return [];
  const commentLines = new Set(comments.map((c) => lines.positionAt(c.startOffset).line));
  const out: Suppression[] = [];
  for (const comment of directives) {
    const match = DIRECTIVE.exec(comment.image);
    if (!match) continue;
    const listAt = comment.image.length - match[2]!.length;
    const list: Token = { text: match[2]!, value: match[2]!, start: comment.startOffset + listAt, end: comment.startOffset + comment.image.length };
    const codes: Token[] = [];
    const code = /[a-z][a-z0-9-]*/g;
    for (let m = code.exec(list.text); m; m = code.exec(list.text)) codes.push(sub(list, m.index, m[0]));
    let line = lines.positionAt(comment.startOffset).line + 1;
    while (commentLines.has(line)) line++;
    out.push({ scope: match[1] === "file" ? "file" : "next-line", codes, line, start: comment.startOffset, end: comment.startOffset + comment.image.length });
  }
  return out;
}

