import { describe, expect, it } from "vitest";
import { exportDocument } from "../../packages/core/src/export/index.js";
import { allText, unzipDocx } from "./docx-reader.js";
import { minutes, SEC_CONFIG } from "./helpers.js";

/* An update's status cell names each successor once, whether or not the status already names it. */

const text = (status: string) => `meeting: Successors
number: 78
date: 2020-03-13

attendees:
  PD   Peter Davies

item 1: Actions

update SECP77/01: SECAS to write to Parties.
${status}

action SECP78/01: SECAS to write to all Parties.

The Panel NOTED the updates.
`;

describe("the status cell of an update", () => {
  it.each(["html", "md", "docx"] as const)("does not repeat a successor the status names, and adds one it does not: %s", async (format) => {
    const print = async (status: string) => {
      const result = await exportDocument(minutes(text(status)), { format, confidential: false, draft: true, config: SEC_CONFIG });
      return format === "docx" ? allText(await unzipDocx(result.bytes)) : new TextDecoder().decode(result.bytes);
    };
    const named = await print("Status: Superseded by SECP78/01.");
    // (HTML's status cell also carries it as its tooltip, an attribute: not text on the page.)
    expect(named.replace(/ title="[^"]*"/g, "").match(/superseded by SECP78\/01/gi)).toHaveLength(1);
    // Written `replaced by`: only the status cell says `superseded by`.
    const added = await print("Replaced by SECP78/01. Status: Closed.");
    expect(added).toMatch(/[Ss]uperseded by SECP78\/01/);
    // Found by a secretary's test: `Status: Superseded.` printed `Superseded, superseded by ...`.
    const word = (await print("This action has been superseded by SECP78/01. Status: Superseded.")).replace(/ title="[^"]*"/g, "");
    expect(word).toMatch(/Superseded by SECP78\/01/);
    expect(word).not.toMatch(/Superseded,? *(<[^>]*>)*\s*[Ss]uperseded by/);
  });
});

describe("an update with a list among its paragraphs", () => {
  it.each(["html", "md", "docx", "json"] as const)("keeps its status, and prints the list in the update, each item after its mark: %s", async (format) => {
    const source = text("The policy creates two reserves:\n1. Bus shelter – £5,000;\n- Play equipment – £8,000.\n\nStatus: Closed.");
    const result = await exportDocument(minutes(source), { format, confidential: false, draft: true, config: SEC_CONFIG });
    const printed = format === "docx" ? allText(await unzipDocx(result.bytes)) : new TextDecoder().decode(result.bytes);
    expect(printed).toContain("Bus shelter – £5,000;");
    expect(printed).toContain("Play equipment – £8,000.");
    expect(printed).not.toContain("Status: Closed");
    if (format === "json") {
      expect(JSON.parse(printed).updates.map((u: { status: string; update: string[] }) => [u.status, u.update])).toEqual([
        ["Closed", ["1. Bus shelter – £5,000;", "• Play equipment – £8,000."]],
      ]);
    }
  });
});

describe("an update whose status ends its list's last item", () => {
  it.each(["md", "json"] as const)("keeps the status out of the item's text: %s", async (format) => {
    const source = text("\n1. Bus shelter;\n2. Play area. Status: Closed.");
    const printed = new TextDecoder().decode((await exportDocument(minutes(source), { format, confidential: false, draft: true, config: SEC_CONFIG })).bytes);
    expect(printed).toContain("2. Play area.");
    expect(printed).not.toContain("Status: Closed");
  });
});

describe("times as a parish clerk writes them", () => {
  it.each(["html", "md", "docx"] as const)("are printed as written: `7.30pm-9.05pm`, and a next meeting `at 7.30pm`: %s", async (format) => {
    const source = text("Status: Closed.")
      .replace("date: 2020-03-13", "date: 2020-03-13\ntime: 7.30pm-9.05pm\nnext meeting: Tuesday 9 April 2024 at 7.30pm");
    const result = await exportDocument(minutes(source), { format, confidential: false, draft: true, config: SEC_CONFIG });
    const written = format === "docx" ? allText(await unzipDocx(result.bytes)) : new TextDecoder().decode(result.bytes);
    // Markdown escapes a number and a full stop at a line's start (`7\.30pm`), which it shows as written.
    const printed = format === "md" ? written.replace(/\\(.)/g, "$1") : written;
    expect(printed).toContain("7.30pm-9.05pm");
    expect(printed).toContain("9 April 2024 at 7.30pm");
  });
});

describe("a date written with its day of the week", () => {
  it("keeps the day in the exports: `Tuesday 9 April 2024`", async () => {
    const source = text("Status: Closed.").replace("date: 2020-03-13", "date: Friday 13 March 2020");
    const html = new TextDecoder().decode((await exportDocument(minutes(source), { format: "html", confidential: false, draft: true, config: SEC_CONFIG })).bytes);
    expect(html).toContain("Friday 13 March 2020");
  });
});
