import { spanOf, type Range } from "../text/range.js";
import type { FolderIndex } from "../workspace/folder-index.js";
import { tablesOf } from "../config/derived.js";
import { contentsOf } from "../model/walk.js";
import type { Person } from "../validation/people.js";
import type { Semantics } from "./semantics.js";

export interface Occurrence {
  readonly uri: string;
  readonly range: Range;
  /** The declaration of initials, or the raising of an action. */
  readonly definition: boolean;
}

/** A person's initials within one meeting: the declaration and every mention that means them, and actions they own. */
export function initialsOccurrences(s: Semantics, uri: string, person: Person): Occurrence[] {
  const out: Occurrence[] = [{ uri, range: spanOf(person.attendee.initials), definition: true }];
  const initials = person.attendee.initials.text;
  for (const m of s.mentions) {
    const means = m.candidates.length === 1 ? m.candidates[0] === person : m.declared.length === 1 && m.declared[0] === person;
    if (means) out.push({ uri, range: spanOf(m.initials), definition: false });
  }
  // An owner written as initials is this person only when no one else has them. (It is most
  // often a bare mention too: each place is given once, or a rename would edit it twice, which
  // an editor refuses as overlapping edits.)
  // (Not an organisation's name: `DCC to publish ...` is the organisation's action.)
  if (s.people.withInitials(initials).length === 1 && !tablesOf(s.config).organisationWords.has(initials)) {
    const found = new Set(out.map((o) => o.range.start));
    for (const action of contentsOf(s.doc).actions) {
      if (action.owner?.text === initials && !found.has(action.owner.start)) out.push({ uri, range: spanOf(action.owner), definition: false });
    }
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
