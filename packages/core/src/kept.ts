/*
 * Values derived once and kept. Two kinds of key, kept two ways:
 *
 * - A settings object (a config, one of its lists) lives as long as the process, or nearly:
 *   its values are kept in a WeakMap (`keptFor`).
 * - A tree (one parse of one document) is replaced at every keystroke: its values are kept on
 *   the tree itself (`keptOn`). A WeakMap would do it harm: V8's young collections keep every
 *   value of a WeakMap alive, without asking whether its key still is, until the next full
 *   collection. A value that holds parts of the tree (the checks' lists of its prose, its
 *   mentions) kept whole trees alive, to be copied and promoted by every young collection:
 *   parse and check of 25 KB ran 2.5 times slower for it. Kept on the tree, they die with it.
 */

/**
 * The value kept for `key` in `map`, made by `make` the first time it is asked for. For keys
 * that live long (settings); for a tree, `keptOn`.
 */
export function keptFor<K extends object, V>(map: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key);
    map.set(key, value);
  }
  return value;
}

/** The name under which one kind of value is kept on a tree. */
export class KeptSlot<V> {
  /** Never read: it carries the slot's value type. */
  declare private readonly type: V;
  constructor(readonly name: string) {}
}

/** The values kept on a tree: a property that is not enumerable, so it is no part of the data a tree compares or prints as. */
const KEPT = Symbol("kept");

type Holder = { [KEPT]?: Map<KeptSlot<unknown>, unknown> };

/** The values kept for trees that cannot take a property (frozen by a caller), where young collections keep them a while longer. */
const sealed = new WeakMap<object, Map<KeptSlot<unknown>, unknown>>();

/** The value kept on `tree` under `slot`, made by `make` the first time it is asked for. */
export function keptOn<T extends object, V>(tree: T, slot: KeptSlot<V>, make: (tree: T) => V): V {
  const kept = keptValuesOf(tree);
  if (kept.has(slot)) return kept.get(slot) as V;
  const value = make(tree);
  kept.set(slot, value);
  return value;
}

/**
 * The value kept on `tree` under `slot` for one settings object: made again, and the one for
 * other settings dropped, when asked for with other settings (they change rarely, and are
 * replaced when they do).
 */
export function keptOnFor<T extends object, S, V>(tree: T, slot: KeptSlot<{ readonly settings: S; readonly value: V }>, settings: S, make: (tree: T) => V): V {
  const kept = keptValuesOf(tree);
  const entry = kept.get(slot) as { readonly settings: S; readonly value: V } | undefined;
  if (entry && entry.settings === settings) return entry.value;
  const value = make(tree);
  kept.set(slot, { settings, value });
  return value;
}

function keptValuesOf(tree: object): Map<KeptSlot<unknown>, unknown> {
  const own = (tree as Holder)[KEPT];
  if (own) return own;
  if (!Object.isExtensible(tree)) return keptFor(sealed, tree, () => new Map());
  const kept = new Map<KeptSlot<unknown>, unknown>();
  Object.defineProperty(tree, KEPT, { value: kept });
  return kept;
}
