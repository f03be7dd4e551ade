import { describe, expect, test } from 'vitest';
import { searchState, serialiseSearchParams } from './search-params.ts';
import { buildAreaIndex, areaFilters, expandArea, type EntryFilters } from './search-filters.ts';
import {
  areaCounts,
  dateInZone,
  datedFirst,
  filterNames,
  MAX_STALE_DAYS,
  nearestFirst,
  orderByReach,
  pagefindFilters,
  pagefindSort,
  pageNumbers,
  pageWindow,
  relaxations,
  windowDays,
  type PagefindFilters,
} from './search-query.ts';

const clock = { today: '2026-11-23', builtOn: '2026-11-23' };

const countyOf = { '091': '90', '297': '13', '749': '13', '905': '17', '478': '' };
const national = { reach: { any: ['national'] } };

describe('pagefindFilters', () => {
  test('any of the values within a filter, every filter together', () => {
    const state = searchState({ q: 'suru', filters: { county: ['13'], situation: ['grief', 'caregiving'], language: ['sv'] } });
    expect(pagefindFilters(state, clock, countyOf)).toEqual({
      any: [{ county: { any: ['13'] } }, national],
      situation: { any: ['caregiving', 'grief'] },
      language: { any: ['sv'] },
    });
  });

  test('a municipality: entries for it, for its whole county, or for all of Finland', () => {
    expect(pagefindFilters(searchState({ filters: { municipality: ['297', '749', '905'] } }), clock, countyOf)).toEqual({
      any: [{ municipality: { any: ['297', '749', '905'] } }, { countywide: { any: ['13', '17'] } }, national],
    });
    // Åland's municipalities belong to no wellbeing services county.
    expect(pagefindFilters(searchState({ filters: { municipality: ['478'] } }), clock, countyOf)).toEqual({ any: [{ municipality: { any: ['478'] } }, national] });
  });

  test('a county and a municipality together: both must hold', () => {
    expect(pagefindFilters(searchState({ filters: { county: ['90'], municipality: ['297'] } }), clock, countyOf)).toEqual({
      all: [
        { any: [{ county: { any: ['90'] } }, national] },
        { any: [{ municipality: { any: ['297'] } }, { countywide: { any: ['13'] } }, national] },
      ],
    });
  });

  test('omit leaves one filter out, for its counts', () => {
    const state = searchState({ filters: { county: ['13'], situation: ['grief'] } });
    expect(pagefindFilters(state, clock, countyOf, 'situation')).toEqual({ any: [{ county: { any: ['13'] } }, national] });
    expect(pagefindFilters(state, clock, countyOf, 'county')).toEqual({ situation: { any: ['grief'] } });
  });

  test('a time window is the days of the window', () => {
    expect(pagefindFilters(searchState({ when: 'week' }), clock, countyOf)).toEqual({
      day: { any: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'] },
    });
  });

  test('events that ended since the build are left out', () => {
    expect(pagefindFilters(searchState(), { today: '2026-11-25', builtOn: '2026-11-22' }, countyOf)).toEqual({ last: { none: ['2026-11-22', '2026-11-23', '2026-11-24'] } });
    expect(pagefindFilters(searchState(), { today: '2027-06-01', builtOn: '2026-01-01' }, countyOf).last).toEqual({ none: windowDays('month', '2026-01-01').concat(windowDays('month', '2026-02-01')).slice(0, MAX_STALE_DAYS) });
  });
});

/**
 * Pagefind's filter semantics (its documentation, "Using compound filters"): a filter with a value
 * list matches when the page has one of them (`any`) or none (`none`); `any` / `all` with a list of
 * filter objects match when one / every object matches; the keys of one object must all match.
 */
function matches(page: EntryFilters, filters: PagefindFilters): boolean {
  return Object.entries(filters).every(([key, condition]) => {
    if (Array.isArray(condition)) return key === 'any' ? condition.some((inner) => matches(page, inner)) : condition.every((inner) => matches(page, inner));
    const values = page[key as keyof EntryFilters] ?? [];
    return 'any' in condition ? condition.any.some((value) => values.includes(value)) : !condition.none.some((value) => values.includes(value));
  });
}

describe('the area rule, as the index files entries and the search asks for them', () => {
  const index = buildAreaIndex({
    counties: ['13', '17', '90'].map((code) => ({ code, name_fi: code, name_sv: code, name_en: code })),
    municipalities: Object.entries(countyOf).map(([code, county]) => ({ code, name_fi: code, name_sv: code, county_code: county })),
  });
  const areas = [{ national: true as const }, { counties: ['13'] }, { counties: ['17', '90'] }, { municipalities: ['297'] }, { municipalities: ['749', '905'] }, { municipalities: ['478'] }];
  const states = [
    { county: ['13'] },
    { county: ['17', '90'] },
    { municipality: ['297'] },
    { municipality: ['905', '091'] },
    { municipality: ['478'] },
    { county: ['13'], municipality: ['905'] },
    { county: ['17'], municipality: ['905'] },
  ];

  test.each(states)('%j finds what content-model.md says', (filters) => {
    for (const area of areas) {
      const served = expandArea(area, index);
      const expected = (filters.county ?? []).every(() => filters.county!.some((code) => served.counties.includes(code))) &&
        (filters.municipality ?? []).every(() => filters.municipality!.some((code) => served.municipalities.includes(code)));
      expect(matches(areaFilters(area, index), pagefindFilters(searchState({ filters }), clock, countyOf)), JSON.stringify(area)).toBe(expected);
    }
  });

  test('counts: each value counts what choosing it would find', () => {
    const pages = areas.flatMap((area, at) => Array.from({ length: at + 1 }, () => areaFilters(area, index)));
    // Pagefind's counts for the index's own filters: pages per value.
    const raw: Record<string, Record<string, number>> = {};
    for (const page of pages) for (const [key, values] of Object.entries(page)) for (const value of values) (raw[key] ??= {})[value] = (raw[key]![value] ?? 0) + 1;
    const codes = { county: ['13', '17', '90'], municipality: Object.keys(countyOf) };
    const counts = areaCounts(raw, codes, countyOf);
    for (const param of ['county', 'municipality'] as const) {
      for (const code of codes[param]) {
        const filters = pagefindFilters(searchState({ filters: { [param]: [code] } }), clock, countyOf);
        expect(counts[param][code], `${param}=${code}`).toBe(pages.filter((page) => matches(page, filters)).length);
      }
    }
    expect(counts.municipality['297']).toBe(1 + 2 + 4);
  });
});

test.each([
  ['today', '2026-12-31', ['2026-12-31']],
  ['week', '2026-12-29', ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04']],
] as const)('windowDays(%s, %s)', (when, today, days) => {
  expect(windowDays(when, today)).toEqual(days);
});

test('the month window is 31 days', () => {
  expect(windowDays('month', '2026-11-23').at(-1)).toBe('2026-12-23');
});

test.each([
  [searchState({ q: 'suru' }), undefined],
  [searchState(), { name: 'asc' }],
  [searchState({ q: 'suru', sort: 'name' }), { name: 'asc' }],
  [searchState({ sort: 'date' }), { date: 'asc' }],
])('pagefindSort(%#)', (state, sort) => {
  expect(pagefindSort(state)).toEqual(sort);
});

test.each([
  [searchState({ filters: { county: ['13'] } }), true],
  [searchState({ filters: { municipality: ['297'] }, q: 'suru' }), true],
  [searchState({ filters: { county: ['13'] }, sort: 'name' }), false],
  [searchState({ filters: { situation: ['grief'] } }), false],
])('nearestFirst(%#)', (state, expected) => {
  expect(nearestFirst(state)).toBe(expected);
});

test('orderByReach: municipalities first, then counties, then the country, each keeping its order', () => {
  expect(orderByReach(['n1', 'r1', 'l1', 'n2', 'l2', 'r2'], new Set(['r1', 'r2']), new Set(['n1', 'n2']))).toEqual(['l1', 'l2', 'r1', 'r2', 'n1', 'n2']);
});

test('filterNames: the index filters a query uses, not its operators, each once', () => {
  expect(filterNames({ situation: { any: ['grief'] }, any: [{ municipality: { any: ['749'] } }, { countywide: { any: ['13'] } }, { reach: { any: ['national'] } }], last: { none: ['2026-11-22'] } })).toEqual(['countywide', 'last', 'municipality', 'reach', 'situation']);
  expect(filterNames({ all: [{ any: [{ county: { any: ['13'] } }, { reach: { any: ['national'] } }] }, { any: [{ municipality: { any: ['091'] } }, { reach: { any: ['national'] } }] }] })).toEqual(['county', 'municipality', 'reach']);
  expect(filterNames({})).toEqual([]);
});

test('datedFirst: the events by date, then every other result in name order, none twice', () => {
  const result = (id: string) => ({ id });
  const dated = ['e3', 'e1', 'e2'].map(result);
  const named = ['a', 'e1', 'b', 'e2', 'c', 'e3'].map(result);
  expect(datedFirst(dated, named).map((item) => item.id)).toEqual(['e3', 'e1', 'e2', 'a', 'b', 'c']);
  expect(datedFirst([], named.slice(0, 3)).map((item) => item.id)).toEqual(['a', 'e1', 'b']);
});

test.each([
  [0, 1, { page: 1, pages: 1, start: 0, end: 0 }],
  [45, 1, { page: 1, pages: 3, start: 0, end: 20 }],
  [45, 3, { page: 3, pages: 3, start: 40, end: 45 }],
  [45, 9, { page: 3, pages: 3, start: 40, end: 45 }],
])('pageWindow(%i, %i)', (total, page, expected) => {
  expect(pageWindow(total, page)).toEqual(expected);
});

test.each([
  [1, 1, [1]],
  [1, 5, [1, 2, 3, 4, 5]],
  [1, 9, [1, 2, 3, 0, 9]],
  [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
  [6, 12, [1, 0, 4, 5, 6, 7, 8, 0, 12]],
  [9, 9, [1, 0, 7, 8, 9]],
])('pageNumbers(%i, %i)', (current, pages, expected) => {
  expect(pageNumbers(current, pages)).toEqual(expected);
});

describe('relaxations', () => {
  const links = (state: Parameters<typeof relaxations>[0]) => relaxations(state, countyOf).map((option) => `${option.kind} ${serialiseSearchParams(option.state)}`);

  test('drop one value, widen municipality to county, widen to the country, drop filters, drop words', () => {
    expect(links(searchState({ q: 'vertaistuki', filters: { municipality: ['297'], situation: ['caregiving'], language: ['sv'] }, page: 2 }))).toEqual([
      'remove ?q=vertaistuki&municipality=297&language=sv',
      'remove ?q=vertaistuki&municipality=297&situation=caregiving',
      'widenToCounty ?q=vertaistuki&county=13&situation=caregiving&language=sv',
      'widenToCountry ?q=vertaistuki&situation=caregiving&language=sv',
      'dropFilters ?q=vertaistuki',
      'dropQuery ?municipality=297&situation=caregiving&language=sv',
    ]);
  });

  test('a county widens to the country; a time window can be dropped', () => {
    expect(links(searchState({ filters: { county: ['13'] }, when: 'today' }))).toEqual(['widenToCountry ?when=today', 'removeWhen ?county=13']);
  });

  test('words alone offer nothing to drop', () => {
    expect(links(searchState({ q: 'xyzzy' }))).toEqual([]);
  });
});

test.each([
  ['2026-11-23T21:59:00Z', 'Europe/Helsinki', '2026-11-23'],
  ['2026-11-23T22:00:00Z', 'Europe/Helsinki', '2026-11-24'],
  ['2026-07-01T21:30:00Z', 'Europe/Helsinki', '2026-07-02'],
  ['2026-11-23T22:00:00Z', 'UTC', '2026-11-23'],
])('dateInZone(%s, %s) is %s', (instant, zone, day) => {
  expect(dateInZone(new Date(instant), zone)).toBe(day);
});
