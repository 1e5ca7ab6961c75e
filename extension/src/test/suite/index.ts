import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { MinutesApi } from "../../extension";

/*
 * The integration suite: runs inside a real VS Code extension host (loaded by
 * @vscode/test-electron, or by code-server in tests/e2e). The workspace is a copy of
 * examples/ with a `clean/` folder holding a corrected copy of meeting 77. It waits for
 * events (diagnostics arriving), never for a fixed time.
 */

type Test = { name: string; run: () => Promise<void> };
const tests: Test[] = [];
const test = (name: string, run: () => Promise<void>) => tests.push({ name, run });

function workspace(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the suite needs a workspace folder (a copy of examples/)");
  return folder.uri.fsPath;
}

async function api(): Promise<MinutesApi> {
  const extension = vscode.extensions.getExtension<MinutesApi>("minutes-tools.minutes");
  assert.ok(extension, "the Minutes extension is installed");
  return extension.isActive ? extension.exports : await extension.activate();
}

/** Resolves when the diagnostics of `uri` satisfy `test`, as soon as they are published. */
function diagnosticsWhere(uri: vscode.Uri, test: (d: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<readonly vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (test(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    // A bound on the count of diagnostic events, not on time: the suite's runner has its own timeout.
    let events = 0;
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const current = vscode.languages.getDiagnostics(uri);
      if (test(current)) {
        subscription.dispose();
        resolve(current);
      } else if (++events > 200) {
        subscription.dispose();
        reject(new Error(`diagnostics of ${uri.fsPath} never showed ${what}; last: ${current.map((d) => d.code).join(", ")}`));
      }
    });
  });
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === "object" ? String(d.code.value) : String(d.code);
}

async function open(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(path.join(workspace(), relative));
  await vscode.window.showTextDocument(document);
  return document;
}

function positionOf(document: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `fixture: ${needle} not found`);
  return document.positionAt(offset + delta);
}

test("the reference minutes show their five slips as errors", async () => {
  await api();
  const document = await open("sec-panel-77.minutes");
  assert.equal(document.languageId, "minutes");
  const diagnostics = await diagnosticsWhere(document.uri, (d) => d.filter((x) => x.severity === vscode.DiagnosticSeverity.Error).length === 5, "five errors");
  const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
  assert.deepEqual(errors.map((d) => `${codeOf(d)}@${d.range.start.line + 1}`), [
    "duplicate-initials@50",
    "action-id-malformed@144",
    "reference-malformed@145",
    "reference-malformed@416",
    "unknown-initials@418",
  ]);
  const dki = errors.find((d) => codeOf(d) === "unknown-initials")!;
  assert.equal(document.getText(dki.range), "DKi");
});

test("completion after `(` offers the attendees with their names", async () => {
  const document = await open("sec-panel-77.minutes");
  const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, positionOf(document, "The Chair (PD)", "The Chair (".length));
  const pd = list.items.find((i) => (typeof i.label === "string" ? i.label : i.label.label) === "PD");
  assert.ok(pd, "PD is offered");
  assert.equal(pd.detail, "Peter Davies");
  assert.equal(list.items.filter((i) => i.kind === vscode.CompletionItemKind.Variable).length, 25);
});

test("hover on (PD) names Peter Davies", async () => {
  const document = await open("sec-panel-77.minutes");
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, positionOf(document, "The Chair (PD)", "The Chair (".length + 1));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : "value" in c ? c.value : ""))).join("\n");
  assert.match(text, /\*\*Peter Davies\*\* \(PD\)/);
});

test("go to definition from meeting 78 lands on the action in meeting 77", async () => {
  const document = await open("sec-panel-78.minutes");
  const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>("vscode.executeDefinitionProvider", document.uri, positionOf(document, "update SECP77/02", "update SECP".length));
  assert.equal(locations.length, 1);
  const location = locations[0]!;
  const uri = "targetUri" in location ? location.targetUri : location.uri;
  const range = "targetRange" in location ? location.targetRange : location.range;
  assert.equal(path.basename(uri.fsPath), "sec-panel-77.minutes");
  const target = await vscode.workspace.openTextDocument(uri);
  assert.match(target.lineAt(range.start.line).text, /^action SECP77\/02: SECAS to publish the Approved Budget/);
});

test("export refuses the reference minutes, then exports them as a draft", async () => {
  const document = await open("sec-panel-77.minutes");
  const uri = document.uri.toString();
  const refused = await vscode.commands.executeCommand<{ exported: boolean; errors: unknown[] }>("minutes.export", { uri, format: "html", confidential: false, interactive: false });
  assert.equal(refused.exported, false);
  assert.equal(refused.errors.length, 5);
  const target = path.join(workspace(), "sec-panel-77.html");
  assert.equal(fs.existsSync(target), false, "nothing is written when the export is refused");
  const draft = await vscode.commands.executeCommand<{ exported: boolean; outputUri: string }>("minutes.export", { uri, format: "html", confidential: false, draft: true, interactive: false });
  assert.equal(draft.exported, true);
  const html = fs.readFileSync(target, "utf8");
  assert.match(html, /DRAFT/);
  assert.match(html, /SEC Panel Meeting 77/);
});

