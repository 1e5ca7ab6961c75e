/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidates closest to `word` within `limit` edits, best first (ties keep their order). */
export function closest(word: string, candidates: readonly string[], limit: number): string[] {
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(word, candidate, limit) }))
    .filter((c) => c.distance <= limit)
    .sort((x, y) => x.distance - y.distance || x.index - y.index)
    .map((c) => c.candidate);
}
