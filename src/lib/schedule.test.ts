import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Schedule } from '../schemas/schedule.ts';
import { ScheduleSchema } from '../schemas/schedule.ts';
import {
  describeSchedule,
  eventOccurrences,
  expandSchedule,
  formatDateRange,
  formatOccurrence,
  isAmbiguousLocalTime,
  isEventPast,
  nextOccurrences,
  resolveLocalTime,
  scheduleWarnings,
  toLocalTime,
  weekdayOf,
} from './schedule.ts';
import { contentDirectory, readContentDirectory } from './content-files.ts';
import { renderMessage } from './messages.ts';
import { formatFieldPath } from './problems.ts';
import { validateContent } from './validate.ts';

const HELSINKI = 'Europe/Helsinki';

/** Parses a schedule as the content loader would, so tests use real, validated rules. */
function schedule(input: unknown): Schedule {
  return ScheduleSchema.parse(input);
}

function starts(input: unknown, from: string, to: string, timezone = HELSINKI): string[] {
  return expandSchedule(schedule(input), { from, to, timezone }).occurrences.map((occurrence) => occurrence.start);
}

// The test runs the whole file once in the process's own zone and once again (below) under
// other TZ settings: nothing here may depend on the machine's zone.
function suite(label: string) {
  describe(`expandSchedule (${label})`, () => {
    test.each([
      // Weekly 18:00 across each DST change of 2026 and 2027: same wall clock, UTC moves by an hour.
      ['spring 2026', '2026-03-24', '2026-03-31', 'tue', ['2026-03-24T16:00:00Z', '2026-03-31T15:00:00Z']],
      ['autumn 2026', '2026-10-20', '2026-10-27', 'tue', ['2026-10-20T15:00:00Z', '2026-10-27T16:00:00Z']],
      ['spring 2027', '2027-03-23', '2027-03-30', 'tue', ['2027-03-23T16:00:00Z', '2027-03-30T15:00:00Z']],
      ['autumn 2027', '2027-10-26', '2027-11-02', 'tue', ['2027-10-26T15:00:00Z', '2027-11-02T16:00:00Z']],
      ['the Sunday of spring 2026', '2026-03-22', '2026-03-29', 'sun', ['2026-03-22T16:00:00Z', '2026-03-29T15:00:00Z']],
      ['the Sunday of autumn 2027', '2027-10-24', '2027-10-31', 'sun', ['2027-10-24T15:00:00Z', '2027-10-31T16:00:00Z']],
    ])('weekly 18:00–19:30 keeps its wall-clock time across %s', (_name, from, to, day, utc) => {
      const { occurrences, skipped } = expandSchedule(schedule([{ weekly: [day], start: '18:00', end: '19:30' }]), { from, to, timezone: HELSINKI });
      expect(occurrences.map((occurrence) => occurrence.start)).toEqual([`${from}T18:00`, `${to}T18:00`]);
      expect(occurrences.map((occurrence) => occurrence.end)).toEqual([`${from}T19:30`, `${to}T19:30`]);
      expect(occurrences.map((occurrence) => occurrence.startUtc)).toEqual(utc);
      expect(skipped).toEqual([]);
    });

    test('a start inside the spring-forward gap is skipped and reported, the other weeks are kept', () => {
      const result = expandSchedule(schedule([{ weekly: ['sun'], start: '03:30', end: '05:00' }]), {
        from: '2026-03-22',
        to: '2026-04-05',
        timezone: HELSINKI,
      });
      expect(result.occurrences.map((occurrence) => [occurrence.start, occurrence.startUtc])).toEqual([
        ['2026-03-22T03:30', '2026-03-22T01:30:00Z'],
        ['2026-04-05T03:30', '2026-04-05T00:30:00Z'],
      ]);
      expect(result.skipped).toEqual([{ date: '2026-03-29', time: '03:30' }]);
    });

    test.each([
      ['2026-03-29', '03:00'],
      ['2027-03-28', '03:59'],
    ])('every start time in the gap is skipped: %s %s', (date, time) => {
      const result = expandSchedule(schedule([{ dates: [date], start: time, end: '06:00' }]), { from: date, to: date, timezone: HELSINKI });
      expect(result).toEqual({ occurrences: [], skipped: [{ date, time }] });
    });

    test('a start just outside the gap is kept', () => {
      expect(starts([{ dates: ['2026-03-29'], start: '02:59', end: '04:00' }], '2026-03-29', '2026-03-29')).toEqual(['2026-03-29T02:59']);
      expect(starts([{ dates: ['2026-03-29'], start: '04:00', end: '05:00' }], '2026-03-29', '2026-03-29')).toEqual(['2026-03-29T04:00']);
    });

    test('an end inside the gap is read with the offset before it, so the session keeps its length', () => {
      const [occurrence] = expandSchedule(schedule([{ dates: ['2026-03-29'], start: '02:00', end: '03:30' }]), {
        from: '2026-03-29',
        to: '2026-03-29',
        timezone: HELSINKI,
      }).occurrences;
      expect(occurrence).toEqual({ start: '2026-03-29T02:00', end: '2026-03-29T04:30', startUtc: '2026-03-29T00:00:00Z', endUtc: '2026-03-29T01:30:00Z' });
    });

    test('a time that happens twice in autumn means the first of the two', () => {
      const [occurrence] = expandSchedule(schedule([{ dates: ['2026-10-25'], start: '03:30', end: '04:30' }]), {
        from: '2026-10-25',
        to: '2026-10-25',
        timezone: HELSINKI,
      }).occurrences;
      // 03:30 EEST (+03:00) is 00:30Z; the session ends at 04:30 EET (+02:00), two hours later.
      expect(occurrence).toEqual({ start: '2026-10-25T03:30', end: '2026-10-25T04:30', startUtc: '2026-10-25T00:30:00Z', endUtc: '2026-10-25T02:30:00Z' });
    });

    test('an overnight session ends the next morning, also across the autumn change', () => {
      const [occurrence] = expandSchedule(schedule([{ weekly: ['sat'], start: '22:00', end: '06:00' }]), {
        from: '2026-10-24',
        to: '2026-10-24',
        timezone: HELSINKI,
      }).occurrences;
      expect(occurrence).toEqual({ start: '2026-10-24T22:00', end: '2026-10-25T06:00', startUtc: '2026-10-24T19:00:00Z', endUtc: '2026-10-25T04:00:00Z' });
    });

    test('every: 2 counts weeks from the week of from:, and from:/until:/except: bound the rule', () => {
      const rule = { weekly: ['tue'], every: 2, start: '17:30', end: '19:00', from: '2026-09-01', until: '2026-12-15', except: ['2026-10-13'] };
      expect(starts([rule], '2026-08-01', '2026-12-31').map((start) => start.slice(0, 10))).toEqual([
        '2026-09-01',
        '2026-09-15',
        '2026-09-29',
        '2026-10-27',
        '2026-11-10',
        '2026-11-24',
        '2026-12-08',
      ]);
    });

    test('every: 2 with from: in mid-week starts in the week of from:', () => {
      // from is a Thursday; that week's Tuesday is before from, so the first meeting is two weeks on.
      const rule = { weekly: ['tue', 'fri'], every: 2, start: '10:00', end: '11:00', from: '2026-09-03' };
      expect(starts([rule], '2026-09-01', '2026-09-30').map((start) => start.slice(0, 10))).toEqual([
        '2026-09-04',
        '2026-09-15',
        '2026-09-18',
        '2026-09-29',
      ]);
    });

    test('every: 2 without from: gives the same weeks whatever window is asked for', () => {
      const rule = [{ weekly: ['wed'], every: 2, start: '12:00', end: '13:00' }];
      const wide = starts(rule, '2026-01-01', '2026-12-31');
      const narrow = starts(rule, '2026-06-04', '2026-07-31');
      expect(narrow).toEqual(wide.filter((start) => start >= '2026-06-04' && start <= '2026-07-31T23:59'));
      // Weeks counted from Monday 1969-12-29: the week of Monday 2026-01-05 is week 2923 (odd),
      // the week of 2026-01-12 is even.
      expect(wide.slice(0, 3)).toEqual(['2026-01-14T12:00', '2026-01-28T12:00', '2026-02-11T12:00']);
    });

    test.each([
      ['first and last Saturday', { weekday: 'sat', nth: [1, -1] }, '2026-08-01', '2026-10-31', ['2026-08-01', '2026-08-29', '2026-09-05', '2026-09-26', '2026-10-03', '2026-10-31']],
      ['a fifth Thursday only in months that have one', { weekday: 'thu', nth: [5] }, '2026-01-01', '2026-06-30', ['2026-01-29', '2026-04-30']],
      ['second to last Monday', { weekday: 'mon', nth: [-2] }, '2026-02-01', '2026-03-31', ['2026-02-16', '2026-03-23']],
      ['last Sunday, which is the DST Sunday in March and October', { weekday: 'sun', nth: [-1] }, '2026-03-01', '2026-10-31', ['2026-03-29', '2026-04-26', '2026-05-31', '2026-06-28', '2026-07-26', '2026-08-30', '2026-09-27', '2026-10-25']],
    ])('monthly: %s', (_name, monthly, from, to, dates) => {
      expect(starts([{ monthly, start: '10:00', end: '12:00' }], from, to).map((start) => start.slice(0, 10))).toEqual(dates);
    });

    test('monthly every: 2 counts months from the month of from:', () => {
      const rule = { monthly: { weekday: 'sat', nth: [1] }, every: 2, start: '10:00', end: '12:00', from: '2026-09-01' };
      expect(starts([rule], '2026-08-01', '2027-03-31').map((start) => start.slice(0, 10))).toEqual(['2026-09-05', '2026-11-07', '2027-01-02', '2027-03-06']);
    });

    test('explicit dates, several rules merged in time order, duplicates once', () => {
      const input = [
        { dates: ['2026-12-12', '2026-12-05', '2027-01-09'], start: '12:00', end: '15:00' },
        { weekly: ['sat'], start: '10:00', end: '11:00', from: '2026-12-05', until: '2026-12-12' },
        { dates: ['2026-12-05'], start: '12:00', end: '15:00' },
      ];
      expect(starts(input, '2026-12-01', '2026-12-31')).toEqual(['2026-12-05T10:00', '2026-12-05T12:00', '2026-12-12T10:00', '2026-12-12T12:00']);
    });

    test('the window is inclusive at both ends and counts start dates', () => {
      const input = [{ weekly: ['mon', 'sun'], start: '23:00', end: '01:00' }];
      expect(starts(input, '2026-11-23', '2026-11-29')).toEqual(['2026-11-23T23:00', '2026-11-29T23:00']);
    });

    test.each([
      ['no schedule', undefined],
      ['by appointment', { byAppointment: true }],
      ['always open', { alwaysOpen: true }],
    ])('%s has no occurrences', (_name, input) => {
      const value = input === undefined ? undefined : schedule(input);
      expect(expandSchedule(value, { from: '2026-01-01', to: '2026-12-31', timezone: HELSINKI })).toEqual({ occurrences: [], skipped: [] });
    });

    test('other time zones work the same way (New York changes on other dates)', () => {
      const result = expandSchedule(schedule([{ weekly: ['sun'], start: '02:30', end: '03:30' }]), {
        from: '2026-03-01',
        to: '2026-03-15',
        timezone: 'America/New_York',
      });
      expect(result.occurrences.map((occurrence) => occurrence.startUtc)).toEqual(['2026-03-01T07:30:00Z', '2026-03-15T06:30:00Z']);
      expect(result.skipped).toEqual([{ date: '2026-03-08', time: '02:30' }]);
    });

    test('a malformed window or zone is a programming error', () => {
      expect(() => expandSchedule(undefined, { from: '2026-1-1', to: '2026-12-31', timezone: HELSINKI })).toThrow('"2026-1-1" is not a YYYY-MM-DD date');
      expect(() => expandSchedule(undefined, { from: '2026-01-01', to: '2026-12-31', timezone: 'Mars/Olympus' })).toThrow('"Mars/Olympus" is not an IANA time zone');
    });
  });

  describe(`nextOccurrences (${label})`, () => {
    const weekly = schedule([{ weekly: ['tue'], start: '17:30', end: '19:00', except: ['2026-12-08'] }]);

    test.each([
      ['before the session', '2026-11-24T12:00', ['2026-11-24T17:30', '2026-12-01T17:30', '2026-12-15T17:30']],
      ['during the session (it is still on)', '2026-11-24T18:00', ['2026-11-24T17:30', '2026-12-01T17:30', '2026-12-15T17:30']],
      ['at its end', '2026-11-24T19:00', ['2026-12-01T17:30', '2026-12-15T17:30', '2026-12-22T17:30']],
    ])('%s', (_name, now, expected) => {
      expect(nextOccurrences(weekly, { now, timezone: HELSINKI, count: 3 }).map((occurrence) => occurrence.start)).toEqual(expected);
    });

    test('a session from last night still running is next', () => {
      const overnight = schedule([{ weekly: ['mon'], start: '22:00', end: '02:00' }]);
      expect(nextOccurrences(overnight, { now: '2026-11-24T01:00', timezone: HELSINKI, count: 1 })).toEqual([
        { start: '2026-11-23T22:00', end: '2026-11-24T02:00', startUtc: '2026-11-23T20:00:00Z', endUtc: '2026-11-24T00:00:00Z' },
      ]);
    });

    test('the horizon limits how far ahead it looks', () => {
      const rare = schedule([{ dates: ['2027-06-01', '2028-06-01'], start: '10:00', end: '11:00' }]);
      expect(nextOccurrences(rare, { now: '2026-11-23T12:00', timezone: HELSINKI, count: 5 }).map((occurrence) => occurrence.start)).toEqual(['2027-06-01T10:00']);
      expect(nextOccurrences(rare, { now: '2026-11-23T12:00', timezone: HELSINKI, count: 5, horizonDays: 30 })).toEqual([]);
    });

    test('the next dates across the spring change keep 18:00', () => {
      const sundays = schedule([{ weekly: ['sun'], start: '18:00', end: '19:00' }]);
      expect(nextOccurrences(sundays, { now: '2027-03-21T19:00', timezone: HELSINKI, count: 2 }).map((occurrence) => [occurrence.start, occurrence.startUtc])).toEqual([
        ['2027-03-28T18:00', '2027-03-28T15:00:00Z'],
        ['2027-04-04T18:00', '2027-04-04T15:00:00Z'],
      ]);
    });
  });

  describe(`events (${label})`, () => {
    const event = {
      start: '2026-10-24T18:00',
      end: '2026-10-24T20:00',
      sessions: [
        { start: '2026-10-31T18:00', end: '2026-10-31T20:00' },
        { start: '2026-10-17T18:00', end: '2026-10-17T20:00' },
      ],
    };

    test('eventOccurrences lists every session in time order with its UTC instant', () => {
      expect(eventOccurrences(event, HELSINKI)).toEqual([
        { start: '2026-10-17T18:00', end: '2026-10-17T20:00', startUtc: '2026-10-17T15:00:00Z', endUtc: '2026-10-17T17:00:00Z' },
        { start: '2026-10-24T18:00', end: '2026-10-24T20:00', startUtc: '2026-10-24T15:00:00Z', endUtc: '2026-10-24T17:00:00Z' },
        { start: '2026-10-31T18:00', end: '2026-10-31T20:00', startUtc: '2026-10-31T16:00:00Z', endUtc: '2026-10-31T18:00:00Z' },
      ]);
    });

    test.each([
      ['before the last session', '2026-10-31T19:59', false],
      ['when the last session ends', '2026-10-31T20:00', true],
      ['after the first session only', '2026-10-18T12:00', false],
      ['long after', '2026-11-23T12:00', true],
    ])('isEventPast %s', (_name, now, past) => {
      expect(isEventPast(event, now)).toBe(past);
    });
  });

  describe(`zone conversion (${label})`, () => {
    test.each([
      ['2026-06-01T12:00', { ms: Date.UTC(2026, 5, 1, 9, 0), exists: true }],
      ['2026-01-15T12:00', { ms: Date.UTC(2026, 0, 15, 10, 0), exists: true }],
      ['2026-03-29T03:15', { ms: Date.UTC(2026, 2, 29, 1, 15), exists: false }],
      ['2026-10-25T03:15', { ms: Date.UTC(2026, 9, 25, 0, 15), exists: true }],
      ['2027-10-31T03:15', { ms: Date.UTC(2027, 9, 31, 0, 15), exists: true }],
    ])('resolveLocalTime %s', (local, expected) => {
      expect(resolveLocalTime(local, HELSINKI)).toEqual(expected);
    });

    test.each([
      ['2026-10-25T03:00', true],
      ['2026-10-25T03:59', true],
      ['2026-10-25T04:00', false],
      ['2026-10-25T02:59', false],
      ['2026-03-29T03:30', false],
      ['2026-06-01T03:30', false],
    ])('isAmbiguousLocalTime %s is %s', (local, ambiguous) => {
      expect(isAmbiguousLocalTime(local, HELSINKI)).toBe(ambiguous);
    });

    test('toLocalTime shows the repeated autumn hour twice, an hour apart', () => {
      expect(toLocalTime(Date.UTC(2026, 9, 25, 0, 30), HELSINKI)).toBe('2026-10-25T03:30');
      expect(toLocalTime(Date.UTC(2026, 9, 25, 1, 30), HELSINKI)).toBe('2026-10-25T03:30');
    });

    test.each([
      ['2026-11-23', 'mon'],
      ['2026-03-29', 'sun'],
      ['1969-12-29', 'mon'],
      ['2028-02-29', 'tue'],
    ])('weekdayOf %s is %s', (date, weekday) => {
      expect(weekdayOf(date)).toBe(weekday);
    });
  });
}

