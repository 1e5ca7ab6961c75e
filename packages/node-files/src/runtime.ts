import { setFlagsFromString } from "node:v8";

/*
 * How the command line and the language server ask V8 to run them. Set by each process's entry
 * (bin/minutes.js, bin/minutes-language-server.js, the extension's bundled server) before it
 * parses anything; a program that uses the core library in its own process keeps its own settings.
 */

/**
 * No allocation-site pretenuring. Once V8 has seen the models of a few large documents outlive
 * young collections, it allocates every later model's objects straight into the old generation: each
 * tree, dead a keystroke later, then waits for a full collection, and while it waits, the young
 * objects it points to are copied and promoted as if alive. Parse and check ran a quarter to a
 * third slower for it, and the cold index of a committee's folder a tenth (docs/performance.md).
 */
export const RUNTIME_FLAGS: readonly string[] = ["--no-allocation-site-pretenuring"];

/** Applies `RUNTIME_FLAGS` to this process. Call first thing, before any document is read. */
export function tuneRuntime(): void {
  for (const flag of RUNTIME_FLAGS) setFlagsFromString(flag);
}
