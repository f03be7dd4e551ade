import { describe, expect, test } from 'vitest';
import { FIXED_NOW } from '../../tests/support/clock.ts';
import { sampleDirectory, smallDirectory } from '../../tests/support/directory.ts';
import { browseActivities, browseEvents, browseList, browsePageCount, eventTeasers, browseSearchState, furtherPages, landingPairs, pageOfList, type BrowseList } from './browse.ts';
import { LIST_PAGE_SIZE } from './paging.ts';
import { pagedPath } from './routes.ts';
import { serialiseSearchParams } from './search-params.ts';

const LABELS = { online: 'Verkossa', phone: 'Puhelimitse', chat: 'Chatissa' };

const directory = smallDirectory({
  activities: {
    'testi/kuopio': { name: { fi: 'Kuopion ryhmä' }, area: { municipalities: ['297'] } },
    'testi/kuopio-siilinjarvi': { name: { fi: 'Aamuryhmä' }, area: { municipalities: ['297', '749'] }, locations: [{ street: 'Katu 1', postalCode: '71800', municipality: '749' }] },
    'testi/maakunta': { name: { fi: 'Maakunnan ryhmä' }, area: { counties: ['13'] } },
    'testi/valtakunta': { name: { fi: 'Auttava puhelin' }, area: { national: true }, modes: ['phone', 'chat'], locations: undefined, situations: ['grief'] },
    'testi/helsinki': { name: { fi: 'Helsingin ryhmä' }, area: { municipalities: ['091'] }, locations: [{ street: 'Katu 2', postalCode: '00100', municipality: '091' }] },
    'testi/loppunut': { name: { fi: 'Loppunut ryhmä' }, status: 'ended' },
    'testi/tauolla': { name: { fi: 'Tauolla' }, status: 'paused', area: { counties: ['13'] } },
  },
  events: {
    'testi/tuleva': { start: '2026-12-01T18:00', end: '2026-12-01T20:00', area: { counties: ['13'] } },
    'testi/mennyt': { start: '2026-11-01T18:00', end: '2026-11-01T20:00', area: { counties: ['13'] } },
    'testi/suru': { start: '2026-12-02T18:00', end: '2026-12-02T20:00', area: { national: true }, situations: ['grief'] },
  },
});

const names = (list: BrowseList) => list.groups.map((group) => [group.kind, group.name, group.rows.map((row) => row.name.text)]);

describe('browseList of a county', () => {
  test('municipalities by name, then county-wide, then national; ended left out, paused kept', () => {
    const list = browseList(directory, 'fi', { county: '13' }, LABELS);
    expect(list.count).toBe(5);
    expect(names(list)).toEqual([
      ['municipality', 'Kuopio', ['Aamuryhmä', 'Kuopion ryhmä']],
      ['municipality', 'Siilinjärvi', ['Aamuryhmä']],
      ['regional', '', ['Maakunnan ryhmä', 'Tauolla']],
      ['national', '', ['Auttava puhelin']],
    ]);
    expect(list.groups[2]!.rows[1]!.status).toBe('paused');
  });

  test('a national activity is on every county page; a local one only on its own', () => {
    expect(browseList(directory, 'fi', { county: '90' }, LABELS).groups.flatMap((group) => group.rows.map((row) => row.key))).toEqual(['testi/helsinki', 'testi/valtakunta']);
    expect(browseActivities(directory, { county: '17' }).map((entry) => entry.key)).toEqual(['testi/valtakunta']);
  });

  test('with a life situation', () => {
    expect(names(browseList(directory, 'fi', { county: '13', situation: 'grief' }, LABELS))).toEqual([['national', '', ['Auttava puhelin']]]);
  });

  test('a row says where and how, and links to the activity in the page language', () => {
    const [phone] = browseList(directory, 'sv', { county: '90' }, LABELS).groups.find((group) => group.kind === 'national')!.rows;
    expect(phone).toMatchObject({ where: 'Puhelimitse, Chatissa', path: 'sv/verksamhet/testi/valtakunta/', organisation: 'Testföreningen rf' });
    expect(phone!.name).toEqual({ text: 'Auttava puhelin', lang: 'fi', fallback: true });
    const helsinki = browseList(directory, 'sv', { county: '90' }, LABELS).groups[0]!.rows[0]!;
    expect(helsinki.where).toBe('Helsingfors');
  });
});

