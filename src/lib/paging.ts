/**
 * Long static lists (browse lists, upcoming events) are read a page at a time: a page holds
 * `LIST_PAGE_SIZE` rows counted across the list's groups in reading order, so that a list of
 * thousands of entries stays a page a phone can load and a build renders in constant time per
 * page. A group may run over several pages; each page shows its part with the group's total.
 */

/** Rows on one page of a static list. */
export const LIST_PAGE_SIZE = 100;

/** How many pages `rows` rows fill (at least one: an empty list still has its page). */
export function pageCount(rows: number, pageSize = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(rows / pageSize));
}

/** The route parameters of pages 2 … `pages` of a list whose own parameters are `params` (`getStaticPaths`). */
export function laterPages<P extends Record<string, string>>(params: P, pages: number): { params: P & { page: string } }[] {
  return Array.from({ length: pages - 1 }, (_, index) => ({ params: { ...params, page: String(index + 2) } }));
}

/** A group as one page shows it: its rows on this page, out of `total`. */
export type PagedGroup<G extends { rows: readonly unknown[] }> = G & {
  /** Rows of the whole group, on every page. */
  total: number;
  /** The group began on an earlier page. */
  continued: boolean;
};

export interface GroupsPage<G extends { rows: readonly unknown[] }> {
  page: number;
  pages: number;
  groups: PagedGroup<G>[];
  /** For every group of the whole list, in order: the page it starts on. */
  starts: number[];
}

/** Page `page` (from 1) of a grouped list. A page past the last is empty. */
export function pageOfGroups<G extends { rows: readonly unknown[] }>(groups: readonly G[], page: number, pageSize = LIST_PAGE_SIZE): GroupsPage<G> {
  const start = (page - 1) * pageSize;
  const end = start + pageSize;
  const shown: PagedGroup<G>[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const group of groups) {
    const groupEnd = offset + group.rows.length;
    starts.push(Math.floor(offset / pageSize) + 1);
    if (groupEnd > start && offset < end) {
      shown.push({ ...group, rows: group.rows.slice(Math.max(0, start - offset), end - offset), total: group.rows.length, continued: offset < start });
    }
    offset = groupEnd;
  }
  return { page, pages: pageCount(offset, pageSize), groups: shown, starts };
}

/**
 * Remembers the last `size` values computed by key: the pages of one list are built one after
 * another, and each needs the whole list worded in its language, which is too much to keep for
 * every list of a large directory at once.
 */
export function recentlyUsed<K, V>(size: number): (key: string, owner: K, compute: () => V) => V {
  const recent = new Map<string, { owner: K; value: V }>();
  return (key, owner, compute) => {
    const found = recent.get(key);
    const value = found && found.owner === owner ? found.value : compute();
    // Most recently used last: a Map keeps insertion order.
    recent.delete(key);
    recent.set(key, { owner, value });
    if (recent.size > size) recent.delete(recent.keys().next().value!);
    return value;
  };
}
