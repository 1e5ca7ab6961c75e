import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { complete, parse, semanticsOf } from "../../../packages/core/src/index.js";
import { meeting, ROOT, SEC_CONFIG } from "../../helpers/minutes.js";

/** Completion at the end of `text` (a meeting whose last line is being typed). */
function completeAtEnd(text: string) {
  const doc = parse(text, { config: SEC_CONFIG });
  return complete(semanticsOf(doc, SEC_CONFIG), undefined, "/panel/77.minutes", text.length);
}

// Meeting 77 has raised SECP77/01 and SECP77/02; a slip numbers one action with meeting 76's number.
const written = meeting(
  "item 1: Budget\n\naction SECP77/01: SECAS to publish the budget.\n\naction SECP76/09: SECAS to circulate the paper.\n\naction SECP77/02: DCC to present.\n\n",
);

describe("the next free action ID", () => {
  it("after `action `, is the one after this meeting's highest, ignoring IDs of other meetings", () => {
    expect(completeAtEnd(`${written}action `).map((c) => c.label)).toEqual(["SECP77/03"]);
  });

  it("is the same in the `action` snippet", () => {
    const snippet = completeAtEnd(written).find((c) => c.kind === "snippet" && c.label === "action");
    expect(snippet?.insertText).toMatch(/^action \$\{1:SECP77\/03\}: /);
  });

  it("is left for the secretary to write when the meeting has no number", () => {
    const unnumbered = written.replace(/^number: 77\n/m, "");
    expect(completeAtEnd(`${unnumbered}action `)).toEqual([]);
    expect(completeAtEnd(unnumbered).find((c) => c.label === "action")?.insertText).toMatch(/^action \$\{1:ID\}: /);
  });
});

describe("snippets at the start of a line", () => {
  const snippets = completeAtEnd(written).filter((c) => c.kind === "snippet");

  it("offer the committee's classification levels for an item, and an optional due date for an action", () => {
    expect(snippets.find((c) => c.label === "item")?.insertText).toContain(`\${4|${[...SEC_CONFIG.classification.levels, "confidential"].join(",")}|}`);
    expect(snippets.find((c) => c.label === "action")?.insertText).toContain("[due ${6:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}}]");
  });

  it("are not offered twice in VS Code: the extension's own snippets use other prefixes", () => {
    const packaged = JSON.parse(readFileSync(path.join(ROOT, "grammar", "snippets.json"), "utf8")) as Record<string, { prefix: string[] }>;
    const prefixes = Object.values(packaged).flatMap((s) => s.prefix);
    expect(snippets.map((c) => c.label).filter((label) => prefixes.includes(label))).toEqual([]);
  });
});
