import type { Document } from "@minutes/core";
import { semanticsOf, type Semantics } from "@minutes/core";
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
  readonly documents = new TextDocuments(TextDocument);

  constructor(readonly committees: Committees) {}

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

  /** A snapshot of any meeting in a committee, open or not (for cross-file features). */
  meetingDoc(uri: string): Document | undefined {
    return this.committees.documentOf(uri);
  }
}
