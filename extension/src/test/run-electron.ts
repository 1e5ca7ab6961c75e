// `pnpm test:vscode`: the integration suite in a downloaded VS Code, where VS Code can be
// downloaded (a developer's machine, hosted CI). Here, tests/e2e runs the same suite in code-server.
import * as path from "node:path";
import { runTests } from "@vscode/test-electron";
import { prepareWorkspace } from "./workspace";

async function main(): Promise<void> {
  const extensionDevelopmentPath = path.resolve(__dirname, "../..");
  const extensionTestsPath = path.resolve(__dirname, "suite/index.js");
  const workspace = prepareWorkspace(path.resolve(extensionDevelopmentPath, "../examples"));
  await runTests({ extensionDevelopmentPath, extensionTestsPath, launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust"] });
}

main().catch((error) => {
  console.error(`The VS Code integration tests failed: ${(error as Error).message}`);
  process.exit(1);
});
