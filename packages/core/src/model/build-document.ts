import type { CstNode, IToken } from "chevrotain";
import { LineIndex } from "../text/line-index.js";
import type { Token } from "../text/range.js";
import type {
  Attendance, Attendee, AttendeeGroup, AttendeeSection, Comment, Document, Header, HeaderField, HeaderKey, Item, Suppression,
} from "./ast.js";
import { buildBlocks, prose, reportStrayEnd, type BlockContext } from "./build-blocks.js";
import { endOf, firstToken, isToken, nodes, onlyChild, ordered, startOf } from "./cst.js";
import { readDate, readTime } from "./dates.js";
import { readAttendeeLine, readItemLine, sub, trimmed } from "./line-readers.js";
import { Problems } from "./problems.js";
import { blocksOf, proseOfBlock } from "./walk.js";
import type { ResolutionSettings } from "./resolutions.js";

/** Builds the model from the CST. Reports every line it cannot read, and reads the rest. */
export function buildDocument(
  text: string,
  cst: CstNode,
  comments: readonly IToken[],
  settings: ResolutionSettings,
  problems: Problems,
): Document {
  const context: BlockContext = { text, problems, settings };
  const fields: HeaderField[] = [];
  const items: Item[] = [];
  let attendees: AttendeeSection | undefined;
  let reportedOutside = false;

  for (const element of ordered(cst)) {
    if (isToken(element)) continue;
    switch (element.name) {
      case "headerField":
        fields.push(readField(element));
        break;
      case "attendees":
        if (attendees) {
          problems.error("syntax-duplicate-attendees", rangeOf(element, "AttendeesKw"), "A second `attendees:` list: a meeting has one. Move these attendees into the first list.");
        }
        attendees = mergeSections(attendees, buildAttendees(element, problems));
        break;
      case "item":
        items.push(buildItem(element, context));
        break;
      case "attendeeGroup":
        problems.error(
          "syntax-group-outside-attendees",
          { start: startOf(element), end: endOf(element) },
          "`category:`, `group:` and `apologies:` belong in the attendee list: write `attendees:` above them.",
        );
        break;
      case "strayEnd":
        reportStrayEnd(element, context);
        break;
      case "block": {
        const inner = onlyChild(element) as CstNode;
        if (inner.name === "statusLine" && items.length === 0) {
          fields.push(readField(inner, "status"));
        } else if (!reportedOutside) {
          // One report for the run, not one a line: the fix is a single `item` line above.
          reportedOutside = true;
          problems.error(
            "syntax-outside-item",
            { start: startOf(element), end: lineEndOf(text, startOf(element)) },
            items.length === 0
              ? "Text before the first item: the header holds only `field: value` lines. Start an item with `item 1: Title` above this, or make it a comment with `//`."
              : "Text after the end of the minutes cannot belong to an item. Move it above `next meeting:` or into the last item.",
          );
        }
        break;
      }
    }
  }

  for (const item of items) reportUnclosedNotes(item, problems);

  const lines = new LineIndex(text);
  return {
    kind: "document",
    text,
    lines,
    header: buildHeader(fields, problems),
    ...(attendees ? { attendees } : {}),
    items,
    comments: comments.map((c): Comment => ({ text: c.image, range: { start: c.startOffset, end: endOf(c) } })),
    suppressions: readSuppressions(lines, comments),
    diagnostics: problems.list,
  };
}

function rangeOf(node: CstNode, tokenName: string) {
  const token = firstToken(node, tokenName)!;
  return { start: token.startOffset, end: endOf(token) };
}

function lineEndOf(text: string, offset: number): number {
  const match = /[\r\n]/.exec(text.slice(offset));
  return match ? offset + match.index : text.length;
}

function readField(node: CstNode, key?: HeaderKey): HeaderField {
  const keyToken = (firstToken(node, "FieldKey") ?? firstToken(node, "StatusKey"))!;
  const rest = firstToken(node, "RestText");
  const value = trimmed(rest?.image ?? "", rest?.startOffset ?? endOf(keyToken));
  return {
    kind: "field",
    key: key ?? (keyToken.image.slice(0, -1) as HeaderKey),
    keyRange: { start: keyToken.startOffset, end: endOf(keyToken) },
    value,
    range: { start: keyToken.startOffset, end: rest ? endOf(rest) : endOf(keyToken) },
  };
}

