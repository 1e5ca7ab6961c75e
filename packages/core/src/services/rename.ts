import type { FolderIndex } from "../workspace/folder-index.js";
import { parseActionId } from "../workspace/action-ids.js";
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
    return undefined;
  }
  if (target.kind === "action") {
    if (!parseActionId(newName, s.config)) return `\`${newName}\` is not a well-formed action ID: expected \`${s.config.actionIds.prefix}\`, the meeting number, \`/\` and a ${s.config.actionIds.sequenceDigits}-digit number.`;
    if (newName !== target.id && index?.action(newName)) return `\`${newName}\` is already an action of this folder.`;
    return undefined;
  }
  return "Only attendees' initials and action IDs can be renamed.";
}
