/*
 * The committee's severities (`severity` in minutes.config.json) and the document's own
 * suppressions (`// minutes-disable-next-line CODE`, `// minutes-disable-file CODE`).
 * Syntax problems are never silenced.
 */
import { describe, expect, it } from "vitest";
import { readConfig } from "../../../../packages/core/src/index.js";
import { example } from "../../../helpers/minutes.js";
import { expectFinding, expectFindings, expectNone, meeting, run } from "./spec.js";

/** The SEC Panel's minutes.config.json with a `severity` block added, read as the tools read it. */
function configWith(severity: Record<string, string>) {
  const json = JSON.parse(example("minutes.config.json")) as Record<string, unknown>;
  const { config, problems } = readConfig(JSON.stringify({ ...json, severity }));
  expect(problems).toEqual([]);
  return config;
}

const NO_OUTCOME = meeting("«item 1: Risk Register»\n\nThe risk register was discussed.\n");
const TWO_SLIPS = meeting(`item 1: DCC Update

The DCC («DKi») added that a fix is being tested.

A Member («DKi») asked when it would be deployed.

The Panel NOTED the update.
`);

describe("severity in minutes.config.json", () => {
  it("keeps each check's own level by default", () => {
    expectFinding(NO_OUTCOME, "item-no-outcome", "warning");
  });

  it("changes a check's level", () => {
    expectFinding(NO_OUTCOME, "item-no-outcome", "information", { config: configWith({ "item-no-outcome": "information" }) });
    expectFindings(TWO_SLIPS, "unknown-initials", "warning", { config: configWith({ "unknown-initials": "warning" }) });
  });

  it("turns a check off with `off`", () => {
    expectNone(NO_OUTCOME, "item-no-outcome", { config: configWith({ "item-no-outcome": "off" }) });
  });

  it("leaves the other checks as they are", () => {
    expectFindings(TWO_SLIPS, "unknown-initials", "error", { config: configWith({ "item-no-outcome": "off" }) });
  });

  it("cannot change or silence a syntax problem, and says so", () => {
    const text = meeting("item x: Minutes\n\nThe Panel NOTED the minutes.\n");
    const json = JSON.parse(example("minutes.config.json")) as Record<string, unknown>;
    const { config, problems } = readConfig(JSON.stringify({ ...json, severity: { "syntax-item-number": "off" } }));
    expect(problems.map((m) => m.replace(/ \(line \d+, column \d+\)$/, ""))).toEqual(["`severity.syntax-item-number` is ignored: a line the parser cannot read is always an error, so that nothing written is dropped unseen"]);
    expect(run(text, { config }).diagnostics.map((d) => `${d.severity} ${d.code}`)).toContain("error syntax-item-number");
    // Even a severity that reached the settings some other way cannot drop it.
    const forced = { ...config, severity: { "syntax-item-number": "off" as const } };
    expect(run(text, { config: forced }).diagnostics.map((d) => `${d.severity} ${d.code}`)).toContain("error syntax-item-number");
  });

  it("cannot change or silence the public export's guards, by a setting or a comment, and says so", () => {
    const text = meeting("item 1: Minutes\n\nThe Panel NOTED the minutes.\n\nConfidential:\nPLANTED terms.\nend confidential\n");
    const json = JSON.parse(example("minutes.config.json")) as Record<string, unknown>;
    const { problems } = readConfig(JSON.stringify({ ...json, severity: { "keyword-as-prose": "off", "classification-misplaced": "warning" } }));
    expect(problems.map((m) => m.replace(/ \(line \d+, column \d+\)$/, ""))).toEqual([
      "`severity.keyword-as-prose` is ignored: this finding keeps confidential text out of the public minutes, and stays an error",
      "`severity.classification-misplaced` is ignored: this finding keeps confidential text out of the public minutes, and stays an error",
    ]);
    const forced = { ...configWith({}), severity: { "keyword-as-prose": "off" as const } };
    expect(run(text, { config: forced }).diagnostics.map((d) => `${d.severity} ${d.code}`)).toContain("error keyword-as-prose");
    const commented = text.replace("Confidential:", "// minutes-disable-next-line keyword-as-prose\nConfidential:");
    expect(run(commented, { config: forced }).diagnostics.map((d) => `${d.severity} ${d.code}`)).toContain("error keyword-as-prose");
  });

  it("names a code that is no check's, and a level that is none", () => {
    const json = JSON.parse(example("minutes.config.json")) as Record<string, unknown>;
    const { config, problems } = readConfig(JSON.stringify({ ...json, severity: { "absent-mentiond": "off", "absent-owner": "loud", "absent-mentioned": "hint" } }));
    expect(problems.map((m) => m.replace(/ \(line \d+, column \d+\)$/, ""))).toEqual([
      "`severity` names `absent-mentiond`, which is no check's code (ignored): see docs/diagnostics.md for the codes",
      "`severity.absent-owner` is `loud`: expected `error`, `warning`, `information`, `hint` or `off` (ignored)",
    ]);
    expect(config.severity).toEqual({ "absent-mentioned": "hint" });
  });
});

