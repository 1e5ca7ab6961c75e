import type { Document } from "@minutes/core";
import { KeptSlot, keptOn, semanticsOf, validate, type Diagnostic as CoreDiagnostic, type Semantics } from "@minutes/core";
import { TextDocuments } from "vscode-languageserver";
import { TextDocument, type Range } from "vscode-languageserver-textdocument";
import type { Committee, Committees } from "./committees.js";
import { EditedLines } from "./edited-lines.js";

/** What a request handler needs about one open document, parsed at its current version. */
export interface Snapshot {
  readonly uri: string;
  readonly doc: Document;
  readonly committee: Committee;
  readonly semantics: Semantics;
}

/** Open documents (kept by vscode-languageserver with incremental sync) and their parses. */
export class State {
  readonly documents: TextDocuments<TextDocument>;
  /** Whether the client takes completion snippets (`completionItem.snippetSupport`), as it said at initialize. */
  clientTakesSnippets = false;
  /** Whether the client makes files from a workspace edit (`workspaceEdit.resourceOperations` has `create`), as it said at initialize. */
  clientCreatesFiles = false;
  /** Where each open document was changed since which version: what an older tree does not know. */
  private readonly edited = new EditedLines();

  /** `warn` tells the client's log about a document opened without text (a client's defect). */
  constructor(readonly committees: Committees, warn: (message: string) => void = () => {}) {
    // The protocol says a document's text is a string; a client that sends anything else gets
    // an empty document and a warning, so no feature ever sees a non-string (which gave
    // diagnostics with no positions).
    this.documents = new TextDocuments({
      create: (uri, languageId, version, content) => {
        this.edited.opened(uri, version);
        if (typeof content === "string") return TextDocument.create(uri, languageId, version, content);
        warn(`minutes: ${uri} was opened with ${content === null ? "null" : typeof content} for its text; it is read as empty.`);
        return TextDocument.create(uri, languageId, version, "");
      },
      update: (document, changes, version) => {
        const readable = changes.filter((c) => typeof c.text === "string");
        if (readable.length < changes.length) warn(`minutes: a change to ${document.uri} had no text; it was left out.`);
        this.edited.changed(document.uri, document.version, version, readable);
        // One change at a time, as the library applies them, each looked at against the text before it.
        let lineTableStale = false;
        let updated = document;
        for (const change of readable) {
          if (!lineTableStale && "range" in change && change.range) lineTableStale = joinsOrSplitsLineEnd(updated, change.range, change.text);
          updated = TextDocument.update(updated, [change], version);
        }
        return lineTableStale ? TextDocument.create(updated.uri, updated.languageId, version, updated.getText()) : updated;
      },
    });
    this.documents.onDidClose((event) => this.edited.closed(event.document.uri));
  }

  /**
   * The document at its latest version. Parsing is cheap (milliseconds for a meeting), so a
   * request never waits for the diagnostics pass: it parses the current text itself if needed.
   */
  snapshot(uri: string): Snapshot | undefined {
    const text = this.documents.get(uri);
    if (!text) return undefined;
    const committee = this.committees.committeeNow(uri);
    const doc = this.committees.setOpen(committee, uri, text.version, text.getText());
    return { uri, doc, committee, semantics: semanticsOf(doc, committee.config) };
  }

  /**
   * A tree for a request at `line` of the current text that reads that line from the text itself
   * (completion): the latest parse when every change since it was on that line, so that typing
   * never waits for a parse of a large document; otherwise (lines pasted, deleted or split since)
   * a parse of the current text, which the diagnostics pass then takes instead of parsing again.
   */
  snapshotForLine(uri: string, line: number): { snapshot: Snapshot; document: TextDocument } | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const committee = this.committees.committeeNow(uri);
    const parsed = this.committees.parsedVersion(uri);
    const keystrokesBehind = parsed !== undefined && (parsed === document.version || this.edited.onlyOnLineSince(uri, parsed, line));
    const doc = (keystrokesBehind ? this.committees.documentOf(uri) : undefined) ?? this.committees.setOpen(committee, uri, document.version, document.getText());
    return { snapshot: { uri, doc, committee, semantics: semanticsOf(doc, committee.config) }, document };
  }

  /**
   * The checks' findings for a snapshot: those the diagnostics pass recorded for this very tree
   * while its folder has not changed since, or checked now. Code actions (asked on every move of
   * the cursor) and the preview use them, so a document is not checked again for each request.
   */
  diagnosticsOf(s: Snapshot): CoreDiagnostic[] {
    const recorded = checkedOf(s.doc);
    if (recorded.generation === s.committee.index.generation) return recorded.diagnostics;
    const generation = s.committee.index.generation;
    // The generation is recorded with the findings, after the check: never as checked without them.
    recorded.diagnostics = validate(s.doc, { config: s.committee.config, uri: s.uri, index: s.committee.index });
    recorded.generation = generation;
    return recorded.diagnostics;
  }

  /** Records the findings of a check that started when the folder was at `generation`. */
  recordChecked(doc: Document, generation: number, diagnostics: CoreDiagnostic[]): void {
    const recorded = checkedOf(doc);
    recorded.generation = generation;
    recorded.diagnostics = diagnostics;
  }

  /** A snapshot of any meeting in a committee, open or not (for cross-file features). */
  meetingDoc(uri: string): Document | undefined {
    return this.committees.documentOf(uri);
  }
}

/** The findings of a tree, and the folder's generation they were found at; kept on the tree, to die with it (see core's kept.ts). */
const CHECKED = new KeptSlot<{ generation: number; diagnostics: CoreDiagnostic[] }>("checked");

function checkedOf(doc: Document): { generation: number; diagnostics: CoreDiagnostic[] } {
  return keptOn(doc, CHECKED, () => ({ generation: -1, diagnostics: [] }));
}

/**
 * Whether a change of `range` to `text` makes a carriage return and a line feed one line end, or
 * parts them: a CR before it and an LF in its text or after it, or a CR ending its text and an
 * LF after it. The incremental line table of vscode-languageserver-textdocument reads the text
 * of a change alone, and kept a line start between the two, so that every position after it was
 * a line off (found by a test of the editor's features: a CR and an LF typed as two changes).
 * The document is then read afresh.
 */
function joinsOrSplitsLineEnd(document: TextDocument, range: Range, text: string): boolean {
  const content = document.getText();
  const cr = content.charCodeAt(document.offsetAt(range.start) - 1) === 13;
  const lf = content.charCodeAt(document.offsetAt(range.end)) === 10;
  return (cr && (text.charCodeAt(0) === 10 || lf)) || (text.charCodeAt(text.length - 1) === 13 && lf);
}
