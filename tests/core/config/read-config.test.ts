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
/** The problems without the place each gives (one test below reads the places). */
const plain = (problems: readonly string[]) => problems.map((p) => p.replace(/ \(line \d+, column \d+\)$/, ""));

describe("the classification settings", () => {
  it("name a misspelt key, which would leave the default levels in charge", () => {
    const { config, problems } = settings({ levels: ["RED", "AMBER", "GREEN", "WHITE"], confidental: ["RED", "AMBER"] });
    expect(plain(problems)).toEqual(["unknown setting `classification.confidental` (ignored): expected `levels` and `confidential`"]);
    expect(config.classification.confidential).toEqual(["RED"]);
  });

  it("read levels without the spaces around them", () => {
    const { config, problems } = settings({ levels: ["RED", "AMBER ", "WHITE"], confidential: ["RED", " AMBER"] });
    expect(problems).toEqual([]);
    expect(config.classification).toEqual({ levels: ["RED", "AMBER", "WHITE"], confidential: ["RED", "AMBER"] });
  });

  it("name a confidential level that is no level", () => {
    expect(plain(settings({ levels: ["RED", "AMBER", "WHITE"], confidential: ["RED", "AMBR"] }).problems)).toEqual([
      "`classification.confidential` names `AMBR`, which is not among `classification.levels`",
    ]);
  });

  it("refuse a list where the levels and the confidential ones are expected", () => {
    expect(plain(settings([]).problems)).toEqual(['`classification` must be `{ "levels": [...], "confidential": [...] }`']);
  });
});

describe("the problems that may change what is withheld", () => {
  it("are those of the classification, of a setting not known, or of a file not read; not a misspelt code or a verb's case", () => {
    const text = JSON.stringify({ classificaton: {}, classification: { levels: ["RED"], confidental: [] }, severity: { "item-no-outcom": "off" }, resolutionVerbs: ["Resolved"] });
    const { problems, withholding } = readConfig(text);
    expect(problems).toHaveLength(4);
    expect(plain(withholding)).toEqual([
      "unknown setting `classification.confidental` (ignored): expected `levels` and `confidential`",
      "unknown setting `classificaton` (ignored)",
    ]);
    expect(readConfig("{ not json").withholding).toHaveLength(1);
    // Body names and verbs that cannot be read leave the defaults to decide what a confidential item publishes.
    expect(readConfig(JSON.stringify({ bodyNames: "The Council" })).withholding).toHaveLength(1);
    expect(readConfig(JSON.stringify({ resolutionVerbs: ["AGREED", 5] })).withholding).toHaveLength(1);
  });
});

describe("a key given twice", () => {
  it("is named at its repeat; in the classification it may change what is withheld", () => {
    const text = '{\n  "classification": { "levels": ["RED", "AMBER"], "confidential": ["RED", "AMBER"] },\n  "classification": { "levels": ["RED", "AMBER"], "confidential": ["RED"] },\n  "severity": { "item-no-outcome": "off", "item-no-outcome": "hint" }\n}\n';
    const { problems, withholding } = readConfig(text);
    expect(problems).toEqual([
      "`classification` is given twice; the last one is used: delete one of them (line 3, column 3)",
      "`severity.item-no-outcome` is given twice; the last one is used: delete one of them (line 4, column 43)",
    ]);
    expect(withholding).toEqual([problems[0]]);
  });
});

describe("where a problem stands", () => {
  it("is given as the line and column of its key in the file", () => {
    const text = '{\n  "bodyNames": ["The Council"],\n  "classification": {\n    "levels": ["RED", "AMBER"],\n    "confidental": ["RED"]\n  },\n  "severity": { "absent-mentiond": "off" }\n}\n';
    expect(readConfig(text).problems).toEqual([
      "unknown setting `classification.confidental` (ignored): expected `levels` and `confidential` (line 5, column 5)",
      "`severity` names `absent-mentiond`, which is no check's code (ignored): see docs/diagnostics.md for the codes (line 7, column 17)",
    ]);
  });
});

describe("the resolution verbs", () => {
  it("are written in capitals, as the minutes write them", () => {
    expect(plain(readConfig(JSON.stringify({ resolutionVerbs: ["RESOLVED", "Noted"] })).problems)).toEqual([
      "the resolution verb `Noted` must be written in capitals, as the minutes write it: `NOTED`",
    ]);
  });
});

describe("the organisations", () => {
  // Found by fuzzing the settings: aliases that were not a list failed every check that reads them.
  it("are kept with what can be read of them: aliases or a description of the wrong kind are said and left out", () => {
    const { config, problems } = readConfig(JSON.stringify({ organisations: [{ name: "DCC", aliases: "The DCC", description: 7 }, { name: "SECAS", aliases: ["The SECAS", 3] }, "Ofgem"] }));
    expect(config.organisations).toEqual([{ name: "DCC" }, { name: "SECAS" }, { name: "Ofgem" }]);
    expect(plain(problems)).toEqual([
      "`organisations[0].aliases` must be a list of strings (ignored)",
      "`organisations[0].description` must be a string (ignored)",
      "`organisations[1].aliases` must be a list of strings (ignored)",
    ]);
    expect(problems[0]).toMatch(/\(line 1, column \d+\)$/);
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
