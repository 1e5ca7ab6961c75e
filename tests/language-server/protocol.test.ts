import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompletionItem, Hover, Location, WorkspaceEdit, CodeAction, DocumentSymbol } from "vscode-languageserver-protocol";
import { marked } from "../helpers/marked.js";
import { EXAMPLES } from "../helpers/minutes.js";
import { fileUri, LspClient, positionOf } from "../helpers/lsp-client.js";

/*
 * The built server as a separate process, spoken to over stdio as an editor does, on a copy
 * of the examples folder (meetings 77 and 78 and the SEC Panel's settings).
 */

let folder: string;
let client: LspClient;
const uri77 = () => fileUri(path.join(folder, "sec-panel-77.minutes"));
const uri78 = () => fileUri(path.join(folder, "sec-panel-78.minutes"));
const text77 = () => readFileSync(path.join(folder, "sec-panel-77.minutes"), "utf8");
const text78 = () => readFileSync(path.join(folder, "sec-panel-78.minutes"), "utf8");

/** The position of the first occurrence of `needle` in `text`, plus `delta` characters. */
function at(text: string, needle: string, delta = 0) {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`fixture: ${needle} not found`);
  return positionOf(text, offset + delta);
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "minutes-lsp-"));
  cpSync(EXAMPLES, folder, { recursive: true });
  client = new LspClient();
  await client.initialize(folder);
  client.open(uri77(), text77());
  client.open(uri78(), text78());
});

afterAll(async () => {
  await client.shutdown();
  rmSync(folder, { recursive: true, force: true });
});

describe("the language server over stdio", () => {
  it("publishes the reference minutes' slips after didOpen", async () => {
    const diagnostics = await client.diagnosticsAt(uri77(), 1);
    const slips = diagnostics.filter((d) => d.severity === 1).map((d) => `${d.code}@${d.range.start.line + 1}`);
    expect(slips).toEqual(["duplicate-initials@50", "action-id-malformed@144", "reference-malformed@145", "reference-malformed@416", "unknown-initials@418"]);
    const dki = diagnostics.find((d) => d.code === "unknown-initials")!;
    expect(dki.message).toContain("Did you mean `DKa` (Del Kang, DCC)");
    expect(dki.source).toBe("minutes");
  });

  it("checks meeting 78 against meeting 77 in the same folder", async () => {
    // Meeting 78 is checked again once meeting 77 is in the index: wait for that publication.
    const { diagnostics } = await client.diagnosticsFor(uri78(), (p) => p.diagnostics.some((d) => d.code === "update-unknown-action"));
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["update-closed-action", "update-unknown-action", "open-action-not-carried", "resolution-verb-unknown"]));
  });

  it("offers the attendees after `(`, with name and organisation", async () => {
    const { text, cursor } = marked(text77().replace("The Chair (PD) questioned", "The Chair ($0 questioned"));
    const uri = uri77();
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const items = await client.request<CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position: positionOf(text, cursor!) });
    const pd = items.find((i) => i.label === "PD");
    expect(pd?.detail).toBe("Peter Davies");
    expect(items.find((i) => i.label === "DKa")?.detail).toBe("Del Kang · DCC");
    expect(items.length).toBe(25);
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ text: text77() }] });
    await client.diagnosticsAt(uri, 3);
  });

  it("names Peter Davies on hover over (PD)", async () => {
    const text = text77();
    const hover = await client.request<Hover>("textDocument/hover", { textDocument: { uri: uri77() }, position: at(text, "The Chair (PD)", "The Chair (".length) });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("**Peter Davies** (PD)");
    expect(value).toContain("SEC Panel Chair");
  });

  it("goes from an action ID in meeting 78 to its line in meeting 77", async () => {
    const text = text78();
    const locations = await client.request<Location[]>("textDocument/definition", { textDocument: { uri: uri78() }, position: at(text, "update SECP77/02", "update ".length + 2) });
    expect(locations).toHaveLength(1);
    expect(locations[0]!.uri).toBe(uri77());
    const line = text77().split("\n")[locations[0]!.range.start.line]!;
    expect(line).toMatch(/^action SECP77\/02: SECAS to publish the Approved Budget/);
  });

  it("renames initials: the declaration and every mention", async () => {
    const text = text77();
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", { textDocument: { uri: uri77() }, position: at(text, "  RH   Robin Healey", 2), newName: "RHe" });
    const edits = edit.changes![uri77()]!;
    const mentions = text.split("(RH)").length - 1;
    expect(edits).toHaveLength(1 + mentions);
    expect(edits.every((e) => e.newText === "RHe")).toBe(true);
  });

  it("refuses a rename to initials that are taken, saying why", async () => {
    const text = text77();
    await expect(
      client.request("textDocument/rename", { textDocument: { uri: uri77() }, position: at(text, "  RH   Robin Healey", 2), newName: "PD" }),
    ).rejects.toThrow("`PD` is already the initials of Peter Davies.");
  });

  it("carries meeting 77's open actions into meeting 78 as update stubs", async () => {
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: uri78() },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.carryForward"] },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0]!.title).toBe("Carry forward 1 open action from meeting 77 as update stubs");
    const inserted = actions[0]!.edit!.changes![uri78()]![0]!.newText;
    expect(inserted).toContain("update SECP77/05: SECAS to issue the Panel Response to the DCC Consultation on the delivery plan for Enduring Change of Supplier.");
    expect(inserted).toContain("Status: Open.");
  });

  it("gives an outline of header, attendees and items with their actions", async () => {
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: uri77() } });
    expect(symbols[0]!.name).toBe("SEC Panel Meeting 77");
    expect(symbols[1]!.name).toBe("Attendees");
    expect(symbols.filter((s) => /^\d+\. /.test(s.name))).toHaveLength(23);
    expect(symbols.find((s) => s.name.startsWith("2. "))!.children!.map((c) => c.name)).toEqual(["SECP77/02"]);
  });
});
