import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompletionItem, Position, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from "vscode-languageserver-protocol";
import { EditedLines } from "../../packages/language-server/src/edited-lines.js";
import { fileUri, positionOf, SERVER_BIN } from "../helpers/lsp-client.js";
import { marked } from "../helpers/marked.js";
import { EXAMPLES } from "../helpers/minutes.js";

/*
 * An editor sends a change and, in the same breath, the completion it triggers: the two arrive
 * in one write. Completion answers from the text as changed: the attendees, items and actions
 * of lines just pasted or deleted count, not only the line the cursor is on. A keystroke on the
 * cursor's own line is still answered at once.
 */

const text77 = readFileSync(path.join(EXAMPLES, "sec-panel-77.minutes"), "utf8");
const SMALL = "meeting: SEC Panel\nnumber: 90\ndate: 2021-01-15\n\nattendees:\ncategory: SEC Panel Members\n  PD   Peter Davies\n  KL   Karen Lee\n\n";

let folder: string;
let server: RawServer;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "minutes-completion-"));
  server = new RawServer();
  await server.initialize(folder);
});

afterAll(async () => {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** A committee of its own (a folder with the examples' settings), so that no test sees another's meeting. */
function meetingIn(committee: string): string {
  const dir = path.join(folder, committee);
  mkdirSync(dir);
  cpSync(path.join(EXAMPLES, "minutes.config.json"), path.join(dir, "minutes.config.json"));
  return fileUri(path.join(dir, "meeting.minutes"));
}

/** `insert` (with `$0` at the cursor) put in at the start of line `line` of `text`: the change, and the cursor in the new text. */
function insertAtLine(text: string, line: number, insert: string): { change: TextDocumentContentChangeEvent; next: string; cursor: Position } {
  const { text: inserted, cursor } = marked(insert);
  const at = text.split("\n").slice(0, line).join("\n").length + (line > 0 ? 1 : 0);
  const next = text.slice(0, at) + inserted + text.slice(at);
  return { change: { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: inserted }, next, cursor: positionOf(next, at + cursor!) };
}

const lineOf = (text: string, start: string) => text.split("\n").findIndex((l) => l.startsWith(start));
const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe("completion sent in the same write as a change", () => {
  it("numbers the `item` snippet after an item just added", async () => {
    const uri = meetingIn("new-item");
    await server.open(uri, text77);
    const { change, cursor } = insertAtLine(text77, lineOf(text77, "next meeting:"), "item 24: New business\n\nThe Chair (PD) introduced the paper.\n\n$0\n");
    const items = await server.changeAndComplete(uri, 2, [change], cursor);
    const item = items.find((i) => i.label === "item" && i.kind === 15);
    expect((item?.textEdit as { newText: string } | undefined)?.newText).toBe("item 25: Title [RED]\n\n");
    // The diagnostics pass still publishes the new version.
    expect((await server.diagnosticsAt(uri, 2)).version).toBe(2);
  });

  it("offers an item's status words after `status: ` in the first item, just added, not the header's", async () => {
    const uri = meetingIn("first-item");
    await server.open(uri, SMALL);
    const { change, cursor } = insertAtLine(SMALL, 9, "item 1: Budget\n\nupdate SECP89/01: KL to publish it.\n\nDone. \nstatus: $0\n");
    const offered = labels(await server.changeAndComplete(uri, 2, [change], cursor));
    expect(offered).toContain("open");
    expect(offered).not.toContain("draft");
  });

  it("offers the next free action ID after an action just added", async () => {
    const uri = meetingIn("new-action");
    await server.open(uri, text77);
    const { change, cursor } = insertAtLine(text77, lineOf(text77, "next meeting:"), "item 24: New business\n\naction SECP77/08: SECAS to circulate the paper.\naction $0\n\n");
    expect(labels(await server.changeAndComplete(uri, 2, [change], cursor))).toEqual(["SECP77/09"]);
  });

  it("offers an attendee added by the same change after `(`", async () => {
    const uri = meetingIn("new-attendee");
    await server.open(uri, text77);
    const attendee = insertAtLine(text77, lineOf(text77, "  RH   Robin Healey") + 1, "  NB   Nora Blake\n");
    const mention = insertAtLine(attendee.next, lineOf(attendee.next, "next meeting:"), "item 24: New business\n\nThe Chair ($0\n\n");
    const offered = labels(await server.changeAndComplete(uri, 2, [attendee.change, mention.change], mention.cursor));
    expect(offered).toContain("NB");
    expect(offered).toHaveLength(26);
  });

  it("answers a keystroke on the cursor's own line: the attendees after a `(` just typed", async () => {
    const uri = meetingIn("keystroke");
    await server.open(uri, text77);
    const end = positionOf(text77, text77.indexOf("\n", text77.indexOf("The Chair (PD) questioned")));
    const keystroke = { range: { start: end, end }, text: " (" };
    const items = await server.changeAndComplete(uri, 2, [keystroke], { line: end.line, character: end.character + 2 });
    expect(items.find((i) => i.label === "PD")?.detail).toBe("Peter Davies");
    expect(items).toHaveLength(25);
  });
});

describe("what a tree a few versions old does not know", () => {
  const typed = (line: number, character: number, text: string) => ({ range: { start: { line, character }, end: { line, character } }, text });

  it("is nothing at the cursor's line when every change since was a keystroke there", () => {
    const edited = new EditedLines();
    edited.opened("m", 1);
    edited.changed("m", 1, 2, [typed(40, 3, "(")]);
    edited.changed("m", 2, 3, [typed(40, 4, "P"), { range: { start: { line: 40, character: 0 }, end: { line: 40, character: 2 } }, text: "" }]);
    expect([1, 2, 3].map((parsed) => edited.onlyOnLineSince("m", parsed, 40))).toEqual([true, true, true]);
    // Asked at another line, the tree misses what was typed on line 40.
    expect(edited.onlyOnLineSince("m", 1, 41)).toBe(false);
  });

  it("is a line broken, joined, pasted or typed elsewhere, until a tree of a later version", () => {
    const edited = new EditedLines();
    edited.opened("m", 1);
    edited.changed("m", 1, 2, [typed(40, 3, "\n")]);
    expect(edited.onlyOnLineSince("m", 1, 41)).toBe(false);
    edited.changed("m", 2, 3, [typed(41, 0, "(")]);
    expect([edited.onlyOnLineSince("m", 1, 41), edited.onlyOnLineSince("m", 2, 41)]).toEqual([false, true]);
    edited.changed("m", 3, 4, [{ range: { start: { line: 40, character: 9 }, end: { line: 41, character: 0 } }, text: "" }]);
    expect(edited.onlyOnLineSince("m", 3, 40)).toBe(false);
    edited.changed("m", 4, 5, [typed(12, 0, "K")]);
    edited.changed("m", 5, 6, [typed(30, 0, "K")]);
    expect([edited.onlyOnLineSince("m", 4, 30), edited.onlyOnLineSince("m", 5, 30)]).toEqual([false, true]);
    edited.changed("m", 6, 7, [{ text: "meeting: SEC Panel\n" }]);
    expect([edited.onlyOnLineSince("m", 6, 0), edited.onlyOnLineSince("m", 7, 0)]).toEqual([false, true]);
  });
});

/** The server as a bare child process, so that a change and a request can be sent in one write. */
class RawServer {
  private readonly process: ChildProcessWithoutNullStreams = spawn(process.execPath, [SERVER_BIN, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  private readonly messages: Record<string, unknown>[] = [];
  private readonly waiters: { test: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void }[] = [];
  private buffer = Buffer.alloc(0);
  private ids = 0;

  constructor() {
    this.process.stdout.on("data", (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      for (let message; (message = this.nextMessage()); ) {
        // Requests from the server (registrations, progress) are answered at once.
        if (typeof message.method === "string" && message.id !== undefined) this.write({ jsonrpc: "2.0", id: message.id, result: null });
        this.messages.push(message);
        for (const w of [...this.waiters]) {
          if (w.test(message)) {
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve(message);
          }
        }
      }
    });
  }

  private nextMessage(): Record<string, unknown> | undefined {
    const end = this.buffer.indexOf("\r\n\r\n");
    if (end < 0) return undefined;
    const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.toString("ascii", 0, end))![1]);
    if (this.buffer.length < end + 4 + length) return undefined;
    const message = JSON.parse(this.buffer.toString("utf8", end + 4, end + 4 + length)) as Record<string, unknown>;
    this.buffer = this.buffer.subarray(end + 4 + length);
    return message;
  }

  /** Every message in one write, so that they arrive together. */
  private write(...messages: unknown[]): void {
    this.process.stdin.write(messages.map((m) => {
      const body = JSON.stringify(m);
      return `Content-Length: ${Buffer.byteLength(body, "utf8")}\r\n\r\n${body}`;
    }).join(""));
  }

  private next(test: (m: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    const found = this.messages.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  private async request(method: string, params: unknown, ...before: unknown[]): Promise<unknown> {
    const id = ++this.ids;
    this.write(...before, { jsonrpc: "2.0", id, method, params });
    const answer = await this.next((m) => m.id === id && m.method === undefined);
    if (answer.error) throw new Error(JSON.stringify(answer.error));
    return answer.result;
  }

  async initialize(root: string): Promise<void> {
    await this.request("initialize", { processId: process.pid, rootUri: fileUri(root), workspaceFolders: [{ uri: fileUri(root), name: "minutes" }], capabilities: {} });
    this.write({ jsonrpc: "2.0", method: "initialized", params: {} });
  }

  /** Opens a document and resolves once its first diagnostics are in: the server has a tree of it. */
  async open(uri: string, text: string): Promise<void> {
    this.write({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "minutes", version: 1, text } } });
    await this.diagnosticsAt(uri, 1);
  }

  diagnosticsAt(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    const published = (m: Record<string, unknown>) => m.method === "textDocument/publishDiagnostics" && (m.params as PublishDiagnosticsParams).uri === uri && (m.params as PublishDiagnosticsParams).version === version;
    return this.next(published).then((m) => m.params as PublishDiagnosticsParams);
  }

  /** The change that makes `version`, and a completion at `position`, in one write. */
  changeAndComplete(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[], position: Position): Promise<CompletionItem[]> {
    const change = { jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version }, contentChanges } };
    return this.request("textDocument/completion", { textDocument: { uri }, position }, change) as Promise<CompletionItem[]>;
  }

  async stop(): Promise<void> {
    await this.request("shutdown", null);
    const exited = new Promise((resolve) => this.process.once("exit", resolve));
    this.write({ jsonrpc: "2.0", method: "exit" });
    await exited;
  }
}
