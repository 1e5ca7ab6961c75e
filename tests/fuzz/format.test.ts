import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, formatDocument, parse } from "../../packages/core/src/index.js";
import { example, SEC_CONFIG } from "../helpers/minutes.js";
import { applyEdit, brief, edit, plausibleDocument, SEEDS } from "./support.js";

/*
 * Formatting changes only the spacing the language leaves free: never a word, never a line
 * break into or out of a line of text, and a second run changes nothing.
 */

const format = (text: string) => applyEdits(text, formatDocument(parse(text, { config: SEC_CONFIG }))).text;
/** The text with all white space taken out: what formatting may not change. */
const words = (text: string) => text.replace(/\s+/g, "");

describe("formatting", () => {
  it("changes no word and is idempotent, on plausible minutes and on random edits of the examples", () => {
    const reference = example("sec-panel-77.minutes");
    fc.assert(
      fc.property(fc.oneof(plausibleDocument, fc.array(edit, { maxLength: 8 }).map((edits) => edits.reduce(applyEdit, reference))), (text) => {
        const once = format(text);
        expect(words(once), brief(text)).toBe(words(text));
        expect(format(once), brief(text)).toBe(once);
      }),
      { seed: SEEDS.formatting, numRuns: 300 },
    );
  });

  // Found by fuzzing: the line of spaces between a lone CR and a LF is blanked, which makes a
  // CRLF of them, and the file's line end, taken from the first CRLF found, changed at the
  // second formatting.
  it("is idempotent on a file of mixed line ends, where blanking a line joins a lone CR to a LF", () => {
    const text = "meeting: M\nnumber: 1\n\r    \ndate: 2020-01-01\n\nitem 1: A\n\nThe Panel NOTED it.\n";
    const once = format(text);
    expect(once.endsWith("it.\n")).toBe(true);
    expect(format(once)).toBe(once);
  });

  // Found by fuzzing: taking out a blank line left as many CRLFs as LFs, the most common line end
  // changed from CRLF to LF, and the second run rewrote the file's last line end.
  it("is idempotent when the blank lines it takes out change which line end the file has most of", () => {
    // Six CRLFs and five LFs; the third blank line after the item goes, and they are five each.
    const text = "meeting: M\r\nnumber: 1\n\nitem 1: A\r\n\r\n\r\n\r\nThe Panel NOTED it.\nA.\nB.\nIt was so.\r\n";
    const once = format(text);
    expect(once).toBe("meeting: M\r\nnumber: 1\n\nitem 1: A\r\n\r\n\r\nThe Panel NOTED it.\nA.\nB.\nIt was so.\r\n");
    expect(format(once)).toBe(once);
  });

  // Found by fuzzing: `van Dijk(VD)` read as the attendee `van`, and once formatted, with a space
  // before the parenthesis, as `VD`. The name first is read with or without the space now.
  it("keeps who an attendee is when the initials follow the name without a space", () => {
    const text = "meeting: M\nnumber: 1\n\nattendees:\n  RH   Robin Healey\n  van Dijk(VD)  (part)\n\nitem 1: A\n\nThe Panel NOTED it.\n";
    const who = (t: string) => parse(t, { config: SEC_CONFIG }).attendees?.attendees.map((a) => `${a.initials.text} ${a.name.text}`);
    const once = format(text);
    expect(who(text)).toEqual(["RH Robin Healey", "VD van Dijk"]);
    expect(who(once)).toEqual(who(text));
    expect(format(once)).toBe(once);
  });

  it.each([
    ["\n", "LF"],
    ["\r\n", "CRLF"],
    ["\r", "a lone CR"],
  ])("keeps the file's own line ends (%j, %s), to the last one", (eol) => {
    const text = example("sec-panel-77.minutes").replace(/\r?\n/g, eol).replace(new RegExp(`(${eol === "\r" ? "\\r" : eol === "\n" ? "\\n" : "\\r\\n"})+$`), "") + `${eol}${eol}${eol}`;
    const formatted = format(text);
    expect(formatted.endsWith(eol) && !formatted.endsWith(eol + eol)).toBe(true);
    const others = ["\r\n", "\r", "\n"].filter((e) => e !== eol && !eol.includes(e));
    for (const other of others) expect(formatted.replace(new RegExp(eol === "\r\n" ? "\\r\\n" : eol === "\r" ? "\\r" : "\\n", "g"), "")).not.toContain(other);
  });
});
