#!/usr/bin/env node
// Self-test of the e2e harness, without the real product:
//   1. a throwaway extension + a passing test entry  -> exit code 0
//   2. the same extension + a failing test entry     -> exit code 1 (failures are not swallowed)
//   3. a test entry that never settles, short timeout -> a clear timeout error
//   4. installExtension: a hand-made .vsix of a second throwaway extension; a bad one fails
//   5. UI: open the workbench, the explorer opens a file, the F1 command palette finds
//      and runs the installed extension's command, its notification shows; screenshots to /tmp
//
// Usage:  node tests/e2e/harness/selftest.mjs
// Needs:  CI=true bash scripts/e2e/install-code-server.sh (once per machine)
// Env:    MINUTES_E2E_VERBOSE=1 for code-server / browser console output
//         MINUTES_E2E_SCREENSHOT=/path.png (default /tmp/minutes-e2e-selftest-palette.png)

import { execFileSync } from 'node:child_process';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  findCodeServer,
  installExtension,
  launchBrowser,
  openWorkbench,
  runExtensionTests,
  startCodeServer,
} from './code-server.mjs';

const SCREENSHOT = process.env.MINUTES_E2E_SCREENSHOT || '/tmp/minutes-e2e-selftest-palette.png';
const SCREENSHOT_NOTIFICATION = SCREENSHOT.replace(/\.png$/, '') + '-notification.png';
const results = [];
const timings = {};

function ok(name, detail = '') {
  results.push({ name, pass: true });
  console.log(`ok   - ${name}${detail ? ` (${detail})` : ''}`);
}
function fail(name, err) {
  results.push({ name, pass: false });
  console.log(`FAIL - ${name}\n       ${String(err && err.stack ? err.stack : err).replace(/\n/g, '\n       ')}`);
}

async function makeFixture(root) {
  const ext = path.join(root, 'extension');
  const ws = path.join(root, 'workspace');
  await fs.mkdir(path.join(ext, 'suite'), { recursive: true });
  await fs.mkdir(ws, { recursive: true });
  await fs.writeFile(path.join(ws, 'notes.txt'), 'a plain text file in the self-test workspace\n');
  await fs.writeFile(
    path.join(ext, 'package.json'),
    JSON.stringify(
      {
        name: 'minutes-e2e-selftest',
        displayName: 'Minutes e2e harness self-test',
        publisher: 'minutes-e2e',
        version: '0.0.1',
        engines: { vscode: '^1.90.0' },
        // Explicit activation events: an empty list did not activate the extension in code-server.
        activationEvents: ['onLanguage:plaintext'],
        main: './extension.js',
        contributes: { commands: [{ command: 'minutesE2e.hello', title: 'Minutes E2E: Hello' }] },
      },
      null,
      2,
    ),
  );
  await fs.writeFile(
    path.join(ext, 'extension.js'),
    `const vscode = require('vscode');
exports.activate = function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('minutesE2e.hello', (who) => 'hello ' + (who || 'world')),
  );
  return { activatedAt: Date.now() };
};
exports.deactivate = function deactivate() {};
`,
  );
  // The passing entry: what a @vscode/test-electron suite's index.js exports.
  await fs.writeFile(
    path.join(ext, 'suite', 'index.js'),
    `const assert = require('assert');
const vscode = require('vscode');

async function waitFor(pred, ms, what) {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await new Promise((r) => setTimeout(r, 50));
  }
}

exports.run = async function run() {
  const doc = await vscode.workspace.openTextDocument({ content: 'hello' });
  assert.strictEqual(doc.getText(), 'hello');
  assert.strictEqual(doc.lineCount, 1);
  assert.strictEqual(doc.languageId, 'plaintext');
  assert.strictEqual(doc.isUntitled, true);
  const editor = await vscode.window.showTextDocument(doc);
  assert.strictEqual(editor.document, doc);

  const ext = vscode.extensions.getExtension('minutes-e2e.minutes-e2e-selftest');
  assert.ok(ext, 'the extension under development is loaded');
  await waitFor(() => ext.isActive, 15000, 'activation on onLanguage:plaintext');
  assert.strictEqual(typeof ext.exports.activatedAt, 'number');
  assert.strictEqual(await vscode.commands.executeCommand('minutesE2e.hello', 'minutes'), 'hello minutes');

  const folders = vscode.workspace.workspaceFolders || [];
  assert.strictEqual(folders.length, 1, 'one workspace folder is open');
  const files = await vscode.workspace.findFiles('*.txt');
  assert.deepStrictEqual(files.map((u) => u.path.split('/').pop()), ['notes.txt']);
  console.log('selftest suite: all assertions passed in the extension host (node ' + process.version + ')');
};
`,
  );
  // The failing entry: must come back as exit code 1.
  await fs.writeFile(
    path.join(ext, 'suite', 'failing.js'),
    `const assert = require('assert');
const vscode = require('vscode');
exports.run = async function run() {
  const doc = await vscode.workspace.openTextDocument({ content: 'hello' });
  assert.strictEqual(doc.getText(), 'goodbye', 'deliberate failure: the document says hello');
};
`,
  );
  // The hanging entry: run() never settles; the harness must time out clearly.
  await fs.writeFile(
    path.join(ext, 'suite', 'hanging.js'),
    `exports.run = function run() { return new Promise(() => {}); };\n`,
  );
  return { ext, ws };
}