suite(`process TZ ${process.env.TZ ?? 'unset'}`);

for (const zone of ['America/New_York', 'UTC', 'Pacific/Auckland']) {
  describe(`under TZ=${zone}`, () => {
    const previous = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    });
    test('the process really runs in that zone', () => {
      expect(new Date(Date.UTC(2026, 0, 1, 12)).getTimezoneOffset()).toBe(zone === 'UTC' ? 0 : zone === 'America/New_York' ? 300 : -780);
    });
    suite(`TZ=${zone}`);
  });
}

describe('describeSchedule', () => {
  const tuesday = { weekly: ['tue'], start: '17:30', end: '19:00' };
  test.each([
    ['weekly', [tuesday], ['tiistaisin klo 17.30–19.00'], ['tisdagar kl. 17.30–19.00'], ['Tuesdays 5:30–7 pm']],
    [
      'every other week, one day',
      [{ ...tuesday, every: 2 }],
      ['joka toinen tiistai klo 17.30–19.00'],
      ['varannan tisdag kl. 17.30–19.00'],
      ['every other Tuesday 5:30–7 pm'],
    ],
    [
      'every third week, two days',
      [{ weekly: ['thu', 'mon'], every: 3, start: '09:00', end: '11:30' }],
      ['joka kolmas viikko maanantaisin ja torstaisin klo 9.00–11.30'],
      ['måndagar och torsdagar var tredje vecka kl. 9.00–11.30'],
      ['Mondays and Thursdays every third week 9–11:30 am'],
    ],
    [
      'three days',
      [{ weekly: ['fri', 'mon', 'wed'], start: '10:00', end: '12:00' }],
      ['maanantaisin, keskiviikkoisin ja perjantaisin klo 10.00–12.00'],
      ['måndagar, onsdagar och fredagar kl. 10.00–12.00'],
      ['Mondays, Wednesdays and Fridays 10 am–noon'],
    ],
    [
      'weekdays by phone',
      [{ weekly: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '15:00' }],
      ['arkisin klo 9.00–15.00'],
      ['vardagar kl. 9.00–15.00'],
      ['weekdays 9 am–3 pm'],
    ],
    [
      'every day, overnight',
      [{ weekly: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '22:00', end: '02:00' }],
      ['joka päivä klo 22.00–2.00'],
      ['varje dag kl. 22.00–2.00'],
      ['every day 10 pm–2 am'],
    ],
    [
      'first and last Saturday',
      [{ monthly: { weekday: 'sat', nth: [-1, 1] }, start: '10:00', end: '12:00' }],
      ['kuukauden ensimmäinen ja viimeinen lauantai klo 10.00–12.00'],
      ['första och sista lördagen i månaden kl. 10.00–12.00'],
      ['first and last Saturday of the month 10 am–noon'],
    ],
    [
      'second and second to last Wednesday of every other month',
      [{ monthly: { weekday: 'wed', nth: [-2, 2] }, every: 2, start: '12:00', end: '13:30' }],
      ['joka toisen kuukauden toinen ja toiseksi viimeinen keskiviikko klo 12.00–13.30'],
      ['andra och näst sista onsdagen varannan månad kl. 12.00–13.30'],
      ['second and second to last Wednesday of every other month noon–1:30 pm'],
    ],
    [
      'explicit dates across a year',
      [{ dates: ['2027-01-09', '2026-12-05', '2026-12-12'], start: '12:00', end: '15:00' }],
      ['5.12., 12.12.2026 ja 9.1.2027 klo 12.00–15.00'],
      ['5.12., 12.12.2026 och 9.1.2027 kl. 12.00–15.00'],
      ['5 December, 12 December 2026 and 9 January 2027 noon–3 pm'],
    ],
    [
      'period and exception (the content-model example)',
      [{ ...tuesday, every: 2, from: '2026-09-01', until: '2026-12-15', except: ['2026-10-20'] }],
      ['joka toinen tiistai klo 17.30–19.00, 1.9.–15.12.2026, ei 20.10.'],
      ['varannan tisdag kl. 17.30–19.00, 1.9.–15.12.2026, inte 20.10.'],
      ['every other Tuesday 5:30–7 pm, 1 September – 15 December 2026, not 20 October'],
    ],
    [
      'from only, exceptions in two years',
      [{ weekly: ['wed'], start: '09:30', end: '11:30', from: '2026-08-12', except: ['2026-12-23', '2026-12-30', '2027-01-06'] }],
      ['keskiviikkoisin klo 9.30–11.30, 12.8.2026 alkaen, ei 23.12., 30.12. eikä 6.1.2027'],
      ['onsdagar kl. 9.30–11.30, från 12.8.2026, inte 23.12., 30.12. eller 6.1.2027'],
      ['Wednesdays 9:30–11:30 am, from 12 August 2026, not 23 December, 30 December or 6 January 2027'],
    ],
    [
      'until only, across a year',
      [{ weekly: ['sun'], start: '00:00', end: '12:00', until: '2027-01-31', except: ['2026-12-27'] }],
      ['sunnuntaisin klo 0.00–12.00, 31.1.2027 asti, ei 27.12.2026'],
      ['söndagar kl. 0.00–12.00, till och med 31.1.2027, inte 27.12.2026'],
      ['Sundays midnight–noon, until 31 January 2027, not 27 December 2026'],
    ],
    [
      'exceptions without a period',
      [{ weekly: ['thu'], start: '12:30', end: '13:15', except: ['2026-12-24', '2026-12-31'] }],
      ['torstaisin klo 12.30–13.15, ei 24.12. eikä 31.12.2026'],
      ['torsdagar kl. 12.30–13.15, inte 24.12. eller 31.12.2026'],
      ['Thursdays 12:30–1:15 pm, not 24 December or 31 December 2026'],
    ],
    [
      'a period across a year, every sixth week',
      [{ weekly: ['sat'], every: 6, start: '11:00', end: '12:00', from: '2026-11-07', until: '2027-05-29' }],
      ['joka 6. lauantai klo 11.00–12.00, 7.11.2026–29.5.2027'],
      ['var 6:e lördag kl. 11.00–12.00, 7.11.2026–29.5.2027'],
      ['every 6th Saturday 11 am–noon, 7 November 2026 – 29 May 2027'],
    ],
    ['by appointment', { byAppointment: true }, ['ajanvarauksella'], ['enligt tidsbokning'], ['by appointment']],
    ['always open', { alwaysOpen: true }, ['avoinna ympäri vuorokauden'], ['öppet dygnet runt'], ['open around the clock']],
    [
      'two rules, two lines',
      [tuesday, { monthly: { weekday: 'sun', nth: [3] }, start: '14:00', end: '16:00' }],
      ['tiistaisin klo 17.30–19.00', 'kuukauden kolmas sunnuntai klo 14.00–16.00'],
      ['tisdagar kl. 17.30–19.00', 'tredje söndagen i månaden kl. 14.00–16.00'],
      ['Tuesdays 5:30–7 pm', 'third Sunday of the month 2–4 pm'],
    ],
  ])('%s', (_name, input, fiLines, svLines, enLines) => {
    const value = schedule(input);
    expect(describeSchedule(value, 'fi')).toEqual(fiLines);
    expect(describeSchedule(value, 'sv')).toEqual(svLines);
    expect(describeSchedule(value, 'en')).toEqual(enLines);
  });

  test('no schedule, no lines', () => {
    expect(describeSchedule(undefined, 'fi')).toEqual([]);
  });
});

