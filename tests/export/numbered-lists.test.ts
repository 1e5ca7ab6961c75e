import { describe, expect, it } from "vitest";
import { exportDocument, type ExportFormat } from "../../packages/core/src/export/index.js";
import { allText, unzipDocx } from "./docx-reader.js";
import { minutes, SEC_CONFIG } from "./helpers.js";

/*
 * A numbered list keeps the secretary's own numbers in every format: `(a)` and `iv)` may be
 * cited later ("resolution (b)"), so a renderer that renumbered them, or printed bullets in their
 * place, would change the minutes.
 */

const TEXT = `meeting: Numbers
number: 90
date: 2020-05-01

attendees:
  PD   Peter Davies

item 1: Budget

The Panel AGREED:
(a) to approve the budget;
(b) to note the forecast; and
(iv) to review it in May.

The points raised were:
1. the timetable;
2) the cost.
- a bullet among them.
`;

async function exported(format: ExportFormat): Promise<string> {
  const result = await exportDocument(minutes(TEXT), { format, confidential: false, draft: false, config: SEC_CONFIG });
  return format === "docx" ? allText(await unzipDocx(result.bytes)) : new TextDecoder().decode(result.bytes);
}

describe("a numbered list", () => {
  it("is printed with its own numbers in HTML, as an ordered list when every item is numbered", async () => {
    const html = await exported("html");
    expect(html).toContain(`<ol class="resolution-list numbered">\n<li><span class="marker">(a)</span> to approve the budget;</li>`);
    expect(html).toContain(`<li><span class="marker">(iv)</span> `);
    // A list with a bullet among its numbers stays a bulleted list; the numbers are still printed.
    expect(html).toContain(`<ul>\n<li><span class="marker">1.</span> the timetable;</li>\n<li><span class="marker">2)</span> the cost.</li>\n<li>a bullet among them.</li>\n</ul>`);
  });

  it("keeps its numbers in Markdown, escaped so that Markdown does not renumber them", async () => {
    const md = await exported("md");
    expect(md).toContain("The Panel **AGREED**:\n\n(a) to approve the budget;  \n(b) to note the forecast; and  \n(iv) to review it in May.");
    expect(md).toContain("- 1\\. the timetable;\n- 2\\) the cost.\n- a bullet among them.");
  });

  it("keeps its numbers in JSON and Word", async () => {
    const json = JSON.parse(await exported("json"));
    const lists = json.items[0].blocks.filter((b: { kind: string }) => b.kind === "list");
    expect(lists.map((l: { items: { marker: string | null }[] }) => l.items.map((i) => i.marker))).toEqual([["(a)", "(b)", "(iv)"], ["1.", "2)", null]]);
    const docx = await exported("docx");
    expect(docx).toContain("(a)");
    expect(docx).toContain("2)");
  });
});
