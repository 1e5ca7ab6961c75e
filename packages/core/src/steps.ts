/**
 * Work done in slices: a generator that pauses (`yield`) between parts, so a caller with other
 * work to do (the language server, answering a request) can interleave it, and can drop a
 * computation half-way when its input is no longer current. `runToEnd` does it all at once.
 */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
