import { describe, expect, test } from 'vitest';
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { addDays, areaFilters, buildAreaIndex, costCode, entryFilters, eventDays, expandArea, MAX_EVENT_DAYS } from './search-filters.ts';

const counties = [
  { code: '13', name_fi: 'Pohjois-Savon hyvinvointialue', name_sv: 'Norra Savolax välfärdsområde', name_en: 'North Savo wellbeing services county' },
  { code: '17', name_fi: 'Pohjanmaan hyvinvointialue', name_sv: 'Österbottens välfärdsområde', name_en: 'Ostrobothnia wellbeing services county' },
  { code: '90', name_fi: 'Helsingin kaupunki', name_sv: 'Helsingfors stad', name_en: 'City of Helsinki' },
];
const municipalities = [
  { code: '091', name_fi: 'Helsinki', name_sv: 'Helsingfors', county_code: '90' },
  { code: '297', name_fi: 'Kuopio', name_sv: 'Kuopio', county_code: '13' },
  { code: '749', name_fi: 'Siilinjärvi', name_sv: 'Siilinjärvi', county_code: '13' },
  { code: '905', name_fi: 'Vaasa', name_sv: 'Vasa', county_code: '17' },
  { code: '478', name_fi: 'Maarianhamina', name_sv: 'Mariehamn', county_code: '' },
];
const index = buildAreaIndex({ counties, municipalities });

describe('expandArea', () => {
  test.each([
    ['national: every county and municipality, Åland included', { national: true as const }, { counties: ['13', '17', '90'], municipalities: ['091', '297', '478', '749', '905'], reach: 'national' }],
    ['a county: every municipality in it', { counties: ['13'] }, { counties: ['13'], municipalities: ['297', '749'], reach: 'regional' }],
    ['two counties', { counties: ['90', '13'] }, { counties: ['13', '90'], municipalities: ['091', '297', '749'], reach: 'regional' }],
    ['municipalities: also their counties', { municipalities: ['749', '297', '905'] }, { counties: ['13', '17'], municipalities: ['297', '749', '905'], reach: 'local' }],
    ['a municipality without a county', { municipalities: ['478'] }, { counties: [], municipalities: ['478'], reach: 'local' }],
  ])('%s', (_name, area, expected) => {
    expect(expandArea(area, index)).toEqual(expected);
  });
});

test.each([
  [undefined, undefined],
  ['free' as const, 'free'],
  ['membership' as const, 'membership'],
  [{ fee: { fi: '5 € / kerta' } }, 'fee'],
])('costCode(%j) is %j', (cost, code) => {
  expect(costCode(cost)).toBe(code);
});

describe('eventDays', () => {
  test.each([
    ['one evening', { start: '2026-12-05T18:00', end: '2026-12-05T20:00' }, ['2026-12-05']],
    ['over midnight', { start: '2026-12-31T20:00', end: '2027-01-01T01:00' }, ['2026-12-31', '2027-01-01']],
    ['ending at midnight', { start: '2026-12-05T20:00', end: '2026-12-06T00:00' }, ['2026-12-05']],
    ['a weekend camp', { start: '2027-02-26T17:00', end: '2027-02-28T14:00' }, ['2027-02-26', '2027-02-27', '2027-02-28']],
    [
      'several sessions',
      { start: '2027-02-02T17:00', end: '2027-02-02T19:00', sessions: [{ start: '2027-02-16T17:00', end: '2027-02-16T19:00' }, { start: '2027-02-09T17:00', end: '2027-02-09T19:00' }] },
      ['2027-02-02', '2027-02-09', '2027-02-16'],
    ],
  ])('%s', (_name, event, days) => {
    expect(eventDays(event)).toEqual(days);
  });

  test(`a long event is listed under its first ${MAX_EVENT_DAYS} days`, () => {
    const days = eventDays({ start: '2027-01-01T10:00', end: '2027-12-31T18:00' });
    expect(days).toHaveLength(MAX_EVENT_DAYS);
    expect(days.at(-1)).toBe(addDays('2027-01-01', MAX_EVENT_DAYS - 1));
  });
});

