#!/usr/bin/env node
// Runs the minutes language server inside a real Neovim (0.7+, headless) and checks what a user
// would see: diagnostics, hover, go to definition across meetings, completion after an edit;
// then loads the configuration docs/editors.md gives as a user's init.lua, and checks its
// snippet and commands (tests/editors/neovim/docs-probe.lua).
//
//   node tests/editors/run-neovim.mjs            (after `pnpm run build`, with nvim installed)
//   node tests/editors/run-neovim.mjs --server bin   launch node + the package's bin file instead
//                                                    of node_modules/.bin/minutes-language-server
//
// Prints each check; exits 0 when all pass, 1 when one fails, 2 when it cannot run (no nvim,
// server not built).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PROBE = path.join(ROOT, "tests/editors/neovim/probe.lua");
const DOCS_PROBE = path.join(ROOT, "tests/editors/neovim/docs-probe.lua");
const SHIM = path.join(ROOT, "node_modules/.bin/minutes-language-server");
const BIN = path.join(ROOT, "packages/language-server/bin/minutes-language-server.js");
const BUILT = path.join(ROOT, "packages/language-server/dist/main.js");
/** A safety net for CI only: the probe's own waits are bounded and it always quits. */
const KILL_AFTER_MS = 180_000;

function cannotRun(message) {
  console.error(`run-neovim: cannot run: ${message}`);
  process.exit(2);
}

const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
if (nvim.error) {
  cannotRun(
    nvim.error.code === "ENOENT"
      ? "`nvim` is not on PATH. Install Neovim 0.7 or later, e.g. on Debian/Ubuntu: `apt-get update && apt-get install -y neovim` (as root), then run this again."
      : `\`nvim --version\` failed: ${nvim.error.message}`,
  );
}
const version = nvim.stdout.split("\n")[0];
const [, major, minor] = /NVIM v(\d+)\.(\d+)/.exec(version) ?? [];
if (!major || Number(major) === 0 && Number(minor) < 7) cannotRun(`${version || "nvim"} is too old: the probe needs Neovim 0.7 or later (vim.lsp.start_client, buf_attach_client).`);
if (!existsSync(BUILT)) cannotRun(`the language server is not built (${path.relative(ROOT, BUILT)} is missing): run \`pnpm run build\` or \`npx tsc -b packages/language-server\` first.`);

const useBin = process.argv.includes("--server") && process.argv[process.argv.indexOf("--server") + 1] === "bin";
if (!useBin && !existsSync(SHIM)) cannotRun(`${path.relative(ROOT, SHIM)} is missing: run \`pnpm install\` first (or pass --server bin).`);
const serverCmd = useBin ? [process.execPath, BIN, "--stdio"] : [SHIM, "--stdio"];

const folder = mkdtempSync(path.join(os.tmpdir(), "minutes-nvim-"));
cpSync(path.join(ROOT, "examples"), folder, { recursive: true });
const resultFile = path.join(folder, "probe-result.json");

console.log(`run-neovim: ${version}`);
console.log(`run-neovim: server: ${serverCmd.join(" ")}`);
console.log(`run-neovim: on a copy of examples/ in ${folder}`);

/** Runs one probe in a headless Neovim; its checks, the server's log lines, nvim's exit code and output. */
async function runProbe(args, env, resultFile) {
  const child = spawn("nvim", ["--headless", "-i", "NONE", "-n", ...args], { cwd: folder, env: { ...process.env, ...env, MINUTES_FOLDER: folder, MINUTES_RESULT: resultFile }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const killer = setTimeout(() => {
    output += `\nrun-neovim: nvim still running after ${KILL_AFTER_MS / 1000} s: killed`;
    child.kill("SIGKILL");
  }, KILL_AFTER_MS);
  const exitCode = await new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));
  clearTimeout(killer);
  try {
    return { ...JSON.parse(readFileSync(resultFile, "utf8")), exitCode, output };
  } catch (error) {
    console.error(`run-neovim: FAILED: the probe wrote no result (nvim exited with ${exitCode}): ${error.message}`);
    if (output.trim()) console.error(`nvim output:\n${output.trim()}`);
    rmSync(folder, { recursive: true, force: true });
    process.exit(1);
  }
}

/**
 * The configuration docs/editors.md gives for Neovim 0.7 to 0.9, with the commands for the
 * server's own requests, as a user's init.lua: the page's own snippets, with this checkout's path.
 */
function initLuaFromDocs() {
  const page = readFileSync(path.join(ROOT, "docs/editors.md"), "utf8");
  const section = page.slice(page.indexOf("### Neovim 0.7 to 0.9"));
  const snippet = /```lua\n([\s\S]*?)```/.exec(section)?.[1];
  const commands = /```lua\n(-- :MinutesExport[\s\S]*?)```/.exec(page)?.[1];
  if (!snippet || !commands) cannotRun("docs/editors.md no longer has the Neovim 0.7 snippet or the `:MinutesExport` commands this test runs.");
  return (snippet + commands).replaceAll("/path/to/minutes", ROOT);
}

const result = await runProbe(["-u", "NONE", "-c", `luafile ${PROBE}`], { MINUTES_LSP_CMD: JSON.stringify(serverCmd) }, resultFile);
const { exitCode, output } = result;

// The page's configuration, loaded as Neovim loads a user's: from its own config folder.
const config = path.join(folder, "nvim-config");
mkdirSync(path.join(config, "nvim"), { recursive: true });
writeFileSync(path.join(config, "nvim", "init.lua"), initLuaFromDocs());
const xdg = Object.fromEntries(["CONFIG", "DATA", "STATE", "CACHE"].map((kind) => [`XDG_${kind}_HOME`, kind === "CONFIG" ? config : path.join(folder, `nvim-${kind.toLowerCase()}`)]));
const docs = await runProbe(["-c", `luafile ${DOCS_PROBE}`], xdg, path.join(folder, "docs-probe-result.json"));

const checks = [...(result.checks ?? []), ...(docs.checks ?? [])];
for (const c of checks) console.log(`${c.ok ? "  ok  " : "  FAIL"} ${c.name}${c.detail ? `\n         ${c.detail}` : ""}`);
const failed = checks.filter((c) => !c.ok);
if (failed.length > 0 || checks.length === 0 || exitCode !== 0 || docs.exitCode !== 0) {
  console.error(`run-neovim: FAILED: ${failed.length} of ${checks.length} checks failed (nvim exited with ${exitCode}, then ${docs.exitCode} with the page's configuration).`);
  for (const c of failed) console.error(`  - ${c.name}: ${c.detail}`);
  if (result.logs?.length) console.error(`server log messages:\n  ${result.logs.join("\n  ")}`);
  for (const out of [output, docs.output]) if (out.trim()) console.error(`nvim output:\n${out.trim()}`);
  console.error(`(the copy of examples/ is kept for inspection: ${folder})`);
  process.exit(1);
}
console.log(`run-neovim: all ${checks.length} checks passed.`);
rmSync(folder, { recursive: true, force: true });
