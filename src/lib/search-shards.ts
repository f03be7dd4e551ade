/**
 * A language's search index split into shards, for directories too large for one Pagefind
 * process: Pagefind holds every page it indexes and needs about 110 KB of memory per entry page
 * while it writes the index (7.6 GB for the 72,000 pages of one language at 50,000 activities), so
 * above `shardPagesLimit()` pages a language is indexed as several bundles of at most that many
 * pages each, one Pagefind process after another, and the search page asks every shard and merges
 * the answers here.
 *
 * Shards are dealt round-robin in name order, so they are alike (each a sample of the whole:
 * relevance scores compare across them) and a page's place in the name order follows from its
 * shard and its place in that shard. The date order has no such rule: the build writes, for each
 * shard, the place in the whole date order of each of its pages in its own date order.
 *
 * A sorted Pagefind search scores a result by its place in its index's sort order (−place when
 * ascending, +place when descending; Pagefind's `apply_sort`), which is what lets the merge put
 * results from different shards in one order without loading any of them.
 */
import type { PagefindSort } from './search-query.ts';

/** Pages of one language per Pagefind process by default (about 2.8 GB at its peak). */
export const DEFAULT_SHARD_PAGES = 25_000;

/** Sets the pages per Pagefind process (a whole number ≥ 1). */
export const SHARD_PAGES_ENV = 'TUKIVERKKO_SEARCH_SHARD_PAGES';

/** The meta element a search page names its shard count in (absent: one shard). */
export const SHARDS_META = 'tukiverkko-search-shards';

/** The file (in the bundle's root folder) with the date order of a sharded language's pages. */
export function shardOrderFile(lang: string): string {
  return `tukiverkko-order-${lang}.json`;
}

/** The folder of shard `shard` (1-based) within the bundle folder: shard 1 is the bundle itself. */
export function shardFolder(shard: number): string {
  return shard === 1 ? '' : `shard-${shard}/`;
}

/** The most pages one Pagefind process indexes, from `TUKIVERKKO_SEARCH_SHARD_PAGES` or the default. */
export function shardPagesLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env[SHARD_PAGES_ENV]?.trim();
  if (!raw) return DEFAULT_SHARD_PAGES;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(`${SHARD_PAGES_ENV}="${raw}" is not a whole number of pages — write, for example, ${SHARD_PAGES_ENV}=${DEFAULT_SHARD_PAGES}.`);
  }
  return Number(raw);
}

/**
 * Pagefind's order of sort values: by number when both are numbers, otherwise alphanumerically,
 * runs of digits by their value (the `alphanumeric-sort` crate Pagefind uses).
 */
export function compareSortValues(a: string, b: string): number {
  if (NUMBER.test(a) && NUMBER.test(b)) return Number(a) - Number(b);
  const left = a.match(RUNS) ?? [];
  const right = b.match(RUNS) ?? [];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    const xDigits = DIGITS.test(x);
    const yDigits = DIGITS.test(y);
    if (xDigits && yDigits) {
      const byValue = compareDigits(x, y);
      if (byValue !== 0) return byValue;
      continue;
    }
    if (xDigits !== yDigits) return xDigits ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const RUNS = /\d+|\D+/g;
const DIGITS = /^\d/;

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A page to index, with the sort values it carries (`data-pagefind-sort`). */
export interface ShardPage {
  /** Its file, relative to the output folder. */
  file: string;
  name: string;
  /** Events only (search-record.ts): a date-sorted search leaves the other pages out. */
  date?: string;
}

export interface ShardPlan {
  /** The pages of each shard (shard 1 first). */
  shards: ShardPage[][];
  /** For each shard, the place in the whole date order of each of its dated pages, in its own date order. */
  dateOrder: number[][];
}

/**
 * Deals the pages into `ceil(pages / limit)` shards, round-robin in name order: the i-th page by
 * name goes to shard i mod S, where it is the ⌊i / S⌋-th by name. Throws when two pages share a
 * name or date value (the merge would not know their order; search-record.ts makes both unique).
 */
export function planShards(pages: readonly ShardPage[], limit: number): ShardPlan {
  const count = Math.max(1, Math.ceil(pages.length / limit));
  const byName = [...pages].sort((a, b) => compareSortValues(a.name, b.name));
  const byDate = pages.filter((page) => page.date !== undefined).sort((a, b) => compareSortValues(a.date!, b.date!));
  assertUnique(byName, 'name');
  assertUnique(byDate, 'date');
  const dateRank = new Map(byDate.map((page, index) => [page, index]));
  const shards: ShardPage[][] = Array.from({ length: count }, () => []);
  byName.forEach((page, index) => shards[index % count]!.push(page));
  const dateOrder = shards.map((shard) => shard.flatMap((page) => (dateRank.has(page) ? [dateRank.get(page)!] : [])).sort((a, b) => a - b));
  return { shards, dateOrder };
}

function assertUnique(sorted: readonly ShardPage[], key: 'name' | 'date'): void {
  for (let index = 1; index < sorted.length; index++) {
    const [before, page] = [sorted[index - 1]!, sorted[index]!];
    if (compareSortValues(before[key]!, page[key]!) === 0) {
      throw new Error(`The search index cannot be split: ${before.file} and ${page.file} have the same ${key} sort value "${page[key]}".`);
    }
  }
}

export interface ShardResult {
  score: number;
}

export interface ShardResponse<R extends ShardResult> {
  results: R[];
  filters: Record<string, Record<string, number>>;
}

/**
 * One answer from the answers of every shard to the same search, as one index would give it:
 * sorted searches in the whole directory's order, others by relevance score (ties in shard
 * order); the filter counts added up. `dateOrder` is needed for a search sorted by date.
 */
export function mergeShardResponses<R extends ShardResult>(
  responses: readonly ShardResponse<R>[],
  sort: PagefindSort | undefined,
  dateOrder?: readonly (readonly number[])[],
): ShardResponse<R> {
  const filters = addCounts(responses.map((response) => response.filters));
  const [key, direction] = Object.entries(sort ?? {})[0] ?? [];
  const placed = responses.flatMap((response, shard) => response.results.map((result, index) => ({ result, shard, index })));
  if (key === undefined) {
    placed.sort((a, b) => b.result.score - a.result.score || a.shard - b.shard || a.index - b.index);
    return { results: placed.map((item) => item.result), filters };
  }
  const shards = responses.length;
  const place = (item: (typeof placed)[number]): number => {
    // Pagefind scores a sorted result by its place in its shard's order: −place ascending.
    const inShard = Math.abs(item.result.score);
    if (key === 'name') return inShard * shards + item.shard;
    if (key === 'date') {
      const rank = dateOrder?.[item.shard]?.[inShard];
      if (rank === undefined) throw new Error(`No date order for place ${inShard} of search shard ${item.shard + 1}.`);
      return rank;
    }
    throw new Error(`Search shards cannot be merged in "${key}" order.`);
  };
  const keyed = placed.map((item) => ({ result: item.result, place: place(item) }));
  keyed.sort((a, b) => (direction === 'desc' ? b.place - a.place : a.place - b.place));
  return { results: keyed.map((item) => item.result), filters };
}

function addCounts(all: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const filters of all) {
    for (const [filter, values] of Object.entries(filters ?? {})) {
      const into = (sum[filter] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}