test.each([
  ['2026-11-23', 1, '2026-11-24'],
  ['2026-12-31', 1, '2027-01-01'],
  ['2028-02-28', 1, '2028-02-29'],
  ['2026-03-01', -1, '2026-02-28'],
  ['2026-10-24', 7, '2026-10-31'],
])('addDays(%s, %i) is %s', (day, days, expected) => {
  expect(addDays(day, days)).toBe(expected);
});

describe('areaFilters', () => {
  test.each([
    ['national: only its reach', { national: true as const }, { reach: ['national'] }],
    ['counties: the counties, also as county-wide', { counties: ['90', '13'] }, { county: ['13', '90'], countywide: ['13', '90'], reach: ['regional'] }],
    ['municipalities: the municipalities and their counties', { municipalities: ['749', '297', '905'] }, { county: ['13', '17'], municipality: ['297', '749', '905'] }],
    ['an Åland municipality: no county', { municipalities: ['478'] }, { county: [], municipality: ['478'] }],
  ])('%s', (_name, area, expected) => {
    expect(areaFilters(area, index)).toEqual(expected);
  });
});

describe('entryFilters', () => {
  const activity = {
    name: 'Omaishoitajien vertaisryhmä',
    summary: 'Ryhmä omaishoitajille.',
    type: 'peer-support-group',
    situations: ['caregiving', 'grief'],
    audiences: ['caregivers'],
    languages: ['fi', 'sv'],
    modes: ['in-person', 'online'],
    area: { counties: ['13'] },
    locations: [
      { street: 'Puijonkatu 22', postalCode: '70100', municipality: '297', accessibility: ['lift', 'step-free-access'] },
      { street: 'Kasurilantie 1', postalCode: '71800', municipality: '749', accessibility: ['lift'] },
    ],
    cost: { fee: '5 €' },
    status: 'active',
    verified: '2026-05-05',
  } as unknown as Activity;

  test('an activity: every filter; a county-wide area filed under its county, not each municipality', () => {
    expect(entryFilters({ kind: 'activity', data: activity }, index)).toEqual({
      county: ['13'],
      countywide: ['13'],
      reach: ['regional'],
      situation: ['caregiving', 'grief'],
      audience: ['caregivers'],
      mode: ['in-person', 'online'],
      language: ['fi', 'sv'],
      cost: ['fee'],
      access: ['lift', 'step-free-access'],
      type: ['peer-support-group'],
    });
  });

  test('an event: the type of its activity, its days, and its last day', () => {
    const event = {
      name: 'Omaishoitajien voimavarakurssi',
      summary: 'Kurssi.',
      situations: ['caregiving'],
      languages: ['fi'],
      modes: ['online'],
      area: { national: true },
      start: '2027-02-02T17:00',
      end: '2027-02-02T19:00',
      sessions: [{ start: '2027-02-09T17:00', end: '2027-02-09T19:00' }],
      status: 'scheduled',
    } as unknown as TukiverkkoEvent;
    const filters = entryFilters({ kind: 'event', data: event, type: 'course' }, index);
    // Found by every area through its reach (search-query.ts), not listed under each one.
    expect(filters).not.toHaveProperty('municipality');
    expect(filters).not.toHaveProperty('county');
    expect(filters.reach).toEqual(['national']);
    expect(filters.type).toEqual(['course']);
    expect(filters.day).toEqual(['2027-02-02', '2027-02-09']);
    expect(filters.last).toEqual(['2027-02-09']);
    expect(filters).not.toHaveProperty('cost');
    expect(filters).not.toHaveProperty('audience');
  });

  test('an event that belongs to no activity has no type', () => {
    const event = { situations: ['grief'], languages: ['fi'], modes: ['in-person'], area: { municipalities: ['091'] }, start: '2026-12-05T12:00', end: '2026-12-05T15:00' } as unknown as TukiverkkoEvent;
    expect(entryFilters({ kind: 'event', data: event }, index)).not.toHaveProperty('type');
  });

  test('an organisation: only its area', () => {
    const organisation = { name: 'Suruvalo ry', summary: 'Järjestö.', area: { municipalities: ['905'] }, verified: '2026-01-01' } as unknown as Organisation;
    expect(entryFilters({ kind: 'organisation', data: organisation }, index)).toEqual({ county: ['17'], municipality: ['905'] });
  });
});
