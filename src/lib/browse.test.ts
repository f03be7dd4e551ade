import { describe, expect, test } from 'vitest';
import { FIXED_NOW } from '../../tests/support/clock.ts';
import { sampleDirectory, smallDirectory } from '../../tests/support/directory.ts';
import { browseActivities, browseEvents, eventTeasers, browseSearchState, countyList, landingPairs, situationList } from './browse.ts';
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

const names = (list: ReturnType<typeof countyList>) => list.groups.map((group) => [group.kind, group.name, group.rows.map((row) => row.name.text)]);

describe('countyList', () => {
  test('municipalities by name, then county-wide, then national; ended left out, paused kept', () => {
    const list = countyList(directory, 'fi', '13', LABELS);
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
    expect(countyList(directory, 'fi', '90', LABELS).groups.flatMap((group) => group.rows.map((row) => row.key))).toEqual(['testi/helsinki', 'testi/valtakunta']);
    expect(browseActivities(directory, { county: '17' }).map((entry) => entry.key)).toEqual(['testi/valtakunta']);
  });

  test('with a life situation', () => {
    expect(names(countyList(directory, 'fi', '13', LABELS, 'grief'))).toEqual([['national', '', ['Auttava puhelin']]]);
  });

  test('a row says where and how, and links to the activity in the page language', () => {
    const [phone] = countyList(directory, 'sv', '90', LABELS).groups.find((group) => group.kind === 'national')!.rows;
    expect(phone).toMatchObject({ where: 'Puhelimitse, Chatissa', path: 'sv/verksamhet/testi/valtakunta/', organisation: 'Testföreningen rf' });
    expect(phone!.name).toEqual({ text: 'Auttava puhelin', lang: 'fi', fallback: true });
    const helsinki = countyList(directory, 'sv', '90', LABELS).groups[0]!.rows[0]!;
    expect(helsinki.where).toBe('Helsingfors');
  });
});

describe('situationList', () => {
  test('national first, then each covered county by name', () => {
    const list = situationList(directory, 'fi', 'caregiving', LABELS);
    expect(list.count).toBe(5);
    expect(list.groups.map((group) => [group.id, group.rows.length])).toEqual([
      ['c-90', 1],
      ['c-13', 4],
    ]);
    expect(situationList(directory, 'fi', 'grief', LABELS).groups.map((group) => group.id)).toEqual(['national']);
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
