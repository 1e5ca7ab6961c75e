import { describe, expect, test } from "vitest";
import { parse, validate } from "../../packages/core/src/index.js";
import { example, SEC_CONFIG } from "../helpers/minutes.js";
import { diagnosticProblems, rangeProblems } from "./support.js";

/*
 * Long runs of one character inside the lines of real minutes: what a stuck key, a pasted table or
 * a file that is not minutes gives. An expression that tries a run at every place it could start
 * takes time quadratic in the run: 20,000 spaces after `end summary` and before other text took
 * 2.5 s to check, so 200,000 would take about four minutes. Each case states its bound as a size,
 * and the suite's time limit per test is what fails when the checking stops being linear.
 */

const TEXT_77 = example("sec-panel-77.minutes");
const LINES = TEXT_77.split("\n");

/** The reference minutes with `line` (1-based) replaced. */
function withLine(line: number, text: string): string {
  return [...LINES.slice(0, line - 1), text, ...LINES.slice(line)].join("\n");
}

function lineNumberOf(start: string): number {
  const index = LINES.findIndex((line) => line.startsWith(start));
  expect(index, start).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** Parses and checks, and returns what is wrong with the tree's ranges and the findings (empty when all is well). */
function problemsOf(text: string): string[] {
  const doc = parse(text, { config: SEC_CONFIG });
  return [...rangeProblems(doc), ...diagnosticProblems(validate(doc, { config: SEC_CONFIG }), text)];
}

describe("a run of 200,000 characters in a line", () => {
  // Each was quadratic until it was found by a scan of every kind of line of the reference minutes.
  const RUN = 200_000;
  test.each([
    ["after `end summary`, before other text", "end summary", (line: string) => `${line}${" ".repeat(RUN)}x`],
    ["of tabs after `end summary`", "end summary", (line: string) => `${line}${"\t".repeat(RUN)}x`],
    ["of spaces in a heading", "heading:", (line: string) => `${line.slice(0, 12)}${" ".repeat(RUN)}${line.slice(12)}`],
    ["of opening brackets after a paragraph's line", "Amber.", (line: string) => `${line}${"[".repeat(RUN)}`],
    ["of round brackets after a paragraph's line", "Amber.", (line: string) => `${line}${"(".repeat(RUN)}`],
    ["of opening brackets in `summary:`", "summary:", (line: string) => `summ${"[".repeat(RUN)}ary:`],
    ["of spaces after an item's number", "item 1:", () => `item ${" ".repeat(RUN)}2${" ".repeat(RUN)}x`],
  ])("%s is checked, with every range inside the text", (_, start, change) => {
    const line = lineNumberOf(start);
    const text = withLine(line, change(LINES[line - 1]!));
    expect(text.length).toBeGreaterThan(RUN);
    expect(problemsOf(text)).toEqual([]);
  });

  test("of spaces after a heading's bracket, and of brackets before a full stop", () => {
    // (The first was a heading read for a level in brackets; the second a title read for one.)
    for (const line of [`heading: Foo [a${" ".repeat(RUN)}x`, `The rating remained ${"[".repeat(RUN)}RED].`]) {
      expect(problemsOf(withLine(lineNumberOf("heading:"), line))).toEqual([]);
    }
  });
});

describe("a run of 10,000 characters at the end of each kind of line", () => {
  test("of spaces, tabs, no-break spaces, brackets or capitals, then a letter, is checked with every range inside the text", () => {
    const kinds = new Map<string, number>();
    LINES.forEach((line, i) => {
      const kind = /^\s*([a-z ]+:|[A-Z]+|\S)/.exec(line)?.[1] ?? "blank";
      if (!kinds.has(kind)) kinds.set(kind, i + 1);
    });
    // (About forty kinds: the header's fields, the attendee list, items, paragraphs, lists, actions, updates, passages.)
    expect(kinds.size).toBeGreaterThan(30);
    for (const run of [" ", "\t", "\u00a0", "[", "(", "A"]) {
      for (const line of kinds.values()) {
        const text = withLine(line, `${LINES[line - 1]}${run.repeat(10_000)}x`);
        expect(problemsOf(text), `line ${line} with ${JSON.stringify(run)}`).toEqual([]);
      }
    }
  });
});
