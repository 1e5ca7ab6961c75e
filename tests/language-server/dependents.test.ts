import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, meetingOn } from "../helpers/minutes.js";
import { fileUri, LspClient } from "../helpers/lsp-client.js";

/*
 * A meeting that stops raising an action: the later meeting that updates it must be checked
 * again, though it no longer depends on the edited one, and again when the edit is closed
 * without being saved.
 */

let folder: string;
let client: LspClient;
const text = {
  77: meetingOn(77, "2020-02-14", "item 1: Actions\n\nThe Panel NOTED it.\n\naction SECP77/05: SECAS to issue the response.\n"),
  78: meetingOn(78, "2020-03-13", "item 1: Actions\n\nupdate SECP77/05: SECAS to issue the response.\n\nDrafted. Status: Open.\n"),
  79: meetingOn(79, "2020-04-17", "item 1: Actions\n\nupdate SECP77/05: SECAS to issue the response.\n\nIssued. Status: Closed.\n"),
} as const;
const uri = (n: 77 | 78 | 79) => fileUri(path.join(folder, `${n}.minutes`));
const unknownIn79 = (present: boolean) => client.diagnosticsFor(uri(79), (p) => p.diagnostics.some((d) => d.code === "update-unknown-action") === present);

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "minutes-dependents-"));
  copyFileSync(path.join(EXAMPLES, "minutes.config.json"), path.join(folder, "minutes.config.json"));
  for (const n of [77, 78, 79] as const) writeFileSync(path.join(folder, `${n}.minutes`), text[n]);
  client = new LspClient();
  await client.initialize(folder);
  for (const n of [77, 78, 79] as const) client.open(uri(n), text[n]);
  await unknownIn79(false);
});

afterAll(async () => {
  await client.shutdown();
  rmSync(folder, { recursive: true, force: true });
});

describe("the meetings that depended on an edited one", () => {
  it("are checked again when the edit ends the dependency", async () => {
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uri(77), version: 2 }, contentChanges: [{ text: text[77].replace("SECP77/05", "SECP77/08") }] });
    const { diagnostics } = await unknownIn79(true);
    expect(diagnostics.find((d) => d.code === "update-unknown-action")!.message).toMatch(/^There is no action `SECP77\/05`/);
  });

  it("are checked again when the edit is closed without being saved", async () => {
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uri(77) } });
    await unknownIn79(false);
  });
});
