/**
 * Chevrotain 13 calls `Object.groupBy`, which Node 20 (this product's floor, and the Node
 * inside VS Code 1.100) lacks. We keep Chevrotain 13 because it imports in a fraction of the
 * time of 11.x (see ARCHITECTURE.md) and install this one function, written to the
 * specification, only where it is missing. Imported before chevrotain by `tokens.ts`.
 */
type GroupBy = <T, K extends PropertyKey>(
  items: Iterable<T>,
  keyOf: (item: T, index: number) => K,
) => Partial<Record<K, T[]>>;

export function groupBy<T, K extends PropertyKey>(
  items: Iterable<T>,
  keyOf: (item: T, index: number) => K,
): Partial<Record<K, T[]>> {
  const groups = Object.create(null) as Partial<Record<K, T[]>>;
  let index = 0;
  for (const item of items) {
    const key = keyOf(item, index++);
    const group = groups[key];
    if (group) group.push(item);
    else groups[key] = [item];
  }
  return groups;
}

const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };
if (typeof objectWithGroupBy.groupBy !== "function") {
  Object.defineProperty(Object, "groupBy", { value: groupBy, writable: true, configurable: true });
}
