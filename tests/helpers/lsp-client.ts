import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from "vscode-jsonrpc/node.js";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { ROOT } from "./minutes.js";

/*
 * A minimal LSP client that starts the built server as its own process and talks JSON-RPC
 * over stdio, as an editor does. Waits are for events (a notification arriving), never sleeps.
 */

export const SERVER_BIN = path.join(ROOT, "packages/language-server/bin/minutes-language-server.js");

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly stderr: string[] = [];
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  /** The server's log lines (window/logMessage) and the messages it showed the user (window/showMessage). */
  readonly logs: string[] = [];
  readonly shown: string[] = [];
  private readonly lineWaiters: { lines: string[]; pattern: RegExp; resolve: (message: string) => void }[] = [];

  constructor(args: string[] = ["--stdio"]) {
    this.process = spawn(process.execPath, [SERVER_BIN, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    this.process.stderr.on("data", (d: Buffer) => this.stderr.push(d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    const record = (lines: string[]) => (p: { message: string }) => {
      lines.push(p.message);
      for (const w of [...this.lineWaiters]) {
        if (w.lines === lines && w.pattern.test(p.message)) {
          this.lineWaiters.splice(this.lineWaiters.indexOf(w), 1);
          w.resolve(p.message);
        }
      }
    };
    this.connection.onNotification("window/logMessage", record(this.logs));
    this.connection.onNotification("window/showMessage", record(this.shown));
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.onRequest("workspace/configuration", () => []);
    this.connection.listen();
  }

  async initialize(rootFolder?: string, capabilities: Record<string, unknown> = {}): Promise<unknown> {
    const result = await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: rootFolder ? fileUri(rootFolder) : null,
      workspaceFolders: rootFolder ? [{ uri: fileUri(rootFolder), name: path.basename(rootFolder) }] : null,
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } }, window: { workDoneProgress: true }, ...capabilities },
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }

  /** Resolves with the first log line matching `pattern`, logged already or when it comes: an event, never a sleep. */
  logged(pattern: RegExp): Promise<string> {
    return this.lineMatching(this.logs, pattern);
  }

  /** Resolves with the first message shown to the user that matches `pattern`, as `logged` does. */
  showed(pattern: RegExp): Promise<string> {
    return this.lineMatching(this.shown, pattern);
  }

  private lineMatching(lines: string[], pattern: RegExp): Promise<string> {
    const found = lines.find((m) => pattern.test(m));
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.lineWaiters.push({ lines, pattern, resolve }));
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `test` (or the latest, if they already do). */
  diagnosticsFor(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const latest = this.diagnostics.get(uri);
    if (latest && test(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  /** The diagnostics published for exactly this document version. */
  diagnosticsAt(uri: string, version: number): Promise<Diagnostic[]> {
    return this.diagnosticsFor(uri, (p) => p.version === version).then((p) => p.diagnostics);
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "minutes", version, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
    } catch {
      // Already gone: the test that killed it checks that itself.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.process.kill("SIGKILL");
          resolve();
        }, 5000);
        this.process.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

/** Line and character of a marker offset in a text (LSP positions, 0-based). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}
