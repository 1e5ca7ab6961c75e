import { describe, expect, it } from "vitest";
import { applyEdits, formatDocument, parse } from "../../../packages/core/src/index.js";
import { meeting, SEC_CONFIG } from "../../helpers/minutes.js";

/** The items of the formatted meeting (the formatter also aligns the attendees of the header). */
const format = (text: string) => {
  const out = applyEdits(text, formatDocument(parse(text, { config: SEC_CONFIG }))).text;
  return out.slice(out.indexOf("item 1:"));
};

describe("formatting bullets", () => {
  it("keeps each bullet's own marker, at the line's start with one space after it", () => {
    const text = meeting("item 1: Budget\n\nThe SEC Panel:\n  –   AGREED the budget; and\n\t•\tNOTED the forecast;\n  ◦  NOTED the plan.\n");
    expect(format(text)).toBe("item 1: Budget\n\nThe SEC Panel:\n– AGREED the budget; and\n• NOTED the forecast;\n◦ NOTED the plan.\n");
  });

  it("keeps a numbered item's own number, with one space after it", () => {
    const text = meeting("item 1: Budget\n\nThe SEC Panel:\n  (a)   AGREED the budget; and\n\tiv)\tNOTED the forecast;\n 2.  NOTED the plan.\n");
    expect(format(text)).toBe("item 1: Budget\n\nThe SEC Panel:\n(a) AGREED the budget; and\niv) NOTED the forecast;\n2. NOTED the plan.\n");
  });

  it("leaves a dash inside a line alone", () => {
    const items = "item 1: Budget\n\nThe budget –   as amended – was NOTED.\n";
    expect(format(meeting(items))).toBe(items);
  });
});

describe("formatting keyword lines", () => {
  it("takes a keyword line's indentation away and leaves one space after its colon", () => {
    const text = meeting("item 1:   Budget\n\n  action   SECP77/01 :   SECAS to publish the budget.\n\n\tupdate SECP76/01:\tDone.\nStatus: Closed.\n\n  heading:    Other\n");
    expect(format(text)).toBe("item 1: Budget\n\naction SECP77/01: SECAS to publish the budget.\n\nupdate SECP76/01: Done.\nStatus: Closed.\n\nheading: Other\n");
  });

  // Found by fuzzing: the formatter took these for keyword lines, which the parser does not, and
  // closed up a secretary's own spacing (in an attendee list, it changed whom the line names).
  it("leaves lines alone that only look like keyword lines: the parser reads them as prose", () => {
    const items = "item 1: Budget\n\nupdate the : budget was NOTED.\n  action taken : none.\n  end of the meeting.\n";
    expect(format(meeting(items))).toBe(items);
  });

  // Found by a review: `status` had gone from the header fields the formatter spaces.
  it("leaves one space after the colon of every header field, and takes their indentation away", () => {
    const header = "meeting:   SEC Panel Meeting 77\n  number:\t77\nstatus:    draft\ndate:  2020-02-14\ntime:   10:00\nvenue:  Online\nclassification:   WHITE\nnext meeting:  2020-03-13\nreference:  SECP77\n";
    const formatted = applyEdits(header, formatDocument(parse(header, { config: SEC_CONFIG }))).text;
    expect(formatted).toBe("meeting: SEC Panel Meeting 77\nnumber: 77\nstatus: draft\ndate: 2020-02-14\ntime: 10:00\nvenue: Online\nclassification: WHITE\nnext meeting: 2020-03-13\nreference: SECP77\n");
  });

  it("leaves an attendee line alone that starts with a keyword's word", () => {
    const text = "\nattendees:\nupdate the : (PD) [Post-meeting note:\n";
    expect(formatDocument(parse(text, { config: SEC_CONFIG })).filter((e) => text.slice(e.range.start, e.range.end).includes("update"))).toEqual([]);
  });
});

// Found by a fuzz campaign: a last line of a word processor's line break was blanked, and the
// blank lines it left at the end were taken away only by a second run.
describe("formatting the end of the file", () => {
  it("takes a last line of white space of any kind into the blank tail, and formatting twice changes nothing", () => {
    const text = "\nitem 1: Budget [RED]\n\n\u000b\n";
    const whole = (t: string) => applyEdits(t, formatDocument(parse(t, { config: SEC_CONFIG }))).text;
    const once = whole(text);
    expect(once).toBe("\nitem 1: Budget [RED]\n");
    expect(whole(once)).toBe(once);
  });
});
