import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { exportDocument, renderDocx, visibleContent } from "../../packages/core/src/export/index.js";
import { parse } from "../../packages/core/src/parse.js";
import { decodeXml, unzipDocx, xmlProblem } from "./docx-reader.js";
import { example, ROOT, SEC_CONFIG } from "./helpers.js";

describe("the .docx of meeting 77", async () => {
  const doc = example("sec-panel-77.minutes");
  const result = await exportDocument(doc, { format: "docx", config: SEC_CONFIG, draft: true });
  const parts = await unzipDocx(result.bytes);
  const xml = parts.get("word/document.xml") ?? "";
  const text = decodeXml(xml);

  test("is a Word package", () => {
    expect(result.mediaType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(result.extension).toBe("docx");
    expect([...result.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // PK: a zip
    expect(parts.get("[Content_Types].xml")).toContain("wordprocessingml.document.main+xml");
    expect(xml).toContain("<w:document");
  });

  test("has real headings, tables and bullet lists", () => {
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
    // Attendees, 23 items, the action summary.
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(25);
    expect(xml.match(/<w:pStyle w:val="Heading3"\/>/g)).toHaveLength(5);
    // Attendees, the action updates of item 1, the action summary.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml.match(/<w:numPr>/g)!.length).toBeGreaterThan(40);
  });

  test("holds the minutes' text", () => {
    for (const expected of ["SEC Panel Meeting 77", "Peter Davies (PD)", "SECP77/01", "SECP70/03", "Minutes and Actions Outstanding", "AGREED", "Next Meeting: 13 March 2020", "The Agenda Item was classified as RED and therefore recorded in the Confidential Minutes."]) {
      expect(text).toContain(expected);
    }
  });

  test("is A4 and marks every page DRAFT in its header", () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:headerReference w:type="default"/);
    const header = [...parts.entries()].find(([path]) => /^word\/header\d+\.xml$/.test(path))?.[1] ?? "";
    expect(decodeXml(header)).toContain(">DRAFT<");
    expect(decodeXml(header)).toContain("SECP_77_1402 – Final Minutes");
  });

  test("marks a confidential version CONFIDENTIAL in the page header, and a public one not at all", async () => {
    for (const confidential of [true, false]) {
      const bytes = await renderDocx(visibleContent(doc, { confidential, config: SEC_CONFIG }), { confidential });
      const header = [...(await unzipDocx(bytes)).entries()].find(([path]) => /^word\/header\d+\.xml$/.test(path))?.[1] ?? "";
      expect(header.includes(">CONFIDENTIAL<")).toBe(confidential);
      expect(header.includes("DRAFT")).toBe(false);
    }
  });
});

describe("characters a Word document cannot hold", () => {
  // Found by fuzzing: U+FFFE in a summary made a document Word refuses to open.
  test("U+FFFE and U+FFFF become U+FFFD; emoji, accents and a lone surrogate (written as U+FFFD) leave every part well formed", async () => {
    const source = readFileSync(join(ROOT, "examples", "sec-panel-77.minutes"), "utf8").replace("item 1: Minutes and Actions Outstanding", "item 1: Minutes \uFFFE and \uFFFF Actions 😀 Outstanding é \uD800 x");
    const parts = await unzipDocx((await exportDocument(parse(source, { config: SEC_CONFIG }), { format: "docx", config: SEC_CONFIG, draft: true })).bytes);
    const xml = parts.get("word/document.xml") ?? "";
    expect(decodeXml(xml)).toContain("Minutes \uFFFD and \uFFFD Actions 😀 Outstanding é \uFFFD x");
    for (const [path, part] of parts) if (path.endsWith(".xml")) expect(xmlProblem(part), path).toBeUndefined();
  });
});
