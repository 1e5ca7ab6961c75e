import type { MinutesConfig } from "../config/config.js";
import type { Document } from "../model/ast.js";
import { findMentions, findMentionsSteps, type Mention } from "../validation/mentions.js";
import { People } from "../validation/people.js";
import { KeptSlot, keptOnFor } from "../kept.js";

/** What the editor features need beyond the tree: who is who, and which words are mentions. Cached per tree. */
export interface Semantics {
  readonly doc: Document;
  readonly config: MinutesConfig;
  readonly people: People;
  readonly mentions: readonly Mention[];
  /** `mentions`, found in slices if they are not found yet (see `findMentionsSteps`). */
  mentionsSteps(): Generator<void, readonly Mention[]>;
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

  *mentionsSteps(): Generator<void, readonly Mention[]> {
    if (this.found) return this.found;
    const found = yield* findMentionsSteps(this.doc, this.people, this.config);
    // (A request may have asked for them whole in a pause: its list is kept.)
    return (this.found ??= found);
  }
}

/** The semantics of a tree under the settings it was last asked for with. */
const SEMANTICS = new KeptSlot<{ readonly settings: MinutesConfig; readonly value: Semantics }>("semantics");

export function semanticsOf(doc: Document, config: MinutesConfig): Semantics {
  return keptOnFor(doc, SEMANTICS, config, () => new TreeSemantics(doc, config));
}
