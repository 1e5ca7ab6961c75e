#!/usr/bin/env node
// UI test: the packaged extension (extension/minutes.vsix) installed in a real VS Code
// (code-server 4.100.3) and driven through headless Chromium as a user would:
//   1. install the .vsix into a fresh extensions dir;
//   2. open a fresh copy of examples/ (prepareWorkspace) in the workbench;
//   3. open sec-panel-77.minutes with Quick Open;
//   4. go to line 418 and wait for the red squiggle under `DKi`, hover it  -> squiggle-dki.png
//   5. the Problems panel lists the five slips                              -> problems-panel.png
//   6. Minutes: Export… HTML / Public is refused, "Export as Draft" writes a DRAFT
//      sec-panel-77.html                                                  -> export-notification.png
//   7. Minutes: Open Preview to the Side renders the minutes               -> editor-and-preview.png
//      (copied to extension/images/screenshot.png for the extension's README).
// No fixed sleeps: every step waits for a selector or a condition, with a timeout that names it.
//
// Usage:  node tests/e2e/ui-test.mjs     (after `pnpm --dir extension run package`)
// Env:    MINUTES_E2E_VERBOSE=1, MINUTES_E2E_KEEP=1 (see tests/e2e/harness/README.md),
//         MINUTES_E2E_TIMEOUT_SCALE=2 multiplies every timeout (slow machines).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { installExtension, launchBrowser, openWorkbench, startCodeServer } from './harness/code-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const VSIX = path.join(root, 'extension', 'minutes.vsix');
const WORKSPACE_JS = path.join(root, 'extension', 'dist', 'test', 'workspace.js');
const SHOTS = path.join(root, 'docs', 'screenshots');
const README_SHOT = path.join(root, 'extension', 'images', 'screenshot.png');
const FILE = 'sec-panel-77.minutes';
const DKI_LINE = 418;
const SLIPS = ['Initials `AH`', 'SEC76/01', 'MP0O81', 'SECMPO0062', 'DKi'];
const VIEWPORT = { width: 1600, height: 1000 };
const WIDE = { width: 1920, height: 1080 }; // editor + preview side by side
const EDITOR_SHARE = 0.58; // of the editor area, so the minutes' ~100-column lines do not wrap
const FAILURE_SHOT = path.join(os.tmpdir(), 'minutes-e2e-ui-failure.png');
const KEEP = /^(1|true|yes)$/i.test(process.env.MINUTES_E2E_KEEP || '');

// Generous for a loaded 2-core machine; MINUTES_E2E_TIMEOUT_SCALE stretches them all.
const SCALE = Number(process.env.MINUTES_E2E_TIMEOUT_SCALE) > 0 ? Number(process.env.MINUTES_E2E_TIMEOUT_SCALE) : 1;
const T = {
  workbench: 120_000 * SCALE, // page load until .monaco-workbench
  server: 120_000 * SCALE, // extension activation + language server's first diagnostics
  ui: 30_000 * SCALE, // a widget appearing after a key press or a click
  export: 60_000 * SCALE, // the server writing the export
};

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1).padStart(5);
const log = (msg) => console.log(`[ui-test ${secs()}s] ${msg}`);

/** Wait for `locator` to be visible; on timeout fail with `what`. */
async function visible(locator, what, timeout = T.ui) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (e) {
    throw new Error(`timed out after ${timeout} ms waiting for ${what}${e?.message?.includes('Timeout') ? '' : ` (${e.message})`}`);
  }
  return locator.first();
}

/** Wait for `locator` to be gone (hidden or detached); on timeout fail with `what`. */
async function hidden(locator, what, timeout = T.ui) {
  try {
    await locator.first().waitFor({ state: 'hidden', timeout });
  } catch {
    throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
  }
}

