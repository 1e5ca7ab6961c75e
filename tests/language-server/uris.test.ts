import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Location } from "vscode-languageserver-protocol";
import { EXAMPLES } from "../helpers/minutes.js";
import { fileUri, LspClient } from "../helpers/lsp-client.js";

/*
 * A folder whose name holds characters that file URIs spell in more than one way (`+`, a space,
 * an accented letter). The client here spells them as Node's pathToFileURL does (`+` as it is),
 * the server spells the files it finds on disk with `%2B`: one file must stay one meeting.
 */

let folder: string;
let client: LspClient;
const file = (name: string) => path.join(folder, name);
/** The server's spelling of a file's URI. */
const serverUri = (name: string) => fileUri(file(name)).replace(/\+/g, "%2B");

beforeAll(async () => {
  folder = path.join(mkdtempSync(path.join(os.tmpdir(), "minutes-uris-")), "sec+panel Comité");
  cpSync(EXAMPLES, folder, { recursive: true });
  client = new LspClient();
  await client.initialize(folder);
  expect(fileUri(file("sec-panel-77.minutes"))).toContain("sec+panel");
  client.open(fileUri(file("sec-panel-77.minutes")), readFileSync(file("sec-panel-77.minutes"), "utf8"));
  client.open(fileUri(file("sec-panel-78.minutes")), readFileSync(file("sec-panel-78.minutes"), "utf8"));
});

afterAll(async () => {
  await client.shutdown();
  rmSync(path.dirname(folder), { recursive: true, force: true });
});

describe("file URIs spelled another way by the client", () => {
  it("name one meeting each: no action is raised twice, and the reference minutes get their own findings only", async () => {
    const errors = (await client.diagnosticsFor(serverUri("sec-panel-77.minutes"))).diagnostics.filter((d) => d.severity === 1).map((d) => d.code);
    expect(errors).toEqual(["duplicate-initials", "action-id-malformed", "reference-malformed", "reference-malformed", "unknown-initials"]);
    const warnings78 = (await client.diagnosticsFor(serverUri("sec-panel-78.minutes"))).diagnostics.map((d) => d.code);
    // (Meeting 78 of the examples updates one action closed earlier: that one finding, not one per copy.)
    expect(warnings78.filter((code) => code === "update-closed-action")).toHaveLength(1);
  });

  it("find each reference once, in the file it is in", async () => {
    const text = readFileSync(file("sec-panel-77.minutes"), "utf8");
    const offset = text.indexOf("action SECP77/01") + "action ".length;
    const line = text.slice(0, offset).split("\n").length - 1;
    const character = offset - text.lastIndexOf("\n", offset - 1) - 1;
    const locations = await client.request<Location[]>("textDocument/references", {
      textDocument: { uri: fileUri(file("sec-panel-77.minutes")) },
      position: { line, character },
      context: { includeDeclaration: true },
    });
    const places = locations.map((l) => `${fileURLToPath(l.uri)}:${l.range.start.line}:${l.range.start.character}`);
    expect(places.length).toBeGreaterThan(1);
    expect(new Set(places).size).toBe(places.length);
    expect(locations.every((l) => l.uri.includes("sec%2Bpanel"))).toBe(true);
  });
});
