import { describe, expect, it } from "vitest";
import { FolderIndex, parse, validate } from "../../../packages/core/src/index.js";
import { correctReferenceSlips } from "../../helpers/corrections.js";
import { example, SEC_CONFIG } from "../../helpers/minutes.js";

function findingsOf(text: string, uri = "sec-panel-77.minutes", index?: FolderIndex) {
  const doc = parse(text, { config: SEC_CONFIG });
  index?.set(uri, doc);
  return validate(doc, { config: SEC_CONFIG, uri, ...(index ? { index } : {}) })
    .filter((d) => d.severity === "error" || d.severity === "warning")
    .map((d) => `${d.severity} ${d.code} line ${doc.lines.positionAt(d.range.start).line + 1}: ${text.slice(d.range.start, d.range.end)}`);
}

describe("the real slips of the reference minutes", () => {
  const text = example("sec-panel-77.minutes");

  it("are found, all five as errors, and nothing else at warning or error level", () => {
    expect(findingsOf(text)).toEqual([
      "error duplicate-initials line 50: AH",
      "error action-id-malformed line 144: SEC76/01",
      "error reference-malformed line 145: MP0O81",
      "error reference-malformed line 416: SECMPO0062",
      "error unknown-initials line 418: DKi",
    ]);
  });

  it("are found the same way with meeting 78 beside it in the folder", () => {
    const index = new FolderIndex(SEC_CONFIG);
    index.set("sec-panel-78.minutes", parse(example("sec-panel-78.minutes"), { config: SEC_CONFIG }));
    expect(findingsOf(text, "sec-panel-77.minutes", index)).toHaveLength(5);
  });

  it("leave nothing at warning or error level once corrected", () => {
    const corrected = correctReferenceSlips(text);
    expect(corrected).not.toBe(text);
    expect(findingsOf(corrected)).toEqual([]);
  });
});

describe("the planted slips of meeting 78", () => {
  it("are each found, across the two meetings", () => {
    const index = new FolderIndex(SEC_CONFIG);
    index.set("sec-panel-77.minutes", parse(example("sec-panel-77.minutes"), { config: SEC_CONFIG }));
    const text = example("sec-panel-78.minutes");
    const doc = parse(text, { config: SEC_CONFIG });
    index.set("sec-panel-78.minutes", doc);
    const all = validate(doc, { config: SEC_CONFIG, uri: "sec-panel-78.minutes", index });
    const found = all.map((d) => `${d.severity} ${d.code}: ${text.slice(d.range.start, d.range.end)}`);
    expect(found).toEqual([
      expect.stringMatching(/^information open-action-not-carried: item 1: /),
      "warning update-closed-action: SECP72/01",
      "error status-unknown: Pending",
      "error update-unknown-action: SECP77/09",
      "error resolution-verb-unknown: AGRED",
      "warning resolution-verb-case: Noted",
      "error unknown-initials: RHe",
    ]);
    expect(all[0]!.message).toContain("SECP77/05");
    expect(all[0]!.message).not.toContain("SECP77/04");
  });
});