// A minimal .vsix (a zip holding extension.vsixmanifest, [Content_Types].xml
// and extension/...), zipped with python3 (no vsce needed for the self-test).
async function makeVsix(root) {
  const src = path.join(root, 'installed-ext');
  await fs.mkdir(src, { recursive: true });
  const files = {
    'extension/package.json': JSON.stringify({
      name: 'minutes-e2e-installed',
      publisher: 'minutes-e2e',
      version: '0.0.1',
      engines: { vscode: '^1.90.0' },
      activationEvents: ['onCommand:minutesE2e.installedHello'],
      main: './extension.js',
      contributes: { commands: [{ command: 'minutesE2e.installedHello', title: 'Minutes E2E: Installed Hello' }] },
    }),
    'extension/extension.js': `const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('minutesE2e.installedHello',
    () => vscode.window.showInformationMessage('Hello from the installed minutes-e2e vsix')));
};
`,
    'extension.vsixmanifest': `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011">
  <Metadata>
    <Identity Language="en-US" Id="minutes-e2e-installed" Version="0.0.1" Publisher="minutes-e2e"/>
    <DisplayName>minutes-e2e-installed</DisplayName>
    <Description xml:space="preserve">harness self-test</Description>
  </Metadata>
  <Installation><InstallationTarget Id="Microsoft.VisualStudio.Code"/></Installation>
  <Dependencies/>
  <Assets><Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true"/></Assets>
</PackageManifest>
`,
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension=".json" ContentType="application/json"/><Default Extension=".js" ContentType="application/javascript"/>' +
      '<Default Extension=".vsixmanifest" ContentType="text/xml"/></Types>',
  };
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(src, name)), { recursive: true });
    await fs.writeFile(path.join(src, name), text);
  }
  const vsix = path.join(root, 'minutes-e2e-installed-0.0.1.vsix');
  const py =
    'import sys, zipfile\n' +
    'src, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]\n' +
    'with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:\n' +
    '    for n in names: z.write(src + "/" + n, n)\n';
  execFileSync('python3', ['-c', py, src, vsix, ...Object.keys(files)]);
  return vsix;
}

