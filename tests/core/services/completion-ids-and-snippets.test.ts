import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { complete, parse, semanticsOf } from "../../../packages/core/src/index.js";
import { meeting, meetingOn, ROOT, SEC_CONFIG } from "../../helpers/minutes.js";
import { folder } from "../validation/checks/spec.js";

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

  it("number a new item after the last, as it is written: `24/032` after a council's `24/031a`, `4` after `3.1`", () => {
    const next = (items: string) => completeAtEnd(meeting(`${items}\n\n`)).find((c) => c.kind === "snippet" && c.label === "item")?.insertText;
    expect(next("item 24/031: Budget\n\nThe Panel NOTED it.\n\nitem 24/031a: Fees\n\nThe Panel NOTED it.")).toMatch(/^item \$\{1:24\/032\}: /);
    expect(next("item 3: Budget\n\nThe Panel NOTED it.\n\nitem 3.1: Fees\n\nThe Panel NOTED it.")).toMatch(/^item \$\{1:4\}: /);
  });

  it("write the committee's own words: an organisation as the owner, the body's name, the next free ID as a successor", () => {
    expect(snippets.find((c) => c.label === "action")?.insertText).toContain(": ${2:DCC} ${3|to,may|}");
    expect(snippets.find((c) => c.label === "resolution")?.insertText).toBe(`The Panel \${1|${Object.keys(SEC_CONFIG.resolutionVerbs).join(",")}|} \${2:the update}.\n`);
    expect(snippets.find((c) => c.label === "update-superseded")?.insertText).toContain("superseded by ${4:SECP77/03}. Status: CLOSED.");
  });

  it("take an attendee's initials as the owner when the committee names no organisation", () => {
    const config = { ...SEC_CONFIG, organisations: [] };
    const doc = parse(written, { config });
    const action = complete(semanticsOf(doc, config), undefined, "/panel/77.minutes", written.length).find((c) => c.label === "action");
    expect(action?.insertText).toContain(`: \${2:${doc.attendees!.attendees[0]!.initials.text}} `);
  });

  it("escape what the snippet syntax reads in the settings' words", () => {
    const config = { ...SEC_CONFIG, bodyNames: ["The $Board}"] };
    const resolution = complete(semanticsOf(parse(written, { config }), config), undefined, "/panel/77.minutes", written.length).find((c) => c.label === "resolution");
    expect(resolution?.insertText.startsWith("The \\$Board\\} ${1|")).toBe(true);
  });

  it("in the extension's own snippets, hold no example committee's names: placeholders only", () => {
    const packaged = readFileSync(path.join(ROOT, "grammar", "snippets.json"), "utf8");
    for (const word of ["SEC", "Panel", "Gemserv", "Davies", "Pocock", "Evans", "Crawford"]) expect(packaged, word).not.toContain(word);
  });

  it("are not offered twice in VS Code: the extension's own snippets use other prefixes", () => {
    const packaged = JSON.parse(readFileSync(path.join(ROOT, "grammar", "snippets.json"), "utf8")) as Record<string, { prefix: string[] }>;
    const prefixes = Object.values(packaged).flatMap((s) => s.prefix);
    expect(snippets.map((c) => c.label).filter((label) => prefixes.includes(label))).toEqual([]);
  });
});

describe("classification levels after `[` on an item line", () => {
  const at = (line: string, cursor: number) => {
    const text = meeting(`item 1: Budget\n\nThe Panel NOTED it.\n\n${line}\n`);
    const offset = text.indexOf(line) + cursor;
    return { text, offset, candidates: complete(semanticsOf(parse(text, { config: SEC_CONFIG }), SEC_CONFIG), undefined, "/panel/77.minutes", offset, text) };
  };

  it("write the level and its closing bracket", () => {
    const { offset, candidates } = at("item 2: Events of Default [", "item 2: Events of Default [".length);
    const red = candidates.find((c) => c.label === "RED")!;
    expect(red.insertText).toBe("RED]");
    expect(red.replace).toEqual({ start: offset, end: offset });
  });

  it("replace the closing bracket an editor has already put after the cursor, so none is doubled", () => {
    const { offset, candidates } = at("item 2: Events of Default [R]", "item 2: Events of Default [R".length);
    const red = candidates.find((c) => c.label === "RED")!;
    expect(red.insertText).toBe("RED]");
    expect(red.replace).toEqual({ start: offset - 1, end: offset + 1 });
  });
});

