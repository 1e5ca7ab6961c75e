import { parseSteps, validateSteps, type Diagnostic as CoreDiagnostic, type Document } from "@minutes/core";
import type { Connection } from "vscode-languageserver";
import { toDiagnostic } from "../convert.js";
import type { Committee } from "../committees.js";
import type { State } from "../state.js";
import { afterArrivedMessages } from "../turns.js";

/*
 * Diagnostics are pushed after every change, without a debounce (a debounce is latency the
 * user sees). Work runs in slices, each queued behind the messages that arrived during the one
 * before (`afterArrivedMessages`), so requests that arrive meanwhile (completion, hover) wait
 * for one slice at most, and a run whose version is no longer current is dropped: a burst of
 * keystrokes yields one up-to-date result, not a queue of old ones.
 */
export class DiagnosticsScheduler {
  private readonly pending = new Map<string, NodeJS.Immediate>();
  /** The latest run started for each document: an earlier one still in its slices stops at the next. */
  private readonly latest = new Map<string, number>();
  private runs = 0;
  /**
   * Documents whose dependents are to be re-checked once their own check is published. Kept
   * apart from the runs, so that a run superseded by one that does not ask it (a re-check as a
   * dependent) does not lose the request.
   */
  private readonly dependentsWanted = new Set<string>();
  /**
   * The parse of a document before the changes not yet checked: an edit can end a dependency
   * (an action renamed away from the ID a later meeting updates), and the meeting that lost it
   * must be checked again as well as those that depend on it now. Only the tree is kept here;
   * what depended on it is worked out once the check is done, not on every keystroke.
   */
  private readonly earlier = new Map<string, Document>();

  constructor(private readonly connection: Connection, private readonly state: State) {}

  /** Checks the document now-ish, then the open meetings that depend on it. */
  schedule(uri: string, withDependents = true): void {
    if (withDependents) {
      this.dependentsWanted.add(uri);
      // The tree from before the first of the changes not yet checked.
      const before = this.state.committees.documentOf(uri);
      if (before && !this.earlier.has(uri)) this.earlier.set(uri, before);
    }
    const earlier = this.pending.get(uri);
    if (earlier) clearImmediate(earlier);
    this.pending.set(
      uri,
      setImmediate(() => {
        this.pending.delete(uri);
        this.run(uri);
      }),
    );
  }

  /**
   * Parses and checks in slices (a few items, or one check, at a time), with a turn of the
   * event loop between slices: a request that arrives meanwhile (a completion as the user types
   * in a large document) is answered within a slice, and a run whose version is no longer
   * current is dropped at the next slice instead of finishing stale work.
   */
  private run(uri: string): void {
    const document = this.state.documents.get(uri);
    const committee = this.state.committees.knownCommittee(uri);
    if (!document || !committee) return;
    const version = document.version;
    const text = document.getText();
    // Superseded by a newer version, or by a newer run of this one (after a settings change, a
    // re-index, or a meeting it depends on): the rest of this run's work would be thrown away.
    const run = ++this.runs;
    this.latest.set(uri, run);
    const current = () => this.latest.get(uri) === run && this.state.documents.get(uri)?.version === version;
    let parsing: ReturnType<typeof parseSteps> | undefined;
    let checking: ReturnType<typeof validateSteps> | undefined;
    let generation = 0;
    let doc: Document | undefined;
    const step = (): void => {
      if (!current()) return;
      try {
        // A request may have parsed this version meanwhile (a completion after lines were pasted):
        // its tree is taken, and the slices of this run's own parse, if any, are dropped.
        doc ??= this.parsedAlready(uri, version);
        if (!doc) {
          parsing ??= parseSteps(text, { config: committee.config });
          const next = parsing.next();
          if (!next.done) return afterArrivedMessages(step);
          doc = this.state.committees.setParsed(committee, uri, version, text, next.value);
        }
        if (!checking) {
          generation = committee.index.generation;
          checking = validateSteps(doc, { config: committee.config, uri, index: committee.index });
        }
        const next = checking.next();
        if (!next.done) return afterArrivedMessages(step);
        this.state.recordChecked(doc, generation, next.value);
        this.publish(committee, uri, version, doc, next.value);
      } catch (error) {
        // Runs from the event loop: an exception here would end the process.
        this.connection.console.error(`minutes: checking ${uri} failed: ${(error as Error).stack ?? error}`);
      }
    };
    // (A completion typed with the change comes first, before any of this run's work.)
    afterArrivedMessages(step);
  }

  /** The open document's tree if it is of this version (parsed by a request, or an earlier run). */
  private parsedAlready(uri: string, version: number): Document | undefined {
    return this.state.committees.isParsed(uri, version) ? this.state.committees.documentOf(uri) : undefined;
  }

  private publish(committee: Committee, uri: string, version: number, doc: Document, diagnostics: CoreDiagnostic[]): void {
    const docOf = (other: string) => this.state.meetingDoc(other);
    void this.connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.map((d) => toDiagnostic(doc, uri, d, docOf)) });
    if (this.dependentsWanted.delete(uri)) {
      const earlier = this.earlier.get(uri);
      this.earlier.delete(uri);
      this.recheck(uri, committee.index.dependents(uri, earlier !== doc ? earlier : undefined));
    }
  }

  /** Checks again the open meetings among `dependents` (those of `uri`, which is left out). */
  recheck(uri: string, dependents: Iterable<string>): void {
    for (const dependent of new Set(dependents)) {
      if (dependent !== uri && this.state.documents.get(dependent)) this.schedule(dependent, false);
    }
  }

  /** Re-checks every open document (after settings change or a re-index). */
  all(): void {
    for (const doc of this.state.documents.all()) this.schedule(doc.uri, false);
  }

  clear(uri: string): void {
    const earlier = this.pending.get(uri);
    if (earlier) clearImmediate(earlier);
    this.pending.delete(uri);
    this.latest.delete(uri);
    this.dependentsWanted.delete(uri);
    this.earlier.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
