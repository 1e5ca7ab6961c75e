import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The command line and the language server turn off V8's allocation-site pretenuring
 * (packages/node-files/src/runtime.ts). Without it, once V8 has seen large models outlive young
 * collections, it allocates every later model straight into the old generation, where a tree
 * dead a keystroke later waits for a full collection. Measured in objects, in a process of its
 * own (the flag is the process's), on the built packages.
 */

const root = path.resolve(import.meta.dirname, "../..");

function oldObjects(tune: boolean): { total: number; old: number } {
  const args = ["--allow-natives-syntax", path.join(import.meta.dirname, "born-young.mjs"), ...(tune ? ["--tune"] : []), root];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8" })) as { total: number; old: number };
}

describe("the runtime settings of the command line and the language server", () => {
  it("keep a model young after large ones: without them V8 allocates most of it old", () => {
    const untuned = oldObjects(false);
    const tuned = oldObjects(true);
    // The reference minutes' model, about 890 objects: enough that the fractions below mean something.
    expect(untuned.total).toBeGreaterThan(500);
    // The case the setting is for: without it, most of the model is born old.
    expect(untuned.old).toBeGreaterThan(untuned.total / 2);
    expect(tuned.old).toBeLessThan(tuned.total / 100);
  });

  it("are applied by every process entry before it starts", () => {
    for (const [entry, start] of [
      ["packages/cli/bin/minutes.js", "process.exitCode = await main("],
      ["packages/language-server/bin/minutes-language-server.js", "startServer();"],
      ["extension/src/server.ts", "startServer();"],
    ] as const) {
      const source = readFileSync(path.join(root, entry), "utf8");
      expect(source.indexOf("tuneRuntime();"), entry).toBeGreaterThan(0);
      expect(source.indexOf("tuneRuntime();"), entry).toBeLessThan(source.indexOf(start));
    }
  });
});
