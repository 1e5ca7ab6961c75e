import { spanOf, type Range } from "../text/range.js";
import type { FolderIndex } from "../workspace/folder-index.js";
import type { Person } from "../validation/people.js";
import type { Semantics } from "./semantics.js";

export interface Occurrence {
  readonly uri: string;
  readonly range: Range;
  /** The declaration of initials, or the raising of an action. */
  readonly definition: boolean;
}

/**
 * A person's initials within one meeting: the declaration and every mention that means them. An
 * action's owner written as their initials is one of those mentions (a bare one), so it is given
 * once; an owner that is an organisation's name (`DCC to publish ...`) is no mention.
 */
export function initialsOccurrences(s: Semantics, uri: string, person: Person): Occurrence[] {
  const out: Occurrence[] = [{ uri, range: spanOf(person.attendee.initials), definition: true }];
  for (const m of s.mentions) {
    const means = m.candidates.length === 1 ? m.candidates[0] === person : m.declared.length === 1 && m.declared[0] === person;
    if (means) out.push({ uri, range: spanOf(m.initials), definition: false });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** An action ID across the folder: where it was raised, every update, and every mention. */
export function actionOccurrences(index: FolderIndex, id: string): Occurrence[] {
  const record = index.action(id);
  if (!record) return [];
  const out: Occurrence[] = [];
  const seen = new Set<string>();
  const add = (uri: string, range: Range, definition: boolean) => {
    const key = `${uri}#${range.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ uri, range: spanOf(range), definition });
  };
  if (record.raised) add(record.raised.meeting.uri, record.raised.action.id, true);
  for (const u of record.updates) add(u.meeting.uri, u.update.id, false);
  for (const m of record.mentions) add(m.meeting.uri, m.range, false);
  return out;
}
