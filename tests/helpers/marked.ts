/*
 * Fixtures mark places in minutes text instead of counting positions by hand:
 * `«DKi»` marks an expected range, `$0` marks the cursor. The markers are removed from the
 * text the test runs on.
 */
export interface Marked {
  readonly text: string;
  readonly ranges: { start: number; end: number; text: string }[];
  readonly cursor: number | undefined;
}

export function marked(source: string): Marked {
  let text = "";
  const ranges: Marked["ranges"] = [];
  const open: number[] = [];
  let cursor: number | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "«") open.push(text.length);
    else if (c === "»") {
      const start = open.pop();
      if (start === undefined) throw new Error("unbalanced » in fixture");
      ranges.push({ start, end: text.length, text: text.slice(start) });
    } else if (source.startsWith("$0", i)) {
      cursor = text.length;
      i++;
    } else text += c;
  }
  if (open.length > 0) throw new Error("unbalanced « in fixture");
  return { text, ranges: ranges.sort((a, b) => a.start - b.start), cursor };
}
