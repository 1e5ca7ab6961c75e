#!/usr/bin/env node
// Tokenises .minutes files with the grammar, using the vscode-textmate and vscode-oniguruma
// that come with vscode-tmgrammar-test (the same engine VS Code uses).
//
//   node grammar/tokenize.mjs examples/*.minutes            # per file: lines, time, scope counts
//   node grammar/tokenize.mjs --dump examples/x.minutes     # every token of every line
//
// It fails (exit 1) if a line (after a warm-up pass) takes more than 250 ms or the rule stack
// grows past 10 deep, either of which would point at a runaway rule.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
// vscode-textmate and vscode-oniguruma are dependencies of vscode-tmgrammar-test: resolve them from there.
const fromRoot = createRequire(join(root, "package.json"));
const requireTm = createRequire(fromRoot.resolve("vscode-tmgrammar-test/package.json"));
const tm = requireTm("vscode-textmate");
const onig = requireTm("vscode-oniguruma");

const wasm = readFileSync(join(dirname(requireTm.resolve("vscode-oniguruma")), "onig.wasm")).buffer;
await onig.loadWASM(wasm);
const registry = new tm.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
    createOnigString: (s) => new onig.OnigString(s),
  }),
  loadGrammar: async (scopeName) =>
    scopeName === "text.minutes"
      ? tm.parseRawGrammar(readFileSync(join(here, "minutes.tmLanguage.json"), "utf8"), "minutes.tmLanguage.json")
      : null,
});
const grammar = await registry.loadGrammar("text.minutes");
// Warm up: the first line tokenised compiles the rules' regular expressions.
grammar.tokenizeLine("item 1: warm up [RED] (PD) SECP77/01 14 February 2020", tm.INITIAL);

const args = process.argv.slice(2);
const dump = args.includes("--dump");
const files = args.filter((a) => !a.startsWith("--"));
let failed = false;
const LINE_LEVEL = /^(comment\.|meta\.(field|attendees|category|group|apologies|action|action-update|block|resolution)\.|markup\.(heading|list)\.)/;

for (const file of files) {
  const lines = readFileSync(file, "utf8").split(/\r\n|\n/);
  // A first, untimed pass: vscode-textmate compiles each rule's scanner the first time it is
  // needed, which would otherwise be charged to whichever line needed it first.
  let stack = tm.INITIAL;
  for (const line of lines) stack = grammar.tokenizeLine(line, stack).ruleStack;
  stack = tm.INITIAL;
  const byTopScope = new Map();
  const scopeCounts = new Map();
  let slowest = 0;
  let deepest = 0;
  const t0 = performance.now();
  lines.forEach((line, n) => {
    const t = performance.now();
    const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
    const ms = performance.now() - t;
    slowest = Math.max(slowest, ms);
    stack = ruleStack;
    let depth = 0;
    for (let s = stack; s; s = s.parent) depth++;
    deepest = Math.max(deepest, depth);
    if (ms > 250 || depth > 10) {
      console.error(`${file}:${n + 1}: ${ms.toFixed(1)} ms, rule stack depth ${depth}`);
      failed = true;
    }
    // The "top scope" of a line: the outermost scope of its first token, if that is a line-level
    // construct; otherwise the line is prose (possibly starting with an inline token).
    const first = tokens.find((tok) => line.slice(tok.startIndex, tok.endIndex).trim());
    const outer = first?.scopes[1];
    const top = !line.trim() ? "(blank)" : outer && LINE_LEVEL.test(outer) ? outer : "(prose)";
    byTopScope.set(top, (byTopScope.get(top) ?? 0) + 1);
    for (const tok of tokens) {
      const inner = tok.scopes.at(-1);
      if (tok.scopes.length > 1) scopeCounts.set(inner, (scopeCounts.get(inner) ?? 0) + 1);
    }
    if (dump) {
      console.log(`${String(n + 1).padStart(4)}: ${line}`);
      for (const tok of tokens) {
        if (tok.scopes.length === 1) continue;
        console.log(`        ${JSON.stringify(line.slice(tok.startIndex, tok.endIndex))} ${tok.scopes.slice(1).join(" ")}`);
      }
    }
  });
  const total = performance.now() - t0;
  console.log(`\n${file}: ${lines.length} lines in ${total.toFixed(1)} ms (slowest line ${slowest.toFixed(2)} ms, deepest rule stack ${deepest})`);
  console.log("  lines by top scope:");
  for (const [k, v] of [...byTopScope].sort((a, b) => b[1] - a[1])) console.log(`    ${String(v).padStart(4)}  ${k}`);
  console.log("  tokens by innermost scope:");
  for (const [k, v] of [...scopeCounts].sort((a, b) => b[1] - a[1])) console.log(`    ${String(v).padStart(4)}  ${k}`);
  const open = [];
  for (let s = stack; s && s.parent; s = s.parent) open.push(String(s.nameScopesList?.scope?.scopeName ?? s.nameScopesList?.scope ?? s.nameScopesList?.scopeName ?? "?"));
  if (open.length) console.log(`  still open at end of file: ${open.join(" < ")}`);
}
process.exit(failed ? 1 : 0);
