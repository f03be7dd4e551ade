import { describe, expect, test } from 'vitest';
import { readBack } from '../../tests/support/read-ical.ts';
import { sampleDirectory, smallDirectory } from '../../tests/support/directory.ts';
import { FIXED_NOW } from '../../tests/support/clock.ts';
import { activityEvents, calendarFileStream, calendarFiles, entryCalendar, eventEvents, renderCalendarFile, scopeCalendar, scopeCalendarName } from './calendars.ts';
import { writeCalendar } from './ical.ts';
import { scheduledActivities, siteCounties, upcomingEvents, type DirectoryData } from './listings.ts';
import { LANGUAGES, type Scope } from './routes.ts';
import { addDays, eventOccurrences, expandSchedule } from './schedule.ts';

const NOW = FIXED_NOW;

describe('event calendars', () => {
  const directory = smallDirectory({
    events: {
      'testi/kurssi': {
        start: '2026-10-20T18:00',
        end: '2026-10-20T20:00',
        sessions: [
          { start: '2026-12-01T18:00', end: '2026-12-01T20:00' },
          { start: '2027-03-30T18:00', end: '2027-03-30T20:00' },
        ],
      },
      'testi/peruttu': { status: 'cancelled', start: '2026-12-05T12:00', end: '2026-12-05T14:00' },
      'testi/verkossa': { status: 'moved-online', start: '2026-12-06T12:00', end: '2026-12-06T14:00', registration: { required: true } },
    },
  });
  const context = { directory, lang: 'fi' as const, now: NOW };

  test('one VEVENT per session with stable UIDs, place, link and description', () => {
    const [first, second, third] = eventEvents(context, directory.events[0]!);
    expect([first?.uid, second?.uid, third?.uid]).toEqual([
      'event-testi-kurssi@tukiverkko.example.org',
      'event-testi-kurssi-2@tukiverkko.example.org',
      'event-testi-kurssi-3@tukiverkko.example.org',
    ]);
    expect(first).toMatchObject({
      summary: 'Vertaisryhmä',
      status: 'CONFIRMED',
      start: '2026-10-20T18:00',
      end: '2026-10-20T20:00',
      location: 'Järjestötalo, Kauppakatu 40, 70100 Kuopio',
      url: 'https://tukiverkko.example.org/tapahtuma/testi/kurssi/',
      categories: ['Omaishoito'],
    });
    expect(first?.description).toBe(
      'Ryhmä omaishoitajille.\n\nJärjestäjä: Testiyhdistys ry\n\nLisätietoja: https://tukiverkko.example.org/tapahtuma/testi/kurssi/',
    );
  });

  test('a cancelled event is marked cancelled in the status and the title', () => {
    const [event] = eventEvents({ ...context, lang: 'sv' }, directory.events[1]!);
    expect([event?.status, event?.summary, event?.url]).toEqual(['CANCELLED', 'Inställt: Kamratgrupp', 'https://tukiverkko.example.org/sv/evenemang/testi/peruttu/']);
    const read = readBack(writeCalendar(entryCalendar({ ...context, lang: 'sv' }, 'event', directory.events[1]!)), '2027-01-01T00:00:00Z');
    expect(read.map((occurrence) => [occurrence.status, occurrence.summary, occurrence.local])).toEqual([['CANCELLED', 'Inställt: Kamratgrupp', '2026-12-05T12:00']]);
  });

  test('an event moved online says so and has no street address', () => {
    const [event] = eventEvents({ ...context, lang: 'en' }, directory.events[2]!);
    expect([event?.summary, event?.location, event?.description?.split('\n\n')[1]]).toEqual(['Moved online: Peer group', 'Online', 'Registration is required.']);
  });

  test('the course read back: same wall-clock 18:00 on both sides of the spring change', () => {
    const read = readBack(writeCalendar(entryCalendar(context, 'event', directory.events[0]!)), '2028-01-01T00:00:00Z');
    expect(read.map((occurrence) => [occurrence.local, occurrence.startUtc, occurrence.endUtc])).toEqual([
      ['2026-10-20T18:00', '2026-10-20T15:00:00Z', '2026-10-20T17:00:00Z'],
      ['2026-12-01T18:00', '2026-12-01T16:00:00Z', '2026-12-01T18:00:00Z'],
      ['2027-03-30T18:00', '2027-03-30T15:00:00Z', '2027-03-30T17:00:00Z'],
    ]);
  });
});

