/**
 * The value kept for `key` in `map`, made by `make` the first time it is asked for. What is
 * derived from an immutable tree, or from a settings object, is computed once and kept as long
 * as its key lives (the map holds its keys weakly).
 */
export function keptFor<K extends object, V>(map: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key);
    map.set(key, value);
  }
  return value;
}
