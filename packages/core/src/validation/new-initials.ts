import { tablesOf } from "../config/derived.js";
import { escapeRegExp } from "../text/trim.js";
import { INITIALS_SHAPE, INITIALS_SHAPE_IN_WORDS } from "./initials-shape.js";
import type { Semantics } from "../services/semantics.js";

/**
 * Why `newName` cannot be given as new initials to the attendee now declared `current`, in
 * words; undefined when it can. The editor's rename asks it, and so does `initials-organisation`
 * before it proposes initials, so that what it proposes the rename accepts.
 */
export function newInitialsProblem(s: Pick<Semantics, "doc" | "config" | "people">, current: string, newName: string): string | undefined {
  if (!INITIALS_SHAPE.test(newName)) return `\`${newName}\` is not written as initials: use ${INITIALS_SHAPE_IN_WORDS}.`;
  const holder = s.people.withInitials(newName)[0];
  if (holder && newName !== current) return `\`${newName}\` is already the initials of ${holder.attendee.name.text}.`;
  if (newName === current) return undefined;
  // Declared initials are read as a mention wherever they stand as a word: initials that are
  // already a word of these minutes (`DCC`) would turn each such word into this person.
  if (tablesOf(s.config).organisationWords.has(newName)) return `\`${newName}\` is an organisation's name in the settings: initials must not be read as one.`;
  // (As the mention finder reads bare initials: not inside parentheses, which `(RHe)` mentions already are.)
  const word = new RegExp(`(?<![(\\w/])${escapeRegExp(newName)}(?![\\w/)])`).exec(s.doc.text);
  if (word) {
    const line = s.doc.lines.positionAt(word.index).line + 1;
    return `\`${newName}\` is already written as a word in these minutes (line ${line}): as initials, every such word would be read as a mention of this person. Choose other initials.`;
  }
  return undefined;
}