describe('activity calendars', () => {
  const directory = smallDirectory({
    activities: {
      'testi/ryhma': {
        schedule: [
          { weekly: ['tue'], every: 2, start: '17:30', end: '19:00', from: '2026-09-01', until: '2027-04-27', except: ['2026-12-22'] },
          { dates: ['2026-11-02', '2026-12-12'], start: '12:00', end: '15:00' },
        ],
      },
      'testi/tauolla': { status: 'paused', schedule: [{ weekly: ['mon'], start: '10:00', end: '11:00' }] },
      'testi/puhelin': { schedule: { byAppointment: true }, modes: ['phone'], locations: undefined },
    },
  });
  const context = { directory, lang: 'fi' as const, now: NOW };

  test('each rule from today on: a recurring event, and an event per remaining date', () => {
    expect(activityEvents(context, directory.activities[0]!).map((event) => [event.uid, event.start, event.rrule, event.exdates])).toEqual([
      [
        'activity-testi-ryhma-1@tukiverkko.example.org',
        '2026-11-24T17:30',
        { freq: 'WEEKLY', interval: 2, byDay: ['TU'], until: '2027-04-27T20:59:59.000Z' },
        ['2026-12-22T17:30'],
      ],
      ['activity-testi-ryhma-2-20261212@tukiverkko.example.org', '2026-12-12T12:00', undefined, undefined],
    ]);
  });

  test('paused activities and schedules without dates have no calendar events', () => {
    expect(activityEvents(context, directory.activities[1]!)).toEqual([]);
    expect(activityEvents(context, directory.activities[2]!)).toEqual([]);
    expect(scheduledActivities(directory, NOW).map((entry) => entry.key)).toEqual(['testi/ryhma']);
  });

  test('read back, the group meets every other Tuesday at 17:30 through the spring change', () => {
    const read = readBack(writeCalendar(entryCalendar(context, 'activity', directory.activities[0]!)), '2027-05-01T00:00:00Z');
    const tuesdays = read.filter((occurrence) => occurrence.uid.endsWith('-1@tukiverkko.example.org'));
    expect(tuesdays.map((occurrence) => occurrence.local)).toEqual([
      '2026-11-24T17:30',
      '2026-12-08T17:30',
      '2027-01-05T17:30',
      '2027-01-19T17:30',
      '2027-02-02T17:30',
      '2027-02-16T17:30',
      '2027-03-02T17:30',
      '2027-03-16T17:30',
      '2027-03-30T17:30',
      '2027-04-13T17:30',
      '2027-04-27T17:30',
    ]);
    expect(tuesdays.at(-4)?.startUtc).toBe('2027-03-16T15:30:00Z');
    expect(tuesdays.at(-3)?.startUtc).toBe('2027-03-30T14:30:00Z');
  });
});

describe('subscribable calendars', () => {
  const directory = smallDirectory({
    events: {
      'testi/kuopio': { area: { counties: ['13'] }, start: '2026-12-01T18:00', end: '2026-12-01T20:00' },
      'testi/siilinjarvi': { area: { municipalities: ['749'] }, start: '2026-12-02T18:00', end: '2026-12-02T20:00' },
      'testi/koko-maa': { area: { national: true }, modes: ['online'], locations: undefined, start: '2026-12-03T18:00', end: '2026-12-03T20:00' },
      'testi/helsinki': { area: { counties: ['90'] }, situations: ['grief'], start: '2026-12-04T18:00', end: '2026-12-04T20:00' },
      'testi/mennyt': { area: { counties: ['13'] }, start: '2026-11-20T18:00', end: '2026-11-20T20:00' },
    },
  });
  const context = { directory, lang: 'fi' as const, now: NOW };

  test.each<[string, Scope, string[]]>([
    ['a county: its own, its municipalities and national ones', { kind: 'county', code: '13' }, ['testi/kuopio', 'testi/siilinjarvi', 'testi/koko-maa']],
    ['another county', { kind: 'county', code: '90' }, ['testi/koko-maa', 'testi/helsinki']],
    ['a life situation', { kind: 'situation', code: 'grief' }, ['testi/helsinki']],
    ['everything, but never past events', { kind: 'all' }, ['testi/kuopio', 'testi/siilinjarvi', 'testi/koko-maa', 'testi/helsinki']],
  ])('%s', (_name, scope, keys) => {
    const calendar = scopeCalendar(context, scope);
    expect([...calendar.events].map((event) => event.uid.replace(/^event-testi-(.+)@.*$/, 'testi/$1'))).toEqual(keys);
  });

  test.each([
    ['fi', { kind: 'county', code: '13' }, 'Tukiverkko – esimerkkihakemisto: Pohjois-Savon hyvinvointialue'],
    ['sv', { kind: 'situation', code: 'grief' }, 'Tukiverkko – exempelkatalog: Sorg och när en närstående dör'],
    ['en', { kind: 'all' }, 'Tukiverkko – sample directory: events and groups'],
  ] as const)('name in %s', (lang, scope, name) => {
    expect(scopeCalendarName(directory, lang, scope)).toBe(name);
  });
});

