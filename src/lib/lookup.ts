/**
 * Lookups built once per list: a build asks for the same organisation, municipality or entry
 * from thousands of pages, and walking the whole list each time makes the build quadratic. The
 * directory's arrays are shared for the whole build, so they serve as cache keys.
 */
const indexes = new WeakMap<readonly object[], Map<string, Map<string, unknown>>>();

function cached<V>(list: readonly object[], name: string, build: () => Map<string, V>): Map<string, V> {
  let byName = indexes.get(list);
  if (!byName) indexes.set(list, (byName = new Map()));
  let index = byName.get(name) as Map<string, V> | undefined;
  if (!index) byName.set(name, (index = build()));
  return index;
}

/** `list` as a map from `keyOf(item)` to the first such item. `name` names the key function. */
export function byKey<T extends object>(list: readonly T[], name: string, keyOf: (item: T) => string): Map<string, T> {
  return cached(list, `one:${name}`, () => {
    const index = new Map<string, T>();
    for (const item of list) if (!index.has(keyOf(item))) index.set(keyOf(item), item);
    return index;
  });
}

/** `list` grouped by `keyOf(item)`, in list order. */
export function groupedBy<T extends object>(list: readonly T[], name: string, keyOf: (item: T) => string): Map<string, T[]> {
  return cached(list, `all:${name}`, () => {
    const index = new Map<string, T[]>();
    for (const item of list) {
      const group = index.get(keyOf(item));
      if (group) group.push(item);
      else index.set(keyOf(item), [item]);
    }
    return index;
  });
}

const results = new WeakMap<object, Map<string, unknown>>();

/**
 * The result of `compute()` for `owner` (the build's directory) and `key`, computed once. For
 * answers that every page of a kind asks again, such as which county × situation pairs have a
 * page: the directory does not change during a build, so the answer for a key does not either.
 * Callers get the same object back and must not change it.
 */
export function memoized<V>(owner: object, key: string, compute: () => V): V {
  let byKey = results.get(owner);
  if (!byKey) results.set(owner, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as V;
  const value = compute();
  byKey.set(key, value);
  return value;
}
