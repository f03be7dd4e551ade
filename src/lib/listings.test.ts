import { describe, expect, test } from 'vitest';
import { FIXED_NOW } from '../../tests/support/clock.ts';
import { smallDirectory } from '../../tests/support/directory.ts';
import { eventListingPageCount, eventListingScopes, eventRows, furtherEventPages, groupByMonth, hasCalendarFile, inScope, monthLabel, siteCounties, upcomingEvents } from './listings.ts';
import { pageOfGroups } from './paging.ts';
import type { Scope } from './routes.ts';

const WHERE = { online: 'Verkossa', phone: 'Puhelimitse', chat: 'Chatissa' };

const directory = smallDirectory({
  events: {
    'testi/kurssi': {
      name: { fi: 'Kurssi' },
      start: '2026-11-17T18:00',
      end: '2026-11-17T20:00',
      sessions: [
        { start: '2026-11-24T18:00', end: '2026-11-24T20:00' },
        { start: '2027-01-12T18:00', end: '2027-01-12T20:00' },
      ],
    },
    'testi/nyt-kaynnissa': { start: '2026-11-23T10:00', end: '2026-11-23T13:00', modes: ['online'], locations: undefined, area: { national: true } },
    'testi/mennyt': { start: '2026-11-23T09:00', end: '2026-11-23T12:00' },
    'testi/peruttu': { status: 'cancelled', start: '2026-12-05T12:00', end: '2026-12-05T14:00', area: { municipalities: ['091'] }, situations: ['grief'] },
    'testi/verkkoon': { status: 'moved-online', start: '2026-12-06T12:00', end: '2026-12-06T14:00' },
  },
  activities: {
    'testi/ryhma': { schedule: [{ weekly: ['tue'], start: '17:30', end: '19:00' }] },
    'testi/loppunut': { schedule: [{ weekly: ['tue'], start: '17:30', end: '19:00', until: '2026-11-17' }] },
    'testi/tauolla': { status: 'paused', schedule: [{ weekly: ['tue'], start: '17:30', end: '19:00' }] },
  },
});

describe('upcomingEvents', () => {
  test('ordered by the next session; an event under way stays, one that just ended goes', () => {
    expect(upcomingEvents(directory, FIXED_NOW).map((item) => [item.entry.key, item.next.start])).toEqual([
      ['testi/nyt-kaynnissa', '2026-11-23T10:00'],
      ['testi/kurssi', '2026-11-24T18:00'],
      ['testi/peruttu', '2026-12-05T12:00'],
      ['testi/verkkoon', '2026-12-06T12:00'],
    ]);
  });

  test.each<[string, Scope, string[]]>([
    ['county 13 (Kuopio) gets the national event', { kind: 'county', code: '13' }, ['testi/nyt-kaynnissa', 'testi/kurssi', 'testi/verkkoon']],
    ['Helsinki gets the event in municipality 091', { kind: 'county', code: '90' }, ['testi/nyt-kaynnissa', 'testi/peruttu']],
    ['grief', { kind: 'situation', code: 'grief' }, ['testi/peruttu']],
    ['an organisation', { kind: 'organisation', id: 'muu' }, []],
  ])('scope: %s', (_name, scope, keys) => {
    expect(upcomingEvents(directory, FIXED_NOW, scope).map((item) => item.entry.key)).toEqual(keys);
  });
});

describe('inScope', () => {
  test('an area of municipalities belongs to their counties only', () => {
    const entry = { key: 'a/b', org: 'a', id: 'b', data: { area: { municipalities: ['297', '749'] }, situations: ['grief'] } };
    expect(inScope(entry, { kind: 'county', code: '13' }, directory.taxonomies)).toBe(true);
    expect(inScope(entry, { kind: 'county', code: '90' }, directory.taxonomies)).toBe(false);
  });
});

describe('eventRows', () => {
  test('what a listing shows, in Finnish, grouped by month', () => {
    const groups = eventRows(directory, 'fi', FIXED_NOW, { kind: 'all' }, WHERE);
    expect(groups.map((group) => [group.month, group.label, group.rows.map((row) => row.key)])).toEqual([
      ['2026-11', 'marraskuu 2026', ['testi/nyt-kaynnissa', 'testi/kurssi']],
      ['2026-12', 'joulukuu 2026', ['testi/peruttu', 'testi/verkkoon']],
    ]);
    const [current, course] = groups[0]!.rows;
    expect(current).toMatchObject({ when: 'ma 23.11.2026 klo 10.00–13.00', where: 'Verkossa', path: 'tapahtuma/testi/nyt-kaynnissa/', calendar: 'kalenteri/tapahtuma/testi/nyt-kaynnissa.ics' });
    expect(course).toMatchObject({ when: 'ti 24.11.2026 klo 18.00–20.00', whenUtc: '2026-11-24T16:00:00Z', sessions: { count: 3, range: '17.11.2026–12.1.2027' }, where: 'Kuopio', organisation: 'Testiyhdistys ry' });
    expect(groups[1]!.rows.map((row) => [row.status, row.where])).toEqual([
      ['cancelled', 'Kuopio'],
      ['moved-online', 'Verkossa'],
    ]);
  });

  test('names fall back to the default language and say so', () => {
    const [, course] = eventRows(directory, 'en', FIXED_NOW, { kind: 'all' }, WHERE)[0]!.rows;
    expect(course?.name).toEqual({ text: 'Kurssi', lang: 'fi', fallback: true });
    expect(course?.path).toBe('en/event/testi/kurssi/');
  });
});

