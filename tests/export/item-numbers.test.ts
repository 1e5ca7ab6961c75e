import { describe, expect, test } from "vitest";
import { exportDocument, parse } from "../../packages/core/src/index.js";
import { allText, unzipDocx } from "./docx-reader.js";
import { SEC_CONFIG } from "./helpers.js";

const TEXT = "meeting: SEC Panel Meeting 77\nnumber: 77\ndate: 2020-02-14\n\nitem 7: Claims\n\nThe Panel NOTED it.\n\nitem 7.1: Employment claim\n\nThe Panel NOTED it.\n\nitem 7a: Other claim\n\nThe Panel NOTED it.\n";

// Found by a secretary's test: a part numbered with a point printed `7.1.`.
describe("an item's number in the headings of every format", () => {
  test("takes a point after a whole number or a letter, and none after a part numbered with a point", async () => {
    const doc = parse(TEXT, { config: SEC_CONFIG });
    const text = async (format: "md" | "html" | "docx") => {
      const bytes = (await exportDocument(doc, { format, config: SEC_CONFIG, draft: true })).bytes;
      return format === "docx" ? allText(await unzipDocx(bytes)) : new TextDecoder().decode(bytes);
    };
    const md = await text("md");
    expect(md).toContain("## 7. Claims");
    expect(md).toContain("## 7.1 Employment claim");
    expect(md).toContain("## 7a. Other claim");
    const html = await text("html");
    expect(html).toContain('<span class="item-number">7.1</span> Employment claim');
    expect(html).toContain('<span class="item-number">7.</span> Claims');
    expect(await text("docx")).toContain("7.1\tEmployment claim");
  });
});

// Found by a secretary's test: a committee's own level `CONFIDENTIAL` was printed `(Confidential)` in the heading.
describe("an item's classification in its heading", () => {
  test("is printed as written, a committee's own `CONFIDENTIAL` too; the keyword `[confidential]` as a word", async () => {
    const config = { ...SEC_CONFIG, classification: { levels: ["OPEN", "CONFIDENTIAL"], confidential: ["CONFIDENTIAL"] } };
    const text = "meeting: Senate 12\nnumber: 12\ndate: 2020-02-14\n\nitem 1: Honorary degrees [CONFIDENTIAL]\n\nSenate NOTED it.\n\nitem 2: Other [confidential]\n\nSenate NOTED it.\n";
    const md = new TextDecoder().decode((await exportDocument(parse(text, { config }), { format: "md", config, draft: true, confidential: true })).bytes);
    expect(md).toContain("## 1. Honorary degrees (CONFIDENTIAL)");
    expect(md).toContain("## 2. Other (Confidential)");
  });
});
