import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, formatDocument, parse, validate, type Block, type Document } from "../../packages/core/src/index.js";
import { example, SEC_CONFIG } from "../helpers/minutes.js";
import { brief, plausibleOrEdited, SEEDS } from "./support.js";

/*
 * Formatting changes only the spacing the language leaves free: never a word, never a line
 * break into or out of a line of text, and a second run changes nothing.
 */

const format = (text: string) => applyEdits(text, formatDocument(parse(text, { config: SEC_CONFIG }))).text;
/** The text with all white space taken out: what formatting may not change. */
const words = (text: string) => text.replace(/\s+/g, "");

/**
 * How the minutes read, white space aside: the attendees, the items, every block with what the
 * checks rely on (IDs, owners, statuses, resolutions), and the findings. Formatting may not
 * change any of it.
 */
function reading(text: string): string[] {
  const doc = parse(text, { config: SEC_CONFIG });
  const squeeze = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
  const blocks = (bs: readonly Block[]): string[] =>
    bs.flatMap((b): string[] => {
      switch (b.kind) {
        case "action":
          return [`action ${b.id.text} owner ${squeeze(b.owner?.text)} due ${squeeze(b.due?.text)}`];
        case "update":
          return [`update ${b.id.text} status ${squeeze(b.status?.text)}`, ...blocks(b.paragraphs)];
        case "list":
          return [`list of ${b.items.length}, resolutions ${b.items.map((i) => i.resolution?.verbs.map((v) => v.text).join(",") ?? "").join("|")}`];
        case "paragraph":
          return [`paragraph ${b.resolution?.verbs.map((v) => v.text).join(",") ?? ""}`];
        case "heading":
          return [`heading ${squeeze(b.text.text)}`];
        case "summary":
        case "confidential":
          return [`${b.kind} (`, ...blocks(b.blocks), `) ${b.closed ? "closed" : "open"}`];
      }
    });
  const attendees = (d: Document) => (d.attendees?.attendees ?? []).map((a) => `${a.attendance} ${a.initials.text} ${squeeze(a.name.text)} ${a.notes.map((n) => squeeze(n.text)).join("; ")}`);
  return [
    ...attendees(doc),
    ...doc.items.flatMap((i) => [`item ${i.number.text} ${squeeze(i.title.text)} [${i.classification?.text ?? ""}]`, ...blocks(i.blocks)]),
    ...validate(doc, { config: SEC_CONFIG }).map((d) => d.code).sort(),
  ];
}

describe("formatting", () => {
  it("changes no word and is idempotent, on plausible minutes and on random edits of the examples", () => {
    const reference = example("sec-panel-77.minutes");
    fc.assert(
      fc.property(plausibleOrEdited(reference), (text) => {
        const once = format(text);
        expect(words(once), brief(text)).toBe(words(text));
        expect(format(once), brief(text)).toBe(once);
      }),
      { seed: SEEDS.formatting, numRuns: 300 },
    );
  });

  it("keeps how the minutes read: the same attendees, items, blocks and findings, on plausible minutes and on random edits of the examples", () => {
    const reference = example("sec-panel-77.minutes");
    fc.assert(
      fc.property(plausibleOrEdited(reference), (text) => {
        expect(reading(format(text)), brief(text)).toEqual(reading(text));
      }),
      { seed: SEEDS.formattingReading, numRuns: 300 },
    );
  });

  // Found by the property above: `- ` alone on a line is an empty list item, and without its space
  // the line was prose, which joined the next line to the item above.
  it("keeps the space after a list item's mark that stands alone on its line", () => {
    const text = "meeting: M\nnumber: 1\n\nitem 1: A\n\nThe Panel:\n- AGREED a response;\n  -  \nAGREED the budget; and\n- NOTED the plan.\n";
    const once = format(text);
    expect(once).toContain("\n- \nAGREED the budget");
    expect(reading(once)).toEqual(reading(text));
    expect(format(once)).toBe(once);
  });

  // Found by a review: on the last line the mark lost its space to the file's end, and an
  // invisible character before the mark or after its space was taken out with the spaces.
  it("keeps an empty list item on the last line, and the invisible characters around a mark alone", () => {
    const list = "meeting: M\nnumber: 1\n\nitem 1: A\n\nThe Panel:\n- AGREED a;\n- NOTED b.\n";
    for (const text of [`${list}- \n`, `${list}- `, `${list}\u200b- \nx\n`, `${list}\u00ad-  \u200b\nx\n`]) {
      const once = format(text);
      expect(reading(once), JSON.stringify(text.slice(-12))).toEqual(reading(text));
      expect(words(once), JSON.stringify(text.slice(-12))).toBe(words(text));
      expect(format(once), JSON.stringify(text.slice(-12))).toBe(once);
    }
  });

  // Found by a review: taking out a third blank line took the lone CR before a kept line of
  // spaces, which the next run then blanked.
  it("is idempotent where blank lines before a lone CR and a line of spaces are taken out", () => {
    const text = "meeting: M\nnumber: 1\n\nitem 1: A\n\nThe Panel met.\n\n\n\r  \nThe Panel NOTED it.\n";
    const once = format(text);
    expect(reading(once)).toEqual(reading(text));
    expect(format(once)).toBe(once);
  });

  // Found by the property above: blanking a line of spaces between a lone CR and a LF made one
  // CRLF of the two line breaks, and the blank line between two paragraphs was gone.
  it("keeps a blank line of spaces that stands between a lone CR and a LF", () => {
    const text = "meeting: M\nnumber: 1\n\nitem 1: A\n\nThe Panel met.\r  \nThe Panel NOTED it.\n";
    const once = format(text);
    expect(reading(once)).toEqual(reading(text));
    expect(parse(once, { config: SEC_CONFIG }).items[0]!.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
    expect(format(once)).toBe(once);
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
