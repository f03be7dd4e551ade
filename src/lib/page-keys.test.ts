import { describe, expect, test } from 'vitest';
import { smallDirectory, type SmallDirectory } from '../../tests/support/directory.ts';
import { entryCalendarKey, entryPageKey, propsKey, scopeCalendarKey, wholeDirectoryKey } from './page-keys.ts';

const NOW = '2026-11-23T12:00';

const base: SmallDirectory = {
  organisations: { testi: {}, muu: { name: 'Muu yhdistys ry' }, kumppani: { name: 'Kumppani ry' } },
  activities: {
    'testi/ryhma': { schedule: [{ weekly: ['mon'], start: '17:00', end: '18:00' }], partners: ['kumppani'] },
    'muu/kahvila': {},
  },
  events: { 'testi/ilta': { start: '2026-11-23T18:00', end: '2026-11-23T20:00' } },
};

/** The key of `testi/ryhma`'s page (or another entry's) in a directory changed by `change`. */
function keyAfter(change: (input: SmallDirectory) => void, kind: 'activity' | 'event' | 'organisation' = 'activity', key = 'testi/ryhma', now = NOW): string {
  const input = structuredClone(base);
  change(input);
  return entryPageKey(smallDirectory(input), kind, key, 'fi', now);
}

const unchanged = keyAfter(() => {});

describe('entry page cache keys', () => {
  test('are the same for the same directory and clock, built again', () => {
    expect(keyAfter(() => {})).toBe(unchanged);
  });

  test.each<[string, (input: SmallDirectory) => void]>([
    ['its own verification date', (input) => (input.activities!['testi/ryhma']!.verified = '2026-11-01')],
    ["its organisation's name", (input) => (input.organisations!.testi!.name = 'Uusi nimi ry')],
    ["a partner's name", (input) => (input.organisations!.kumppani!.name = 'Kumppani 2 ry')],
    // Its rank in the name order moves, so its search record's sort key does.
    ['a new entry named before it', (input) => (input.activities!['muu/aamu'] = { name: 'Aamuryhmä' })],
  ])('change with %s', (_, change) => {
    expect(keyAfter(change)).not.toBe(unchanged);
  });

  test("stay the same when another organisation's entry changes without moving it in the name order", () => {
    expect(keyAfter((input) => (input.activities!['muu/kahvila']!.verified = '2026-11-02'))).toBe(unchanged);
  });

  test('change when a session it lists has passed', () => {
    // Mondays 17–18: 2026-11-23 is a Monday; by 19:00 the next session is a week later.
    expect(keyAfter(() => {}, 'activity', 'testi/ryhma', '2026-11-23T16:00')).toBe(keyAfter(() => {}, 'activity', 'testi/ryhma', '2026-11-23T16:30'));
    expect(keyAfter(() => {}, 'activity', 'testi/ryhma', '2026-11-23T19:00')).not.toBe(keyAfter(() => {}, 'activity', 'testi/ryhma', '2026-11-23T16:00'));
  });

  test('change when an event becomes past, for its page and its organisation’s', () => {
    expect(keyAfter(() => {}, 'event', 'testi/ilta', '2026-11-23T21:00')).not.toBe(keyAfter(() => {}, 'event', 'testi/ilta', '2026-11-23T12:00'));
    expect(keyAfter(() => {}, 'organisation', 'testi', '2026-11-23T21:00')).not.toBe(keyAfter(() => {}, 'organisation', 'testi', '2026-11-23T12:00'));
  });

  test("an organisation's page changes with any of its activities", () => {
    const before = keyAfter(() => {}, 'organisation', 'testi');
    expect(keyAfter((input) => (input.activities!['testi/ryhma']!.summary = 'Uusi kuvaus.'), 'organisation', 'testi')).not.toBe(before);
  });

  test('differ between languages and kinds', () => {
    const directory = smallDirectory(base);
    expect(entryPageKey(directory, 'activity', 'testi/ryhma', 'sv', NOW)).not.toBe(entryPageKey(directory, 'activity', 'testi/ryhma', 'fi', NOW));
    expect(entryPageKey(directory, 'activity', 'testi/ryhma', 'fi', NOW, 'content/activities/testi/ryhma.md')).not.toBe(entryPageKey(directory, 'activity', 'testi/ryhma', 'fi', NOW));
  });

  test('refuse an entry that does not exist', () => {
    expect(() => entryPageKey(smallDirectory(base), 'activity', 'testi/puuttuu', 'fi', NOW)).toThrow('No activity testi/puuttuu');
  });
});

describe('calendar and data file keys', () => {
  test("a calendar file's key changes with the day, not the hour", () => {
    const directory = smallDirectory(base);
    const at = (now: string) => entryCalendarKey(directory, 'activity', 'testi/ryhma', 'fi', now);
    expect(at('2026-11-23T08:00')).toBe(at('2026-11-23T20:00'));
    expect(at('2026-11-24T08:00')).not.toBe(at('2026-11-23T08:00'));
  });

  test("a subscribable calendar's key changes with the entries in it, not with others", () => {
    const key = (change: (input: SmallDirectory) => void, scope: Parameters<typeof scopeCalendarKey>[1]) => {
      const input = structuredClone(base);
      change(input);
      return scopeCalendarKey(smallDirectory(input), scope, 'fi', NOW);
    };
    const organisation = { kind: 'organisation', id: 'testi' } as const;
    expect(key(() => {}, organisation)).toBe(key(() => {}, organisation));
    expect(key((input) => (input.events!['testi/ilta']!.name = 'Uusi ilta'), organisation)).not.toBe(key(() => {}, organisation));
    expect(key((input) => (input.organisations!.testi!.name = 'Uusi nimi ry'), organisation)).not.toBe(key(() => {}, organisation));
    expect(key((input) => (input.activities!['muu/kahvila']!.name = 'Toinen kahvila'), organisation)).toBe(key(() => {}, organisation));
  });

  test("the whole-directory files' key changes with any entry and the day", () => {
    const key = (change: (input: SmallDirectory) => void, today = '2026-11-23') => {
      const input = structuredClone(base);
      change(input);
      return wholeDirectoryKey(smallDirectory(input), 'hsds/fi/services', today);
    };
    expect(key(() => {})).toBe(key(() => {}));
    expect(key((input) => (input.activities!['muu/kahvila']!.verified = '2026-11-02'))).not.toBe(key(() => {}));
    expect(key(() => {}, '2026-11-24')).not.toBe(key(() => {}));
  });

  test('a data file’s key is its content', () => {
    expect(propsKey({ a: 1, b: [2] })).toBe(propsKey({ a: 1, b: [2] }));
    expect(propsKey({ a: 1, b: [2] })).not.toBe(propsKey({ a: 1, b: [3] }));
  });
});