describe('browseList of a life situation', () => {
  test('national first, then each covered county by name', () => {
    const list = browseList(directory, 'fi', { situation: 'caregiving' }, LABELS);
    expect(list.count).toBe(5);
    expect(list.groups.map((group) => [group.id, group.rows.length])).toEqual([
      ['c-90', 1],
      ['c-13', 4],
    ]);
    expect(browseList(directory, 'fi', { situation: 'grief' }, LABELS).groups.map((group) => group.id)).toEqual(['national']);
  });
});

describe('browseEvents', () => {
  test('past events never listed; a county gets national events; county and situation together', () => {
    expect(browseEvents(directory, FIXED_NOW, { county: '13' }).map((item) => item.entry.key)).toEqual(['testi/tuleva', 'testi/suru']);
    expect(browseEvents(directory, FIXED_NOW, { county: '13', situation: 'grief' }).map((item) => item.entry.key)).toEqual(['testi/suru']);
    expect(browseEvents(directory, FIXED_NOW, { situation: 'caregiving' }).map((item) => item.entry.key)).toEqual(['testi/tuleva']);
  });
});

describe('browseSearchState', () => {
  test.each([
    [{ county: '13' }, '?county=13'],
    [{ situation: 'grief' }, '?situation=grief'],
    [{ county: '13', situation: 'grief' }, '?county=13&situation=grief'],
  ])('%j → %s', (scope, query) => {
    expect(serialiseSearchParams(browseSearchState(scope))).toBe(query);
  });
});

describe('landingPairs', () => {
  test('only pairs with something to list, in site county and taxonomy order', () => {
    expect(landingPairs(directory, FIXED_NOW).map((pair) => `${pair.county}/${pair.situation}:${pair.count}`)).toEqual([
      '90/grief:2',
      '90/caregiving:1',
      '03/grief:2',
      '13/grief:2',
      '13/caregiving:5',
      '17/grief:2',
      '08/grief:2',
    ]);
  });

  test('the sample directory has landing pages for every covered county', () => {
    const sample = sampleDirectory();
    const counties = new Set(landingPairs(sample, FIXED_NOW).map((pair) => pair.county));
    expect([...counties].sort()).toEqual(['03', '08', '13', '17', '90']);
  });
});

describe('eventTeasers', () => {
  test('the next session in words, the place and the organiser; at most `limit`', () => {
    const teasers = eventTeasers(directory, 'fi', browseEvents(directory, FIXED_NOW, { county: '13' }), LABELS, 1);
    expect(teasers).toHaveLength(1);
    expect(teasers[0]).toMatchObject({ key: 'testi/tuleva', path: 'tapahtuma/testi/tuleva/', where: 'Kuopio', organisation: 'Testiyhdistys ry', status: 'scheduled' });
    expect(teasers[0]!.when).toMatch(/1\.12\.2026/);
  });
});

