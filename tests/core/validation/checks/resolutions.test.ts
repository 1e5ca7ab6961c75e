/*
 * The body's decisions: `resolution-verb-case`, `resolution-verb-unknown`,
 * `resolution-verb-missing`, `item-no-outcome`.
 * The SEC Panel's settings: the body is `The Panel` or `The SEC Panel`; the verbs are AGREED,
 * APPROVED, NOTED, CONFIRMED, REQUESTED, ENDORSED, RECOMMENDED.
 */
import { describe, expect, it } from "vitest";
import { applyFix, expectClean, expectFinding, expectFindings, expectNone, findingsOf, meeting } from "./spec.js";

function item(blocks: string, title = "Change Status Report"): string {
  return meeting(`item 1: ${title}

${blocks}
`);
}

const VERBS = "`AGREED`, `APPROVED`, `NOTED`, `CONFIRMED`, `REQUESTED`, `ENDORSED`, `RECOMMENDED`";

describe("resolution-verb-case", () => {
  it("flags `The Panel Noted`: a verb in title case after the body's name is neither prose nor a resolution", () => {
    const { finding, text } = expectFinding(item("The Panel «Noted» the report."), "resolution-verb-case", "warning");
    expect(finding.message).toBe(
      "Resolution verbs are written in capitals: expected `NOTED`, found `Noted`. Capitals mark a decision of the Panel: write `NOTED` if it was decided here, or `noted` if the sentence only reports it.",
    );
    expect(finding.fixes?.map((f) => [f.title, f.certain])).toEqual([["Change `Noted` to `NOTED`", true]]);
    expect(applyFix(text, finding.fixes?.[0])).toContain("The Panel NOTED the report.");
  });

  it("flags a bullet under the body's lead-in whose verb is not in capitals", () => {
    const { finding, text } = expectFinding(item("The SEC Panel:\n- «Agreed» the response to each point raised by respondents; and\n- NOTED the Draft Budget."), "resolution-verb-case", "warning");
    expect(finding.message).toBe(
      "Resolution verbs are written in capitals: expected `AGREED`, found `Agreed`. Capitals mark a decision of the SEC Panel, and every bullet under `The SEC Panel:` is one.",
    );
    expect(applyFix(text, finding.fixes?.[0])).toContain("- AGREED the response");
  });

  it("accepts lower-case verbs in prose: `The DCC agreed to look into this issue`, and `The Panel agreed that ...` in an update", () => {
    expectClean(
      item(`update SECP76/01: SECAS to seek SEC Parties' views on the approach.

The Panel agreed that SEC Parties' views should be sought before the next meeting. Status: Open.

The DCC agreed to look into this issue.

The Panel NOTED the updates.`),
    );
  });
});

describe("resolution-verb-unknown", () => {
  it("flags a misspelt verb in a bullet and offers the configured one", () => {
    const { finding, text } = expectFinding(item("The Panel:\n- «AGRED» the proposed prioritisation of Modification Proposals;\n- NOTED the plan."), "resolution-verb-unknown", "error");
    expect(finding.message).toBe(`\`AGRED\` is not a resolution verb. Did you mean \`AGREED\`? The verbs are ${VERBS}.`);
    expect(finding.fixes?.[0]).toMatchObject({ title: "Change `AGRED` to `AGREED`", certain: true });
    expect(applyFix(text, finding.fixes?.[0])).toContain("- AGREED the proposed prioritisation");
  });

  it("flags the second of two verbs inline: `NOTED ... and AGRED ...`", () => {
    expectFinding(item("The Panel NOTED the updates and «AGRED» that any actions marked as Complete could be formally closed."), "resolution-verb-unknown", "error");
  });

  it("flags a verb in capitals that is not configured, and says where verbs are configured", () => {
    const { finding } = expectFinding(item("The Panel:\n- «CONSIDERED» the paper;\n- NOTED the plan."), "resolution-verb-unknown", "error");
    expect(finding.message).toBe(
      `\`CONSIDERED\` is not one of the configured resolution verbs (${VERBS}). Use one of them, or add it to \`resolutionVerbs\` in minutes.config.json.`,
    );
    expect(finding.fixes).toBeUndefined();
  });

  it("accepts two configured verbs inline, and the body under either of its names", () => {
    expectClean(
      item(`The Panel NOTED the updates and AGREED that any actions marked as Complete could be formally closed.

The SEC Panel:
- APPROVED the Testing Approach Document (TAD);
- ENDORSED the recommendation; and
- REQUESTED that SECAS publish it.

The Panel:
- CONFIRMED the decision.`),
    );
  });
});

describe("resolution-verb-missing", () => {
  it("flags a bullet under the body's lead-in that does not start with a verb", () => {
    const { finding } = expectFinding(item("The Panel:\n- NOTED the report;\n- «Discussed» the timetable."), "resolution-verb-missing", "error");
    expect(finding.message).toBe(
      `A bullet under \`The Panel:\` records a decision and starts with its verb in capitals (${VERBS}); found \`Discussed\`. If this is not a decision, introduce the list with other words.`,
    );
  });

  it("flags each such bullet", () => {
    expectFindings(item("The Panel:\n- «the» Panel discussed the timetable;\n- «Further» work was requested."), "resolution-verb-missing", "error");
  });

  it("accepts plain lists that are not under the body's name", () => {
    expectNone(
      item(`SECAS (RH) presented the Panel with a paper requesting clarification on:
- The Panel's involvement in drafting the changes required to the SEC;
- Whether the Panel and TAG will retain oversight of SIT exit; and
- the approach to testing.

The Panel NOTED the paper.`),
      "resolution-verb-missing",
    );
  });
});

describe("item-no-outcome", () => {
  it("flags an item that records no resolution, no action and no note, at its heading line", () => {
    const { finding } = expectFinding(
      meeting("item 1: Minutes\n\nThe Panel NOTED the minutes.\n\n«item 2: Any Other Business»\n\nThere was no further business and the Chair closed the meeting.\n"),
      "item-no-outcome",
      "warning",
    );
    expect(finding.message).toBe(
      "Item 2 records no outcome: no resolution (`The Panel NOTED …`), no action and no post-meeting note. Record what the Panel decided or noted; if there is truly nothing to record, put `// minutes-disable-next-line item-no-outcome` above the item line.",
    );
  });

  it("takes `The Panel agreed that ...` in lower case as prose, not an outcome", () => {
    expectFinding(meeting("«item 1: Budget»\n\nThe Panel agreed that the budget would be published.\n"), "item-no-outcome", "warning");
  });

  it.each([
    ["an inline resolution", "The Panel NOTED the report."],
    ["resolution bullets", "The SEC Panel:\n- AGREED the plan."],
    ["a new action", "action SECP77/01: SECAS to publish the plan."],
    ["a post-meeting note", "The DCC agreed to look into this issue. [Post-meeting note: This issue was raised at the TBDG meeting on 19 February 2020.]"],
    ["a resolution in the public summary of a RED item", "summary:\nThe Panel NOTED the update.\nend summary"],
  ])("accepts an item with %s", (_what, blocks) => {
    expectNone(item(blocks), "item-no-outcome");
  });
});

describe("the sketch's cases, together", () => {
  it("`The Panel Noted` and a second inline verb misspelt are found; the lower-case prose is not", () => {
    expect(
      findingsOf(
        item(`The Panel «Noted» the report.

The Panel NOTED the updates and «AGRED» that any actions could be closed.

The DCC agreed to look into this issue.`),
      ),
    ).toEqual(["resolution-verb-case: Noted", "resolution-verb-unknown: AGRED"]);
  });
});
