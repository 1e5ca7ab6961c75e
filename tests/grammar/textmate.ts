import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";

/*
 * The editor's grammar (grammar/minutes.tmLanguage.json), run by the tokenizer VS Code itself
 * uses: vscode-textmate with the Oniguruma engine compiled to WebAssembly.
 */
const root = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

let loading: Promise<textmate.IGrammar> | undefined;

export function loadGrammar(): Promise<textmate.IGrammar> {
  return (loading ??= (async () => {
    const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async () => textmate.parseRawGrammar(readFileSync(path.join(root, "grammar/minutes.tmLanguage.json"), "utf8"), "minutes.tmLanguage.json"),
    });
    const grammar = await registry.loadGrammar("text.minutes");
    if (!grammar) throw new Error("the grammar did not load");
    return grammar;
  })());
}

/** Each line's tokens, with their scopes, as the editor colours them. */
export function tokenizeLines(grammar: textmate.IGrammar, text: string): { line: string; tokens: { start: number; end: number; scopes: string[] }[] }[] {
  let stack = textmate.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return { line, tokens: result.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes })) };
  });
}
