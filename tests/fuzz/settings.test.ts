import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportDocument, parse, readConfig, validate } from "../../packages/core/src/index.js";
import { example } from "../helpers/minutes.js";
import { SEEDS } from "./support.js";

/*
 * A committee's settings file is written by hand. Whatever it holds (a number where a list
 * belongs, a list where a word does, a pattern that does not compile or matches nothing, a
 * level named twice), reading it never throws, every problem is said with its line, and the
 * meeting is still checked, with no check failing on it, and exported in every format.
 */

const REFERENCE = example("sec-panel-77.minutes");
const SETTINGS = JSON.parse(example("minutes.config.json")) as Record<string, unknown>;

/** Every place in the settings, as a path of keys and indexes. */
function placesIn(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => placesIn(v, [...path, i], out));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) placesIn(v, [...path, k], out);
  return out;
}

/** What a hand might put in any place: values of every kind, odd strings and patterns, odd entries. */
const misplaced = fc.constantFrom<unknown>(
  0, -1, 1.5, 1e9, 2 ** 31, 9, 99, true, null, {}, [], [""], ["", ""], ["RED", "RED"],
  "", " ", "(", "[", "\\", ".*", "(a+)+b", "(?<x>a)", "^", "$", "😀", "a".repeat(1000), "A B", "the panel", "\\d{99999}", "\\b",
  { name: "" }, { name: "X", pattern: "" }, { name: "X", pattern: "(" }, { name: "X", pattern: "x*" }, { name: "X", aliases: "X" }, { name: "X", description: [] },
);

/** The example's settings with one to three places changed. */
const settingsText = fc.array(fc.tuple(fc.constantFrom(...placesIn(SETTINGS)), misplaced), { minLength: 1, maxLength: 3 }).map((changes) => {
  const settings = structuredClone(SETTINGS);
  for (const [path, value] of changes) {
    let node = settings as Record<string | number, unknown>;
    // A change under a place an earlier change replaced is dropped: that place is no longer a container.
    for (const key of path.slice(0, -1)) node = (typeof node === "object" && node !== null ? node[key] : undefined) as Record<string | number, unknown>;
    if (typeof node === "object" && node !== null) node[path.at(-1)!] = value;
  }
  return JSON.stringify(settings, null, 2);
});

describe("the settings file", () => {
  it("whatever it holds: read without throwing, each problem with its line, and the meeting checked, with no check failing, and exported in every format (Word in one run of four)", async () => {
    await fc.assert(
      // Word in one run of four: packing a .docx is most of the time, and every renderer reads the same view.
      fc.asyncProperty(settingsText, fc.nat(3), async (text, quarter) => {
        const { config, problems } = readConfig(text);
        for (const problem of problems) expect(problem, text).toMatch(/\(line \d+, column \d+\)$|using the default settings$/);
        const doc = parse(REFERENCE, { config });
        const failed = validate(doc, { config }).filter((d) => d.code.startsWith("internal"));
        expect(failed.map((d) => d.message), text).toEqual([]);
        for (const format of quarter === 0 ? (["html", "md", "json", "docx"] as const) : (["html", "md", "json"] as const)) {
          expect((await exportDocument(doc, { format, config, draft: true, confidential: true })).bytes.length, `${format} of ${text}`).toBeGreaterThan(0);
        }
      }),
      { seed: SEEDS.settings, numRuns: 100 },
    );
  });
});
