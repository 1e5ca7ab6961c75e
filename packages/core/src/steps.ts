/**
 * Work done in slices: a generator that pauses (`yield`) between parts, so a caller with other
 * work to do (the language server, answering a request) can interleave it, and can drop a
 * computation half-way when its input is no longer current. `runToEnd` does it all at once.
 */
/**
 * How many runs of prose a check reads between two pauses when it reads a large document in
 * slices. A check reads one in a microsecond or two, so a slice of 1 MB takes about a
 * millisecond, and a meeting of a few hundred paragraphs is read in one.
 */
export const PROSE_PER_SLICE = 512;

/**
 * Reads `[0, count)` in runs of `PROSE_PER_SLICE` (`read(from, to)`), pausing between runs. The
 * reading is a plain function, not the generator's own loop: V8 compiles a hot loop in a
 * generator less well, and a small meeting, read in one run, pays nothing for the slicing.
 */
export function* inSlices(count: number, read: (from: number, to: number) => void): Generator<void, void> {
  for (let from = 0; from < count; from += PROSE_PER_SLICE) {
    if (from > 0) yield;
    read(from, Math.min(count, from + PROSE_PER_SLICE));
  }
}

export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
