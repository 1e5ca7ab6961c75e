/*
 * The body's decisions: `resolution-verb-case`, `resolution-verb-unknown`,
 * `resolution-verb-missing`, `item-no-outcome`.
 * The SEC Panel's settings: the body is `The Panel` or `The SEC Panel`; the verbs are AGREED,
 * APPROVED, NOTED, CONFIRMED, REQUESTED, ENDORSED, RECOMMENDED.
 */
import { describe, expect, it } from "vitest";
import { exportDocument, parse } from "../../../../packages/core/src/index.js";
import { contentsOf } from "../../../../packages/core/src/model/walk.js";
import { DEFAULT_CONFIG } from "../../../../packages/core/src/config/config.js";
import { applyFix, expectClean, expectFinding, expectFindings, expectNone, findingsOf, meeting, run, SEC_CONFIG, withConfig } from "./spec.js";

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

  // Found by a secretary's test: a verb not of the settings, after the first, was printed unmarked and not named.
  it("flags a second verb in capitals that is not configured: `NOTED ... and DISCUSSED ...`", () => {
    const { finding } = expectFinding(item("The Panel NOTED the report and «DISCUSSED» the plan."), "resolution-verb-unknown", "error");
    expect(finding.message).toMatch(/^`DISCUSSED` is not one of the configured/);
    expectNone(item("The Panel NOTED the update from SECAS and DCC."), "resolution-verb-unknown");
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
      meeting("item 1: Minutes\n\nThe Panel NOTED the minutes.\n\n«item 2: Risk Register»\n\nThe risk register was discussed at length.\n"),
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

// Found by a secretary's test, in a parish council's first minutes: its decisions were read as
// discussion, every item was said to record no outcome, and the message spoke of "the Panel".
describe("body-name-unknown", () => {
  // The settings a committee has when it has none.
  const council = { config: DEFAULT_CONFIG };

  it("names a decision of a body the settings do not name, and the item is not also said to record no outcome", () => {
    const { finding, text } = expectFinding(item("«The Council» RESOLVED to accept the quote from Playco Ltd."), "body-name-unknown", "warning", council);
    expect(finding.message).toBe(
      "`The Council RESOLVED` is written as a decision, but `The Council` is not among the body's names (`The Panel`, `The Committee`, `The Board`), so it is read as discussion: no decision is recorded, and an item recorded in the confidential minutes withholds it. If this is the body whose minutes these are, add `\"The Council\"` to `bodyNames` in minutes.config.json; if it is another body, write `resolved` in lower case.",
    );
    expectNone(text, "item-no-outcome", council);
    for (const blocks of [
      "«The Parish Council», having considered the report, RESOLVED to proceed.",
      "«The Council» unanimously AGREED the budget.",
      "«The Trustees» RESOLVED:\n- to award the contract.",
      "«The Trustees»:\n- AGREED the plan.",
      // Found by a review of false positives.
      "«The Board of Governors» RESOLVED to approve the budget.",
      "«The Audit and Risk Committee» APPROVED the accounts.",
      // After a lead-in, as the body's own decisions are written (found by a secretary's test).
      "Following discussion, «the Council» RESOLVED to accept the quote.",
      "Having considered the report of the Clerk, «the Parish Council» unanimously AGREED the budget.",
    ]) expectFinding(item(blocks), "body-name-unknown", "warning", council);
  });

  it("names the body after a lead-in as the settings would name it, and marks it where it is written", () => {
    const { finding } = expectFinding(item("Following the Council's visit, «the Council» RESOLVED to accept the quote."), "body-name-unknown", "warning", council);
    expect(finding.message).toContain("`the Council RESOLVED` is written as a decision, but `The Council` is not among the body's names");
    expect(finding.message).toContain('add `"The Council"` to `bodyNames`');
    // With the body named, the paragraph is the body's decision.
    expectNone(item("Following discussion, the Council RESOLVED to accept the quote."), "body-name-unknown", { config: { ...DEFAULT_CONFIG, bodyNames: ["The Council"] } });
    for (const blocks of [
      // An officer, a verb in lower case, a second sentence.
      "In the absence of the Chair, the Vice Chair AGREED to sign the letter.",
      "Following discussion, the Council resolved to write to the DCC.",
      "The quote was discussed. After that, the Council RESOLVED to accept it.",
    ]) expectNone(item(blocks), "body-name-unknown", council);
    // An organisation of the settings (the SEC Panel's name the DCC).
    expectNone(item("Following a request, the DCC AGREED to provide the figures."), "body-name-unknown");
  });

  it("takes the body named in the settings, an organisation, a verb in lower case, and a colon with no list, as they are", () => {
    for (const blocks of [
      "The Council RESOLVED to accept the quote.",
      "The Council resolved to write to the DCC in 2019.",
      "The Trustees:",
      // Officers, not bodies (found by a review of false positives).
      "The Clerk NOTED that the precept had been paid.",
      "The Chief Executive CONFIRMED the figures.",
    ]) expectNone(item(blocks), "body-name-unknown", { config: { ...DEFAULT_CONFIG, bodyNames: ["The Council"] } });
    // The SEC Panel's settings name the DCC an organisation.
    expectNone(item("The DCC AGREED to provide the figures."), "body-name-unknown");
  });

  it("speaks of the body as the minutes name it in item-no-outcome", () => {
    const { finding } = expectFinding(
      meeting("item 1: Minutes\n\nThe Council RESOLVED to accept the quote.\n\n«item 2: Risk Register»\n\nThe risk register was discussed.\n"),
      "item-no-outcome",
      "warning",
      council,
    );
    expect(finding.message).toContain("no resolution (`The Council NOTED …`), no action and no post-meeting note. Record what the Council decided or noted;");
  });
});

// Found by a secretary's test: an NHS committee's usual wording was read as discussion, and the
// item said to record no outcome.
describe("a verb of the committee's after `and` or a comma in the body's sentence", () => {
  it("reads the paragraph as a decision, with its verbs", () => {
    for (const [blocks, verbs] of [
      ["The Panel was assured by the report and NOTED the improvements.", ["NOTED"]],
      ["The Panel received the report, and formally APPROVED it and NOTED the risks.", ["APPROVED", "NOTED"]],
      ["The Panel, having heard from the DCC, discussed the plan and AGREED it.", ["AGREED"]],
      // Found by a review of false positives.
      ["The Panel was assured by the valuation but NOTED the risk of challenge.", ["NOTED"]],
    ] as const) {
      const doc = parse(item(blocks), { config: withConfig({}) });
      expect(contentsOf(doc).resolutions.map((r) => r.verbs.map((v) => v.text)), blocks).toEqual([verbs]);
      expectNone(item(blocks), "item-no-outcome");
    }
  });

  it("leaves prose as it is: a verb after the first sentence, a word in capitals that is no verb of the committee's, another subject first", () => {
    for (const blocks of [
      "The Panel heard the report. KL asked a question and NOTED the risk.",
      "The Panel heard from Ofgem and NHSE on the plan.",
      "The DCC reported progress and AGREED to publish it.",
      // Found by a review of false positives: the verb's subject is another body, or it is said of something.
      "The Panel heard that Ofgem had reviewed the business case and APPROVED it.",
      "The Panel was reminded that the budget, APPROVED in March, was overspent.",
      "The Panel noted the budget and APPROVED by the Board in March.",
      "The Panel heard the regulator's words (\"reviewed and APPROVED\") with concern.",
    ]) expect(contentsOf(parse(item(blocks), { config: withConfig({}) })).resolutions, blocks).toEqual([]);
  });
});

describe("resolution-mid-paragraph", () => {
  // Found by a secretary's test: the item was said to record no outcome, though the decision was written.
  it("names a decision written after another sentence of its paragraph; its fix starts a paragraph with it", () => {
    const { found, text } = expectFindings(item("PD declared an interest in the contract. «The Panel NOTED» the declaration.\nKL asked a question. «The Panel formally AGREED» to proceed."), "resolution-mid-paragraph", "warning");
    expect(found[0]!.message).toBe(
      "`The Panel NOTED` stands after another sentence of its paragraph, so it is not read as a decision: the item records no outcome from it, and if the item is recorded in the confidential minutes, the decision is left out of the public minutes. Start a paragraph with it, after a blank line.",
    );
    const fixed = applyFix(text, found[0]!.fixes?.[0]);
    expect(fixed).toContain("PD declared an interest in the contract.\n\nThe Panel NOTED the declaration.");
    expect(found[0]!.fixes?.[0]?.certain).toBe(false);
  });

  // Found by a second secretary's test: in a confidential item the decision vanished from the public minutes.
  it("names a decision with the body unnamed, `It was AGREED` or `RESOLVED that`, after another sentence", () => {
    expectFindings(item("PD explained the claim.\n«It was AGREED» that the Panel defend it. KL asked a question. «NOTED» that the claim is insured."), "resolution-mid-paragraph", "warning");
  });

  // A decision is what the model reads opening a paragraph: every form of it is named after another sentence too.
  it("names every form the model reads as a decision: after a lead-in, in the passive, after the vote, after `and`", () => {
    expectFindings(item("PD presented the tender report. «Following discussion, the Panel AGREED» to award the contract."), "resolution-mid-paragraph", "warning");
    expectFindings(item("KL summarised the changes. «The minutes of the last meeting were APPROVED» as a correct record."), "resolution-mid-paragraph", "warning");
    expectFindings(item("The Chair introduced the motion. «It was proposed by PD, seconded by KL and AGREED» that the fee rise."), "resolution-mid-paragraph", "warning");
    expectFindings(item("MG gave the update. «The Panel, having considered the risks, AGREED» to defer."), "resolution-mid-paragraph", "warning");
  });

  it("is silent on a decision that opens its paragraph, prose that reports one, and a verb that is not the committee's", () => {
    expectNone(item("The Panel NOTED the report. The Panel AGREED to proceed."), "resolution-mid-paragraph");
    expectNone(item("PD spoke. The Panel agreed that the plan was sound. The Panel DISCUSSED it."), "resolution-mid-paragraph");
    // A slip of case or spelling after another sentence is prose, as in the first sentence's reading.
    expectNone(item("PD spoke. The Panel Noted the plan. The Panel AGRED to it."), "resolution-mid-paragraph");
    // Done by someone else: `APPROVED by NHSE` is no decision of the body's.
    expectNone(item("PD spoke. The plan was APPROVED by NHSE in May."), "resolution-mid-paragraph");
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

describe("the forms a council's minutes write decisions in", () => {
  const council = withConfig({ bodyNames: ["The Council"], resolutionVerbs: { RESOLVED: "", NOTED: "" } });
  const decisions = (blocks: string) => item(blocks).replace("The Panel NOTED the update.", "");

  it.each([
    "The Council RESOLVED:\n- to award the contract to Smith Ltd; and\n- to write to the unsuccessful bidders.",
    "It was RESOLVED to award the contract to Smith Ltd.",
    "RESOLVED: that the contract be awarded to Smith Ltd.",
    "The Council, having considered the report, RESOLVED to award the contract.",
    // Found by a secretary's test: a parish council's usual wordings were read as prose.
    "The Council unanimously RESOLVED to award the contract.",
    "Proposed by Cllr Hart, seconded by Cllr Dale, the Council RESOLVED to award the contract.",
    "Following discussion, the Council RESOLVED to award the contract.",
    // Found by a review of false positives: district councils' and boards' usual layouts were
    // read as discussion, and a confidential item withheld them without a word.
    "RESOLVED – That the contract be awarded to Smith Ltd.",
    "RESOLVED - That the contract be awarded to Smith Ltd.",
    "RESOLVED (unanimously) that the contract be awarded to Smith Ltd.",
    "RESOLVED (by 6 votes to 2) – That the contract be awarded to Smith Ltd.",
    "RESOLVED UNANIMOUSLY that the contract be awarded to Smith Ltd.",
    "It was unanimously RESOLVED that the contract be awarded to Smith Ltd.",
    "It was therefore RESOLVED to award the contract.",
    "After discussion, it was RESOLVED to award the contract.",
    "On the proposal of Cllr Hart, seconded by Cllr Dale, it was RESOLVED to award the contract.",
    "Following discussion the Council RESOLVED to award the contract.",
    "Following discussion it was RESOLVED to award the contract.",
    // Found by a review of false positives: who proposed and seconded, before the decision.
    "It was proposed by Cllr Hart, seconded by Cllr Dale and RESOLVED that the contract be awarded to Smith Ltd.",
    "It was proposed by Cllr Hart, seconded by Cllr Dale, and unanimously RESOLVED to award the contract.",
    "Proposed by Cllr Hart, seconded by Cllr Dale and RESOLVED that the contract be awarded to Smith Ltd.",
    "Proposed by Cllr Hart and seconded by Cllr Dale and\nRESOLVED that the contract be awarded to Smith Ltd.",
    "Moved by Cllr Hart, seconded by Cllr Dale and RESOLVED to award the contract.",
    "Proposed: Cllr Hart\nSeconded: Cllr Dale\nRESOLVED: that the contract be awarded to Smith Ltd.",
    "Proposed Cllr Hart, seconded Cllr Dale.\nRESOLVED: that the contract be awarded to Smith Ltd.",
    "Proposer: Cllr Hart  Seconder: Cllr Dale\nRESOLVED that the contract be awarded to Smith Ltd.",
    // Found by a second review: a company secretary's capitals.
    "IT WAS RESOLVED THAT the contract be awarded to Smith Ltd.",
    "RESOLVED THAT the contract be awarded to Smith Ltd.",
    "IT WAS UNANIMOUSLY RESOLVED THAT the contract be awarded to Smith Ltd.",
    "IT IS RESOLVED THAT the contract be awarded to Smith Ltd.",
    "RESOLVED THAT:\n(a) the contract be awarded to Smith Ltd; and\n(b) the Clerk write to the bidders.",
  ])("reads %j as a decision, with nothing to report", (blocks) => {
    const { doc } = expectClean(decisions(blocks), { config: council });
    expect(contentsOf(doc).resolutions.map((r) => r.verbs.map((v) => v.text).join())).not.toEqual([]);
    expect(contentsOf(doc).resolutions.every((r) => r.verbs.every((v) => v.text === "RESOLVED"))).toBe(true);
  });

  it.each([
    "The Council unanimously agreed to award the contract.",
    "Following discussion, the Council agreed to award the contract.",
    "The clerk reported. Following discussion, the Council RESOLVED to award the contract.",
    "Following discussion, the Council DISCUSSED the contract.",
    "Agreed that the clerk would write to the bidders.",
    "NOTE: the contract is to be awarded in May.",
    "The Chair said that it was RESOLVED last year to award the contract.",
    "Following the news that the Council RESOLVED to award the contract, the clerk wrote.",
    "The clerk reported that the contract was NOTED by the auditors.",
    "The contract was NOTED by the auditors.",
    "Proposed by Cllr Hart, seconded by Cllr Dale and carried.",
    "Proposed: Cllr Hart\nSeconded: Cllr Dale\nThe motion was lost. RESOLVED to defer.",
    "Proposed by Cllr Hart that the Council RESOLVED last year to award it.",
  ])("reads %j as prose, not a decision", (blocks) => {
    const { doc } = run(decisions(`${blocks}\n\nThe Council NOTED the report.`), { config: council });
    expect(contentsOf(doc).resolutions.map((r) => r.verbs.map((v) => v.text).join())).toEqual(["NOTED"]);
  });

  it("reads `RESOLVED` alone on its line over `That ...` as one decision, published from a RED item; a sentence run on after it is still named", async () => {
    const red = (blocks: string) => decisions(blocks).replace("item 1: Change Status Report", "item 1: Contract [RED]");
    const text = red("RESOLVED\nThat the contract be awarded to Smith Ltd.\n\nThe bids were PLANTED-DISCUSSION.");
    expectClean(text, { config: council });
    const markdown = new TextDecoder().decode((await exportDocument(parse(text, { config: council }), { format: "md", confidential: false, draft: true, config: council })).bytes);
    expect(markdown).toContain("That the contract be awarded to Smith Ltd.");
    expect(markdown).not.toContain("PLANTED-DISCUSSION");
    expectFinding(red("RESOLVED (unanimously) –\nThat the contract be awarded to Smith Ltd.\n«The bids were PLANTED-DISCUSSION.»"), "decision-runs-on", "error", { config: council });
  });

  it("publishes a decision written after who proposed and seconded it from a RED item, and withholds the discussion", async () => {
    const red = (blocks: string) => decisions(blocks).replace("item 1: Change Status Report", "item 1: Contract [RED]");
    for (const decision of ["It was proposed by Cllr Hart, seconded by Cllr Dale and RESOLVED that the contract be awarded to Smith Ltd.", "Proposed: Cllr Hart\nSeconded: Cllr Dale\nRESOLVED: that the contract be awarded to Smith Ltd."]) {
      const text = red(`The bids were PLANTED-DISCUSSION.\n\n${decision}`);
      expectClean(text, { config: council });
      const markdown = new TextDecoder().decode((await exportDocument(parse(text, { config: council }), { format: "md", confidential: false, config: council })).bytes);
      expect(markdown).toContain("the contract be awarded to Smith Ltd.");
      expect(markdown).not.toContain("PLANTED-DISCUSSION");
    }
    // A board's capitals: `RESOLVED THAT:` over its list, published from a RED item.
    const board = red("The bids were PLANTED-DISCUSSION.\n\nRESOLVED THAT:\n(a) the contract be awarded to Smith Ltd; and\n(b) the Clerk write to the bidders.");
    const published = new TextDecoder().decode((await exportDocument(parse(board, { config: council }), { format: "md", confidential: false, config: council })).bytes);
    expect(published).toContain("the Clerk write to the bidders");
    expect(published).not.toContain("PLANTED-DISCUSSION");
    // A verb one slip from the committee's: the checker names it.
    expectFinding(decisions("Proposed by Cllr Hart, seconded by Cllr Dale and «RESOLVD» to award the contract."), "resolution-verb-unknown", "error", { config: council });
  });

  it("reads a verb one slip from the committee's where the layout says a decision stands, so the checker names it", () => {
    for (const [blocks, slip] of [
      ["It was RESOLVDE to award the contract.", "RESOLVDE"],
      ["RESOLVD: that the contract be awarded.", "RESOLVD"],
      ["RESOLVD – That the contract be awarded.", "RESOLVD"],
      ["Following discussion, the Council RESOLVD to award the contract.", "RESOLVD"],
    ] as const) {
      const { finding } = expectFinding(decisions(blocks.replace(slip, `«${slip}»`)), "resolution-verb-unknown", "error", { config: council });
      expect(finding.message).toContain("Did you mean `RESOLVED`?");
    }
    // `Resolved:` in title case is read too, so the checker asks for capitals.
    expectFinding(decisions("«Resolved»: that the contract be awarded."), "resolution-verb-case", "warning", { config: council });
  });

  it("reads a decision in the passive, `... were APPROVED`, publishes it from a public item, and from a RED one withholds it and says so", async () => {
    const passive = "The minutes of the meeting held on 7 March 2024 were APPROVED as a correct record.";
    const board = withConfig({ bodyNames: ["The Board"] });
    const { doc } = expectClean(item(passive), { config: board });
    expect(contentsOf(doc).resolutions.map((r) => [r.verbs[0]!.text, r.body.value, r.passive])).toEqual([["APPROVED", "The Board", true]]);
    const publicItem = new TextDecoder().decode((await exportDocument(parse(item(passive), { config: board }), { format: "md", confidential: false, draft: true, config: board })).bytes);
    expect(publicItem).toContain("were **APPROVED** as a correct record.");
    const red = item(`${passive.replace("APPROVED", "«APPROVED»")}\n\nThe Board NOTED the PLANTED-DISCUSSION.`, "Minutes of the private session [RED]");
    const { finding } = expectFinding(red, "decision-withheld", "warning", { config: board });
    expect(finding.message).toBe(
      "This decision is written after what it decides (`... were APPROVED`), so the public minutes leave it out with item 1's discussion: an item recorded in the confidential minutes publishes a decision only when its paragraph opens with it. To publish it, write it as a paragraph of its own: `The Board APPROVED ...`.",
    );
    const clean = red.replace(/[«»]/g, "");
    const markdown = new TextDecoder().decode((await exportDocument(parse(clean, { config: board }), { format: "md", confidential: false, draft: true, config: board })).bytes);
    expect(markdown).not.toContain("7 March 2024");
  });

  it("marks the decision's verb and body where they stand after a lead-in, and publishes the paragraph from a RED item", async () => {
    const text = decisions("Proposed by Cllr Hart, seconded by Cllr Dale, the Council RESOLVED to award the contract.\n\nThe bids were PLANTED-DISCUSSION.").replace("item 1: Change Status Report", "item 1: Contract [RED]");
    const { doc } = run(text, { config: council });
    const [resolution] = contentsOf(doc).resolutions;
    expect([resolution?.body.text, resolution?.body.value, text.slice(resolution!.verbs[0]!.start, resolution!.verbs[0]!.end)]).toEqual(["the Council", "The Council", "RESOLVED"]);
    const markdown = new TextDecoder().decode((await exportDocument(parse(text, { config: council }), { format: "md", confidential: false, draft: true, config: council })).bytes);
    expect(markdown).toContain("Proposed by Cllr Hart, seconded by Cllr Dale, the Council **RESOLVED** to award the contract.");
    expect(markdown).not.toContain("PLANTED-DISCUSSION");
  });

  it.each([
    "The Council RESOLVED that:",
    "The Council RESOLVED as follows:",
    "The Council NOTED the following:",
    "The Council, having considered the report, RESOLVED:",
    "RESOLVED:",
    "It was RESOLVED:",
  ])("reads the numbered list under `%s` as its decisions, and publishes them from a RED item", async (lead) => {
    const text = decisions(`${lead}\n(a) to award the contract to Smith Ltd;\n(b) to write to the bidders.\n\nThe bids were PLANTED-DISCUSSION.`).replace("item 1: Change Status Report", "item 1: Contract [RED]");
    const { doc } = expectClean(text, { config: council });
    expect(contentsOf(doc).resolutions).toHaveLength(2);
    const markdown = new TextDecoder().decode((await exportDocument(parse(text, { config: council }), { format: "md", confidential: false, draft: true, config: council })).bytes);
    expect(markdown).toContain("(b) to write to the bidders.");
    expect(markdown).not.toContain("PLANTED-DISCUSSION");
  });

  it("publishes them from an item recorded in the confidential minutes, as any resolution", async () => {
    const text = decisions("The Council RESOLVED:\n- to award the contract to Smith Ltd; and\n- to write to the bidders.\n\nIt was RESOLVED to publish the notice.\n\nThe bids were PLANTED-DISCUSSION.").replace("item 1: Change Status Report", "item 1: Contract [RED]");
    const markdown = new TextDecoder().decode((await exportDocument(parse(text, { config: council }), { format: "md", confidential: false, draft: true, config: council })).bytes);
    expect(markdown).toContain("to award the contract to Smith Ltd");
    expect(markdown).toContain("It was **RESOLVED** to publish the notice.");
    expect(markdown).toContain("The Council **RESOLVED**:");
    expect(markdown).not.toContain("PLANTED-DISCUSSION");
  });

  it("ends the list under `The Council RESOLVED:` at a blank line, so a bullet of discussion after it is not published from a RED item", async () => {
    const text = decisions("The Council RESOLVED:\n- to award the contract to Smith Ltd;\n- to write to the bidders.\n\n– PLANTED-DISCUSSION of the bidder's debts.").replace("item 1: Change Status Report", "item 1: Contract [RED]");
    for (const format of ["md", "html", "json"] as const) {
      const published = new TextDecoder().decode((await exportDocument(parse(text, { config: council }), { format, confidential: false, draft: true, config: council })).bytes);
      expect(published).toContain("to write to the bidders.");
      expect(published).not.toContain("PLANTED-DISCUSSION");
    }
    const { finding, text: written } = expectFinding(
      decisions("The Council RESOLVED:\n- to award the contract to Smith Ltd;\n\n// the second decision\n\n«- to write to the bidders.»"),
      "resolution-list-split",
      "warning",
      { config: council },
    );
    expect(finding.message).toBe(
      "A blank line ends the list under `The Council RESOLVED:`, so the bullets below it are not decisions: an item recorded in the confidential minutes withholds them, and the public minutes print them as a plain list. If they are decisions of `The Council RESOLVED:`, remove the blank line above them.",
    );
    expect(finding.fixes?.map((f) => f.certain)).toEqual([false]);
    // The fix takes out the blank lines and keeps the comment: the two bullets are one list, with nothing to report.
    const fixed = applyFix(written, finding.fixes?.[0]);
    expect(fixed).toContain("- to award the contract to Smith Ltd;\n// the second decision\n- to write to the bidders.");
    expectNone(fixed, "resolution-list-split", { config: council });
    expect(contentsOf(parse(fixed, { config: council })).resolutions).toHaveLength(2);
  });

  it("gives the lead-in's verb to a bullet that starts with a word in capitals or a verb's word, and reports nothing", () => {
    const text = item("The Panel AGREED:\n- UNITED Utilities to replace the main;\n(a) Approved contractors only to be invited;\n- NOTE: the budget is fixed.\n\nThe Panel NOTED the update.");
    const { doc } = expectClean(text);
    expect(contentsOf(doc).resolutions.map((r) => r.verbs[0]!.text)).toEqual(["AGREED", "AGREED", "AGREED", "NOTED"]);
  });

  it("keeps bullets under `The Panel:` together across blank lines, each with its own verb", () => {
    const { doc } = expectClean(item("The SEC Panel:\n- AGREED a response;\n\n- NOTED the Draft Budget.\n\nThe Panel NOTED the update."));
    expect(contentsOf(doc).resolutions.map((r) => r.verbs[0]!.text)).toEqual(["AGREED", "NOTED", "NOTED"]);
  });

  it("leaves prose that reports a decision, or starts with a word in capitals, alone", () => {
    const { doc } = run(decisions("It was agreed that the clerk would write.\n\nSECAS reported the figures.\n\nNOTED by the clerk in passing."), { config: council });
    expect(contentsOf(doc).resolutions).toEqual([]);
  });
});

// Found by a review of false positives: a decision in a form the minutes do not read vanished
// from the public minutes of a confidential item without a word, and a public item was said to
// record no outcome.
describe("a verb of the committee's in capitals in a paragraph not written as a decision", () => {
  it("in an item recorded in the confidential minutes: decision-withheld names it, and the item is not also said to record no outcome", async () => {
    const text = meeting("item 1: Disposal of land [RED]\n\nMembers «AGREED» the PLANTED timetable.\n");
    const { finding, diagnostics } = expectFinding(text, "decision-withheld", "warning");
    expect(finding.message).toBe(
      "`AGREED` in capitals marks a decision, but this paragraph is not written as one (the body's name, `It was` or the verb opening it), so the public minutes leave it out with item 1's discussion. If it is a decision, write it as a paragraph that opens with it: `The Panel AGREED ...`; if it only reports one, write `agreed`.",
    );
    expect(diagnostics.map((d) => d.code)).not.toContain("item-no-outcome");
    const markdown = new TextDecoder().decode((await exportDocument(parse(text.replace(/[«»]/g, "")), { format: "md", confidential: false, draft: true })).bytes);
    expect(markdown).not.toContain("PLANTED");
  });

  it("suggests the body's name the paragraph opens with in another case", () => {
    const { finding } = expectFinding(meeting("item 1: Disposal of land [RED]\n\nThe panel «APPROVED» the heads of terms.\n"), "decision-withheld", "warning");
    expect(finding.message).toContain("`The Panel APPROVED ...`");
  });

  it("in a public item: item-no-outcome says which verb is not read, and why", () => {
    const { finding } = expectFinding(meeting("«item 1: Timetable»\n\nMembers AGREED the timetable.\n"), "item-no-outcome", "warning");
    expect(finding.message).toBe(
      "Item 1 records no decision the minutes can read: `AGREED` in capitals marks one, but its paragraph is not written as a decision (the body's name, `It was` or the verb opening it). Write it as a paragraph that opens with it (`The Panel AGREED ...`), or `agreed` if it only reports one.",
    );
  });

  it("is silent on a verb in lower case, a decision read as one, and a decision after another sentence (resolution-mid-paragraph's alone)", () => {
    const red = (blocks: string) => meeting(`item 1: Disposal of land [RED]\n\n${blocks}\n`);
    expectNone(red("Members agreed the timetable.\n\nThe Panel NOTED the offer."), "decision-withheld");
    expectNone(red("It was AGREED to accept the offer."), "decision-withheld");
    const { diagnostics } = run(meeting("item 1: Timetable\n\nThere had been no disclosures. The Panel NOTED the report.\n"));
    expect(diagnostics.map((d) => d.code)).toEqual(["resolution-mid-paragraph"]);
  });
});

describe("item-no-outcome and items of procedure", () => {
  it.each([
    ["Apologies for absence", "There were no apologies."],
    ["Declarations of interest", "No declarations were made."],
    ["Date of next meeting", "Thursday 4 July 2024 at 9.30am."],
    ["Any other business", "There was no other business."],
    ["Welcome and introductions", "The Chair welcomed members."],
    // Found by a review of false positives: councils', schools' and senates' items of procedure.
    ["Public participation", "Two residents spoke about the play area."],
    ["Questions from Governors and the public", "None were received."],
    ["Apologies and substitutions", "Cllr Hart substituted for Cllr Dale."],
    ["Declarations of business and pecuniary interests", "None were declared."],
    ["Welcome, opening prayer and apologies", "The Chair opened the meeting."],
    ["Welcome and announcements", "The Chair announced the new clerk."],
    ["Public forum", "No members of the public attended."],
    // Found by a second review.
    ["Apologies for absence and substitutes", "Cllr Hart substituted for Cllr Dale."],
    ["Quorum, notice and declarations of interest", "The meeting was quorate."],
    ["AOCB", "None."],
    ["Closing prayer", "The Vicar closed the meeting with a prayer."],
    ["Items to escalate to the ICB Board", "- Corridor care at Royal Stoke (limited assurance)."],
    // Found by a third review: clubs', co-operatives' and residents' groups' items of procedure.
    ["Welcome, apologies and quoracy", "The meeting was quorate."],
    ["Check-in, apologies and quorum", "Quorate (7 of 9)."],
    ["Matters arising", "There were no matters arising not covered elsewhere on the agenda."],
    ["Correspondence", "SP reported letters from the League and from the Parish Council."],
    // Found by a fourth review: lodges' and clubs'.
    ["Opening and apologies", "The Chairman opened the meeting."],
    ["Chairman's opening remarks", "The Chairman welcomed members."],
    ["Chair's closing remarks", "The Chair thanked members."],
  ])("leaves `%s` alone", (title, blocks) => {
    expectNone(meeting(`item 1: ${title}\n\n${blocks}\n`), "item-no-outcome");
  });

  // Found by a third review of false positives: clubs and residents' groups approve their minutes so.
  it.each([
    "Agreed as a true record. Proposed: TB, Seconded: RS, carried.",
    "Agreed as a correct record, proposed RS, seconded MH. Carried.",
    "Accepted as a true record. Proposed MD, seconded IA.",
    "The minutes were signed as a true and accurate record.",
    "Proposed by PD, seconded by KL, that the fee be raised. Carried unanimously.",
    // Found by a fourth review.
    "Agreed and signed.",
    "Taken as read and signed.",
    "Proposer: PD. Seconder: KL.\n\nPD presented the pledge. For 5, Against 1, Abstain 0. Carried.",
    "KL reported the notice of inspection. Deferred to next meeting for full discussion.",
  ])("takes an outcome recorded in words as one: `%s`", (body) => {
    expectNone(meeting(`item 2: Minutes of the last meeting\n\n${body}\n`), "item-no-outcome");
  });

  // Found by a fourth review of false positives: the minutes approved in one word.
  it("reads a verb in capitals alone in its paragraph as a decision", () => {
    expectNone(meeting("item 2: Minutes of the last meeting\n\nAPPROVED.\n"), "item-no-outcome");
    expectNone(meeting("item 2: Minutes of the last meeting\n\nAGREED\n"), "item-no-outcome");
    expect(contentsOf(parse(meeting("item 2: Minutes\n\nAPPROVED.\n"), { config: SEC_CONFIG })).resolutions.map((r) => r.verbs[0]!.text)).toEqual(["APPROVED"]);
    // In title case it is not.
    expectFinding(meeting("«item 2: Minutes of the last meeting»\n\nApproved.\n"), "item-no-outcome", "warning");
  });

  it("still reports an item that only discusses a record or a vote", () => {
    expectFinding(meeting("«item 2: Record keeping»\n\nThe retention of records was discussed.\n"), "item-no-outcome", "warning");
    expectFinding(meeting("«item 2: Ballot»\n\nThe Panel discussed who proposed the ballot.\n"), "item-no-outcome", "warning");
  });

  it("still reports an item whose title only begins like one, and takes an update as an outcome", () => {
    expectFinding(meeting("«item 1: Interests of the estate and the farm tenancy»\n\nThe tenancy was discussed.\n"), "item-no-outcome", "warning");
    expectFinding(meeting("«item 1: Public toilets»\n\nThe toilets were discussed.\n"), "item-no-outcome", "warning");
    expectNone(meeting("item 1: Matters arising\n\nupdate SECP76/01: SECAS reported progress. Status: Open.\n"), "item-no-outcome");
  });
});

describe("item-no-outcome and parts", () => {
  it("leaves an item whose parts record its outcomes, and reports a part that records none", () => {
    const text = meeting("item 1: Budget [AMBER]\n\nitem 1.1: Budget detail\n\nThe Panel NOTED the detail.\n\nitem 1.2: More detail\n\nThe detail was discussed.\n");
    const { diagnostics } = run(text);
    expect(diagnostics.filter((d) => d.code === "item-no-outcome").map((d) => d.message.slice(0, 10))).toEqual(["Item 1.2 r"]);
  });
});
