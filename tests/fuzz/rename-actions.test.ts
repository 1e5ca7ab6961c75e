import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionOccurrences, applyEdits, FolderIndex, locate, parse, renameProblem, semanticsOf, validate, type Document } from "../../packages/core/src/index.js";
import { formatActionId, parseActionId } from "../../packages/core/src/workspace/action-ids.js";
import { example, SEC_CONFIG } from "../helpers/minutes.js";
import { brief, plausibleOrEdited, SEEDS } from "./support.js";

/*
 * Renaming an action raised in one meeting, as the editor's rename does across the folder,
 * changes its ID and nothing else: its updates and mentions in every meeting follow it, and every
 * meeting's findings stay the same but for the numbering of the meeting that raised it.
 */

const URI77 = "file:///panel/sec-panel-77.minutes";
const URI78 = "file:///panel/sec-panel-78.minutes";

function indexOf(texts: Record<string, string>): FolderIndex {
  const index = new FolderIndex(SEC_CONFIG);
  for (const [uri, text] of Object.entries(texts)) index.set(uri, parse(text, { config: SEC_CONFIG }));
  return index;
}

/** Each meeting's finding codes, without the numbering of new actions, which a new number may change. */
function codes(index: FolderIndex, uri: string): string[] {
  const doc = index.get(uri)!.doc;
  return validate(doc, { config: SEC_CONFIG, uri, index }).map((d) => d.code).filter((code) => code !== "action-numbering").sort();
}

/** What the folder knows of an action: where it was raised, and how many updates and mentions it has. */
function recordOf(index: FolderIndex, id: string): string {
  const record = index.action(id);
  return record ? `raised in ${record.raised?.meeting.uri ?? "none"}, ${record.updates.length} updates, ${record.mentions.length} mentions` : "unknown";
}

const raisedIds = (doc: Document) => doc.items.flatMap((item) => item.blocks.flatMap((b) => (b.kind === "action" ? [b.id] : [])));

describe("renaming an action", () => {
  it("moves its updates and mentions across the folder and changes no other finding, on random edits of the examples", () => {
    const text78 = example("sec-panel-78.minutes");
    fc.assert(
      fc.property(plausibleOrEdited(example("sec-panel-77.minutes")), fc.nat(), (text77, pick) => {
        const texts = { [URI77]: text77, [URI78]: text78 };
        const index = indexOf(texts);
        const doc = index.get(URI77)!.doc;
        const ids = raisedIds(doc).filter((id) => parseActionId(id.text, SEC_CONFIG) && raisedIds(doc).filter((other) => other.text === id.text).length === 1);
        if (ids.length === 0) return;
        const id = ids[pick % ids.length]!;
        const parts = parseActionId(id.text, SEC_CONFIG)!;
        const renamed = formatActionId(parts.meeting, 90 + (pick % 9), SEC_CONFIG);
        const s = semanticsOf(doc, SEC_CONFIG);
        const target = locate(s, id.start);
        expect(target?.kind, brief(text77)).toBe("action");
        if (Object.values(texts).some((t) => t.includes(renamed)) || renameProblem(s, index, target!, renamed)) return;

        const occurrences = actionOccurrences(index, id.text);
        const why = `${brief(text77)}\n${id.text} -> ${renamed}`;
        const next: Record<string, string> = {};
        for (const [uri, text] of Object.entries(texts)) {
          const here = occurrences.filter((o) => o.uri === uri);
          expect(new Set(here.map((o) => o.range.start)).size, `${why}: a place edited twice`).toBe(here.length);
          expect(here.every((o) => text.slice(o.range.start, o.range.end) === id.text), why).toBe(true);
          const { text: after, skipped } = applyEdits(text, here.map((o) => ({ range: o.range, newText: renamed })));
          expect(skipped, why).toEqual([]);
          next[uri] = after;
        }
        const nextIndex = indexOf(next);
        expect(recordOf(nextIndex, renamed), why).toBe(recordOf(index, id.text));
        expect(recordOf(nextIndex, id.text), why).toBe("unknown");
        for (const uri of Object.keys(texts)) expect(codes(nextIndex, uri), `${why}\n${uri}`).toEqual(codes(index, uri));
      }),
      { seed: SEEDS.renamingActions, numRuns: 100 },
    );
  });
});