/**
 * Every calendar the sample site publishes, read back with ical.js, gives exactly the sessions
 * the site itself computes: event sessions, and the activities' rules from today on.
 */
describe('the sample directory read back', () => {
  const directory: DirectoryData = sampleDirectory();
  const today = NOW.slice(0, 10);
  const until = addDays(today, 400);
  const expectedFor = (scope: Scope) =>
    [
      ...upcomingEvents(directory, NOW, scope).flatMap((item) => eventOccurrences(item.entry.data, directory.site.timezone)),
      ...scheduledActivities(directory, NOW, scope).flatMap(
        (entry) => expandSchedule(entry.data.schedule, { from: today, to: until, timezone: directory.site.timezone }).occurrences,
      ),
    ]
      .filter((occurrence) => occurrence.start.slice(0, 10) <= until)
      .map((occurrence) => `${occurrence.startUtc} ${occurrence.endUtc}`)
      .sort();

  const scopes: Scope[] = [
    { kind: 'all' },
    ...siteCounties(directory).map((code) => ({ kind: 'county' as const, code })),
    ...directory.taxonomies.situations.map((term) => ({ kind: 'situation' as const, code: term.code })),
    ...directory.organisations.map((entry) => ({ kind: 'organisation' as const, id: entry.id })),
  ];

  // Times do not depend on the language: each scope is read in one of them, in turn.
  test.each(scopes.map((scope, index) => [JSON.stringify(scope), LANGUAGES[index % 3]!, scope] as const))('%s (%s)', (_name, lang, scope) => {
    const text = writeCalendar(scopeCalendar({ directory, lang, now: NOW }, scope));
    const read = readBack(text, `${until}T23:59:59Z`).map((occurrence) => `${occurrence.startUtc} ${occurrence.endUtc}`);
    expect(read.sort()).toEqual(expectedFor(scope));
  });

  // A subscribable calendar makes its events as it is written and takes its VTIMEZONE's years
  // from the entries' times alone: the same file as from the events made up front.
  test.each(scopes.map((scope) => [JSON.stringify(scope), scope] as const))('%s is the same written lazily as from its events', (_name, scope) => {
    const calendar = scopeCalendar({ directory, lang: 'sv', now: NOW }, scope);
    const { years, ...rest } = calendar;
    expect(years).toBeDefined();
    expect(writeCalendar(calendar)).toBe(writeCalendar({ ...rest, events: [...calendar.events] }));
    // Read twice, the events are made twice, the same.
    expect([...calendar.events]).toEqual([...calendar.events]);
  });

  test('the whole-site calendar is not empty and covers both DST changes of 2027', () => {
    const read = readBack(writeCalendar(scopeCalendar({ directory, lang: 'fi', now: NOW }, { kind: 'all' })), `${until}T23:59:59Z`);
    expect(read.length).toBeGreaterThan(100);
    expect(read.some((occurrence) => occurrence.local < '2027-03-28')).toBe(true);
    expect(read.some((occurrence) => occurrence.local > '2027-03-28' && occurrence.local < '2027-10-31')).toBe(true);
  });
});

describe('calendarFiles', () => {
  test('every file path is unique, and every file renders', () => {
    const directory = sampleDirectory();
    const files = calendarFiles(directory, NOW);
    expect(new Set(files.map((file) => file.path)).size).toBe(files.length);
    expect(files.filter((file) => file.target.type === 'scope').length).toBe(
      3 * (1 + directory.organisations.length + siteCounties(directory).length + directory.taxonomies.situations.length),
    );
    const entryFiles = files.filter((file) => file.target.type === 'entry' && file.lang === 'fi');
    expect(entryFiles.length).toBe(upcomingEvents(directory, NOW).length + scheduledActivities(directory, NOW).length);
    for (const file of entryFiles) expect(renderCalendarFile(directory, NOW, file)).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/);
  });

  test('streamed, every file is the same bytes as written whole', async () => {
    const directory = sampleDirectory();
    for (const file of calendarFiles(directory, NOW)) {
      expect(await new Response(calendarFileStream(directory, NOW, file)).text(), file.path).toBe(renderCalendarFile(directory, NOW, file));
    }
  });
});
