import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../../packages/core/src/config/read-config.js";
import { CHECK_CODES } from "../../../packages/core/src/validation/codes.js";

/*
 * What is confidential decides what is published, so a slip in the settings that say so is
 * named, never passed over: the public export waits while the settings have problems.
 */

const ROOT = join(__dirname, "..", "..", "..");
const settings = (classification: unknown) => readConfig(JSON.stringify({ classification }));

describe("the classification settings", () => {
  it("name a misspelt key, which would leave the default levels in charge", () => {
    const { config, problems } = settings({ levels: ["RED", "AMBER", "GREEN", "WHITE"], confidental: ["RED", "AMBER"] });
    expect(problems).toEqual(["unknown setting `classification.confidental` (ignored): expected `levels` and `confidential`"]);
    expect(config.classification.confidential).toEqual(["RED"]);
  });

  it("read levels without the spaces around them", () => {
    const { config, problems } = settings({ levels: ["RED", "AMBER ", "WHITE"], confidential: ["RED", " AMBER"] });
    expect(problems).toEqual([]);
    expect(config.classification).toEqual({ levels: ["RED", "AMBER", "WHITE"], confidential: ["RED", "AMBER"] });
  });

  it("name a confidential level that is no level", () => {
    expect(settings({ levels: ["RED", "AMBER", "WHITE"], confidential: ["RED", "AMBR"] }).problems).toEqual([
      "`classification.confidential` names `AMBR`, which is not among `classification.levels`",
    ]);
  });

  it("refuse a list where the levels and the confidential ones are expected", () => {
    expect(settings([]).problems).toEqual(['`classification` must be `{ "levels": [...], "confidential": [...] }`']);
  });
});

describe("the resolution verbs", () => {
  it("are written in capitals, as the minutes write them", () => {
    expect(readConfig(JSON.stringify({ resolutionVerbs: ["RESOLVED", "Noted"] })).problems).toEqual([
      "the resolution verb `Noted` must be written in capitals, as the minutes write it: `NOTED`",
    ]);
  });
});

describe("the check codes", () => {
  it("are those docs/diagnostics.md documents, one section each", () => {
    const documented = [...readFileSync(join(ROOT, "docs", "diagnostics.md"), "utf8").matchAll(/^## ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
    expect(new Set(documented).size).toBe(documented.length);
    expect(new Set(documented)).toEqual(CHECK_CODES);
  });

  it("are the only ones the examples' settings name", () => {
    expect(readConfig(readFileSync(join(ROOT, "examples", "minutes.config.json"), "utf8")).problems).toEqual([]);
  });
});
