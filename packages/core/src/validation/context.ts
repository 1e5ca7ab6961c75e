import type { MinutesConfig } from "../config/config.js";
import type { Diagnostic, Fix, RelatedInformation, Severity } from "../diagnostics.js";
import type { Document } from "../model/ast.js";
import type { Range } from "../text/range.js";
import type { FolderIndex, Meeting } from "../workspace/folder-index.js";
import { findMentions, type Mention } from "./mentions.js";
import { People } from "./people.js";

/** What every check sees: the document, the committee's settings, and the folder when there is one. */
export class CheckContext {
  readonly problems: Diagnostic[] = [];
  readonly people: People;
  private mentionList: Mention[] | undefined;

  constructor(
    readonly doc: Document,
    readonly config: MinutesConfig,
    readonly uri: string,
    readonly index: FolderIndex | undefined,
  ) {
    this.people = new People(doc, config);
  }

  get mentions(): Mention[] {
    this.mentionList ??= findMentions(this.doc, this.people, this.config);
    return this.mentionList;
  }

  /** This meeting as the folder index knows it (the index holds this very document). */
  get meeting(): Meeting | undefined {
    return this.index?.get(this.uri);
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
      range,
      message,
      ...(extra.fixes && extra.fixes.length > 0 ? { fixes: extra.fixes } : {}),
      ...(extra.related && extra.related.length > 0 ? { related: extra.related } : {}),
    });
  }
}

export type Check = (context: CheckContext) => void;

/** A fix that replaces one range. */
export function replaceFix(title: string, range: Range, newText: string, certain: boolean): Fix {
  return { title, edits: [{ range, newText }], certain };
}
