import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver-protocol";
import { fileUri, LspClient } from "../helpers/lsp-client.js";

/*
 * The quick fix of `body-name-unknown` over stdio, as an editor asks for it and applies it: it
 * edits the committee's settings file, or makes one beside the minutes, and once the file is
 * saved the server reads it again and the finding goes.
 */

const COUNCIL = "meeting: Parish Council\nnumber: 12\ndate: 2024-03-05\n\nattendees:\n  JS   Jane Smith\n\nitem 1: Play area\n\nThe Council RESOLVED to accept the quote.\n";
const WATCHING = { didChangeWatchedFiles: { dynamicRegistration: true } };

let client: LspClient | undefined;
let root: string | undefined;
afterEach(async () => {
  await client?.shutdown();
  if (root) rmSync(root, { recursive: true, force: true });
  client = undefined;
  root = undefined;
});

/** A folder with the council's minutes (and settings, when given), the server started on it, the minutes open and checked. */
async function councilFolder(settings: string | undefined, workspace: Record<string, unknown>, minutes = COUNCIL): Promise<{ uri: string; finding: Diagnostic }> {
  root = mkdtempSync(path.join(os.tmpdir(), "minutes-settings-fix-"));
  writeFileSync(path.join(root, "council.minutes"), minutes);
  if (settings !== undefined) writeFileSync(path.join(root, "minutes.config.json"), settings);
  client = new LspClient();
  await client.initialize(root, { workspace });
  const uri = fileUri(path.join(root, "council.minutes"));
  client.open(uri, minutes, 1);
  const finding = (await client.diagnosticsAt(uri, 1)).find((d) => d.code === "body-name-unknown");
  expect(finding, "body-name-unknown is reported").toBeDefined();
  return { uri, finding: finding! };
}

function quickFixes(uri: string, finding: Diagnostic): Promise<CodeAction[]> {
  return client!.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding], only: ["quickfix"] } });
}

/** Saves the settings file as the editor would after the edit, tells the server, and waits for the meeting's next diagnostics. */
async function saved(uri: string, text: string, type: 1 | 2): Promise<Diagnostic[]> {
  writeFileSync(path.join(root!, "minutes.config.json"), text);
  const before = await client!.diagnosticsFor(uri);
  await client!.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(path.join(root!, "minutes.config.json")), type }] });
  // The first publication read under the new settings: not one that only repeats the old
  // findings (the folder's index may publish again before the change is read). A server that
  // never reads the settings leaves the test to time out.
  return (await client!.diagnosticsFor(uri, (p) => p !== before && !p.diagnostics.some((d) => d.code === "body-name-unknown"))).diagnostics;
}

/** A text with LSP edits applied (single-line edits, as these are). */
function applied(text: string, edits: TextEdit[]): string {
  const lines = text.split("\n");
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe("naming the body from the editor", () => {
  it("adds the name to the settings file's `bodyNames`, first, and the finding goes once the file is saved", async () => {
    const settings = '{\n  "bodyNames": ["The Committee"],\n  "actionIds": { "prefix": "PC" }\n}\n';
    const { uri, finding } = await councilFolder(settings, WATCHING);
    const fix = (await quickFixes(uri, finding)).find((a) => a.title === "Add `The Council` to the body's names in minutes.config.json");
    expect(fix, "the quick fix is offered").toBeDefined();
    const configUri = fileUri(path.join(root!, "minutes.config.json"));
    expect(Object.keys(fix!.edit!.changes!)).toEqual([configUri]);
    const after = applied(readFileSync(path.join(root!, "minutes.config.json"), "utf8"), fix!.edit!.changes![configUri]!);
    expect(after).toBe(settings.replace('["The Committee"]', '["The Council", "The Committee"]'));
    const diagnostics = await saved(uri, after, 2);
    expect(diagnostics.map((d) => d.code)).not.toContain("body-name-unknown");
    expect(diagnostics.map((d) => d.code)).not.toContain("item-no-outcome");
  });

  it("names the body as the settings name it when the minutes write it after a lead-in (`Following discussion, the Council RESOLVED`)", async () => {
    const settings = '{\n  "bodyNames": ["The Committee"]\n}\n';
    const { uri, finding } = await councilFolder(settings, WATCHING, COUNCIL.replace("The Council RESOLVED", "Following discussion, the Council RESOLVED"));
    const fix = (await quickFixes(uri, finding)).find((a) => a.title === "Add `The Council` to the body's names in minutes.config.json");
    expect(fix, "the quick fix is offered").toBeDefined();
    const configUri = fileUri(path.join(root!, "minutes.config.json"));
    const after = applied(settings, fix!.edit!.changes![configUri]!);
    expect(JSON.parse(after)).toEqual({ bodyNames: ["The Council", "The Committee"] });
    const diagnostics = await saved(uri, after, 2);
    expect(diagnostics.map((d) => d.code)).not.toContain("body-name-unknown");
    expect(diagnostics.map((d) => d.code)).not.toContain("item-no-outcome");
  });

  it("makes the settings file beside the minutes when there is none and the editor can make files", async () => {
    const { uri, finding } = await councilFolder(undefined, { ...WATCHING, workspaceEdit: { documentChanges: true, resourceOperations: ["create"] } });
    const fix = (await quickFixes(uri, finding)).find((a) => a.title === "Create minutes.config.json naming `The Council` the body");
    expect(fix, "the quick fix is offered").toBeDefined();
    const configUri = fileUri(path.join(root!, "minutes.config.json"));
    const [create, edit] = fix!.edit!.documentChanges as [{ kind: string; uri: string }, { textDocument: { uri: string }; edits: TextEdit[] }];
    expect([create.kind, create.uri, edit.textDocument.uri]).toEqual(["create", configUri, configUri]);
    const text = applied("", edit.edits);
    expect(JSON.parse(text)).toEqual({ bodyNames: ["The Council"] });
    expect((await saved(uri, text, 1)).map((d) => d.code)).not.toContain("body-name-unknown");
  });

  it("offers no file to an editor that cannot make one, and no edit of a settings file that is not valid JSON", async () => {
    const none = await councilFolder(undefined, WATCHING);
    expect((await quickFixes(none.uri, none.finding)).map((a) => a.title)).toEqual([]);
    await client!.shutdown();
    rmSync(root!, { recursive: true, force: true });
    const broken = await councilFolder('{ "actionIds": { "prefix": "PC" }, }', WATCHING);
    expect((await quickFixes(broken.uri, broken.finding)).map((a) => a.title)).toEqual([]);
  });
});