describe('next dates in words across the DST changes', () => {
  const sundays = ScheduleSchema.parse([{ weekly: ['sun'], start: '18:00', end: '19:00' }]);
  test.each([
    ['2026-03-22T12:00', ['su 22.3.2026 klo 18.00–19.00', 'su 29.3.2026 klo 18.00–19.00'], ['sön 22.3.2026 kl. 18.00–19.00', 'sön 29.3.2026 kl. 18.00–19.00'], ['Sun 22 Mar 2026, 6–7 pm', 'Sun 29 Mar 2026, 6–7 pm']],
    ['2026-10-18T12:00', ['su 18.10.2026 klo 18.00–19.00', 'su 25.10.2026 klo 18.00–19.00'], ['sön 18.10.2026 kl. 18.00–19.00', 'sön 25.10.2026 kl. 18.00–19.00'], ['Sun 18 Oct 2026, 6–7 pm', 'Sun 25 Oct 2026, 6–7 pm']],
    ['2027-03-21T12:00', ['su 21.3.2027 klo 18.00–19.00', 'su 28.3.2027 klo 18.00–19.00'], ['sön 21.3.2027 kl. 18.00–19.00', 'sön 28.3.2027 kl. 18.00–19.00'], ['Sun 21 Mar 2027, 6–7 pm', 'Sun 28 Mar 2027, 6–7 pm']],
    ['2027-10-24T12:00', ['su 24.10.2027 klo 18.00–19.00', 'su 31.10.2027 klo 18.00–19.00'], ['sön 24.10.2027 kl. 18.00–19.00', 'sön 31.10.2027 kl. 18.00–19.00'], ['Sun 24 Oct 2027, 6–7 pm', 'Sun 31 Oct 2027, 6–7 pm']],
  ])('from %s', (now, fiLines, svLines, enLines) => {
    const next = nextOccurrences(sundays, { now, timezone: HELSINKI, count: 2 });
    expect(next.map((occurrence) => formatOccurrence(occurrence, 'fi'))).toEqual(fiLines);
    expect(next.map((occurrence) => formatOccurrence(occurrence, 'sv'))).toEqual(svLines);
    expect(next.map((occurrence) => formatOccurrence(occurrence, 'en'))).toEqual(enLines);
    // Same wall clock, an hour apart in UTC.
    const [before, after] = next.map((occurrence) => Number(occurrence.startUtc.slice(11, 13)));
    expect(Math.abs(before! - after!)).toBe(1);
  });
});

