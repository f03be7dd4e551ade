import { describe, expect, test } from 'vitest';
import { compareSortValues, DEFAULT_SHARD_PAGES, mergeShardResponses, planShards, shardPagesLimit, type ShardPage } from './search-shards.ts';

describe('compareSortValues (Pagefind’s order)', () => {
  test('numbers by value, whatever their padding', () => {
    expect(['10', '9', '00100', '2'].sort(compareSortValues)).toEqual(['2', '9', '10', '00100']);
  });

  test('dates with name ranks: by time, then rank; runs of digits by their value', () => {
    const values = ['9999:00002', '2026-12-14T09:00:00007', '2026-12-01T17:30:00003', '2026-12-14T09:00:00001', '9999:100000', '9999:99999'];
    expect([...values].sort(compareSortValues)).toEqual([
      '2026-12-01T17:30:00003',
      '2026-12-14T09:00:00001',
      '2026-12-14T09:00:00007',
      '9999:00002',
      '9999:99999',
      '9999:100000',
    ]);
  });

  test('equal values compare equal', () => {
    expect(compareSortValues('2026-12-14T09:00:00001', '2026-12-14T09:00:00001')).toBe(0);
  });
});

describe('shardPagesLimit', () => {
  test('the default, or the whole number given', () => {
    expect(shardPagesLimit({})).toBe(DEFAULT_SHARD_PAGES);
    expect(shardPagesLimit({ TUKIVERKKO_SEARCH_SHARD_PAGES: ' 40 ' })).toBe(40);
  });

  test('anything else is an error that says what to write', () => {
    for (const bad of ['0', '-5', '2.5', 'many']) {
      expect(() => shardPagesLimit({ TUKIVERKKO_SEARCH_SHARD_PAGES: bad })).toThrow(/TUKIVERKKO_SEARCH_SHARD_PAGES=".*" is not a whole number of pages — write, for example, TUKIVERKKO_SEARCH_SHARD_PAGES=25000/);
    }
  });
});

/** Pages whose names and dates are in an order unrelated to each other and to their files; a quarter are dated (events). */
function pages(count: number): ShardPage[] {
  return Array.from({ length: count }, (_, index) => {
    const nameRank = ((index * 7) % count) + 1;
    const name = String(nameRank).padStart(5, '0');
    const day = String(1 + ((index * 5) % 28)).padStart(2, '0');
    const file = `toiminta/org/page-${index}/index.html`;
    return index % 4 === 0 ? { file, name, date: `2026-12-${day}T10:00:${name}` } : { file, name };
  });
}

const dated = (page: ShardPage) => page.date !== undefined;
const byDateValue = (a: ShardPage, b: ShardPage) => compareSortValues(a.date!, b.date!);

describe('planShards', () => {
  test('one shard up to the limit', () => {
    const plan = planShards(pages(10), 10);
    expect(plan.shards).toHaveLength(1);
    expect(plan.shards[0]).toHaveLength(10);
    expect(plan.dateOrder).toEqual([[0, 1, 2]]);
  });

  test('every page in exactly one shard, none over the limit, dealt round-robin by name', () => {
    const all = pages(101);
    const plan = planShards(all, 25);
    expect(plan.shards).toHaveLength(5);
    expect(plan.shards.flat().map((page) => page.file).sort()).toEqual(all.map((page) => page.file).sort());
    for (const shard of plan.shards) expect(shard.length).toBeLessThanOrEqual(25);
    const byName = [...all].sort((a, b) => compareSortValues(a.name, b.name));
    byName.forEach((page, index) => expect(plan.shards[index % 5]).toContain(page));
  });

  test('the date order of each shard names each dated page’s place in the whole date order', () => {
    const all = pages(60);
    const plan = planShards(all, 25);
    const byDate = all.filter(dated).sort(byDateValue);
    plan.shards.forEach((shard, index) => {
      const ownOrder = shard.filter(dated).sort(byDateValue);
      expect(ownOrder.length).toBeGreaterThan(0);
      expect(plan.dateOrder[index]).toEqual(ownOrder.map((page) => byDate.indexOf(page)));
    });
    expect(plan.dateOrder.flat().sort((a, b) => a - b)).toEqual(byDate.map((_, index) => index));
  });

  test('two pages with the same sort value stop the split, naming both files', () => {
    const twins = [
      { file: 'a/index.html', name: '00001', date: '2026-12-01T10:00:00001' },
      { file: 'c/index.html', name: '00003' },
      { file: 'b/index.html', name: '00002', date: '2026-12-01T10:00:00001' },
    ];
    expect(() => planShards(twins, 1)).toThrow('The search index cannot be split: a/index.html and b/index.html have the same date sort value "2026-12-01T10:00:00001".');
  });
});

