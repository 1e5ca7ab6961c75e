import type { MinutesConfig } from "../config/config.js";
import type { Document } from "../model/ast.js";
import { findMentions, type Mention } from "../validation/mentions.js";
import { People } from "../validation/people.js";
import { KeptSlot, keptOn } from "../kept.js";

/** What the editor features need beyond the tree: who is who, and which words are mentions. Cached per tree. */
export interface Semantics {
  readonly doc: Document;
  readonly config: MinutesConfig;
  readonly people: People;
  readonly mentions: readonly Mention[];
}

class TreeSemantics implements Semantics {
  readonly people: People;
  private found: Mention[] | undefined;

  constructor(
    readonly doc: Document,
    readonly config: MinutesConfig,
  ) {
    this.people = new People(doc, config);
  }

  get mentions(): readonly Mention[] {
    return (this.found ??= findMentions(this.doc, this.people, this.config));
  }
}

/** The semantics of a tree under each settings object it was asked for with (one, nearly always). */
const SEMANTICS = new KeptSlot<Map<MinutesConfig, Semantics>>("semantics");

export function semanticsOf(doc: Document, config: MinutesConfig): Semantics {
  const byConfig = keptOn(doc, SEMANTICS, () => new Map<MinutesConfig, Semantics>());
  let s = byConfig.get(config);
  if (!s) {
    // A tree checked under a new settings object forgets the old: settings change rarely, and are replaced when they do.
    byConfig.clear();
    s = new TreeSemantics(doc, config);
    byConfig.set(config, s);
  }
  return s;
}