async function main() {
  const tAll = Date.now();
  let bin;
  try {
    bin = findCodeServer();
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  console.log(`code-server: ${bin}`);
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'minutes-e2e-selftest-'));
  process.on('exit', () => {
    if (!process.env.MINUTES_E2E_KEEP) fsSync.rmSync(root, { recursive: true, force: true });
  });
  const { ext, ws } = await makeFixture(root);
  const extensionsDir = path.join(root, 'extensions');

  let server;
  let browser;
  try {
    // 4. installExtension (before the server starts, into its extensions dir)
    try {
      const vsix = await makeVsix(root);
      const t = Date.now();
      const out = await installExtension({ vsixPath: vsix, extensionsDir });
      timings.installExtensionMs = Date.now() - t;
      if (!/successfully installed/.test(out)) throw new Error(`unexpected output: ${out}`);
      if (!fsSync.existsSync(path.join(extensionsDir, 'minutes-e2e.minutes-e2e-installed-0.0.1', 'package.json'))) {
        throw new Error(`not unpacked into ${extensionsDir}`);
      }
      let err;
      await installExtension({ vsixPath: path.join(ext, 'package.json'), extensionsDir }).catch((e) => (err = e));
      if (!err || !/failed \(exit code/.test(err.message)) throw new Error(`installing a non-vsix did not fail clearly: ${err && err.message}`);
      ok('installExtension: vsix installed, a bad one rejected', `${timings.installExtensionMs} ms`);
    } catch (e) {
      fail('installExtension: vsix installed, a bad one rejected', e);
    }

    server = await startCodeServer({ workspaceDir: ws, extensionsDir });
    timings.healthzMs = server.startupMs;
    ok('code-server answers /healthz', `${server.url}, ${server.startupMs} ms`);

    const tB = Date.now();
    browser = await launchBrowser();
    timings.browserLaunchMs = Date.now() - tB;

    // 1. passing suite
    try {
      const r = await runExtensionTests({
        server,
        browser,
        extensionDevelopmentPath: ext,
        extensionTestsPath: path.join(ext, 'suite', 'index.js'),
        folder: ws,
        timeoutMs: 120_000,
      });
      timings.passingSuiteMs = r.durationMs;
      if (r.exitCode !== 0) throw new Error(`exit code ${r.exitCode}, wanted 0`);
      if (!r.logs.some((l) => l.text.includes('all assertions passed'))) {
        throw new Error('the suite\'s console.log did not reach codeAutomationLog');
      }
      ok('passing suite -> exit code 0', `${r.durationMs} ms`);
    } catch (e) {
      fail('passing suite -> exit code 0', e);
    }

    // 2. failing suite
    try {
      const seen = [];
      const r = await runExtensionTests({
        server,
        browser,
        extensionDevelopmentPath: ext,
        extensionTestsPath: path.join(ext, 'suite', 'failing.js'),
        folder: ws,
        timeoutMs: 120_000,
        onLog: (type, text) => {
          seen.push(text);
          console.log(`[ext-host ${type}] (expected failure) ${text.split('\n')[0]}`);
        },
      });
      timings.failingSuiteMs = r.durationMs;
      if (r.exitCode !== 1) throw new Error(`exit code ${r.exitCode}, wanted 1`);
      if (!seen.some((t) => t.includes('deliberate failure'))) {
        throw new Error('the assertion message did not reach the log');
      }
      ok('failing suite -> exit code 1 with its message', `${r.durationMs} ms`);
    } catch (e) {
      fail('failing suite -> exit code 1 with its message', e);
    }

    // 3. hanging suite -> timeout error
    try {
      const t = Date.now();
      let err;
      await runExtensionTests({
        server,
        browser,
        extensionDevelopmentPath: ext,
        extensionTestsPath: path.join(ext, 'suite', 'hanging.js'),
        folder: ws,
        timeoutMs: 8_000,
        onLog: () => {},
      }).catch((e) => (err = e));
      if (!err) throw new Error('runExtensionTests resolved although run() never settles');
      if (!/timed out after 8000 ms waiting for .*codeAutomationExit/.test(err.message)) {
        throw new Error(`unexpected error: ${err.message}`);
      }
      ok('hanging suite -> clear timeout error', `${Date.now() - t} ms`);
    } catch (e) {
      fail('hanging suite -> clear timeout error', e);
    }

    // 5. UI
    const UI_NAME = 'UI: workbench, explorer opens a file, F1 palette runs the installed command, screenshots';
    try {
      const page = await openWorkbench({ server, browser, folder: ws });
      timings.workbenchLoadMs = page.loadMs;
      try {
        // The explorer shows the workspace's file; double-click opens it in an editor.
        const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'notes.txt' });
        await row.waitFor({ timeout: 30_000 });
        await row.dblclick();
        await page
          .locator('.editor-group-container .monaco-editor .view-lines', { hasText: 'a plain text file' })
          .waitFor({ timeout: 30_000 });
        // F1 opens the command palette; it finds the installed extension's command.
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 15_000 });
        await input.fill('>Minutes E2E: Installed Hello');
        await page
          .locator('.quick-input-widget .monaco-list-row', { hasText: 'Minutes E2E: Installed Hello' })
          .first()
          .waitFor({ timeout: 15_000 });
        await page.screenshot({ path: SCREENSHOT });
        const st = await fs.stat(SCREENSHOT);
        if (st.size < 10_000) throw new Error(`screenshot suspiciously small: ${st.size} bytes`);
        // Run it: the installed extension activates on its command and shows a notification.
        await page.keyboard.press('Enter');
        await page
          .locator('.notifications-toasts', { hasText: 'Hello from the installed minutes-e2e vsix' })
          .waitFor({ timeout: 30_000 });
        await page.screenshot({ path: SCREENSHOT_NOTIFICATION });
        ok(UI_NAME, `load ${page.loadMs} ms, ${SCREENSHOT}, ${SCREENSHOT_NOTIFICATION}`);
      } catch (e) {
        const shot = SCREENSHOT.replace(/\.png$/, '') + '-failure.png';
        await page.screenshot({ path: shot }).catch(() => {});
        throw new Error(`${e.message}\n(screenshot of the failure: ${shot})`);
      } finally {
        await page.dispose();
      }
    } catch (e) {
      fail(UI_NAME, e);
    }
  } catch (e) {
    fail('harness setup', e);
  } finally {
    if (browser) await browser.close();
    if (server) {
      const tS = Date.now();
      await server.stop();
      timings.stopMs = Date.now() - tS;
    }
  }
  timings.totalMs = Date.now() - tAll;
  console.log(`timings: ${JSON.stringify(timings)}`);
  const passed = results.filter((r) => r.pass).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