test("a clean meeting exports without a DRAFT mark, public and confidential", async () => {
  const document = await open(path.join("clean", "sec-panel-77.minutes"));
  await diagnosticsWhere(document.uri, (d) => d.length > 0 || true, "its first check");
  await diagnosticsWhere(document.uri, (d) => !d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), "no error");
  const uri = document.uri.toString();
  const pub = await vscode.commands.executeCommand<{ exported: boolean; outputUri: string }>("minutes.export", { uri, format: "docx", confidential: false, interactive: false });
  assert.equal(pub.exported, true);
  const docx = fs.readFileSync(vscode.Uri.parse(pub.outputUri).fsPath);
  assert.equal(docx.subarray(0, 2).toString(), "PK", "a .docx is a zip package");
  const conf = await vscode.commands.executeCommand<{ exported: boolean; outputUri: string }>("minutes.export", { uri, format: "html", confidential: true, interactive: false });
  assert.equal(conf.exported, true);
  assert.match(path.basename(vscode.Uri.parse(conf.outputUri).fsPath), /^sec-panel-77\.confidential\.html$/);
  const html = fs.readFileSync(vscode.Uri.parse(conf.outputUri).fsPath, "utf8");
  assert.match(html, /CONFIDENTIAL/);
  assert.doesNotMatch(html, /DRAFT/);
});

test("the export folder is made when missing, and a failed export or draft says why instead of throwing", async () => {
  const document = await open(path.join("clean", "sec-panel-77.minutes"));
  await diagnosticsWhere(document.uri, (d) => !d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), "no error");
  const uri = document.uri.toString();
  const settings = vscode.workspace.getConfiguration("minutes", document.uri);
  try {
    await settings.update("export.folder", path.join("exports", "2020"), vscode.ConfigurationTarget.Workspace);
    const made = await vscode.commands.executeCommand<{ exported: boolean; outputUri: string }>("minutes.export", { uri, format: "md", confidential: false, interactive: false });
    assert.equal(made.exported, true);
    assert.equal(vscode.Uri.parse(made.outputUri).fsPath, path.join(workspace(), "exports", "2020", "sec-panel-77.md"));
    assert.ok(fs.existsSync(path.join(workspace(), "exports", "2020", "sec-panel-77.md")));
    // A folder under a file cannot be made: the command answers with the reason.
    await settings.update("export.folder", path.join("sec-panel-78.minutes", "out"), vscode.ConfigurationTarget.Workspace);
    const failed = await vscode.commands.executeCommand<{ exported: boolean; reason: string }>("minutes.export", { uri, format: "md", confidential: false, interactive: false });
    assert.equal(failed.exported, false);
    assert.equal(failed.reason, `Cannot make the export folder ${path.join(workspace(), "sec-panel-78.minutes", "out")}: a part of the path is not a folder.`);
  } finally {
    await settings.update("export.folder", undefined, vscode.ConfigurationTarget.Workspace);
  }
  const drafted = await vscode.commands.executeCommand<vscode.Uri | undefined>("minutes.newMeetingFromPrevious", vscode.Uri.file(path.join(workspace(), "nowhere", "x.minutes")).toString());
  assert.equal(drafted, undefined, "no file is drafted from a meeting the server does not know");
  const untitled = await vscode.workspace.openTextDocument({ language: "minutes", content: fs.readFileSync(path.join(workspace(), "clean", "sec-panel-77.minutes"), "utf8") });
  const unsaved = await vscode.commands.executeCommand<{ exported: boolean; reason: string }>("minutes.export", { uri: untitled.uri.toString(), format: "html", confidential: false, interactive: false });
  assert.deepEqual(unsaved, { exported: false, reason: "save the minutes as a .minutes file first: an export is named after its file", errors: [] });
});

test("new meeting from previous carries the open actions forward", async () => {
  const previous = await open(path.join("clean", "sec-panel-77.minutes"));
  const created = await vscode.commands.executeCommand<vscode.Uri>("minutes.newMeetingFromPrevious", previous.uri.toString());
  assert.ok(created, "a file was created");
  assert.equal(path.basename(created.fsPath), "sec-panel-78.minutes");
  const text = fs.readFileSync(created.fsPath, "utf8");
  assert.match(text, /^meeting: SEC Panel Meeting 78$/m);
  assert.match(text, /^date: 2020-03-13$/m);
  const carried = [...text.matchAll(/^update (\S+):/gm)].map((m) => m[1]);
  assert.deepEqual(carried, ["SECP70/03", "SECP73/02", "SECP73/06", "SECP74/06", "SECP77/01", "SECP77/02", "SECP77/03", "SECP77/04", "SECP77/05", "SECP77/06", "SECP77/07"]);
});

test("the preview and the status bar follow the active file", async () => {
  const minutes = await api();
  const document = await open("sec-panel-77.minutes");
  const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>("minutes.openPreviewToSide", document.uri.toString());
  assert.ok(panel ?? minutes.preview.current, "a preview panel opened");
  assert.equal((panel ?? minutes.preview.current)!.webview.options.enableScripts, false);
  await minutes.statusBar.update();
  assert.match(minutes.statusBar.text, /5 \$\(error\)/);
  assert.match(minutes.statusBar.text, /open actions?/);
});

