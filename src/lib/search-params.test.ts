import { describe, expect, test } from 'vitest';
import {
  activeFilterCount,
  clearFilter,
  isEmptySearch,
  MAX_PAGE,
  parseSearchParams,
  searchHref,
  searchState,
  serialiseSearchParams,
  toggleFilter,
} from './search-params.ts';

describe('parseSearchParams', () => {
  test('reads the example link of the content model', () => {
    const { state, ignored } = parseSearchParams('?q=vertaistuki&county=13&municipality=297&situation=caregiving&situation=grief&language=sv');
    expect(ignored).toEqual([]);
    expect(state).toEqual(
      searchState({ q: 'vertaistuki', filters: { county: ['13'], municipality: ['297'], situation: ['caregiving', 'grief'], language: ['sv'] } }),
    );
  });

  test.each([
    ['repeated values are any-of, kept once and sorted', '?situation=grief&situation=caregiving&situation=grief', { situation: ['caregiving', 'grief'] }],
    ['every filter parameter', '?county=90&municipality=091&situation=loneliness&audience=older-people&type=drop-in&mode=online&language=fi&cost=free&access=lift', {
      county: ['90'], municipality: ['091'], situation: ['loneliness'], audience: ['older-people'], type: ['drop-in'], mode: ['online'], language: ['fi'], cost: ['free'], access: ['lift'],
    }],
    ['language tags in their usual case', '?language=SV&language=zh-hant&language=sv-fi', { language: ['sv', 'sv-FI', 'zh-Hant'] }],
    ['empty values are skipped', '?situation=&county=', {}],
  ])('%s', (_name, query, filters) => {
    const { state, ignored } = parseSearchParams(query);
    expect(ignored).toEqual([]);
    expect(state.filters).toEqual(searchState({ filters }).filters);
  });

  test.each([
    ['a county is two digits', '?county=13x', [{ param: 'county', value: '13x' }]],
    ['a municipality is three digits', '?municipality=97', [{ param: 'municipality', value: '97' }]],
    ['a mode from the list', '?mode=carrier-pigeon', [{ param: 'mode', value: 'carrier-pigeon' }]],
    ['a cost from the list', '?cost=cheap', [{ param: 'cost', value: 'cheap' }]],
    ['a code is lower-case letters, digits and hyphens', '?situation=Grief%20and', [{ param: 'situation', value: 'Grief and' }]],
    ['a when from the list', '?when=tomorrow', [{ param: 'when', value: 'tomorrow' }]],
    ['a sort from the list', '?sort=random', [{ param: 'sort', value: 'random' }]],
    ['a page is a positive number', '?page=0&page=two', [{ param: 'page', value: '0' }, { param: 'page', value: 'two' }]],
  ])('ignores and reports a malformed value: %s', (_name, query, ignored) => {
    const result = parseSearchParams(query);
    expect(result.ignored).toEqual(ignored);
    expect(isEmptySearch(result.state)).toBe(true);
    expect(result.state.page).toBe(1);
  });

  test('skips unknown parameters silently', () => {
    expect(parseSearchParams('?utm_source=newsletter&fbclid=abc&situation=grief')).toEqual({
      state: searchState({ filters: { situation: ['grief'] } }),
      ignored: [],
    });
  });

  test.each([
    ['  omaishoitaja   vertaistuki  ', 'omaishoitaja vertaistuki'],
    ['suru\n\tryhmä', 'suru ryhmä'],
    ['x'.repeat(250), 'x'.repeat(200)],
  ])('tidies the search words %j', (q, expected) => {
    expect(parseSearchParams(new URLSearchParams({ q })).state.q).toBe(expected);
  });

  test('two q parameters are read as one text', () => {
    expect(parseSearchParams('?q=suru&q=ryhmä').state.q).toBe('suru ryhmä');
  });

  test.each([
    ['?when=today&when=month', 'month'],
    ['?when=week&when=today', 'week'],
  ])('several time windows mean the widest: %s', (query, when) => {
    expect(parseSearchParams(query).state.when).toBe(when);
  });

  test.each([
    ['?page=3', 3],
    ['?page=99999', MAX_PAGE],
    ['?sort=date&page=2', 2],
  ])('reads the page of %s', (query, page) => {
    expect(parseSearchParams(query).state.page).toBe(page);
  });
});

describe('serialiseSearchParams', () => {
  test.each([
    [searchState(), ''],
    [searchState({ q: 'suru' }), '?q=suru'],
    [searchState({ q: 'yksinäisyys ja suru' }), '?q=yksin%C3%A4isyys+ja+suru'],
    [
      searchState({ q: 'vertaistuki', filters: { language: ['sv'], situation: ['grief', 'caregiving'], municipality: ['297'], county: ['13'] } }),
      '?q=vertaistuki&county=13&municipality=297&situation=caregiving&situation=grief&language=sv',
    ],
    [searchState({ filters: { access: ['lift'], cost: ['free'], mode: ['online'] }, when: 'week', sort: 'date', page: 2 }), '?mode=online&cost=free&access=lift&when=week&sort=date&page=2'],
    [searchState({ sort: 'relevance', page: 1 }), ''],
  ])('writes the canonical link of a state (%#)', (state, expected) => {
    expect(serialiseSearchParams(state)).toBe(expected);
  });

  test.each([
    '?q=vertaistuki&county=13&municipality=297&situation=caregiving&situation=grief&language=sv',
    '?q=suru+ja+ikävä&situation=grief&when=month&sort=name&page=3',
    '?county=90&county=03&mode=chat&mode=phone&cost=membership',
    '',
  ])('a canonical link reads back to itself: %s', (query) => {
    const canonical = serialiseSearchParams(parseSearchParams(query).state);
    expect(serialiseSearchParams(parseSearchParams(canonical).state)).toBe(canonical);
    expect(parseSearchParams(canonical).state).toEqual(parseSearchParams(query).state);
  });

  test('the same search in any order gives one link', () => {
    expect(serialiseSearchParams(parseSearchParams('?situation=grief&q=suru&county=13&situation=caregiving').state)).toBe(
      serialiseSearchParams(parseSearchParams('?county=13&situation=caregiving&situation=grief&q=suru').state),
    );
  });
});

describe('changing a state', () => {
  const state = searchState({ q: 'suru', filters: { situation: ['grief'], county: ['13'] }, page: 3 });

  test('toggleFilter adds and removes one value and goes back to page 1', () => {
    expect(serialiseSearchParams(toggleFilter(state, 'situation', 'caregiving', true))).toBe('?q=suru&county=13&situation=caregiving&situation=grief');
    expect(serialiseSearchParams(toggleFilter(state, 'situation', 'grief', false))).toBe('?q=suru&county=13');
    expect(serialiseSearchParams(state)).toBe('?q=suru&county=13&situation=grief&page=3');
  });

  test('clearFilter removes every value of one filter', () => {
    expect(serialiseSearchParams(clearFilter(state, 'county'))).toBe('?q=suru&situation=grief');
  });

  test('activeFilterCount counts values and the time window', () => {
    expect(activeFilterCount(searchState({ filters: { situation: ['grief', 'caregiving'], mode: ['online'] }, when: 'today' }))).toBe(4);
    expect(activeFilterCount(searchState({ q: 'suru' }))).toBe(0);
  });

  test('searchHref puts the canonical query after the search page path', () => {
    expect(searchHref('/sv/sok/', searchState({ filters: { situation: ['grief'], county: ['17'] } }))).toBe('/sv/sok/?county=17&situation=grief');
    expect(searchHref('/repo/haku/', searchState())).toBe('/repo/haku/');
  });
});