describe('paged lists', () => {
  // 250 activities in Kuopio alone, 30 in both Kuopio and Siilinjärvi, 5 county-wide and 3 national.
  const many = smallDirectory({
    activities: Object.fromEntries([
      ...Array.from({ length: 250 }, (_, n) => [`testi/k${String(n).padStart(3, '0')}`, { name: { fi: `Kuopio ${String(n).padStart(3, '0')}` }, area: { municipalities: ['297'] } }]),
      ...Array.from({ length: 30 }, (_, n) => [`testi/ks${n}`, { name: { fi: `Yhteinen ${String(n).padStart(2, '0')}` }, area: { municipalities: ['297', '749'] } }]),
      ...Array.from({ length: 5 }, (_, n) => [`testi/m${n}`, { name: { fi: `Maakunta ${n}` }, area: { counties: ['13'] } }]),
      ...Array.from({ length: 3 }, (_, n) => [`testi/v${n}`, { name: { fi: `Valtakunta ${n}` }, area: { national: true }, modes: ['phone'], locations: undefined }]),
    ]),
  });
  const list = browseList(many, 'fi', { county: '13' }, LABELS);
  // Kuopio 280 rows, Siilinjärvi 30, the county 5, Finland 3: 318 rows, 288 activities.
  const rows = list.groups.flatMap((group) => group.rows.map((row) => `${group.id}:${row.key}`));

  test('every row is on exactly one page, in the order of the whole list', () => {
    expect(list.count).toBe(288);
    expect(rows).toHaveLength(318);
    expect(browsePageCount(many, { county: '13' })).toBe(Math.ceil(318 / LIST_PAGE_SIZE));
    const pages = Array.from({ length: 4 }, (_, n) => pageOfList(list, n + 1, 100));
    expect(pages.map((page) => page.groups.reduce((sum, group) => sum + group.rows.length, 0))).toEqual([100, 100, 100, 18]);
    expect(pages.flatMap((page) => page.groups.flatMap((group) => group.rows.map((row) => `${group.id}:${row.key}`)))).toEqual(rows);
    expect(pages.every((page) => page.pages === 4 && page.count === 288)).toBe(true);
  });

  test('a group running over pages keeps its total and is marked as continued', () => {
    const second = pageOfList(list, 2, 100);
    expect(second.groups.map((group) => [group.id, group.rows.length, group.total, group.continued])).toEqual([['m-297', 100, 280, true]]);
    const last = pageOfList(list, 4, 100);
    expect(last.groups.map((group) => [group.id, group.rows.length, group.total, group.continued])).toEqual([
      ['m-749', 10, 30, true],
      ['regional', 5, 5, false],
      ['national', 3, 3, false],
    ]);
  });

  test('the contents give every group with the page it starts on', () => {
    expect(pageOfList(list, 3, 100).contents.map((group) => [group.id, group.total, group.page])).toEqual([
      ['m-297', 280, 1],
      ['m-749', 30, 3],
      ['regional', 5, 4],
      ['national', 3, 4],
    ]);
  });

  test('the page count is the same in every language', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const rowsIn = browseList(many, lang, { county: '13' }, LABELS).groups.reduce((sum, group) => sum + group.rows.length, 0);
      expect(rowsIn).toBe(318);
    }
  });

  test('further pages are built only for lists longer than a page', () => {
    const counties = furtherPages(many, FIXED_NOW, 'county');
    expect(counties.map((path) => path.params)).toEqual(
      Array.from({ length: browsePageCount(many, { county: '13' }) - 1 }, (_, n) => ({ county: '13', page: String(n + 2) })),
    );
    expect(furtherPages(many, FIXED_NOW, 'landing').map((path) => path.params)).toEqual(
      Array.from({ length: browsePageCount(many, { county: '13', situation: 'caregiving' }) - 1 }, (_, n) => ({ county: '13', situation: 'caregiving', page: String(n + 2) })),
    );
    expect(browsePageCount(many, { county: '13', situation: 'caregiving' })).toBe(4);
    expect(furtherPages(directory, FIXED_NOW, 'county')).toEqual([]);
    expect(furtherPages(directory, FIXED_NOW, 'landing')).toEqual([]);
    expect(furtherPages(many, FIXED_NOW, 'situation').map((path) => path.params.situation)).toEqual(
      Array.from({ length: browsePageCount(many, { situation: 'caregiving' }) - 1 }, () => 'caregiving'),
    );
  });

  test('an empty list has one page', () => {
    expect(browsePageCount(directory, { county: '13', situation: 'debt' })).toBe(1);
    expect(pageOfList(browseList(directory, 'fi', { county: '13', situation: 'debt' }, LABELS), 1)).toMatchObject({ page: 1, pages: 1, groups: [], contents: [] });
  });

  test('page addresses: the first page is the list itself', () => {
    expect(pagedPath('fi', 'alue/13/', 1)).toBe('alue/13/');
    expect(pagedPath('fi', 'alue/13/', 2)).toBe('alue/13/sivu/2/');
    expect(pagedPath('sv', 'sv/omrade/13/grief/', 3)).toBe('sv/omrade/13/grief/sida/3/');
    expect(pagedPath('en', 'en/life-situation/grief/', 12)).toBe('en/life-situation/grief/page/12/');
  });
});
