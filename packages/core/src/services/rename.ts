import type { TextEdit } from "../diagnostics.js";
import type { Attendee, Document } from "../model/ast.js";
import { spanOf } from "../text/range.js";
import type { Person } from "../validation/people.js";
import type { FolderIndex } from "../workspace/folder-index.js";
import { formatActionId, parseActionId } from "../workspace/action-ids.js";
import { contentsOf } from "../model/walk.js";
import { newInitialsProblem } from "../validation/new-initials.js";
import type { Semantics } from "./semantics.js";
import type { Target } from "./locate.js";
import { attendeeTable } from "./format.js";
import { initialsOccurrences } from "./occurrences.js";

/** Why a rename cannot be done, in words; undefined when it can. */
export function renameProblem(s: Semantics, index: FolderIndex | undefined, target: Target, newName: string): string | undefined {
  if (target.kind === "initials") {
    // (What is wrong with the new initials is said first, then whether the old name one attendee.)
    const problem = newInitialsProblem(s, target.token.text, newName);
    if (problem) return problem;
    if (target.people.length !== 1) return `\`${target.token.text}\` does not name exactly one attendee: rename its declaration instead.`;
    return undefined;
  }
  if (target.kind === "action") {
    const parts = parseActionId(newName, s.config);
    if (!parts) return `\`${newName}\` is not a well-formed action ID: expected \`${s.config.actionIds.prefix}\`, the meeting number, \`/\` and a ${s.config.actionIds.sequenceDigits}-digit number.`;
    const written = formatActionId(parts.meeting, parts.sequence, s.config);
    if (written !== newName) return `Write the ID as \`${written}\`.`;
    // An action keeps the number of the meeting that raised it: only its place can change.
    const raisedAt = index?.action(target.id)?.raised?.meeting.number ?? parseActionId(target.id, s.config)?.meeting;
    if (raisedAt !== undefined && parts.meeting !== raisedAt) {
      return `\`${target.id}\` was raised at meeting ${raisedAt}, so its ID keeps ${raisedAt}: change only the number after the \`/\`.`;
    }
    if (newName !== target.id && index?.action(newName)) return `\`${newName}\` is already an action of this folder.`;
    // Raised twice, the ID names two actions: a rename would move the updates of both to one.
    const raising = (index?.meetings() ?? [{ uri: "", doc: s.doc }]).flatMap((m) => contentsOf(m.doc).actions.filter((a) => a.id.text === target.id).map(() => m.uri));
    if (raising.length > 1) {
      const where = [...new Set(raising.map((uri) => uri.slice(uri.lastIndexOf("/") + 1)))];
      return `\`${target.id}\` is raised ${raising.length} times (${where.length > 1 || where[0] ? `in ${where.join(" and ")}` : "in these minutes"}): give each action its own ID first, then rename.`;
    }
    return undefined;
  }
  return "Only attendees' initials and action IDs can be renamed.";
}

/**
 * The edits that give a person new initials: one at each mention, and at the declaration one
 * that keeps the attendee table as it is laid out (see `declarationEdits`). No two overlap.
 */
export function initialsRenameEdits(s: Semantics, person: Person, newName: string): TextEdit[] {
  const mentions = initialsOccurrences(s, "", person).filter((o) => !o.definition).map((o) => ({ range: o.range, newText: newName }));
  return [...declarationEdits(s.doc, person.attendee, newName), ...mentions].sort((a, b) => a.range.start - b.range.start);
}

/**
 * A declaration aligned as the formatter aligns it takes its gap with the initials, so that its
 * name stays in the table's column; when the new initials widen or narrow that column, every
 * other line aligned with it moves too, as the formatter would write them (formatting after a
 * rename then changes nothing). Any other declaration keeps its name where it is if two spaces
 * still fit before it.
 */
function declarationEdits(doc: Document, attendee: Attendee, newName: string): TextEdit[] {
  const before = attendeeTable(doc);
  const inTable = new Set(before.attendees);
  const alignedNow = (a: Attendee) => inTable.has(a) && upToName(doc, a) === before.upToName(a.initials.text);
  if (!alignedNow(attendee)) return [keepingNameInPlace(doc, attendee, newName)];
  const after = attendeeTable(doc, (a) => (a === attendee ? newName : a.initials.text));
  const own = { range: { start: attendee.initials.start, end: attendee.name.start }, newText: fromOffset(doc, attendee.initials.start, after.upToName(newName)) };
  const others = before.attendees.filter((a) => a !== attendee && alignedNow(a) && after.upToName(a.initials.text) !== before.upToName(a.initials.text));
  return [own, ...others.map((a) => ({ range: { start: a.initials.end, end: a.name.start }, newText: fromOffset(doc, a.initials.end, after.upToName(a.initials.text)) }))];
}

/**
 * Outside an aligned table: the new initials and spaces to the name where it stands, when the gap
 * is of spaces and two still fit; otherwise the initials alone (a tab or a mark in the gap stays).
 */
function keepingNameInPlace(doc: Document, attendee: Attendee, newName: string): TextEdit {
  const room = attendee.name.start - attendee.initials.start - newName.length;
  if (/^ +$/.test(doc.text.slice(attendee.initials.end, attendee.name.start)) && room >= 2) {
    return { range: { start: attendee.initials.start, end: attendee.name.start }, newText: newName + " ".repeat(room) };
  }
  return { range: spanOf(attendee.initials), newText: newName };
}

/** An attendee's line up to its name, as written. */
function upToName(doc: Document, a: Attendee): string {
  return doc.text.slice(lineStartOf(doc, a.start), a.name.start);
}

/** What of `written`, a line up to a name as the formatter writes it, stands from `offset` on. */
function fromOffset(doc: Document, offset: number, written: string): string {
  return written.slice(offset - lineStartOf(doc, offset));
}

function lineStartOf(doc: Document, offset: number): number {
  return doc.lines.lineStart(doc.lines.positionAt(offset).line);
}