describe('calendar files', () => {
  test.each([
    ['an upcoming event', 'event', 'testi/peruttu', true],
    ['a past event', 'event', 'testi/mennyt', false],
    ['an active weekly group', 'activity', 'testi/ryhma', true],
    ['a group whose rule has ended', 'activity', 'testi/loppunut', false],
    ['a paused group', 'activity', 'testi/tauolla', false],
  ] as const)('hasCalendarFile: %s', (_name, kind, key, expected) => {
    const entry = (kind === 'event' ? directory.events : directory.activities).find((item) => item.key === key)!;
    expect(hasCalendarFile(kind, entry.data, FIXED_NOW, 'Europe/Helsinki')).toBe(expected);
  });
});

describe('helpers', () => {
  test.each([
    ['2026-12', 'fi', 'joulukuu 2026'],
    ['2026-12', 'sv', 'december 2026'],
    ['2027-03', 'en', 'March 2027'],
  ] as const)('monthLabel %s %s', (month, lang, label) => {
    expect(monthLabel(month, lang)).toBe(label);
  });

  test('groupByMonth keeps order and starts a group at each new month', () => {
    expect(groupByMonth(['2026-11-30', '2026-12-01', '2026-12-24', '2027-01-02'], (value) => value)).toEqual([
      { month: '2026-11', items: ['2026-11-30'] },
      { month: '2026-12', items: ['2026-12-01', '2026-12-24'] },
      { month: '2027-01', items: ['2027-01-02'] },
    ]);
  });

  test('siteCounties follows site.yaml', () => {
    expect(siteCounties(directory)).toEqual(['90', '03', '13', '17', '08']);
    expect(siteCounties({ ...directory, site: { ...directory.site, counties: 'all' } }).length).toBe(directory.taxonomies.counties.length);
  });
});

describe('paged events listings', () => {
  // 250 upcoming events in North Savo, one a day from 2026-11-24, and 5 past ones.
  const day = (n: number) => new Date(Date.UTC(2026, 10, 24 + n)).toISOString().slice(0, 10);
  const many = smallDirectory({
    events: Object.fromEntries([
      ...Array.from({ length: 250 }, (_, n) => [`testi/e${n}`, { name: { fi: `Tapahtuma ${n}` }, start: `${day(n)}T18:00`, end: `${day(n)}T20:00`, area: { counties: ['13'] } }]),
      ...Array.from({ length: 5 }, (_, n) => [`testi/p${n}`, { start: '2026-11-01T18:00', end: '2026-11-01T20:00', area: { counties: ['13'] } }]),
    ]),
  });

  test('one page per 100 upcoming events; later pages only where a listing is longer than a page', () => {
    expect(eventListingPageCount(many, FIXED_NOW, { kind: 'all' })).toBe(3);
    expect(eventListingPageCount(many, FIXED_NOW, { kind: 'county', code: '90' })).toBe(1);
    expect(furtherEventPages(many, FIXED_NOW, 'all').map((path) => path.params)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(furtherEventPages(many, FIXED_NOW, 'county').map((path) => path.params)).toEqual([
      { county: '13', page: '2' },
      { county: '13', page: '3' },
    ]);
    expect(furtherEventPages(many, FIXED_NOW, 'situation').map((path) => path.params)).toEqual([
      { situation: 'caregiving', page: '2' },
      { situation: 'caregiving', page: '3' },
    ]);
    expect(eventListingScopes(many, 'county')).toEqual(siteCounties(many).map((code) => ({ kind: 'county', code })));
  });

  test('the pages together hold every upcoming event once, in date order, months split where a page ends', () => {
    const months = eventRows(many, 'fi', FIXED_NOW, { kind: 'all' }, WHERE);
    const pages = [1, 2, 3].map((page) => pageOfGroups(months, page));
    const keys = pages.flatMap((page) => page.groups.flatMap((group) => group.rows.map((row) => row.key)));
    expect(keys).toEqual(upcomingEvents(many, FIXED_NOW).map(({ entry }) => entry.key));
    expect(keys).toHaveLength(250);
    expect(pages[1]!.groups[0]).toMatchObject({ month: '2027-03', continued: true });
  });
});
