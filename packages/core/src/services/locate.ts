import type { Attendee, Resolution } from "../model/ast.js";
import { blocksOf, proseOfBlock } from "../model/walk.js";
import { contains, type Token } from "../text/range.js";
import type { Mention } from "../validation/mentions.js";
import type { Person } from "../validation/people.js";
import type { Semantics } from "./semantics.js";

/** The reference under the cursor, as the editor features see it. */
export type Target =
  | { readonly kind: "initials"; readonly token: Token; readonly people: readonly Person[]; readonly declaration?: Attendee; readonly mention?: Mention }
  | { readonly kind: "action"; readonly token: Token; readonly id: string; readonly role: "raised" | "update" | "mention" }
  | { readonly kind: "verb"; readonly token: Token; readonly resolution: Resolution }
  | { readonly kind: "status"; readonly token: Token }
  | { readonly kind: "classification"; readonly token: Token };

/** What stands at `offset` (a cursor between two characters counts for the token on either side). */
export function locate(s: Semantics, offset: number): Target | undefined {
  const { doc, people } = s;
  for (const attendee of doc.attendees?.attendees ?? []) {
    if (contains(attendee.initials, offset)) {
      const person = people.all.find((p) => p.attendee === attendee);
      return { kind: "initials", token: attendee.initials, people: person ? [person] : [], declaration: attendee };
    }
  }
  const mention = s.mentions.find((m) => contains(m.initials, offset));
  if (mention) return { kind: "initials", token: mention.initials, people: mention.candidates.length > 0 ? mention.candidates : mention.declared, mention };
  if (doc.header.classification && contains(doc.header.classification, offset)) return { kind: "classification", token: doc.header.classification };
  for (const item of doc.items) {
    if (offset < item.start || offset > item.end) continue;
    if (item.classification && contains(item.classification, offset)) return { kind: "classification", token: item.classification };
    for (const block of blocksOf(item.blocks)) {
      if (offset < block.start || offset > block.end) continue;
      if ((block.kind === "action" || block.kind === "update") && block.id.text && contains(block.id, offset)) {
        return { kind: "action", token: block.id, id: block.id.text, role: block.kind === "action" ? "raised" : "update" };
      }
      if (block.kind === "update" && block.status && contains(block.status, offset)) return { kind: "status", token: block.status };
      for (const prose of proseOfBlock(block)) {
        const ref = prose.actionRefs.find((r) => contains(r, offset));
        if (ref) return { kind: "action", token: ref, id: ref.text, role: "mention" };
      }
      const resolutions = block.kind === "paragraph" && block.resolution ? [block.resolution] : block.kind === "list" ? block.items.flatMap((i) => (i.resolution ? [i.resolution] : [])) : [];
      for (const resolution of resolutions) {
        const verb = resolution.verbs.find((v) => contains(v, offset));
        if (verb) return { kind: "verb", token: verb, resolution };
      }
    }
  }
  return undefined;
}