function buildHeader(fields: HeaderField[], problems: Problems): Header {
  const seen = new Map<HeaderKey, HeaderField>();
  for (const field of fields) {
    const earlier = seen.get(field.key);
    if (earlier) {
      problems.error(
        "syntax-duplicate-field",
        field.keyRange,
        `\`${field.key}:\` is given twice; the first one (\`${earlier.value.text}\`) is used. Delete one of them.`,
      );
      continue;
    }
    seen.set(field.key, field);
    if (field.value.text.length === 0) {
      problems.error("syntax-field-empty", field.range, `\`${field.key}:\` has no value after the colon.`);
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
    if (!ok) problems.error("syntax-number", numberToken.range, `The meeting number \`${numberToken.text}\` is not a whole number: write it as \`number: 77\`.`);
    number = { ...numberToken, value: ok ? Number(numberToken.text) : undefined };
  }
  const date = value("date");
  const time = value("time");
  const next = value("next meeting");
  const optional = <K extends string, V>(key: K, v: V | undefined) => (v === undefined ? {} : ({ [key]: v } as Record<K, V>));
  return {
    fields,
    ...optional("title", value("meeting")),
    ...optional("number", number),
    ...optional("reference", value("reference")),
    ...optional("status", value("status")),
    ...optional("date", date && readDate(date)),
    ...optional("time", time && readTime(time)),
    ...optional("venue", value("venue")),
    ...optional("classification", value("classification")),
    ...optional("nextMeeting", next && readDate(next)),
  };
}

function buildAttendees(node: CstNode, problems: Problems): AttendeeSection {
  const attendees: Attendee[] = [];
  const groups: AttendeeGroup[] = [];
  let category: AttendeeGroup | undefined;
  let group: AttendeeGroup | undefined;
  let attendance: Attendance = "present";
  for (const element of ordered(node)) {
    if (!isToken(element)) {
      const keyword = (firstToken(element, "CategoryKw") ?? firstToken(element, "GroupKw") ?? firstToken(element, "ApologiesKw"))!;
      const rest = firstToken(element, "RestText");
      const name = trimmed(rest?.image ?? "", rest?.startOffset ?? endOf(keyword));
      const kind = keyword.tokenType.name === "CategoryKw" ? "category"
        : keyword.tokenType.name === "GroupKw" ? "group"
        : keyword.image.startsWith("absent") ? "absent" : "apologies";
      const entry: AttendeeGroup = { kind, name, range: { start: keyword.startOffset, end: endOf(element) } };
      groups.push(entry);
      if (kind === "group") {
        group = entry;
      } else {
        category = entry;
        group = undefined;
        attendance = kind === "category" ? "present" : kind;
      }
      if (name.text.length === 0 && kind !== "apologies" && kind !== "absent") {
        problems.error("syntax-group-name", entry.range, `\`${keyword.image}\` has no name after the colon, as in \`${kind}: SEC Panel Members\`.`);
      }
      continue;
    }
    if (element.tokenType.name !== "Text") continue;
    // The lexer takes consecutive prose lines as one token; in the attendee list each line is a person.
    for (const line of linesOf(element)) {
      const read = readAttendeeLine(line, problems);
      if (!read) continue;
      const note = (kind: string) => read.notes.find((n) => n.note === kind);
      const alternate = note("alternate")?.argument;
      const organisation = note("organisation")?.argument;
      attendees.push({
        kind: "attendee",
        initials: read.initials,
        name: read.name,
        notes: read.notes,
        ...(category ? { category } : {}),
        ...(group ? { group } : {}),
        attendance: read.notes.some((n) => /^(apologies|absent)$/i.test(n.text)) ? (note("other")?.text.toLowerCase() as Attendance) : attendance,
        part: note("part") !== undefined,
        remote: note("remote") !== undefined,
        ...(alternate ? { alternateFor: alternate } : {}),
        ...(organisation ? { organisationNote: organisation } : {}),
        roles: read.notes.filter((n) => n.note === "role").map((n) => n.argument ?? n.text),
        range: line.range,
      });
    }
  }
  const keyword = firstToken(node, "AttendeesKw")!;
  return { kind: "attendees", attendees, groups, range: { start: keyword.startOffset, end: endOf(node) } };
}

/** The non-blank lines of a token, each trimmed, with its exact range. */
function linesOf(token: IToken): Token[] {
  const out: Token[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(token.image); m; m = line.exec(token.image)) {
    const t = trimmed(m[0], token.startOffset + m.index);
    if (t.text.length > 0) out.push(t);
  }
  return out;
}

function mergeSections(first: AttendeeSection | undefined, second: AttendeeSection): AttendeeSection {
  if (!first) return second;
  return { ...first, attendees: [...first.attendees, ...second.attendees], groups: [...first.groups, ...second.groups] };
}

function buildItem(node: CstNode, context: BlockContext): Item {
  const keyword = firstToken(node, "ItemKw")!;
  const rest = firstToken(node, "RestText");
  const restToken = rest ? { text: rest.image, value: rest.image, range: { start: rest.startOffset, end: endOf(rest) } } : undefined;
  const line = readItemLine(keyword.startOffset, endOf(keyword), restToken, context.problems);
  const children = ordered(node).filter((e): e is CstNode => !isToken(e));
  return {
    kind: "item",
    ...line,
    headerRange: { start: keyword.startOffset, end: rest ? endOf(rest) : endOf(keyword) },
    blocks: buildBlocks(children, context),
    range: { start: keyword.startOffset, end: endOf(node) },
  };
}

function reportUnclosedNotes(item: Item, problems: Problems): void {
  for (const block of blocksOf(item.blocks)) {
    for (const p of proseOfBlock(block)) {
      for (const note of p.notes) {
        if (note.closed) continue;
        problems.error(
          "syntax-unclosed-note",
          { start: note.range.start, end: note.text.range.start },
          "This post-meeting note is not closed: expected `]` at its end. Until then it runs to the end of the paragraph.",
        );
      }
    }
  }
}

const DIRECTIVE = /^\/\/\s*minutes-disable-(next-line|file)\b(.*)$/;

function readSuppressions(lines: LineIndex, comments: readonly IToken[]): Suppression[] {
  const commentLines = new Set(comments.map((c) => lines.positionAt(c.startOffset).line));
  const out: Suppression[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.image);
    if (!match) continue;
    const listAt = comment.image.length - match[2]!.length;
    const list: Token = { text: match[2]!, value: match[2]!, range: { start: comment.startOffset + listAt, end: endOf(comment) } };
    const codes: Token[] = [];
    const code = /[a-z][a-z0-9-]*/g;
    for (let m = code.exec(list.text); m; m = code.exec(list.text)) codes.push(sub(list, m.index, m[0]));
    let line = lines.positionAt(comment.startOffset).line + 1;
    while (commentLines.has(line)) line++;
    out.push({ scope: match[1] === "file" ? "file" : "next-line", codes, line, range: { start: comment.startOffset, end: endOf(comment) } });
  }
  return out;
}

export { nodes, prose };
