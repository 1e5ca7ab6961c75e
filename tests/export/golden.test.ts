import { describe, expect, test } from "vitest";
import { renderDocx, renderHtml, renderJson, renderMarkdown, visibleContent } from "../../packages/core/src/export/index.js";
import { outline, unzipDocx } from "./docx-reader.js";
import { example, expectGolden, SEC_CONFIG } from "./helpers.js";

/*
 * Golden files for every format, public and confidential, of the two example meetings.
 * The confidential goldens are also drafts, so the marks are covered. After a deliberate
 * change, rewrite with `UPDATE_GOLDEN=1 npx vitest run tests/export` and review the diff.
 * The .docx golden is an outline of word/document.xml (styles, text, table rows).
 */

const MEETINGS = ["sec-panel-77", "sec-panel-78"] as const;
const VERSIONS = [
  { name: "public", confidential: false, draft: false },
  { name: "confidential", confidential: true, draft: true },
] as const;

describe.each(MEETINGS)("%s", (meeting) => {
  const doc = example(`${meeting}.minutes`);

  describe.each(VERSIONS)("$name", ({ name, confidential, draft }) => {
    const view = visibleContent(doc, { confidential, config: SEC_CONFIG });
    const options = { confidential, draft };

    test("html", () => expectGolden(`${meeting}.${name}.html`, renderHtml(view, options)));
    test("markdown", () => expectGolden(`${meeting}.${name}.md`, renderMarkdown(view, options)));
    test("json", () => expectGolden(`${meeting}.${name}.json`, renderJson(view, options)));
    test("docx", async () => {
      const parts = await unzipDocx(await renderDocx(view, options));
      const xml = parts.get("word/document.xml");
      expect(xml).toBeDefined();
      expectGolden(`${meeting}.${name}.docx.txt`, outline(xml!));
    });
  });
});