describe("// minutes-disable-next-line CODE", () => {
  it("silences that code on the next line only", () => {
    const text = TWO_SLIPS.replace("The DCC («DKi»)", "// minutes-disable-next-line unknown-initials\nThe DCC (DKi)");
    expectFinding(text, "unknown-initials", "error");
  });

  it("skips comment lines between it and the line it silences", () => {
    const text = TWO_SLIPS.replace("The DCC («DKi»)", "// minutes-disable-next-line unknown-initials\n// DKi is a guest of the DCC.\nThe DCC (DKi)");
    expectFinding(text, "unknown-initials", "error");
  });

  it("silences only the codes it names", () => {
    const text = TWO_SLIPS.replace("The DCC («DKi»)", "// minutes-disable-next-line organisation-mismatch\nThe DCC («DKi»)");
    expectFindings(text, "unknown-initials", "error");
  });

  it("takes several codes, separated by commas", () => {
    const text = meeting(`item 1: Modifications

// minutes-disable-next-line reference-malformed, unknown-initials
The DCC (DKi) reported on MP0O81.

The Panel NOTED the update.
`);
    expect(run(text).diagnostics).toEqual([]);
  });

  it("silences a finding on an item line when written above it", () => {
    expectNone(meeting("// minutes-disable-next-line item-no-outcome\nitem 1: Risk Register\n\nThe risk register was discussed.\n"), "item-no-outcome");
  });

  it("cannot silence a syntax problem", () => {
    const text = meeting("// minutes-disable-next-line syntax-item-number\nitem x: Minutes\n\nThe Panel NOTED the minutes.\n");
    expect(run(text).diagnostics.map((d) => d.code)).toContain("syntax-item-number");
  });
});

describe("// minutes-disable-file CODE", () => {
  it("silences that code everywhere in the file", () => {
    expectNone(`// minutes-disable-file unknown-initials\n${TWO_SLIPS.replace(/[«»]/g, "")}`, "unknown-initials");
  });

  it("may stand anywhere in the file", () => {
    expectNone(`${TWO_SLIPS.replace(/[«»]/g, "")}\n// minutes-disable-file unknown-initials\n`, "unknown-initials");
  });

  it("leaves other codes reported", () => {
    const text = `// minutes-disable-file reference-malformed, action-numbering\n${TWO_SLIPS}`;
    expectFindings(text, "unknown-initials", "error");
  });
});

describe("a minutes.config.json that is not valid JSON", () => {
  it.each([
    ['{\n  "bodyNames": ["The Panel"],\n}\n', "not valid JSON at line 2, column 29 (a comma after the last entry is not allowed: delete it); using the default settings"],
    ['{\r\n  "bodyNames": ["The Panel", "The Board",]\r\n}', "not valid JSON at line 2, column 41 (a comma after the last entry is not allowed: delete it); using the default settings"],
    ['{\n  "bodyNames": ["The Panel"]\n  "roleWords": []\n}', "not valid JSON at line 3, column 3 (expected a comma between two entries); using the default settings"],
    ["{\n  \"bodyNames\": ['The Panel']\n}", "not valid JSON at line 2, column 17 (unexpected `'`: JSON strings are written in double quotes); using the default settings"],
    ['{\n  // the Panel\n  "bodyNames": []\n}', "not valid JSON at line 2, column 3 (comments are not allowed in JSON); using the default settings"],
    ["", "the file is empty (write `{}` in it to say so); using the default settings"],
  ])("says where reading stopped, by line and column, and falls back to the defaults", (text, problem) => {
    const { config, problems } = readConfig(text);
    expect(problems).toEqual([problem]);
    expect(config).toEqual(readConfig("{}").config);
  });

  it("reads a file that starts with a byte order mark (as Notepad saves it)", () => {
    const { config, problems } = readConfig('\uFEFF{ "bodyNames": ["The Board"] }');
    expect(problems).toEqual([]);
    expect(config.bodyNames).toEqual(["The Board"]);
  });
});
