import { validate } from "@minutes/core";
import type { Connection } from "vscode-languageserver";
import { toDiagnostic } from "../convert.js";
import type { State } from "../state.js";

/*
 * Diagnostics are pushed after every change, without a debounce (a debounce is latency the
 * user sees). Work is scheduled with setImmediate so requests that arrive meanwhile
 * (completion, hover) are answered first, and a run whose version is no longer current is
 * dropped: a burst of keystrokes yields one up-to-date result, not a queue of old ones.
 */
export class DiagnosticsScheduler {
  private readonly pending = new Map<string, NodeJS.Immediate>();

  constructor(private readonly connection: Connection, private readonly state: State) {}

  /** Checks the document now-ish, then the open meetings that depend on it. */
  schedule(uri: string, withDependents = true): void {
    const earlier = this.pending.get(uri);
    if (earlier) clearImmediate(earlier);
    this.pending.set(
      uri,
      setImmediate(() => {
        this.pending.delete(uri);
        this.run(uri, withDependents);
      }),
    );
  }

  private run(uri: string, withDependents: boolean): void {
    const version = this.state.documents.get(uri)?.version;
    let snapshot;
    try {
      snapshot = this.state.snapshot(uri);
    } catch (error) {
      // Runs from setImmediate: an exception here would end the process.
      this.connection.console.error(`minutes: reading ${uri} failed: ${(error as Error).stack ?? error}`);
      return;
    }
    if (!snapshot || version === undefined) return;
    // Parse and check are split by turns of the event loop so that a newer change or a
    // request can come in between; the check is skipped if the document moved on. Two turns:
    // a message that arrived during the parse is read in the next turn and queued behind an
    // immediate scheduled now, so the check waits one turn more to let it be answered first.
    setImmediate(() => setImmediate(() => {
      if (this.state.documents.get(uri)?.version !== version) return;
      let diagnostics;
      try {
        diagnostics = validate(snapshot.doc, { config: snapshot.committee.config, uri, index: snapshot.committee.index });
      } catch (error) {
        this.connection.console.error(`minutes: checking ${uri} failed: ${(error as Error).stack ?? error}`);
        return;
      }
      const docOf = (other: string) => this.state.meetingDoc(other);
      void this.connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.map((d) => toDiagnostic(snapshot.doc, uri, d, docOf)) });
      if (withDependents) {
        for (const dependent of snapshot.committee.index.dependents(uri)) {
          if (dependent !== uri && this.state.documents.get(dependent)) this.schedule(dependent, false);
        }
      }
    }));
  }

  /** Re-checks every open document (after settings change or a re-index). */
  all(): void {
    for (const doc of this.state.documents.all()) this.schedule(doc.uri, false);
  }

  clear(uri: string): void {
    const earlier = this.pending.get(uri);
    if (earlier) clearImmediate(earlier);
    this.pending.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
