#!/usr/bin/env node
// `pnpm test:e2e`: the extension in a real VS Code (code-server 4.100.3, installed by
// scripts/e2e/install-code-server.sh) driven by headless Chromium:
//   1. the integration suite (extension/src/test/suite), in the real extension host;
//   2. the UI test (tests/e2e/ui-test.mjs): the packaged .vsix installed, driven as a user would.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const extension = path.join(root, "extension");
const require = createRequire(import.meta.url);

for (const needed of ["dist/extension.js", "dist/server.js", "dist/test/suite/index.js", "minutes.vsix"]) {
  if (!existsSync(path.join(extension, needed))) {
    console.error(`e2e: extension/${needed} is missing: build and package the extension first (pnpm --dir extension run package).`);
    process.exit(2);
  }
}

const { prepareWorkspace } = require(path.join(extension, "dist/test/workspace.js"));

function step(title, args) {
  console.log(`\n== ${title}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`e2e: ${title} failed (exit ${result.status}).`);
    rmSync(workspace, { recursive: true, force: true });
    process.exit(result.status || 1);
  }
}

const workspace = prepareWorkspace(path.join(root, "examples"));
try {
  step("integration suite in the VS Code extension host", [
    path.join(root, "tests/e2e/harness/run-extension-tests.mjs"),
    "--extensionDevelopmentPath", extension,
    "--extensionTestsPath", path.join(extension, "dist/test/suite/index.js"),
    "--folder", workspace,
  ]);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}

if (existsSync(path.join(root, "tests/e2e/ui-test.mjs"))) {
  step("UI test with the packaged extension", [path.join(root, "tests/e2e/ui-test.mjs")]);
}
console.log("\ne2e: all passed");
