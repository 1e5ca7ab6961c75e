import { describe, expect, it } from "vitest";
import { outline, parse } from "../../../packages/core/src/index.js";
import { meeting, SEC_CONFIG } from "../../helpers/minutes.js";

describe("the outline", () => {
  const text = meeting(
    [
      "item 1: Events of Default [RED]",
      "",
      "summary:",
      "heading: In public",
      "action SECP77/01: SECAS to publish the notice.",
      "end summary",
      "",
      "confidential:",
      "heading: In private",
      "action SECP77/02: DCC to confirm the terms.",
      "end confidential",
      "",
      "next meeting: 2020-03-13",
      "",
    ].join("\n"),
  );
  const nodes = outline(parse(text, { config: SEC_CONFIG }));

  it("lists the actions and headings of summaries and confidential passages under their item", () => {
    expect(nodes.find((n) => n.kind === "item")!.children.map((c) => c.name)).toEqual(["In public", "SECP77/01", "In private", "SECP77/02"]);
  });

  it("ends the header above the first item, though `next meeting:` is written at the end", () => {
    const header = nodes.find((n) => n.kind === "header")!;
    expect(header.range.end).toBeLessThan(nodes.find((n) => n.kind === "item")!.range.start);
  });
});
