import type { CstElement, CstNode, IToken } from "chevrotain";

/**
 * Children of a CST node in source order. Chevrotain groups them by name, each group in
 * source order, so the groups are merged (there are a handful) rather than sorted: sorting
 * copied every list and compared every pair through a callback.
 */
export function ordered(node: CstNode): readonly CstElement[] {
  const lists: CstElement[][] = [];
  let total = 0;
  for (const key in node.children) {
    const list = node.children[key]!;
    if (list.length === 0) continue;
    lists.push(list);
    total += list.length;
  }
  if (lists.length === 1) return lists[0]!;
  const out: CstElement[] = new Array(total);
  const heads: number[] = new Array(lists.length).fill(0);
  for (let n = 0; n < total; n++) {
    let best = -1;
    let bestStart = 0;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i]!;
      const head = heads[i]!;
      if (head < list.length) {
        // (A node recovery left empty has no offset: it goes last.)
        const start = startOf(list[head]!);
        const key = Number.isNaN(start) ? Number.POSITIVE_INFINITY : start;
        if (best < 0 || key < bestStart) {
          bestStart = key;
          best = i;
        }
      }
    }
    out[n] = lists[best]![heads[best]!++]!;
  }
  return out;
}

export function isToken(element: CstElement): element is IToken {
  return "image" in element;
}

export function startOf(element: CstElement): number {
  return isToken(element) ? element.startOffset : (element.location?.startOffset ?? 0);
}

/**
 * The offset just past an element. The lexer tracks start offsets only (it is measurably
 * faster), so a node's end is the end of its last token.
 */
export function endOf(element: CstElement): number {
  if (isToken(element)) {
    // Token images include their line break; a construct ends before it.
    const image = element.image;
    let end = image.length;
    while (end > 0 && (image.charCodeAt(end - 1) === 10 || image.charCodeAt(end - 1) === 13)) end--;
    return element.startOffset + end;
  }
  let last: CstElement | undefined;
  let lastStart = -1;
  const children = element.children;
  for (const key in children) {
    const list = children[key]!;
    const candidate = list[list.length - 1];
    if (candidate) {
      const start = startOf(candidate);
      if (start > lastStart) {
        last = candidate;
        lastStart = start;
      }
    }
  }
  return last ? endOf(last) : startOf(element);
}