/** page.waitForFunction with a named failure. Returns the (JSON) value the function returned. */
async function condition(page, what, fn, arg, timeout = T.ui) {
  try {
    const handle = await page.waitForFunction(fn, arg, { timeout, polling: 100 });
    return await handle.jsonValue();
  } catch (e) {
    throw new Error(`timed out after ${timeout} ms waiting for ${what}${/Timeout/.test(e?.message) ? '' : ` (${e.message})`}`);
  }
}

/** Retries an attempt that itself waits for an event (with its own timeout) until it succeeds or time runs out. */
async function until(what, attempt, timeout = T.ui) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await attempt();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
  }
}

/**
 * In the page: the first `.squiggly-error` in the active editor on the first visual row of `line`
 * (by its line number's band), with its centre and the characters it underlines; or null.
 */
const squiggleOnLine = (line) => {
  const ed = document.querySelector('.editor-group-container.active .monaco-editor');
  const num = [...(ed?.querySelectorAll('.line-numbers') ?? [])].find((n) => n.textContent.trim() === String(line));
  if (!num) return null;
  const band = num.getBoundingClientRect();
  for (const s of ed.querySelectorAll('.squiggly-error')) {
    const r = s.getBoundingClientRect();
    const mid = r.top + r.height / 2;
    if (r.width > 0 && mid >= band.top && mid <= band.bottom) {
      // The characters under the squiggle, read from the view line at that height.
      const viewLine = [...ed.querySelectorAll('.view-line')].find((v) => {
        const b = v.getBoundingClientRect();
        return mid >= b.top && mid <= b.bottom;
      });
      let under = '';
      if (viewLine) {
        const walker = document.createTreeWalker(viewLine, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const c = range.getBoundingClientRect();
            const cx = c.left + c.width / 2;
            if (cx > r.left && cx < r.right) under += node.data[i];
          }
        }
      }
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, gutterX: band.left + 2, under };
    }
  }
  return null;
};

async function screenshot(page, name) {
  const file = path.join(SHOTS, name);
  await page.screenshot({ path: file });
  log(`screenshot ${path.relative(root, file)}`);
  return file;
}

/** F1, type `title`, wait until the palette's focused row is that command, Enter. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = await visible(page.locator('.quick-input-widget input'), 'the command palette (F1) to open');
  await input.fill(`>${title}`);
  await visible(
    page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: title }),
    `"${title}" to be the first command in the palette`,
  );
  await page.keyboard.press('Enter');
  await hidden(page.locator('.quick-input-widget .monaco-list-row', { hasText: title }), `the palette to run "${title}" and close`);
}

/** In a quick pick titled `title`, pick the row labelled `label`. */
async function pick(page, title, label) {
  await visible(page.locator('.quick-input-widget .quick-input-title', { hasText: title }), `the quick pick "${title}"`);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }),
  });
  await (await visible(row, `the item "${label}" in the quick pick "${title}"`)).click();
  await hidden(page.locator('.quick-input-widget .quick-input-title', { hasText: title }), `the quick pick "${title}" to close after picking "${label}"`);
}

