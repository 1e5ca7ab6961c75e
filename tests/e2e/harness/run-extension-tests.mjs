#!/usr/bin/env node
// Command-line wrapper: run an extension's integration tests (a module that
// exports `run()`, as @vscode/test-electron loads) inside code-server's real
// extension host, and exit with the code the tests reported.
//
//   node tests/e2e/harness/run-extension-tests.mjs \
//     --extensionDevelopmentPath extension \
//     --extensionTestsPath extension/out/test/suite/index.js \
//     [--folder some/workspace] [--vsix other.vsix ...] [--timeout 120000]
//
// Paths may be relative to the current directory. --folder defaults to a
// fresh empty temp dir. --vsix installs extra extensions first.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { installExtension, runExtensionTests, startCodeServer } from './code-server.mjs';

const { values } = parseArgs({
  options: {
    extensionDevelopmentPath: { type: 'string' },
    extensionTestsPath: { type: 'string' },
    folder: { type: 'string' },
    vsix: { type: 'string', multiple: true },
    timeout: { type: 'string', default: '120000' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || !values.extensionDevelopmentPath || !values.extensionTestsPath) {
  console.log(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 13).join('\n').replace(/^\/\/ ?/gm, ''));
  process.exit(values.help ? 0 : 2);
}

const t0 = Date.now();
const folder = path.resolve(values.folder || fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-folder-')));
const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-exts-'));
let server;
let code = 1;
try {
  for (const v of values.vsix || []) {
    console.log(`[e2e] installing ${v}`);
    await installExtension({ vsixPath: path.resolve(v), extensionsDir });
  }
  server = await startCodeServer({ workspaceDir: folder, extensionsDir });
  console.log(`[e2e] code-server ${server.url} healthy after ${server.startupMs} ms`);
  const r = await runExtensionTests({
    server,
    extensionDevelopmentPath: path.resolve(values.extensionDevelopmentPath),
    extensionTestsPath: path.resolve(values.extensionTestsPath),
    folder,
    timeoutMs: Number(values.timeout),
  });
  code = r.exitCode;
  console.log(`[e2e] extension tests exited with code ${code} after ${r.durationMs} ms`);
} catch (e) {
  console.error(`[e2e] ${e.message}`);
  code = 1;
} finally {
  if (server) await server.stop();
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  if (!values.folder) fs.rmSync(folder, { recursive: true, force: true });
}
console.log(`[e2e] total ${Date.now() - t0} ms`);
process.exit(code);