describe("the actions offered after `update `", () => {
  const index = folder({
    "/panel/77.minutes": meetingOn(77, "2020-02-14", "item 1: Actions\n\naction SECP77/01: SECAS to publish the budget.\n\naction SEC77/02: SECAS to slip.\n"),
    "/panel/78.minutes": meetingOn(78, "2020-03-13", "item 1: Actions\n\nupdate \n"),
    "/panel/79.minutes": meetingOn(79, "2020-04-17", "item 1: Actions\n\nupdate SECP77/01: SECAS to publish the budget.\n\nPublished. Status: Closed.\n"),
  });
  const doc78 = index.get("/panel/78.minutes")!.doc;
  const offered = complete(semanticsOf(doc78, SEC_CONFIG), index, "/panel/78.minutes", doc78.text.indexOf("update ") + "update ".length);

  it("say where each stood as this meeting opened, not after a later meeting", () => {
    expect(offered.find((c) => c.label === "SECP77/01")?.detail).toBe("open · raised at meeting 77 · SECAS");
  });

  it("are actions only, not a malformed ID", () => {
    expect(offered.map((c) => c.label)).toEqual(["SECP77/01"]);
  });

  // Found by a test of the editor's features: the actions this meeting had already updated came first.
  it("put the open actions this meeting has not updated yet first", () => {
    const index = folder({
      "/panel/77.minutes": meetingOn(77, "2020-02-14", "item 1: Actions\n\naction SECP77/01: SECAS to publish.\n\naction SECP77/02: DCC to present.\n\naction SECP77/03: SECAS to issue.\n"),
      "/panel/78.minutes": meetingOn(78, "2020-03-13", "item 1: Actions\n\nupdate SECP77/01: SECAS to publish.\n\nPublished. Status: Closed.\n\nupdate \n"),
    });
    const doc = index.get("/panel/78.minutes")!.doc;
    const labels = complete(semanticsOf(doc, SEC_CONFIG), index, "/panel/78.minutes", doc.text.lastIndexOf("update ") + "update ".length).map((c) => c.label);
    expect(labels).toEqual(["SECP77/02", "SECP77/03", "SECP77/01"]);
  });

  // Found by a test of the editor's features: asked before `SECP78/04: ...`, it wrote a second ID and text in front of it.
  it("replace the ID after the cursor, and give the ID alone where its colon is already written", () => {
    const index = folder({
      "/panel/77.minutes": meetingOn(77, "2020-02-14", "item 1: Actions\n\naction SECP77/01: SECAS to publish.\n"),
      "/panel/78.minutes": meetingOn(78, "2020-03-13", "item 1: Actions\n\nupdate SECP76/04: SECAS to arrange.\n\nupdate SECP7\n"),
    });
    const doc = index.get("/panel/78.minutes")!.doc;
    const at = (needle: string, delta: number) => complete(semanticsOf(doc, SEC_CONFIG), index, "/panel/78.minutes", doc.text.indexOf(needle) + delta);
    const colonWritten = at("update SECP76/04", "update ".length).find((c) => c.label === "SECP77/01")!;
    expect([colonWritten.insertText, doc.text.slice(colonWritten.replace.start, colonWritten.replace.end)]).toEqual(["SECP77/01", "SECP76/04"]);
    const midId = at("update SECP76/04", "update SECP".length).find((c) => c.label === "SECP77/01")!;
    expect(doc.text.slice(midId.replace.start, midId.replace.end)).toBe("SECP76/04");
    // With no colon after it, the ID and the action's text, over what is written of the ID.
    const noColon = at("update SECP7\n", "update SE".length).find((c) => c.label === "SECP77/01")!;
    expect([noColon.insertText, doc.text.slice(noColon.replace.start, noColon.replace.end)]).toEqual(["SECP77/01: SECAS to publish.", "SECP7"]);
  });
});

describe("resolution verbs under a lead-in", () => {
  it.each(["-", "•", "–", "◦", "(a)", "2."])("are offered after a `%s` bullet, and after the bullets above it", (marker) => {
    const text = meeting(`item 1: Budget\n\nThe SEC Panel:\n${marker} AGREED the budget; and\n${marker} NO`);
    const labels = completeAtEnd(text).filter((c) => c.kind === "verb").map((c) => c.label);
    expect(labels).toContain("NOTED");
  });

  it("are offered after the body's name in a sentence, however much white space stands between", () => {
    for (const [written, word] of [["The Panel NO", "NO"], ["The SEC Panel ", ""], ["  The Panel \t A", "A"], [`The Panel${" ".repeat(200_000)}NO`, "NO"]] as const) {
      const found = completeAtEnd(meeting(`item 1: Budget\n\n${written}`)).filter((c) => c.kind === "verb");
      expect(found.map((c) => c.label), JSON.stringify(written.slice(0, 20))).toContain("NOTED");
      expect(found[0]!.replace.end - found[0]!.replace.start).toBe(word.length);
    }
    // Not after another name, after no white space, or after a run of 200,000 spaces before other text (which took 1.4 s at 20,000).
    for (const written of ["The Board NO", "The PanelNO", "Panel NO", `The SEC${" ".repeat(200_000)} Panel:`]) {
      expect(completeAtEnd(meeting(`item 1: Budget\n\n${written}`)).filter((c) => c.kind === "verb"), written.slice(0, 20)).toEqual([]);
    }
  });

  it("are not offered after a bullet that no lead-in introduces", () => {
    const text = meeting(`item 1: Budget\n\nThe points raised were:\n– NO`);
    expect(completeAtEnd(text).filter((c) => c.kind === "verb")).toEqual([]);
  });
});

describe("completion of a status", () => {
  // Found by a test of the editor's features: nothing was offered after `STATUS: `.
  it("offers the status words in the case of their label: `Status: Closed`, `STATUS: CLOSED`, a `status:` line's `closed`", () => {
    const update = (line: string) => meeting(`item 1: Actions\n\nupdate SECP76/01: SECAS to publish.\n\nPublished. ${line}`);
    expect(completeAtEnd(update("Status: ")).map((c) => c.label)).toContain("Closed");
    expect(completeAtEnd(update("STATUS: CL")).map((c) => c.label)).toContain("CLOSED");
    expect(completeAtEnd(update("\nstatus: ")).map((c) => c.label)).toContain("closed");
  });
});