describe('formatDateRange', () => {
  test.each([
    ['2026-11-17', '2027-01-12', '17.11.2026–12.1.2027', '17.11.2026–12.1.2027', '17 November 2026 – 12 January 2027'],
    ['2027-01-12', '2027-02-16', '12.1.–16.2.2027', '12.1.–16.2.2027', '12 January – 16 February 2027'],
    ['2027-01-12', '2027-01-12', '12.1.2027', '12.1.2027', '12 January 2027'],
  ])('%s – %s', (from, to, fiText, svText, enText) => {
    expect([formatDateRange(from, to, 'fi'), formatDateRange(from, to, 'sv'), formatDateRange(from, to, 'en')]).toEqual([fiText, svText, enText]);
  });
});

describe('formatOccurrence', () => {
  test.each([
    ['an evening', '2026-12-01T17:30', '2026-12-01T19:00', 'ti 1.12.2026 klo 17.30–19.00', 'tis 1.12.2026 kl. 17.30–19.00', 'Tue 1 Dec 2026, 5:30–7 pm'],
    ['a morning to noon', '2026-12-05T10:00', '2026-12-05T12:00', 'la 5.12.2026 klo 10.00–12.00', 'lör 5.12.2026 kl. 10.00–12.00', 'Sat 5 Dec 2026, 10 am–noon'],
    ['past midnight', '2026-12-04T22:00', '2026-12-05T02:00', 'pe 4.12.2026 klo 22.00–2.00', 'fre 4.12.2026 kl. 22.00–2.00', 'Fri 4 Dec 2026, 10 pm–2 am'],
    [
      'over two days',
      '2027-03-27T10:00',
      '2027-03-28T16:00',
      'la 27.3.2027 klo 10.00 – su 28.3.2027 klo 16.00',
      'lör 27.3.2027 kl. 10.00 – sön 28.3.2027 kl. 16.00',
      'Sat 27 Mar 2027, 10 am – Sun 28 Mar 2027, 4 pm',
    ],
  ])('%s', (_name, start, end, fiText, svText, enText) => {
    const occurrence = { start, end };
    expect(formatOccurrence(occurrence, 'fi')).toBe(fiText);
    expect(formatOccurrence(occurrence, 'sv')).toBe(svText);
    expect(formatOccurrence(occurrence, 'en')).toBe(enText);
  });
});

