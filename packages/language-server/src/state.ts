import type { Document } from "@minutes/core";
import { KeptSlot, keptOn, semanticsOf, validate, type Diagnostic as CoreDiagnostic, type Semantics } from "@minutes/core";
import { TextDocuments } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Committee, Committees } from "./committees.js";

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

  /** `warn` tells the client's log about a document opened without text (a client's defect). */
  constructor(readonly committees: Committees, warn: (message: string) => void = () => {}) {
    // The protocol says a document's text is a string; a client that sends anything else gets
    // an empty document and a warning, so no feature ever sees a non-string (which gave
    // diagnostics with no positions).
    this.documents = new TextDocuments({
      create: (uri, languageId, version, content) => {
        if (typeof content === "string") return TextDocument.create(uri, languageId, version, content);
        warn(`minutes: ${uri} was opened with ${content === null ? "null" : typeof content} for its text; it is read as empty.`);
        return TextDocument.create(uri, languageId, version, "");
      },
      update: (document, changes, version) => {
        const readable = changes.filter((c) => typeof c.text === "string");
        if (readable.length < changes.length) warn(`minutes: a change to ${document.uri} had no text; it was left out.`);
        return TextDocument.update(document, readable, version);
      },
    });
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
   * The latest parse of a document without parsing again, and its current text: for requests
   * that can work with a tree a keystroke old (completion), so they never wait for a parse of
   * a large document. Parses only if there is no tree yet.
   */
  latest(uri: string): { snapshot: Snapshot; document: TextDocument } | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const committee = this.committees.committeeNow(uri);
    const doc = this.committees.documentOf(uri) ?? this.committees.setOpen(committee, uri, document.version, document.getText());
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
