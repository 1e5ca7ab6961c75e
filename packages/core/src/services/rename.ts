import type { FolderIndex } from "../workspace/folder-index.js";
import { formatActionId, parseActionId } from "../workspace/action-ids.js";
import { tablesOf } from "../config/derived.js";
import { contentsOf } from "../model/walk.js";
import { escapeRegExp } from "../text/trim.js";
import { INITIALS_SHAPE, INITIALS_SHAPE_IN_WORDS } from "../validation/initials-shape.js";
import type { Semantics } from "./semantics.js";
import type { Target } from "./locate.js";

/** Why a rename cannot be done, in words; undefined when it can. */
export function renameProblem(s: Semantics, index: FolderIndex | undefined, target: Target, newName: string): string | undefined {
  if (target.kind === "initials") {
    if (!INITIALS_SHAPE.test(newName)) return `\`${newName}\` is not written as initials: use ${INITIALS_SHAPE_IN_WORDS}.`;
    const holder = s.people.withInitials(newName)[0];
    if (holder && newName !== target.token.text) return `\`${newName}\` is already the initials of ${holder.attendee.name.text}.`;
    if (target.people.length !== 1) return `\`${target.token.text}\` does not name exactly one attendee: rename its declaration instead.`;
    if (newName !== target.token.text) {
      // Declared initials are read as a mention wherever they stand as a word: initials that are
      // already a word of these minutes (`DCC`) would turn each such word into this person.
      if (tablesOf(s.config).organisationWords.has(newName)) return `\`${newName}\` is an organisation's name in the settings: initials must not be read as one.`;
      // (As the mention finder reads bare initials: not inside parentheses, which `(RHe)` mentions already are.)
      const word = new RegExp(`(?<![(\\w/])${escapeRegExp(newName)}(?![\\w/)])`).exec(s.doc.text);
      if (word) {
        const line = s.doc.lines.positionAt(word.index).line + 1;
        return `\`${newName}\` is already written as a word in these minutes (line ${line}): as initials, every such word would be read as a mention of this person. Choose other initials.`;
      }
    }
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