describe('mergeShardResponses', () => {
  /**
   * What Pagefind answers in each shard of `plan` for a search matching `matches`: sorted results
   * scored −(place in the shard's order), as Pagefind's apply_sort does, without the pages that
   * have no value to sort by; relevance as given.
   */
  function shardAnswers(plan: ReturnType<typeof planShards>, matches: (page: ShardPage) => boolean, sort: 'name' | 'date' | undefined, relevance?: (page: ShardPage) => number) {
    return plan.shards.map((shard) => {
      const ordered = sort ? shard.filter((page) => page[sort] !== undefined).sort((a, b) => compareSortValues(a[sort]!, b[sort]!)) : shard;
      const results = ordered.flatMap((page, place) => (matches(page) ? [{ page, score: sort ? -place : relevance!(page) }] : []));
      if (!sort) results.sort((a, b) => b.score - a.score);
      const filters = { kind: { activity: results.length, event: results.length % 2 } };
      return { results, filters };
    });
  }

  const all = pages(97);
  const plan = planShards(all, 20);
  const matches = (page: ShardPage) => Number(page.name) % 4 !== 1;
  const expected = (key: 'name' | 'date') => all.filter((page) => matches(page) && page[key] !== undefined).sort((a, b) => compareSortValues(a[key]!, b[key]!));

  test('sorted by name: the whole directory’s name order', () => {
    const merged = mergeShardResponses(shardAnswers(plan, matches, 'name'), { name: 'asc' });
    expect(merged.results.map((result) => result.page)).toEqual(expected('name'));
  });

  test('sorted by date: the whole directory’s date order of the dated pages, from the date order file', () => {
    const merged = mergeShardResponses(shardAnswers(plan, matches, 'date'), { date: 'asc' }, plan.dateOrder);
    expect(expected('date').length).toBeGreaterThan(10);
    expect(merged.results.map((result) => result.page)).toEqual(expected('date'));
  });

  test('descending: the same orders reversed', () => {
    const answers = plan.shards.map((shard) => {
      const ordered = [...shard].sort((a, b) => compareSortValues(a.name, b.name));
      const results = ordered.flatMap((page, place) => (matches(page) ? [{ page, score: place }] : [])).reverse();
      return { results, filters: {} };
    });
    expect(mergeShardResponses(answers, { name: 'desc' }).results.map((result) => result.page)).toEqual(expected('name').reverse());
  });

  test('by relevance: highest score first, over every shard', () => {
    const relevance = (page: ShardPage) => (Number(page.name) * 37) % 101;
    const merged = mergeShardResponses(shardAnswers(plan, matches, undefined, relevance), undefined);
    const scores = merged.results.map((result) => result.score);
    expect(merged.results).toHaveLength(expected('name').length);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('the filter counts are added up', () => {
    const answers = shardAnswers(plan, matches, 'name');
    const merged = mergeShardResponses(answers, { name: 'asc' });
    expect(merged.filters.kind!.activity).toBe(expected('name').length);
    expect(merged.filters.kind!.event).toBe(answers.reduce((sum, answer) => sum + answer.filters.kind.event, 0));
  });

  test('a date-sorted merge without the date order is an error, not a wrong order', () => {
    expect(() => mergeShardResponses(shardAnswers(plan, matches, 'date'), { date: 'asc' })).toThrow(/^No date order for place \d+ of search shard 1\.$/);
  });
});