test("a council's decision names its body from the quick fix, and the finding goes once the settings are saved", async () => {
  // A committee of its own, with settings that do not name the body.
  const folder = path.join(workspace(), "council");
  fs.mkdirSync(folder, { recursive: true });
  const settings = path.join(folder, "minutes.config.json");
  fs.writeFileSync(settings, '{\n  "actionIds": { "prefix": "PC" }\n}\n');
  fs.writeFileSync(path.join(folder, "council-12.minutes"), "meeting: Parish Council\nnumber: 12\ndate: 2024-03-05\n\nattendees:\n  JS   Jane Smith\n\nitem 1: Play area\n\nThe Council RESOLVED to accept the quote.\n");
  const document = await open(path.join("council", "council-12.minutes"));
  const [finding] = (await diagnosticsWhere(document.uri, (d) => d.some((x) => codeOf(x) === "body-name-unknown"), "body-name-unknown")).filter((d) => codeOf(d) === "body-name-unknown");
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, finding!.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.title === "Add `The Council` to the body's names in minutes.config.json");
  assert.ok(fix?.edit, `the quick fix is offered; offered: ${actions.map((a) => a.title).join(", ")}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit), "the edit applies");
  const edited = await vscode.workspace.openTextDocument(settings);
  assert.ok(await edited.save(), "the settings are saved");
  assert.deepEqual(JSON.parse(fs.readFileSync(settings, "utf8")).bodyNames, ["The Council"]);
  await diagnosticsWhere(document.uri, (d) => !d.some((x) => codeOf(x) === "body-name-unknown" || codeOf(x) === "item-no-outcome"), "no body-name-unknown once the settings name the body");
});

test("the quick fix that names the body edits the settings file's unsaved buffer where it stands, keeping what is typed there", async () => {
  const folder = path.join(workspace(), "parish");
  fs.mkdirSync(folder, { recursive: true });
  const settings = path.join(folder, "minutes.config.json");
  fs.writeFileSync(settings, '{\n  "actionIds": { "prefix": "PC" }\n}\n');
  fs.writeFileSync(path.join(folder, "parish-3.minutes"), "meeting: Parish Council\nnumber: 3\ndate: 2024-04-02\n\nattendees:\n  JS   Jane Smith\n\nitem 1: Allotments\n\nThe Parish Council RESOLVED to renew the lease.\n");
  // The secretary has the settings open, and has added a list of names there without saving:
  // an edit made against the file on disk would land before it and be lost behind a second key.
  const buffer = await vscode.workspace.openTextDocument(settings);
  const typed = new vscode.WorkspaceEdit();
  typed.insert(buffer.uri, new vscode.Position(1, 2), '"bodyNames": ["The Board"],\n  ');
  assert.ok(await vscode.workspace.applyEdit(typed), "the unsaved change applies");
  assert.ok(buffer.isDirty, "the settings have unsaved changes");
  const document = await open(path.join("parish", "parish-3.minutes"));
  const [finding] = (await diagnosticsWhere(document.uri, (d) => d.some((x) => codeOf(x) === "body-name-unknown"), "body-name-unknown")).filter((d) => codeOf(d) === "body-name-unknown");
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, finding!.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.title === "Add `The Parish Council` to the body's names in minutes.config.json");
  assert.ok(fix?.edit, `the quick fix is offered; offered: ${actions.map((a) => a.title).join(", ")}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit), "the edit applies");
  assert.deepEqual(JSON.parse(buffer.getText()), { bodyNames: ["The Parish Council", "The Board"], actionIds: { prefix: "PC" } }, buffer.getText());
  assert.equal(fs.readFileSync(settings, "utf8"), '{\n  "actionIds": { "prefix": "PC" }\n}\n', "the file on disk waits for the secretary's save");
  // Once the buffer names the body, the fix is no longer offered.
  const again = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, finding!.range, vscode.CodeActionKind.QuickFix.value);
  assert.ok(!again.some((a) => a.title.startsWith("Add `The Parish Council`")), `offered again: ${again.map((a) => a.title).join(", ")}`);
  assert.ok(await buffer.save(), "the settings are saved");
  await diagnosticsWhere(document.uri, (d) => !d.some((x) => codeOf(x) === "body-name-unknown"), "no body-name-unknown once the saved settings name the body");
});

/** The entry @vscode/test-electron (and the code-server runner) loads. */
export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const t of tests) {
    try {
      await t.run();
      console.log(`  ✓ ${t.name}`);
    } catch (error) {
      failures.push(t.name);
      console.error(`  ✗ ${t.name}\n${(error as Error).stack ?? error}`);
    }
  }
  console.log(`${tests.length - failures.length} passing, ${failures.length} failing`);
  if (failures.length > 0) throw new Error(`${failures.length} of ${tests.length} extension tests failed: ${failures.join("; ")}`);
}
