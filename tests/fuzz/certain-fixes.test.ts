import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, parse, validate } from "../../packages/core/src/index.js";
import { example, SEC_CONFIG } from "../helpers/minutes.js";
import { brief, plausibleOrEdited, SEEDS } from "./support.js";

/*
 * A certain fix is one `minutes check --fix` applies without asking: it must do what it says.
 * Applied alone, each takes its own finding away: one fewer of its code marking the same text.
 * Campaigns of this property (other seeds, ten times the runs) found `(Part)` read as initials,
 * a comment in the attendee list, a parenthesis taken for a name, keyword lines between two
 * attendee lists reported as prose, and rewrites of a name written first that were certain but
 * did not read; each has a test of its own beside its check.
 */

/** Each finding as its code and the text it marks: a fix may bring to light another of its code elsewhere. */
const check = (text: string) => validate(parse(text, { config: SEC_CONFIG }), { config: SEC_CONFIG }).map((d) => ({ ...d, key: `${d.code} ${text.slice(d.range.start, d.range.end)}` }));
const count = (findings: readonly { key: string }[], key: string) => findings.filter((d) => d.key === key).length;

describe("certain fixes", () => {
  it("each takes its own finding away, on plausible minutes and on random edits of the examples", () => {
    const reference = example("sec-panel-77.minutes");
    fc.assert(
      fc.property(plausibleOrEdited(reference), (text) => {
        const before = check(text);
        for (const finding of before) {
          for (const fix of finding.fixes ?? []) {
            if (!fix.certain) continue;
            const after = check(applyEdits(text, fix.edits).text);
            expect(count(after, finding.key), `${brief(text)}\n${finding.key}: ${fix.title}`).toBeLessThan(count(before, finding.key));
          }
        }
      }),
      { seed: SEEDS.certainFixes, numRuns: 150 },
    );
  });

  // An editor refuses a quick fix whose edits overlap or fall outside the document.
  it("every fix, certain or not, applies whole: its edits inside the text and apart", () => {
    const reference = example("sec-panel-77.minutes");
    fc.assert(
      fc.property(plausibleOrEdited(reference), (text) => {
        for (const finding of check(text)) {
          for (const fix of finding.fixes ?? []) {
            expect(applyEdits(text, fix.edits).skipped, `${brief(text)}\n${finding.key}: ${fix.title}`).toEqual([]);
          }
        }
      }),
      { seed: SEEDS.fixesApply, numRuns: 150 },
    );
  });
});