describe('scheduleWarnings', () => {
  const options = { today: '2026-11-23', timezone: HELSINKI };

  test('a rule meeting in the gap is reported once for the coming spring, with its path', () => {
    const written = [
      { weekly: ['tue'], start: '18:00', end: '19:00' },
      { weekly: ['sun'], start: '03:30', end: '05:00' },
    ];
    expect(scheduleWarnings(written, options)).toEqual([
      { path: [1, 'start'], code: 'schedule.gap', params: { date: '2027-03-28', time: '03:30', timezone: HELSINKI } },
    ]);
  });

  test('every without from is reported; with from it is not', () => {
    const written = [
      { weekly: ['tue'], every: 2, start: '18:00', end: '19:00' },
      { monthly: { weekday: 'sat', nth: [1] }, every: 3, start: '10:00', end: '12:00', from: '2026-09-01' },
    ];
    expect(scheduleWarnings(written, options)).toEqual([{ path: [0, 'every'], code: 'schedule.everyWithoutFrom', params: { value: '2' } }]);
  });

  test('rules that fail their schema, and schedules that are not lists, are left to the schema', () => {
    expect(scheduleWarnings([{ weekly: ['tuesday'], start: '03:30', end: '05:00' }], options)).toEqual([]);
    expect(scheduleWarnings({ byAppointment: true }, options)).toEqual([]);
    expect(scheduleWarnings(undefined, options)).toEqual([]);
  });

  test('the validator reports them as warnings with file, line and message', () => {
    const files = readContentDirectory(contentDirectory({}));
    const target = files.find((file) => file.relativePath === 'activities/tuulikello/olohuone-kohtaamispaikka.yaml')!;
    const yaml = new TextDecoder().decode(target.bytes).replace(/^schedule:[\s\S]*?\n(?=\S)/m, 'schedule:\n  - weekly: [sun]\n    every: 2\n    start: "03:15"\n    end: "05:00"\n');
    target.bytes = new TextEncoder().encode(yaml);
    const result = validateContent(files, { clock: { today: '2026-11-23', now: '2026-11-23T12:00' } });
    const mine = result.problems.filter((problem) => problem.file.endsWith('olohuone-kohtaamispaikka.yaml'));
    expect(mine.map((problem) => [problem.severity, problem.code, formatFieldPath(problem.path), problem.line, renderMessage(problem.code, problem.params, 'en').message])).toEqual([
      ['warning', 'schedule.everyWithoutFrom', 'schedule[0].every', 24, expect.stringContaining('every: 2 has no from: date')],
      ['warning', 'schedule.gap', 'schedule[0].start', 25, expect.stringContaining('on 2027-03-28 the time 03:15 does not exist in Europe/Helsinki')],
    ]);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});
