import { marked } from "marked";
import { describe, expect, test } from "vitest";
import { renderDocx, renderHtml, renderJson, renderMarkdown, visibleContent } from "../../packages/core/src/export/index.js";
import { escapeMarkdown } from "../../packages/core/src/export/escape.js";
import { allText, unzipDocx } from "./docx-reader.js";
import { minutes, SEC_CONFIG } from "./helpers.js";

/*
 * User text is text: in HTML it is escaped (no markup of the secretary's reaches the page), in
 * Markdown it is escaped only where Markdown would read it, and in JSON and Word it is intact.
 */

const SCRIPT = "<script>alert(1)</script>";
const SPECIALS = `& < > " '`;

const TEXT = `meeting: ${SCRIPT} ${SPECIALS}
number: 91
reference: REF<b>&amp;
date: 2020-05-01
venue: Room "A" & <i>B</i>
classification: WHITE

attendees:
category: Members & <u>Guests</u>
group: <em>Group</em> "one"
  AB   Anne "Nan" O'Brien & <b>Co</b>   (alternate for <i>Zed</i> & "Y")

item 1: ${SCRIPT} ${SPECIALS}

Prose ${SCRIPT} ${SPECIALS} [Post-meeting note: ${SCRIPT} ${SPECIALS}]

heading: ${SCRIPT} ${SPECIALS}

# not a heading ${SPECIALS}

- not a nested list | with a pipe
- *stars* and _underscores_ and [a link](javascript:alert(1)) and \`code\` and &amp; and ~~strike~~

The Panel NOTED ${SCRIPT} ${SPECIALS}.

action SECP91/01: SECAS to ${SCRIPT} ${SPECIALS} | a | pipe.

update SECP90/01: Old ${SCRIPT} ${SPECIALS} | pipe.

New ${SCRIPT} ${SPECIALS}. Status: Open.
`;

const view = visibleContent(minutes(TEXT), { confidential: false, config: SEC_CONFIG });

describe("HTML", () => {
  const html = renderHtml(view, { draft: true, confidential: true });

  test("has no element or script of the user's", () => {
    expect(html).not.toMatch(/<script/i);
    for (const tag of ["<b>", "<i>", "<u>", "<em>"]) expect(html).not.toContain(tag);
  });

  test("escapes & < > \" ' in every place", () => {
    const escaped = "&amp; &lt; &gt; &quot; &#39;";
    const script = "&lt;script&gt;alert(1)&lt;/script&gt;";
    expect(html).toContain(`<title>${script} ${escaped} – Minutes</title>`);
    expect(html).toContain(`<h1>${script} ${escaped}</h1>`);
    expect(html).toContain("Anne &quot;Nan&quot; O&#39;Brien &amp; &lt;b&gt;Co&lt;/b&gt; (AB)");
    expect(html).toContain("(Alternate for &lt;i&gt;Zed&lt;/i&gt; &amp; &quot;Y&quot;)");
    expect(html).toContain(`Prose ${script} ${escaped} <span class="note">[Post-meeting note: ${script} ${escaped}]</span>`);
    expect(html).toContain(`<h3>${script} ${escaped}</h3>`);
    expect(html).toContain(`SECAS to ${script} ${escaped} | a | pipe.`);
    expect(html).toContain("REF&lt;b&gt;&amp;amp;");
    // The title, h1, item heading, prose, note, sub-heading, resolution, action and its summary row, update (twice).
    expect(html.split(script).length - 1).toBeGreaterThanOrEqual(10);
  });

  test("allows nothing external and runs nothing", () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/\son[a-z]+=|\s(href|src)=|<link|<img|<iframe|<object|@import|url\(/i);
  });
});

