import type { MinutesConfig } from "../config/config.js";
import type { Diagnostic, Fix, RelatedInformation, Severity } from "../diagnostics.js";
import type { Document } from "../model/ast.js";
import { type Range, spanOf } from "../text/range.js";
import type { FolderIndex } from "../workspace/folder-index.js";
import { semanticsOf, type Semantics } from "../services/semantics.js";
import type { Mention } from "./mentions.js";
import type { People } from "./people.js";

/** What every check sees: the document, the committee's settings, and the folder when there is one. */
export class CheckContext {
  readonly problems: Diagnostic[] = [];
  /** Who is who and which words are mentions: shared with the editor features through the per-tree cache. */
  private readonly semantics: Semantics;

  constructor(
    readonly doc: Document,
    readonly config: MinutesConfig,
    readonly uri: string,
    /** The folder; `validate` makes a folder of this one meeting when it is given none. */
    readonly index: FolderIndex,
  ) {
    this.semantics = semanticsOf(doc, config);
  }

  get people(): People {
    return this.semantics.people;
  }

  get mentions(): readonly Mention[] {
    return this.semantics.mentions;
  }

  /** Finds the mentions in slices, if no check has asked for them yet: the first check to read them calls it. */
  findMentions(): Generator<void, unknown> {
    return this.semantics.mentionsSteps();
  }

  report(
    code: string,
    severity: Severity,
    range: Range,
    message: string,
    extra: { fixes?: Fix[]; related?: RelatedInformation[] } = {},
  ): void {
    this.problems.push({
      code,
      severity,
      // A copy of the offsets: the range given is often a model node, which a diagnostic must not keep.
      range: spanOf(range),
      message,
      ...(extra.fixes && extra.fixes.length > 0 ? { fixes: extra.fixes } : {}),
      ...(extra.related && extra.related.length > 0 ? { related: extra.related } : {}),
    });
  }
}

/**
 * A check. One that reads a large document a long time (a few milliseconds a megabyte) is a
 * generator that pauses between parts of its reading, so that `validateSteps` pauses there too
 * and the language server answers requests meanwhile; a pause changes nothing of what it finds.
 */
export type Check = (context: CheckContext) => Generator<void, void> | void;

/** A fix that replaces one range. Line breaks are written `\n`: the clients apply a fix in the file's own line ends (`inLineEndsOf`). */
export function replaceFix(title: string, range: Range, newText: string, certain: boolean): Fix {
  return { title, edits: [{ range: spanOf(range), newText }], certain };
}
