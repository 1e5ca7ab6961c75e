import { describe, expect, it } from "vitest";
import {
  actionOccurrences,
  foldingRanges,
  hover,
  initialsOccurrences,
  outline,
  semanticsOf,
  validate,
  type OutlineNode,
  type Range,
} from "../../../packages/core/src/index.js";
import { example, SEC_CONFIG } from "../../helpers/minutes.js";
import { folder } from "../validation/checks/spec.js";

/*
 * A model node is its own range (it has `start` and `end`), so any node can be passed where a
 * range is wanted. What the library hands out as a range must still be a plain `{ start, end }`:
 * a diagnostic, a fix, an outline node or an occurrence that held the node would carry the whole
 * subtree into JSON output and comparisons, and keep an old tree alive after the next parse.
 */

const uri77 = "/panel/sec-panel-77.minutes";
const uri78 = "/panel/sec-panel-78.minutes";
const index = folder({ [uri77]: example("sec-panel-77.minutes"), [uri78]: example("sec-panel-78.minutes") });

function expectPlain(ranges: Iterable<Range>, what: string): number {
  let n = 0;
  for (const range of ranges) {
    expect(Object.keys(range), what).toEqual(["start", "end"]);
    n++;
  }
  return n;
}

function outlineRanges(nodes: readonly OutlineNode[]): Range[] {
  return nodes.flatMap((n) => [n.range, n.selectionRange, ...outlineRanges(n.children)]);
}

describe("ranges handed out by the library are plain offsets, not model nodes", () => {
  for (const uri of [uri77, uri78]) {
    const doc = index.get(uri)!.doc;
    const name = uri.split("/").at(-1)!;

    it(`in the findings, their fixes and related places (${name})`, () => {
      const findings = validate(doc, { config: SEC_CONFIG, uri, index });
      expect(expectPlain(findings.map((d) => d.range), "diagnostic")).toBeGreaterThan(0);
      expectPlain(findings.flatMap((d) => d.fixes ?? []).flatMap((f) => f.edits.map((e) => e.range)), "fix edit");
      expectPlain(findings.flatMap((d) => d.related ?? []).map((r) => r.range), "related information");
    });

    it(`in the outline and the folding ranges (${name})`, () => {
      expect(expectPlain(outlineRanges(outline(doc)), "outline")).toBeGreaterThan(20);
      expect(expectPlain(foldingRanges(doc), "folding range")).toBeGreaterThan(10);
    });
  }

  it("in the occurrences of an action and of a person's initials", () => {
    const raised = index.action("SECP77/01");
    expect(raised?.raised).toBeDefined();
    const actions = actionOccurrences(index, "SECP77/01");
    expect(actions.length).toBeGreaterThan(1);
    expectPlain(actions.map((o) => o.range), "action occurrence");

    const s = semanticsOf(index.get(uri77)!.doc, SEC_CONFIG);
    const person = s.people.withInitials("SW")[0] ?? s.people.withInitials(s.people.initials()[0]!)[0]!;
    const people = initialsOccurrences(s, uri77, person);
    expect(people.length).toBeGreaterThan(1);
    expectPlain(people.map((o) => o.range), "initials occurrence");
  });

  it("in a hover", () => {
    const doc = index.get(uri77)!.doc;
    const s = semanticsOf(doc, SEC_CONFIG);
    const ranges = ["SECP77/01", "(PD)", "AGREED"].map((needle) => {
      const at = doc.text.indexOf(needle) + (needle.startsWith("(") ? 1 : 0);
      expect(at, needle).toBeGreaterThan(0);
      return hover(s, index, at)?.range;
    });
    expect(ranges.every((r) => r !== undefined)).toBe(true);
    expectPlain(ranges as Range[], "hover");
  });
});
