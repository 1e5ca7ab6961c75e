import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../packages/core/src/config/config.js";
import { confidentialLevel, standardSentence, visibleContent, type MinutesView } from "../../packages/core/src/export/index.js";
import { example, minutes, SEC_CONFIG } from "./helpers.js";

const view = (text: string, confidential = false): MinutesView => visibleContent(minutes(`meeting: M\nnumber: 1\ndate: 2020-01-01\n\n${text}`), { confidential, config: SEC_CONFIG });

describe("items recorded in the confidential minutes", () => {
  test("keep their summary, then the standard sentence, then their resolutions and actions", () => {
    const v = view("item 1: Secret [RED]\n\nDiscussion.\n\nsummary:\nThe summary.\nend summary\n\nMore.\n\nThe Panel NOTED it.\n\naction ACT1/01: SECAS to act.\n");
    expect(v.items[0]!.blocks.map((b) => b.kind)).toEqual(["paragraph", "notice", "paragraph", "action"]);
    expect(v.items[0]!.blocks[1]).toEqual({ kind: "notice", text: "The Agenda Item was classified as RED and therefore recorded in the Confidential Minutes." });
  });

  test("without a summary, start with the standard sentence", () => {
    const v = view("item 1: Secret [confidential]\n\nDiscussion.\n\nThe Panel NOTED it.\n");
    expect(v.items[0]!.blocks).toEqual([
      { kind: "notice", text: "The Agenda Item was recorded in the Confidential Minutes." },
      { kind: "paragraph", content: [{ kind: "text", text: "The Panel " }, { kind: "verb", text: "NOTED" }, { kind: "text", text: " it." }], resolution: { body: "The Panel", verbs: ["NOTED"] } },
    ]);
  });

  test("in the confidential view keep every block in place, the withheld ones marked", () => {
    const v = view("item 1: Secret [RED]\n\nsummary:\nThe summary.\nend summary\n\nDiscussion.\n\nheading: Part two\n\nThe Panel NOTED it.\n", true);
    expect(v.items[0]!.blocks.map((b) => (b.kind === "withheld" ? `withheld(${b.blocks.map((x) => x.kind).join(",")})` : b.kind))).toEqual([
      "paragraph",
      "withheld(paragraph,heading)",
      "paragraph",
    ]);
  });

  test("withhold a title-case `The Panel Noted ...`, which is not a resolution", () => {
    const v = view("item 1: Secret [RED]\n\nThe Panel Noted the secret.\n\nThe Panel NOTED the rest.\n");
    expect(JSON.stringify(v)).not.toContain("secret");
    expect(JSON.stringify(v)).toContain("the rest.");
  });

  test.each([
    ["RED", "level"],
    ["red", "level"],
    ["confidential", "unknown"],
    ["CONFIDENTIAL", "unknown"],
    ["RDE", "unknown"],
    ["", "unknown"],
    ["GREEN", "public"],
    ["white", "public"],
    [undefined, "public"],
  ] as const)("classification %s is %s", (level, expected) => {
    expect(confidentialLevel(level, DEFAULT_CONFIG)).toBe(expected);
  });

  test("the sentence names a configured level in capitals", () => {
    expect(standardSentence("red", DEFAULT_CONFIG)).toBe("The Agenda Item was classified as RED and therefore recorded in the Confidential Minutes.");
    expect(standardSentence("confidential", DEFAULT_CONFIG)).toBe("The Agenda Item was recorded in the Confidential Minutes.");
  });
});

describe("prose", () => {
  test("is one line, without comments, with verbs and post-meeting notes marked", () => {
    const v = view("item 1: A\n\nThe Panel NOTED the\n   report\n// a comment\nand AGREED more. [Post-meeting note: later\n  on.]\n");
    expect(v.items[0]!.blocks[0]).toMatchObject({
      content: [
        { kind: "text", text: "The Panel " },
        { kind: "verb", text: "NOTED" },
        { kind: "text", text: " the report and " },
        { kind: "verb", text: "AGREED" },
        { kind: "text", text: " more. " },
        { kind: "note", text: "later on.", closed: true },
      ],
    });
  });
});

describe("actions and updates", () => {
  test("an action's due date leaves its text", () => {
    const v = view("item 1: A\n\naction ACT1/01: PD to write the letter. [due 2020-06-12]\n");
    expect(v.items[0]!.blocks[0]).toEqual({
      kind: "action",
      id: "ACT1/01",
      owner: "PD",
      due: { text: "2020-06-12", iso: "2020-06-12" },
      content: [{ kind: "text", text: "PD to write the letter." }],
      item: "1",
    });
  });

  test("an update's status moves to its own field, wherever it was written", () => {
    const v = view("item 1: A\n\nupdate ACT0/01: Old text.\n\nDone, superseded by ACT1/01. Status: CLOSED.\n\nupdate ACT0/02: Other.\n\nProgress.\nstatus: in progress\n\nupdate ACT0/03: Third. Status: Open.\n");
    const updates = v.items[0]!.blocks;
    expect(updates).toMatchObject([
      { id: "ACT0/01", paragraphs: [[{ text: "Done, superseded by ACT1/01." }]], status: { text: "CLOSED", state: "closed" }, supersededBy: ["ACT1/01"] },
      { id: "ACT0/02", paragraphs: [[{ text: "Progress." }]], status: { text: "in progress", state: "open" } },
      { id: "ACT0/03", original: [{ text: "Third." }], paragraphs: [], status: { text: "Open", state: "open" } },
    ]);
  });
});

describe("the view", () => {
  test("is plain data with no source ranges", () => {
    const v = visibleContent(example("sec-panel-77.minutes"), { confidential: true, config: SEC_CONFIG });
    // Plain data: a JSON round trip loses nothing (no class instances, functions or cycles).
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    const numbersByKey = new Set<string>();
    const walk = (value: unknown, key: string) => {
      if (typeof value === "number") numbersByKey.add(key);
      else if (value && typeof value === "object") for (const [k, child] of Object.entries(value)) walk(child, Array.isArray(value) ? key : k);
    };
    walk(v, "");
    // The only numbers are meeting and item numbers: no offsets, lines or ranges.
    expect([...numbersByKey]).toEqual(["number"]);
  });

  test("groups attendees as the minutes list them, with their notes as printed", () => {
    const v = visibleContent(example("sec-panel-78.minutes"), { confidential: false, config: SEC_CONFIG });
    expect(v.attendees.map((s) => `${s.kind}:${s.name}:${s.groups.map((g) => g.name ?? "-").join("|")}`)).toEqual([
      "category:SEC Panel Members:SEC Panel Chair|Large Suppliers|Small Suppliers|Electricity Networks|Gas Networks|Other SEC Parties|DCC|Citizens Advice",
      "category:Representing Other Participants:Ofgem|BEIS (Secretary of State)|DCC",
      "category:Meeting Secretary:-",
      "category:SECAS:-",
      "apologies::-",
    ]);
    const everyone = v.attendees.flatMap((s) => s.groups.flatMap((g) => g.attendees));
    expect(everyone.find((a) => a.initials === "DP")!.notes).toEqual(["Part", "Teleconference"]);
    expect(everyone.find((a) => a.initials === "AT")!.notes).toEqual(["Alternate for Paul Fitzgerald"]);
    expect(everyone.find((a) => a.initials === "RC")).toMatchObject({ attendance: "apologies", notes: ["DCC"], organisation: "DCC" });
  });
});
