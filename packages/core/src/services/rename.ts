import type { FolderIndex } from "../workspace/folder-index.js";
import { formatActionId, parseActionId } from "../workspace/action-ids.js";
import { contentsOf } from "../model/walk.js";
import { newInitialsProblem } from "../validation/new-initials.js";
import type { Semantics } from "./semantics.js";
import type { Target } from "./locate.js";

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
