import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ScheduleRuleSchema, ScheduleSchema, type ScheduleRule } from '../schemas/schedule.ts';
import { escapeText, eventYears, foldLine, ruleToEvents, vtimezoneLines, writeCalendar, type Calendar, type CalendarEvent } from './ical.ts';
import { expandSchedule } from './schedule.ts';
import { readBack } from '../../tests/support/read-ical.ts';

const HELSINKI = 'Europe/Helsinki';

function rule(input: unknown): ScheduleRule {
  return ScheduleRuleSchema.parse(input);
}

function calendar(events: CalendarEvent[], timezone = HELSINKI): Calendar {
  return {
    prodId: '-//Tukiverkko//tukiverkko.example.org//FI',
    name: 'Testikalenteri, jossa pilkku; ja puolipiste',
    lang: 'fi',
    timezone,
    generated: '2026-11-23T10:00:00Z',
    events,
  };
}

describe('text and lines', () => {
  test.each([
    ['Kahvi, pulla; ja juttu', 'Kahvi\\, pulla\\; ja juttu'],
    ['Rivi 1\nRivi 2\r\nRivi 3', 'Rivi 1\\nRivi 2\\nRivi 3'],
    ['C:\\polku', 'C:\\\\polku'],
    ['bell\u0007 and tab\t', 'bell and tab\t'],
  ])('escapeText %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  test('folding keeps every line within 75 octets and never splits a character', () => {
    const line = `DESCRIPTION:${'Äänestä ja ystävä – öljy ja åka. '.repeat(8)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('SUMMARY:lyhyt')).toBe('SUMMARY:lyhyt');
  });
});

describe('a national directory', () => {
  test('a calendar of 300,000 events is written, its time zone covering every year they run in', () => {
    // 300,000 events once overflowed the call stack (Math.min over every year as arguments).
    const events: CalendarEvent[] = Array.from({ length: 300_000 }, (_, index) => ({
      uid: `e${index}@example.org`,
      summary: 'Ryhmä',
      status: 'CONFIRMED',
      start: index === 7 ? '2025-03-01T18:00' : '2026-12-01T18:00',
      end: index === 7 ? '2025-03-01T20:00' : '2026-12-01T20:00',
      ...(index === 9 ? { rrule: { freq: 'WEEKLY', interval: 1, byDay: ['TU'], until: '2029-06-30T20:59:59Z' } } : {}),
    }));
    const text = writeCalendar(calendar(events));
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(300_000);
    // The zone's rules from the first event's year to the last year of the recurrence.
    expect(text).toContain(vtimezoneLines(HELSINKI, 2025, 2029).join('\r\n'));
  });
});

describe('VTIMEZONE', () => {
  test('Europe/Helsinki is one STANDARD and one DAYLIGHT observance with the EU rule', () => {
    expect(vtimezoneLines(HELSINKI, 2026, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Helsinki',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250330T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0300',
      'TZNAME:EEST',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20251026T040000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0200',
      'TZNAME:EET',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  test('a zone without daylight saving time has a single STANDARD observance', () => {
    expect(vtimezoneLines('Asia/Tokyo', 2026, 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  test('an unknown zone is a programming error', () => {
    expect(() => vtimezoneLines('Mars/Olympus', 2026, 2026)).toThrow('"Mars/Olympus" is not an IANA time zone');
  });

  // A parser that knows only the VTIMEZONE must convert like the IANA database, in zones with
  // regular rules (Helsinki, New York: second Sunday of March, first of November; Sydney, south)
  // and with irregular ones (Casablanca moves its clocks around Ramadan).
  test.each([HELSINKI, 'America/New_York', 'Australia/Sydney', 'Africa/Casablanca'])('%s read back converts like the IANA database', (timezone) => {
    const starts = ['2026-01-15T12:00', '2026-03-08T03:30', '2026-03-29T02:30', '2026-04-05T12:00', '2026-07-01T18:00', '2026-10-04T12:00', '2026-10-25T05:00', '2026-11-01T12:00', '2027-03-28T18:00', '2027-10-31T18:00', '2027-12-31T23:00'];
    const events = starts.map((start, index) => ({ uid: `t${index}`, summary: 't', status: 'CONFIRMED' as const, start, end: start }));
    const read = readBack(writeCalendar(calendar(events, timezone)), '2029-01-01T00:00:00Z');
    const expected = expandSchedule(ScheduleSchema.parse(starts.map((start) => ({ dates: [start.slice(0, 10)], start: start.slice(11), end: '23:59' }))), {
      from: '2026-01-01',
      to: '2027-12-31',
      timezone,
    }).occurrences.map((occurrence) => occurrence.startUtc);
    expect(read.map((occurrence) => occurrence.startUtc).sort()).toEqual(expected.sort());
  });
});

describe('ruleToEvents', () => {
  const from = '2026-11-23';
  test.each([
    [
      'weekly, every other week, period and exception',
      { weekly: ['tue'], every: 2, start: '17:30', end: '19:00', from: '2026-09-01', until: '2027-05-25', except: ['2026-12-22', '2026-12-29', '2027-06-01'] },
      // 2026-12-29 is not a meeting week (every other week from 1.9.), so it is no EXDATE.
      [{ key: '', start: '2026-11-24T17:30', end: '2026-11-24T19:00', rrule: { freq: 'WEEKLY', interval: 2, byDay: ['TU'], until: '2027-05-25T20:59:59.000Z' }, exdates: ['2026-12-22T17:30'] }],
    ],
    [
      'monthly, first and last Saturday',
      { monthly: { weekday: 'sat', nth: [-1, 1] }, start: '10:00', end: '12:00' },
      [{ key: '', start: '2026-11-28T10:00', end: '2026-11-28T12:00', rrule: { freq: 'MONTHLY', interval: 1, byDay: ['1SA', '-1SA'] } }],
    ],
    [
      'explicit dates, one event each, past ones dropped',
      { dates: ['2026-11-02', '2026-12-05', '2027-01-09'], start: '12:00', end: '15:00' },
      [
        { key: '20261205', start: '2026-12-05T12:00', end: '2026-12-05T15:00' },
        { key: '20270109', start: '2027-01-09T12:00', end: '2027-01-09T15:00' },
      ],
    ],
    [
      'overnight',
      { weekly: ['fri', 'mon'], start: '22:00', end: '02:00' },
      [{ key: '', start: '2026-11-23T22:00', end: '2026-11-24T02:00', rrule: { freq: 'WEEKLY', interval: 1, byDay: ['MO', 'FR'] } }],
    ],
  ])('%s', (_name, input, expected) => {
    expect(ruleToEvents(rule(input), { from, timezone: HELSINKI })).toEqual(expected);
  });

  test('a start in the spring-forward gap becomes an EXDATE as well as being skipped', () => {
    const [event] = ruleToEvents(rule({ weekly: ['sun'], start: '03:30', end: '05:00', until: '2027-04-30' }), { from, timezone: HELSINKI });
    expect(event?.exdates).toEqual(['2027-03-28T03:30']);
  });

  test('a start in the repeated autumn hour is taken out of the rule and written in UTC', () => {
    const events = ruleToEvents(rule({ weekly: ['sun'], start: '03:30', end: '05:00', until: '2027-11-30' }), { from, timezone: HELSINKI });
    expect(events.map((event) => [event.key, event.exdates, event.startUtc])).toEqual([
      ['', ['2027-03-28T03:30', '2027-10-31T03:30'], undefined],
      ['20271031', undefined, '2027-10-31T00:30:00Z'],
    ]);
  });

  test('a rule that has ended has no events', () => {
    expect(ruleToEvents(rule({ weekly: ['tue'], start: '17:30', end: '19:00', until: '2026-11-17' }), { from, timezone: HELSINKI })).toEqual([]);
  });
});

// The same checks in the process's own zone and under other TZ settings.
function readBackSuite(label: string) {
  describe(`calendars read back with ical.js (${label})`, () => {
    const rules = [
      { weekly: ['tue'], start: '18:00', end: '19:30', except: ['2026-12-29'] },
      { weekly: ['sun'], every: 2, start: '18:00', end: '20:00', from: '2026-03-22' },
      { monthly: { weekday: 'sat', nth: [1, -1] }, start: '10:00', end: '12:00' },
      { dates: ['2026-03-28', '2026-10-24', '2027-03-27', '2027-10-30'], start: '12:00', end: '15:00' },
      { weekly: ['sun'], start: '03:30', end: '05:00' },
    ];

    function build(from: string) {
      const events: CalendarEvent[] = rules.flatMap((input, index) =>
        ruleToEvents(rule(input), { from, timezone: HELSINKI }).map(({ key, ...times }) => ({
          uid: `activity-org-id-${index + 1}${key ? `-${key}` : ''}@tukiverkko.example.org`,
          summary: `Sääntö ${index + 1}`,
          status: 'CONFIRMED' as const,
          ...times,
        })),
      );
      return writeCalendar(calendar(events));
    }

    test.each([
      ['2026-03-29', '2026-03-01', '2026-04-30'],
      ['2026-10-25', '2026-10-01', '2026-11-30'],
      ['2027-03-28', '2027-03-01', '2027-04-30'],
      ['2027-10-31', '2027-10-01', '2027-11-30'],
    ])('around the change of %s every occurrence matches expandSchedule', (_change, from, to) => {
      const text = build(from);
      const read = readBack(text, `${to}T23:59:59Z`).filter((occurrence) => occurrence.local >= from);
      const expected = expandSchedule(ScheduleSchema.parse(rules), { from, to, timezone: HELSINKI }).occurrences;
      expect(read.map((occurrence) => [occurrence.local, occurrence.startUtc, occurrence.endUtc])).toEqual(
        expected.map((occurrence) => [occurrence.start, occurrence.startUtc, occurrence.endUtc]),
      );
    });

    test('the wall-clock time stays 18:00 while UTC moves by an hour', () => {
      const read = readBack(build('2026-03-01'), '2026-04-08T00:00:00Z').filter((occurrence) => occurrence.uid.startsWith('activity-org-id-1@'));
      expect(read.map((occurrence) => [occurrence.local, occurrence.startUtc])).toEqual([
        ['2026-03-03T18:00', '2026-03-03T16:00:00Z'],
        ['2026-03-10T18:00', '2026-03-10T16:00:00Z'],
        ['2026-03-17T18:00', '2026-03-17T16:00:00Z'],
        ['2026-03-24T18:00', '2026-03-24T16:00:00Z'],
        ['2026-03-31T18:00', '2026-03-31T15:00:00Z'],
        ['2026-04-07T18:00', '2026-04-07T15:00:00Z'],
      ]);
    });

    test('the file is well-formed: CRLF, folded, one VTIMEZONE per TZID, escaped name', () => {
      const text = build('2026-11-23');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      const tzids = new Set([...text.matchAll(/TZID=([^:;]+)/g)].map((match) => match[1]));
      const zones = [...text.matchAll(/^TZID:(.+)$/gm)].map((match) => match[1]!.trim());
      expect([...tzids]).toEqual(zones);
      expect(text).toContain('NAME;LANGUAGE=fi:Testikalenteri\\, jossa pilkku\\; ja puolipiste\r\n');
    });
  });
}

readBackSuite(`process TZ ${process.env.TZ ?? 'unset'}`);

for (const zone of ['America/New_York', 'UTC']) {
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
      expect(new Date(Date.UTC(2026, 0, 1, 12)).getTimezoneOffset()).toBe(zone === 'UTC' ? 0 : 300);
    });
    readBackSuite(`TZ=${zone}`);
  });
}

describe('in a separate process under other TZ settings', () => {
  // The in-process runs above change process.env.TZ; this one starts Node afresh with TZ set, as a
  // build machine in another zone would, and must produce a byte-identical calendar.
  const script = `
    import { writeCalendar, ruleToEvents } from './src/lib/ical.ts';
    import { ScheduleRuleSchema } from './src/schemas/schedule.ts';
    const rule = ScheduleRuleSchema.parse({ weekly: ['tue', 'sun'], start: '18:00', end: '19:30', until: '2027-11-30' });
    const events = ruleToEvents(rule, { from: '2026-03-01', timezone: 'Europe/Helsinki' }).map(({ key, ...times }) => ({ uid: 'x' + key, summary: 's', status: 'CONFIRMED', ...times }));
    process.stdout.write(writeCalendar({ prodId: 'p', name: 'n', lang: 'fi', timezone: 'Europe/Helsinki', generated: '2026-11-23T10:00:00Z', events }));
  `;
  const run = (tz: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });

  test('Helsinki, New York and UTC builds write the same file, and it reads back with 18:00 on both sides of each change', () => {
    const [helsinki, newYork, utc] = ['Europe/Helsinki', 'America/New_York', 'UTC'].map(run);
    for (const result of [helsinki, newYork, utc]) expect(result!.stderr).toBe('');
    expect(newYork!.stdout).toBe(helsinki!.stdout);
    expect(utc!.stdout).toBe(helsinki!.stdout);
    const read = readBack(helsinki!.stdout, '2027-12-01T00:00:00Z');
    const around = (date: string) => read.filter((occurrence) => Math.abs(Date.parse(occurrence.startUtc) - Date.parse(`${date}T12:00:00Z`)) < 5 * 86_400_000);
    for (const change of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      const near = around(change);
      expect(near.length).toBeGreaterThan(1);
      expect(near.every((occurrence) => occurrence.local.endsWith('T18:00'))).toBe(true);
      expect(new Set(near.map((occurrence) => occurrence.startUtc.slice(11, 13))).size).toBe(2);
    }
  });
});

describe('eventYears', () => {
  test('the first and last year any event touches, open-ended rules five years on, and the fallback when there are none', () => {
    const weekly = { freq: 'WEEKLY' as const, interval: 1, byDay: ['MO'] };
    expect(eventYears([{ start: '2026-12-30T18:00', end: '2027-01-01T02:00' }], 2020)).toEqual([2026, 2027]);
    expect(eventYears([{ start: '2026-12-07T18:00', end: '2026-12-07T20:00', rrule: weekly }], 2020)).toEqual([2026, 2031]);
    expect(eventYears([{ start: '2026-12-07T18:00', end: '2026-12-07T20:00', rrule: { ...weekly, until: '2028-05-31T20:59:59Z' } }], 2020)).toEqual([2026, 2028]);
    expect(eventYears([], 2026)).toEqual([2026, 2026]);
  });
});
