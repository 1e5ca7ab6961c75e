import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { describeRefusal, guardFindings, publicRefusal } from "../../packages/core/src/export/public-guard.js";
import { validate } from "../../packages/core/src/validation/validate.js";
import { example, minutes, ROOT, SEC_CONFIG } from "./helpers.js";

/*
 * The one rule the public export, the public render and the register share: its findings, its
 * causes in order, and its wording. The clients' own tests (tests/cli/export.test.ts,
 * tests/language-server/protocol.test.ts) show each client applies it.
 */

const reference = readFileSync(join(ROOT, "examples", "sec-panel-77.minutes"), "utf8");
/** Two slips: a passage opened as prose, and a classification left inside a title. */
const slipped = reference
  .replace(/\nitem 2: /, "\nThe Panel NOTED it.\n\nConfidential:\nPLANTED terms.\n\nitem 2: ")
  .replace(/\nitem 3: ([^\n]*)/, "\nitem 3: $1 [RED] notes");
const wording = { subject: "the public version", instead: "export the confidential version" };

describe("publicRefusal", () => {
  test("lets the reference minutes out", () => {
    const doc = example("sec-panel-77.minutes");
    expect(publicRefusal(validate(doc, { config: SEC_CONFIG }), [])).toBeUndefined();
  });

  test("refuses minutes whose withholding lines are read as prose, with those findings only", () => {
    const diagnostics = validate(minutes(slipped), { config: SEC_CONFIG });
    const refusal = publicRefusal(diagnostics, []);
    expect(refusal?.cause).toBe("withholding-read-as-prose");
    expect(refusal?.findings.map((d) => d.code)).toEqual(["keyword-as-prose", "classification-misplaced"]);
    expect(describeRefusal(refusal!, { ...wording, draftsWait: true })).toBe(
      "the public version could publish what was meant to be withheld: 2 lines meant to withhold text are read as prose. Correct them, even for a draft, or export the confidential version.",
    );
  });

  test("refuses while the settings have problems, after the slips", () => {
    const refusal = publicRefusal([], ["minutes.config.json: not valid JSON"]);
    expect(refusal).toEqual({ cause: "settings-unreadable", findings: [] });
    expect(describeRefusal(refusal!, { ...wording, detailsAbove: true })).toBe(
      "which parts are confidential comes from the settings file, and it has problems (see the warnings above). Correct minutes.config.json, or export the confidential version.",
    );
    expect(publicRefusal(validate(minutes(slipped), { config: SEC_CONFIG }), ["bad"])?.cause).toBe("withholding-read-as-prose");
  });

  test("refuses a meeting classified confidential as a whole, or at a level the settings do not know", () => {
    const red = minutes(reference.replace(/^classification: .*$/m, "classification: RED"));
    const refusal = publicRefusal(validate(red, { config: SEC_CONFIG }), [], { doc: red, config: SEC_CONFIG });
    expect(refusal).toEqual({ cause: "document-classified", findings: [], level: "RED" });
    expect(describeRefusal(refusal!, wording)).toBe(
      "the whole meeting is classified `RED` (its `classification:` line), which the settings keep confidential: it has no public version. Correct the classification if it is wrong, or export the confidential version.",
    );
    const typo = minutes(reference.replace(/^classification: .*$/m, "classification: WHTE"));
    expect(publicRefusal([], [], { doc: typo, config: SEC_CONFIG })?.cause).toBe("document-classified");
    const white = example("sec-panel-77.minutes");
    expect(publicRefusal([], [], { doc: white, config: SEC_CONFIG })).toBeUndefined();
  });

  test("says one line in the singular, and where the details are", () => {
    const one = publicRefusal(validate(minutes(reference.replace(/\nitem 3: ([^\n]*)/, "\nitem 3: $1 [RED] notes")), { config: SEC_CONFIG }), []);
    expect(describeRefusal(one!, { subject: "the register", instead: "write every action", detailsAbove: true })).toBe(
      "the register could publish what was meant to be withheld: a line meant to withhold text is read as prose (above). Correct it or write every action.",
    );
  });

  test("names an item left unclassified after the press and public were excluded", () => {
    const excluded = reference.replace(/\nitem 13: /, "\nThe press and public were excluded.\n\nitem 13: ");
    const refusal = publicRefusal(validate(minutes(excluded), { config: SEC_CONFIG }), []);
    expect(refusal?.findings.map((d) => d.code)).toEqual(["exclusion-unclassified"]);
    expect(describeRefusal(refusal!, wording)).toBe(
      "the public version could publish what was meant to be withheld: an item after the press and public were excluded is not classified. Correct it or export the confidential version.",
    );
  });
});

describe("guardFindings", () => {
  test("finds what validate finds among the guard's codes, running only the guard's checks", () => {
    const doc = minutes(slipped);
    const all = validate(doc, { config: SEC_CONFIG });
    expect(guardFindings(doc, { config: SEC_CONFIG })).toEqual(all.filter((d) => d.code === "keyword-as-prose" || d.code === "classification-misplaced"));
    // The option it runs on: only the named checks, the syntax problems always.
    const headerOnly = validate(doc, { config: SEC_CONFIG, only: new Set(["header"]) });
    expect(headerOnly.some((d) => d.code === "keyword-as-prose" || d.code === "unknown-initials")).toBe(false);
    expect(all.some((d) => d.code === "unknown-initials")).toBe(true);
  });

  test("cannot be switched off by the committee's severities nor the meeting's suppressions", () => {
    const off = { ...SEC_CONFIG, severity: { ...SEC_CONFIG.severity, "keyword-as-prose": "off" as const, "classification-misplaced": "hint" as const } };
    const both = ["keyword-as-prose", "classification-misplaced"];
    expect(guardFindings(minutes(slipped), { config: off }).map((d) => `${d.severity} ${d.code}`)).toEqual(both.map((c) => `error ${c}`));
    const suppressed = minutes(`// minutes-disable-file classification-misplaced keyword-as-prose\n${slipped}`);
    expect(guardFindings(suppressed, { config: SEC_CONFIG }).map((d) => d.code)).toEqual(both);
  });
});
