import type { TextDocumentContentChangeEvent } from "vscode-languageserver";

/**
 * Since which version a document's changes have all been on one line. Completion asks it to tell
 * a keystroke (a tree a few versions old is as good as a new one, since the line before the
 * cursor is read from the text) from a change elsewhere (pasted or deleted lines, which the old
 * tree does not know).
 */
export class EditedLines {
  /** Per document: every change after version `since` was on `line`; none at all when `line` is undefined. */
  private readonly runs = new Map<string, { since: number; line: number | undefined }>();

  /** A document was opened at `version`: nothing has changed since. */
  opened(uri: string, version: number): void {
    this.runs.set(uri, { since: version, line: undefined });
  }

  /** Records the changes that took a document from version `from` to version `to`. */
  changed(uri: string, from: number, to: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    const line = soleLineOf(changes);
    const run = this.runs.get(uri);
    if (line === undefined) this.runs.set(uri, { since: to, line: undefined });
    else if (!run || run.line !== line) this.runs.set(uri, { since: from, line });
  }

  /** Whether every change after version `version` was on line `line` (or there was none). */
  onlyOnLineSince(uri: string, version: number, line: number): boolean {
    const run = this.runs.get(uri);
    return run !== undefined && version >= run.since && (run.line === undefined || run.line === line);
  }

  closed(uri: string): void {
    this.runs.delete(uri);
  }
}

/**
 * The line every change is on, when they are all within one and the same line (no line break
 * written or taken away); undefined otherwise. Such changes keep the numbers of all lines, so
 * each change's line is also the line in the final text.
 */
function soleLineOf(changes: readonly TextDocumentContentChangeEvent[]): number | undefined {
  let line: number | undefined;
  for (const change of changes) {
    // A change without a range replaces the whole text.
    if (!("range" in change) || change.range.start.line !== change.range.end.line || /[\r\n]/.test(change.text)) return undefined;
    if (line !== undefined && change.range.start.line !== line) return undefined;
    line = change.range.start.line;
  }
  return line;
}
