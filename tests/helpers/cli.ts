import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { main } from "../../packages/cli/src/main.js";
import { EXAMPLES } from "./minutes.js";

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A fresh copy of examples/ for each test, and `run` to call the real command in it,
 * in-process: `sandbox.dir` is the working folder.
 */
export function cliSandbox(): { readonly dir: string; run(args: readonly string[]): Promise<CliRun> } {
  const sandbox = {
    dir: "",
    async run(args: readonly string[]): Promise<CliRun> {
      let stdout = "";
      let stderr = "";
      const status = await main([...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: sandbox.dir });
      return { status, stdout, stderr };
    },
  };
  beforeEach(() => {
    sandbox.dir = mkdtempSync(path.join(os.tmpdir(), "minutes-cli-"));
    cpSync(EXAMPLES, sandbox.dir, { recursive: true });
  });
  afterEach(() => rmSync(sandbox.dir, { recursive: true, force: true }));
  return sandbox;
}
