import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { FIXED_NOW } from '../../tests/support/clock.ts';
import { sampleDirectory, smallDirectory } from '../../tests/support/directory.ts';
import { parseCsv } from './csv.ts';
import { buildDirectoryExport, csvCell, entriesCsv, exportJsonSchema, organisationsCsv, writeCsv } from './exports.ts';
import { upcomingEvents } from './listings.ts';

function readCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\ufeff')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1).replace(/\r\n$/, '')).map((row) => row.values);
  return rows.map((values) => Object.fromEntries(header!.map((name, index) => [name, values[index] ?? ''])));
}

describe('JSON export', () => {
  test('the sample export validates against the JSON Schema published beside it', () => {
    const directory = sampleDirectory();
    const exported = JSON.parse(JSON.stringify(buildDirectoryExport(directory, FIXED_NOW)));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(exportJsonSchema(directory.site.url));
    const valid = validate(exported);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(exported.organisations.length).toBe(directory.organisations.length);
    expect(exported.activities.length).toBe(directory.activities.length);
    expect(exported.events.length).toBe(upcomingEvents(directory, FIXED_NOW).length);
    expect(exported.events.length).toBeLessThan(directory.events.length);
  });

  test('the schema can fail: a broken export does not validate', () => {
    const directory = sampleDirectory();
    const exported = JSON.parse(JSON.stringify(buildDirectoryExport(directory, FIXED_NOW)));
    exported.activities[0].data.modes = ['telepathy'];
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    expect(ajv.validate(exportJsonSchema(directory.site.url), exported)).toBe(false);
  });

  test('an activity carries its links, schedule in words and next sessions; past events are left out', () => {
    const directory = smallDirectory({
      activities: { 'testi/ryhma': { schedule: [{ weekly: ['tue'], start: '17:30', end: '19:00' }] } },
      events: {
        'testi/tuleva': { start: '2026-12-01T18:00', end: '2026-12-01T20:00' },
        'testi/mennyt': { start: '2026-11-20T18:00', end: '2026-11-20T20:00' },
      },
    });
    const exported = buildDirectoryExport(directory, FIXED_NOW);
    expect(exported.meta).toEqual({
      name: directory.site.name,
      url: 'https://tukiverkko.example.org/',
      generated: '2026-11-23T10:00:00.000Z',
      timezone: 'Europe/Helsinki',
      languages: ['fi', 'sv', 'en'],
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    });
    const [activity] = exported.activities;
    expect(activity?.urls).toEqual({
      fi: 'https://tukiverkko.example.org/toiminta/testi/ryhma/',
      sv: 'https://tukiverkko.example.org/sv/verksamhet/testi/ryhma/',
      en: 'https://tukiverkko.example.org/en/activity/testi/ryhma/',
    });
    expect(activity?.scheduleText).toEqual({ fi: ['tiistaisin klo 17.30–19.00'], sv: ['tisdagar kl. 17.30–19.00'], en: ['Tuesdays 5:30–7 pm'] });
    expect(activity?.nextSessions.map((session) => session.start)).toEqual([
      '2026-11-24T17:30',
      '2026-12-01T17:30',
      '2026-12-08T17:30',
      '2026-12-15T17:30',
      '2026-12-22T17:30',
    ]);
    expect(exported.events.map((event) => [event.key, event.sessions])).toEqual([
      ['testi/tuleva', [{ start: '2026-12-01T18:00', end: '2026-12-01T20:00', startUtc: '2026-12-01T16:00:00Z', endUtc: '2026-12-01T18:00:00Z' }]],
    ]);
  });
});

describe('CSV', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2+3+cmd', "'-2+3+cmd"],
    ['+358401234567', '+358401234567'],
    [true, 'true'],
    [undefined, ''],
  ])('csvCell %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('writeCsv reads back with an RFC 4180 reader', () => {
    const text = writeCsv(['a', 'b'], [['1, 2', 'x\r\ny'], ['"q"', undefined]]);
    expect(readCsv(text)).toEqual([
      { a: '1, 2', b: 'x\r\ny' },
      { a: '"q"', b: '' },
    ]);
  });

  test('entries: one row per activity and upcoming event, texts per language without fallback', () => {
    const directory = smallDirectory({
      activities: {
        'testi/ryhma': {
          name: 'Vain suomeksi',
          schedule: [{ weekly: ['tue'], start: '17:30', end: '19:00' }],
          area: { municipalities: ['297', '749'] },
          contact: { phone: '040 123 4567' },
        },
      },
      events: {
        'testi/tuleva': { status: 'cancelled', start: '2026-12-01T18:00', end: '2026-12-01T20:00', sessions: [{ start: '2026-12-08T18:00', end: '2026-12-08T20:00' }] },
        'testi/mennyt': { start: '2026-11-20T18:00', end: '2026-11-20T20:00' },
      },
    });
    const rows = readCsv(entriesCsv(directory, FIXED_NOW));
    expect(rows.map((row) => row.key)).toEqual(['testi/ryhma', 'testi/tuleva']);
    expect(rows[0]).toMatchObject({
      kind: 'activity',
      organisation_name: 'Testiyhdistys ry',
      name_fi: 'Vain suomeksi',
      name_sv: '',
      type: 'peer-support-group',
      situations: 'caregiving',
      area: 'municipalities',
      counties: '13',
      municipalities: '297; 749',
      county_names: 'Pohjois-Savon hyvinvointialue',
      places: 'Kuopio',
      addresses: 'Järjestötalo, Kauppakatu 40, 70100 Kuopio',
      schedule_fi: 'tiistaisin klo 17.30–19.00',
      schedule_en: 'Tuesdays 5:30–7 pm',
      next_start: '2026-11-24T17:30',
      phone: '+358401234567',
      url_sv: 'https://tukiverkko.example.org/sv/verksamhet/testi/ryhma/',
      verified: '2026-10-01',
    });
    expect(rows[1]).toMatchObject({ kind: 'event', status: 'cancelled', start: '2026-12-01T18:00', sessions: '2', next_start: '2026-12-01T18:00', name_en: 'Peer group' });
  });

  test('organisations: one row each with counts', () => {
    const directory = smallDirectory({
      organisations: { testi: { businessId: '1234567-1' }, toinen: { area: { national: true } } },
      activities: { 'testi/a': {}, 'testi/b': {} },
      events: { 'testi/tuleva': {} },
    });
    expect(readCsv(organisationsCsv(directory, FIXED_NOW)).map((row) => [row.id, row.business_id, row.area, row.counties, row.activities, row.upcoming_events])).toEqual([
      ['testi', '1234567-1', 'counties', '13', '2', '1'],
      ['toinen', '', 'national', '', '0', '0'],
    ]);
  });

  test('the sample files have a row for everything', () => {
    const directory = sampleDirectory();
    expect(readCsv(entriesCsv(directory, FIXED_NOW)).length).toBe(directory.activities.length + upcomingEvents(directory, FIXED_NOW).length);
    expect(readCsv(organisationsCsv(directory, FIXED_NOW)).length).toBe(directory.organisations.length);
  });
});
