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
    const added = await print("Superseded by SECP78/01. Status: Closed.");
    expect(added).toMatch(/[Ss]uperseded by SECP78\/01/);
  });
});
