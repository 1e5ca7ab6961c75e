// Bundles the extension and the language server with esbuild, and copies in the grammar, the
// language configuration, the snippets and the settings schema, so the .vsix works on its own.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const production = process.argv.includes("--production");

rmSync(path.join(here, "dist"), { recursive: true, force: true });
const common = { bundle: true, platform: "node", target: "node18", format: "cjs", sourcemap: !production, minify: production, logLevel: "warning" };
await build({ ...common, entryPoints: [path.join(here, "src/extension.ts")], outfile: path.join(here, "dist/extension.js"), external: ["vscode"] });
// ES modules first: jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow.
await build({ ...common, entryPoints: [path.join(here, "src/server.ts")], outfile: path.join(here, "dist/server.js"), mainFields: ["module", "main"] });
await build({
  ...common,
  entryPoints: [path.join(here, "src/test/suite/index.ts"), path.join(here, "src/test/run-electron.ts"), path.join(here, "src/test/workspace.ts")],
  outdir: path.join(here, "dist/test"),
  external: ["vscode", "@vscode/test-electron"],
});

const copies = [
  ["grammar/minutes.tmLanguage.json", "syntaxes/minutes.tmLanguage.json"],
  ["grammar/language-configuration.json", "language-configuration.json"],
  ["grammar/snippets.json", "snippets/minutes.json"],
  ["schema/minutes.config.schema.json", "schema/minutes.config.schema.json"],
];
for (const [from, to] of copies) {
  mkdirSync(path.dirname(path.join(here, to)), { recursive: true });
  cpSync(path.join(root, from), path.join(here, to));
}
console.log("extension built: dist/extension.js, dist/server.js");
