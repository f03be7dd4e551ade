import { describe, expect, test } from 'vitest';
import { LIST_PAGE_SIZE, pageCount, pageOfGroups, recentlyUsed } from './paging.ts';

const groups = [
  { id: 'a', rows: [1, 2, 3, 4, 5] },
  { id: 'b', rows: [6, 7] },
  { id: 'c', rows: [8, 9, 10, 11] },
];

describe('pageOfGroups', () => {
  test('rows are counted across groups; a group split over pages is continued with its total', () => {
    expect(pageOfGroups(groups, 1, 4)).toEqual({ page: 1, pages: 3, groups: [{ id: 'a', rows: [1, 2, 3, 4], total: 5, continued: false }], starts: [1, 2, 2] });
    expect(pageOfGroups(groups, 2, 4).groups).toEqual([
      { id: 'a', rows: [5], total: 5, continued: true },
      { id: 'b', rows: [6, 7], total: 2, continued: false },
      { id: 'c', rows: [8], total: 4, continued: false },
    ]);
    expect(pageOfGroups(groups, 3, 4).groups).toEqual([{ id: 'c', rows: [9, 10, 11], total: 4, continued: true }]);
  });

  test('a group that ends exactly at a page break is not carried over', () => {
    expect(pageOfGroups(groups, 2, 5).groups.map((group) => [group.id, group.continued])).toEqual([
      ['b', false],
      ['c', false],
    ]);
  });

  test('one page when everything fits; a page past the last is empty', () => {
    expect(pageOfGroups(groups, 1).pages).toBe(1);
    expect(pageOfGroups(groups, 1).groups.flatMap((group) => group.rows)).toHaveLength(11);
    expect(pageOfGroups(groups, 4, 4).groups).toEqual([]);
    expect(pageOfGroups([], 1)).toEqual({ page: 1, pages: 1, groups: [], starts: [] });
  });

  test('pageCount', () => {
    expect([0, 1, LIST_PAGE_SIZE, LIST_PAGE_SIZE + 1].map((rows) => pageCount(rows))).toEqual([1, 1, 1, 2]);
  });
});

describe('recentlyUsed', () => {
  test('computes once per key and owner, and forgets the least recently used beyond its size', () => {
    const calls: string[] = [];
    const cached = recentlyUsed<object, string>(2);
    const owner = {};
    const get = (key: string, by = owner) => cached(key, by, () => (calls.push(key), key.toUpperCase()));
    expect(get('a')).toBe('A');
    expect(get('a')).toBe('A');
    get('b');
    get('a'); // a is now the most recent
    get('c'); // forgets b
    get('a');
    get('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
    get('b', {}); // another owner computes again
    expect(calls).toEqual(['a', 'b', 'c', 'b', 'b']);
  });
});