async function main() {
  if (!fs.existsSync(VSIX)) {
    throw new Error(`${path.relative(root, VSIX)} is missing: build and package the extension first (cd ${root} && pnpm run build && pnpm --dir extension run package).`);
  }
  if (!fs.existsSync(WORKSPACE_JS)) {
    throw new Error(`${path.relative(root, WORKSPACE_JS)} is missing: build the extension first (pnpm --dir extension run build).`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  const { prepareWorkspace } = require(WORKSPACE_JS);

  const cleanup = [];
  let page;
  let failed = true;
  try {
    // 1. A fresh extensions dir with the packaged extension.
    const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-ui-ext-'));
    cleanup.push(async () => !KEEP && fs.rmSync(extensionsDir, { recursive: true, force: true }));
    const installed = await installExtension({ vsixPath: VSIX, extensionsDir });
    if (!fs.readdirSync(extensionsDir).some((d) => d.startsWith('minutes-tools.minutes-'))) {
      throw new Error(`installing ${VSIX} left no minutes-tools.minutes-* folder in ${extensionsDir}:\n${installed}`);
    }
    log(`installed ${path.relative(root, VSIX)}`);

    // 2. code-server on a fresh copy of examples/, the workbench in Chromium.
    const workspace = prepareWorkspace(path.join(root, 'examples'));
    cleanup.push(async () => !KEEP && fs.rmSync(workspace, { recursive: true, force: true }));
    const server = await startCodeServer({
      workspaceDir: workspace,
      extensionsDir,
      settings: { 'editor.minimap.enabled': false, 'workbench.editor.enablePreview': false, 'workbench.reduceMotion': 'on' },
    });
    cleanup.push(() => server.stop());
    log(`code-server up on ${server.url} in ${server.startupMs} ms (workspace ${workspace})`);
    const browser = await launchBrowser({ viewport: VIEWPORT });
    cleanup.push(() => browser.close());
    page = await openWorkbench({ server, browser, timeoutMs: T.workbench });
    log(`workbench loaded in ${page.loadMs} ms`);
    await visible(page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }), `${FILE} in the explorer`, T.workbench);

    // 3. Quick Open the minutes.
    // Keyboard focus in the workbench: a click on the explorer's empty space below the files.
    const explorer = page.locator('.explorer-folders-view');
    const explorerBox = await explorer.boundingBox();
    await explorer.click({ position: { x: 20, y: explorerBox.height - 10 } });
    await page.keyboard.press('Control+P');
    const quickOpen = await visible(page.locator('.quick-input-widget input'), 'Quick Open (Ctrl+P) to open');
    await quickOpen.fill(FILE);
    await visible(page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: FILE }), `${FILE} as the first Quick Open result`);
    await page.keyboard.press('Enter');
    await visible(page.locator('.tabs-container .tab.active', { hasText: FILE }), `an editor tab for ${FILE}`);
    const editor = page.locator('.editor-group-container.active .monaco-editor').first();
    await visible(editor.locator('.view-lines', { hasText: 'SEC Panel Meeting 77' }), `the text of ${FILE} in the editor`);
    log(`opened ${FILE}`);

    // 4. Line 418: the red squiggle under DKi.
    await page.keyboard.press('Control+G');
    const goTo = await visible(page.locator('.quick-input-widget input'), 'the Go to Line box (Ctrl+G) to open');
    await goTo.fill(`:${DKI_LINE}`);
    await visible(page.locator('.quick-input-widget', { hasText: `line ${DKI_LINE}` }), `the Go to Line box to offer line ${DKI_LINE}`);
    await page.keyboard.press('Enter');
    await hidden(page.locator('.quick-input-widget input'), 'the Go to Line box to close');
    await visible(editor.locator('.line-numbers', { hasText: new RegExp(`^${DKI_LINE}$`) }), `line ${DKI_LINE} to be scrolled into view`);
    // The squiggle is an overlay div in the view line's band; DKi is on the line's first visual row.
    const squiggle = await condition(
      page,
      `a .squiggly-error decoration on line ${DKI_LINE} (the language server's error on DKi)`,
      squiggleOnLine,
      DKI_LINE,
      T.server,
    );
    if (squiggle.under.replace(/\u00a0/g, ' ').trim() !== 'DKi') {
      throw new Error(`the error squiggle on line ${DKI_LINE} underlines "${squiggle.under}", expected "DKi"`);
    }
    log(`squiggle under "${squiggle.under}" on line ${DKI_LINE}`);
    // Hover it: the hover shows the diagnostic. A hover can fail to open (the mouse arrived while the
    // editor was still settling after the jump): move away and back until it opens.
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'DKi' });
    let attempts = 0;
    await until('the hover over DKi showing its error', async () => {
      if (attempts++) log(`the hover did not open; moving the mouse away and back (attempt ${attempts})`);
      const at = (await page.evaluate(squiggleOnLine, DKI_LINE)) ?? squiggle;
      await page.mouse.move(at.gutterX, at.y); // the line number: nothing to hover there
      await page.mouse.move(at.x, at.y, { steps: 4 });
      return hover.first().waitFor({ state: 'visible', timeout: 5_000 * SCALE }).then(() => true, () => false);
    });
    // Its status bar says "Checking for quick fixes..." until the code actions are in.
    await visible(hover.filter({ hasText: /Quick Fix|No quick fixes available/ }), 'the hover over DKi to finish checking for quick fixes');
    await screenshot(page, 'squiggle-dki.png');

    // 5. The Problems panel lists the five slips.
    await page.mouse.move(5, VIEWPORT.height / 2); // away from the editor: the hover closes
    await hidden(page.locator('.monaco-hover:not(.hidden)', { hasText: 'DKi' }), 'the hover to close');
    await page.keyboard.press('Control+Shift+M');
    await visible(page.locator('.markers-panel'), 'the Problems panel (Ctrl+Shift+M)');
    await condition(
      page,
      `the Problems panel to list the five slips (${SLIPS.join(', ')})`,
      (slips) => {
        const panel = document.querySelector('.markers-panel');
        const rows = [...(panel?.querySelectorAll('.monaco-list-row') ?? [])].map((r) => r.textContent);
        return slips.every((s) => rows.some((r) => r.includes(s)));
      },
      SLIPS,
      T.server,
    );
    const errorCount = await page.locator('.markers-panel .monaco-list-row .codicon-error').count();
    if (errorCount !== 5) throw new Error(`the Problems panel shows ${errorCount} errors, expected the five slips`);
    log('the Problems panel lists the five slips');
    await screenshot(page, 'problems-panel.png');

    // 6. Export from the palette: refused, then exported as a draft.
    await runCommand(page, 'Minutes: Export');
    await pick(page, 'Export minutes: format', 'HTML');
    await pick(page, 'Export minutes: version', 'Public');
    const refused = await visible(page.locator('.notifications-toasts .notification-toast', { hasText: 'Not exported' }), 'the error notification "Not exported: 5 errors"', T.export);
    const refusedText = await refused.innerText();
    if (!/5 errors/.test(refusedText)) throw new Error(`the refusal does not say "5 errors": ${refusedText}`);
    await visible(refused.locator('.monaco-button', { hasText: 'Show Problems' }), 'the "Show Problems" button on the refusal');
    await (await visible(refused.locator('.monaco-button', { hasText: 'Export as Draft' }), 'the "Export as Draft" button on the refusal')).click();
    const exported = await visible(page.locator('.notifications-toasts .notification-toast', { hasText: 'Exported sec-panel-77.html' }), 'the notification "Exported sec-panel-77.html"', T.export);
    await condition(
      page,
      'the export notification to finish sliding in',
      (text) => {
        const toast = [...document.querySelectorAll('.notifications-toasts .notification-toast')].find((t) => t.textContent.includes(text));
        if (!toast || !/notification-fade-in/.test(toast.className) || toast.getAnimations().length) return false;
        const r = toast.getBoundingClientRect();
        return getComputedStyle(toast).opacity === '1' && r.height > 0 && r.bottom <= window.innerHeight;
      },
      'Exported sec-panel-77.html',
    );
    await visible(exported.locator('.monaco-button', { hasText: 'Open' }), 'the "Open" button on the export notification');
    const html = path.join(workspace, 'sec-panel-77.html');
    // The server answers the export request only after the file is in place, and the
    // notification follows the answer: the file is there now.
    if (!fs.existsSync(html)) throw new Error(`the export notification appeared but ${html} was not written`);
    if (!fs.readFileSync(html, 'utf8').includes('DRAFT')) throw new Error(`${html} does not say DRAFT`);
    log('exported sec-panel-77.html as a DRAFT');
    await screenshot(page, 'export-notification.png');

    // 7. The preview beside the editor.
    await runCommand(page, 'Notifications: Clear All Notifications');
    await hidden(page.locator('.notifications-toasts .notification-toast'), 'the notifications to clear');
    await page.keyboard.press('Control+J'); // hide the panel: room for the editor
    await hidden(page.locator('.markers-panel'), 'the panel to hide (Ctrl+J)');
    await page.keyboard.press('Control+B'); // hide the side bar: a wide editor area
    await hidden(page.locator('.explorer-folders-view'), 'the side bar to hide (Ctrl+B)');
    await page.setViewportSize(WIDE);
    await condition(page, `the workbench to lay out at ${WIDE.width} px`, (w) => document.querySelector('.monaco-workbench')?.getBoundingClientRect().width === w, WIDE.width);
    await runCommand(page, 'Minutes: Open Preview to the Side');
    await visible(page.locator('.tabs-container .tab', { hasText: `Preview: ${FILE}` }), `the preview tab "Preview: ${FILE}"`, T.export);
    const groups = page.locator('.part.editor .editor-group-container');
    await condition(page, 'two editor groups (the minutes and the preview beside them)', () => document.querySelectorAll('.part.editor .editor-group-container').length === 2);
    // Drag the sash between the groups: the minutes get EDITOR_SHARE of the width.
    const [left, right] = [await groups.nth(0).boundingBox(), await groups.nth(1).boundingBox()];
    const partBox = await page.locator('.part.editor').boundingBox();
    const targetX = Math.round(partBox.x + partBox.width * EDITOR_SHARE);
    const sashX = (left.x + left.width + right.x) / 2;
    await page.mouse.move(sashX, left.y + left.height / 2);
    await page.mouse.down();
    await page.mouse.move(targetX, left.y + left.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.mouse.move(300, 12); // the title bar's empty space: no hover, no highlighted sash
    await hidden(page.locator('.part.editor .monaco-sash.hover, .part.editor .monaco-sash.active'), 'the sash to stop being highlighted after the drag');
    await condition(
      page,
      `the editor group to be resized to ~${Math.round(EDITOR_SHARE * 100)}% of the editor area by dragging the sash`,
      (x) => {
        const [g0, g1] = [...document.querySelectorAll('.part.editor .editor-group-container')].map((g) => g.getBoundingClientRect());
        const frame = document.querySelector('iframe.webview.ready')?.getBoundingClientRect();
        // The webview is an overlay: wait until it has followed its group too.
        return Math.abs(g0.right - x) < 12 && frame && Math.abs(frame.left - g1.left) < 12 && Math.abs(frame.right - g1.right) < 12;
      },
      targetX,
    );
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await visible(preview.locator('body', { hasText: 'SEC Panel Meeting 77' }), 'the preview webview to render the minutes', T.export);
    await visible(preview.locator('body', { hasText: 'DRAFT' }), 'the preview to mark the minutes, which have errors, as a DRAFT');
    // Both editors side by side, the minutes still at line 418 with their squiggles.
    await visible(editor.locator('.squiggly-error'), 'the squiggles in the editor beside the preview');
    const wide = await screenshot(page, 'editor-and-preview.png');
    fs.copyFileSync(wide, README_SHOT);
    log(`copied to ${path.relative(root, README_SHOT)}`);
    failed = false;
  } finally {
    if (failed && page) {
      await page.screenshot({ path: FAILURE_SHOT }).then(() => console.error(`[ui-test] the page at the failure: ${FAILURE_SHOT}`), () => {});
    }
    if (page) await page.close().catch(() => {});
    for (const fn of cleanup.reverse()) {
      try {
        await fn();
      } catch (e) {
        console.error(`[ui-test] cleanup: ${e.message}`);
      }
    }
  }
}

try {
  await main();
  log('passed');
} catch (e) {
  console.error(`[ui-test ${secs()}s] FAILED: ${e.message}`);
  process.exitCode = 1;
}