describe("Markdown", () => {
  const md = renderMarkdown(view, { draft: true });
  const rendered = marked.parse(md, { async: false, gfm: true });

  test("renders the user's text as text, never as HTML", () => {
    expect(rendered).not.toMatch(/<script/i);
    expect(rendered).not.toMatch(/<(b|i|u)>|<em>Group/);
    expect(rendered).not.toContain('href="javascript:');
    expect(rendered).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test("keeps & \" ' as typed, and escapes only what Markdown would read", () => {
    expect(md).toContain(`\\<script>alert(1)\\</script> & \\< > " '`);
    expect(md).toContain(`Anne "Nan" O'Brien`);
    expect(rendered).not.toContain("<h1>not a heading");
    expect(rendered).toContain("# not a heading");
    expect(rendered).not.toContain("<strong>stars");
    expect(rendered).not.toContain("<code>");
    expect(rendered).not.toContain("<del>");
  });

  test("keeps table rows whole when a cell holds a pipe", () => {
    for (const table of rendered.split("<table>").slice(1)) {
      const [head, ...rows] = table.split("</table>")[0]!.split("<tr>").slice(1);
      const columns = head!.split(/<th[ >]/).length - 1;
      for (const row of rows) expect(row.split(/<td[ >]/).length - 1, row).toBe(columns);
    }
    expect(rendered).toContain("| a | pipe.");
  });
});

describe("JSON and Word keep the text intact", () => {
  test("JSON", () => {
    const json = JSON.parse(renderJson(view)) as { meeting: { title: string }; attendees: { name: string }[]; actions: { text: string }[] };
    expect(json.meeting.title).toBe(`${SCRIPT} ${SPECIALS}`);
    expect(json.attendees[0]!.name).toBe(`Anne "Nan" O'Brien & <b>Co</b>`);
    expect(json.actions[0]!.text).toBe(`SECAS to ${SCRIPT} ${SPECIALS} | a | pipe.`);
  });

  test("docx", async () => {
    const text = allText(await unzipDocx(await renderDocx(view, { draft: true })));
    for (const expected of [`${SCRIPT} ${SPECIALS}`, `Anne "Nan" O'Brien & <b>Co</b>`, `[Post-meeting note: ${SCRIPT} ${SPECIALS}]`]) {
      expect(text).toContain(expected);
    }
  });
});

describe("escapeMarkdown", () => {
  test.each([
    ["# heading", "\\# heading"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["> quote", "\\> quote"],
    ["1. first", "1\\. first"],
    ["2020) year", "2020\\) year"],
    ["a | b", "a \\| b"],
    ["SECP_77_1402", "SECP_77_1402"],
    ["_emphasis_", "\\_emphasis\\_"],
    ["&amp; &#39; & done", "\\&amp; \\&#39; & done"],
    ["<b>", "\\<b>"],
    ["Signed: ____ Date: __", "Signed: \\_\\_\\_\\_ Date: \\_\\_"],
  ])("%s", (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

  test.each(["Signed: ________ Date: ______ by the Chair.", "Ref __A__ and __B__ noted.", "a _b_ c __d__ e ___f___"])(
    "renders %j as the text it is, never as emphasis",
    (input) => {
      const html = marked.parse(escapeMarkdown(input), { async: false, gfm: true }) as string;
      expect(html).not.toMatch(/<(em|strong)>/);
      expect(html.replace(/<\/?p>|\n/g, "")).toBe(input);
    },
  );
});

describe("the Markdown attendee table", () => {
  test("leaves the first cell empty for attendees listed under no category, never `****`", () => {
    const doc = minutes("meeting: Panel Meeting 1\nnumber: 1\ndate: 2020-01-01\n\nattendees:\n  PD   Peter Davies\n  KL   Karen Lee\n\nitem 1: Budget\n\nThe Panel NOTED it.\n");
    const md = renderMarkdown(visibleContent(doc, { confidential: false, config: SEC_CONFIG }), { draft: false });
    expect(md).toContain("|   |   | Peter Davies (PD) |");
    expect(md).not.toContain("****");
  });
});
