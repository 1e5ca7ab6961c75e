import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { MinutesConfig } from "../../packages/core/src/config/config.js";
import { readConfig } from "../../packages/core/src/config/read-config.js";
import type { Document } from "../../packages/core/src/model/ast.js";
import { parse } from "../../packages/core/src/parse.js";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, "..", "..");
export const GOLDEN = join(here, "golden");

/** The SEC Panel's settings, from the minutes.config.json beside the examples. */
export const SEC_CONFIG: MinutesConfig = (() => {
  const { config, problems } = readConfig(readFileSync(join(ROOT, "examples", "minutes.config.json"), "utf8"));
  if (problems.length > 0) throw new Error(`examples/minutes.config.json: ${problems.join("; ")}`);
  return config;
})();

export function example(name: string): Document {
  return parse(readFileSync(join(ROOT, "examples", name), "utf8"), { config: SEC_CONFIG });
}

export function minutes(text: string): Document {
  return parse(text, { config: SEC_CONFIG });
}

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectGolden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(path)) {
    if (process.env["UPDATE_GOLDEN"] !== "1" && process.env["CI"]) throw new Error(`missing golden ${file}: run with UPDATE_GOLDEN=1`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual, `golden ${file} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, "utf8"));
}
