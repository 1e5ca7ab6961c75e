import type { MinutesConfig } from "../config/config.js";
import type { Document } from "../model/ast.js";
import { findMentions, type Mention } from "../validation/mentions.js";
import { People } from "../validation/people.js";

/** What the editor features need beyond the tree: who is who, and which words are mentions. Cached per tree. */
export interface Semantics {
  readonly doc: Document;
  readonly config: MinutesConfig;
  readonly people: People;
  readonly mentions: readonly Mention[];
}

const cache = new WeakMap<Document, Semantics>();

export function semanticsOf(doc: Document, config: MinutesConfig): Semantics {
  let s = cache.get(doc);
  if (!s || s.config !== config) {
    const people = new People(doc, config);
    let mentions: Mention[] | undefined;
    s = {
      doc,
      config,
      people,
      get mentions() {
        mentions ??= findMentions(doc, people, config);
        return mentions;
      },
    };
    cache.set(doc, s);
  }
  return s;
}
