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
