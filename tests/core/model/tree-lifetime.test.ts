import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { exportDocument, FolderIndex, KeptSlot, keptOn, parse, semanticsOf, validate, type Document } from "../../../packages/core/src/index.js";
import { example, SEC_CONFIG } from "../../helpers/minutes.js";

/*
 * A tree is replaced at every keystroke, so what is derived from it must die with it. V8's young
 * collections keep alive every value of a WeakMap (and every function the hidden class of an
 * object refers to) until a full collection, whatever became of the key: the per-tree caches
 * once kept each checked tree alive, to be copied and promoted by every young collection. These
 * tests hold the tree to what is kept on it, measured in bytes and counts, never in time.
 */

v8.setFlagsFromString("--expose-gc");
// As the command line and the language server run (node-files/src/runtime.ts): without it, V8
// may decide, at random from run to run of the suite, to allocate a part of every tree in the old
// generation from birth (seen: 95 KB of each check, and 12 KB at another time), which says
// nothing of what the code keeps alive.
v8.setFlagsFromString("--no-allocation-site-pretenuring");
const gc = runInNewContext("gc") as (options?: { type: "minor" | "major" }) => void;

const TEXT = example("sec-panel-77.minutes");

function oldSpaceBytes(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === "old_space")!.space_used_size;
}

/** Parse, check and export one meeting, touching every per-tree cache, and drop the result. */
async function checkAndExport(): Promise<void> {
  const doc = parse(TEXT, { config: SEC_CONFIG });
  const index = new FolderIndex(SEC_CONFIG);
  index.set("file:///sec-panel-77.minutes", doc);
  validate(doc, { config: SEC_CONFIG, index, uri: "file:///sec-panel-77.minutes" });
  semanticsOf(doc, SEC_CONFIG).mentions;
  const exported = await exportDocument(doc, { format: "md", config: SEC_CONFIG });
  if (exported.bytes.length === 0) throw new Error("the export wrote nothing");
}

describe("what is derived from a tree", () => {
  it("is kept on the tree, out of its data: a checked tree equals a fresh one and has the same keys", async () => {
    const checked = parse(TEXT, { config: SEC_CONFIG });
    validate(checked, { config: SEC_CONFIG });
    await exportDocument(checked, { format: "html", config: SEC_CONFIG });
    const fresh = parse(TEXT, { config: SEC_CONFIG });
    // (Each finds its line starts on first use: both are asked, so that only the kept values differ.)
    expect(checked.lines.lineCount).toBe(fresh.lines.lineCount);
    expect(Object.keys(checked)).toEqual(Object.keys(fresh));
    expect(checked).toEqual(fresh);
    expect(JSON.stringify(checked.items)).toBe(JSON.stringify(fresh.items));
  });

  it("is kept for a tree that cannot take a property, and checking it does not throw", async () => {
    const frozen = Object.freeze(parse(TEXT, { config: SEC_CONFIG }));
    const diagnostics = validate(frozen, { config: SEC_CONFIG });
    expect(diagnostics).toEqual(validate(parse(TEXT, { config: SEC_CONFIG }), { config: SEC_CONFIG }));
    expect(semanticsOf(frozen, SEC_CONFIG)).toBe(semanticsOf(frozen, SEC_CONFIG));
    expect((await exportDocument(frozen, { format: "md", config: SEC_CONFIG })).bytes.length).toBeGreaterThan(0);
  });

  it("is made once, even when it is undefined", () => {
    const slot = new KeptSlot<string | undefined>("nothing");
    const doc = parse(TEXT, { config: SEC_CONFIG });
    let made = 0;
    const make = () => {
      made++;
      return undefined;
    };
    expect(keptOn(doc, slot, make)).toBeUndefined();
    expect(keptOn(doc, slot, make)).toBeUndefined();
    expect(made).toBe(1);
  });

  it("is made once per tree and settings", () => {
    const doc = parse(TEXT, { config: SEC_CONFIG });
    expect(semanticsOf(doc, SEC_CONFIG)).toBe(semanticsOf(doc, SEC_CONFIG));
    const other = { ...SEC_CONFIG };
    expect(semanticsOf(doc, other)).not.toBe(semanticsOf(doc, SEC_CONFIG));
  });

  it("dies with the tree in a young collection: checking a meeting promotes a small part of one tree to the old generation", async () => {
    // The size of one checked tree: twenty kept alive through a full collection.
    for (let i = 0; i < 5; i++) await checkAndExport();
    gc();
    const before = oldSpaceBytes();
    const kept: Document[] = [];
    for (let i = 0; i < 20; i++) {
      const doc = parse(TEXT, { config: SEC_CONFIG });
      validate(doc, { config: SEC_CONFIG });
      kept.push(doc);
    }
    gc();
    const treeBytes = (oldSpaceBytes() - before) / kept.length;
    kept.length = 0;
    expect(treeBytes).toBeGreaterThan(10_000);

    // Each meeting checked and dropped, then two young collections: what survives both is
    // promoted. Only what outlives a check by design (the parser's last input) may be. The median
    // of the runs: compiling the code now and then puts its own objects in the old generation.
    // (Warmed up long enough that the optimising compiler, slower on a busy machine, has done its
    // work before the runs are measured: its code lives in the old generation too.)
    for (let i = 0; i < 80; i++) await checkAndExport();
    const promoted: number[] = [];
    for (let i = 0; i < 41; i++) {
      gc({ type: "minor" });
      const start = oldSpaceBytes();
      await checkAndExport();
      gc({ type: "minor" });
      gc({ type: "minor" });
      promoted.push(oldSpaceBytes() - start);
    }
    promoted.sort((a, b) => a - b);
    expect(promoted[20]!).toBeLessThan(treeBytes / 3);
  });
});
