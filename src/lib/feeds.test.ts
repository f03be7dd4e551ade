import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { FIXED_NOW } from '../../tests/support/clock.ts';
import { sampleDirectory, smallDirectory } from '../../tests/support/directory.ts';
import { buildFeed, escapeXml, writeAtomFeed } from './feeds.ts';
import { siteCounties } from './listings.ts';
import { LANGUAGES } from './routes.ts';

interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  link: { '@_href': string }[];
  summary: { '#text': string; '@_type': string };
  category: { '@_term': string; '@_label': string }[];
  author: { name: string };
}

function parse(xml: string) {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'category' || name === 'link', parseTagValue: false });
  // `true`: validate the XML first; a malformed document throws.
  const feed = parser.parse(xml, true).feed as { id: string; title: string; updated: string; '@_xml:lang': string; link: { '@_rel': string; '@_href': string }[]; entry?: ParsedEntry[] };
  return feed;
}

describe('Atom feeds', () => {
  const directory = smallDirectory({
    organisations: { testi: { name: 'Testi & Kumppanit <ry>' } },
    activities: {
      'testi/vanha': { verified: '2026-03-01', schedule: [{ weekly: ['tue'], start: '17:30', end: '19:00' }] },
      'testi/uusi': { verified: '2026-11-20', name: { fi: 'Ryhmä "A" & <B>' } },
      'testi/paattynyt': { verified: '2026-11-22', status: 'ended' },
      'testi/helsinki': { verified: '2026-11-01', area: { counties: ['90'] } },
    },
    events: {
      'testi/tuleva': { verified: '2026-11-10', start: '2026-12-01T18:00', end: '2026-12-01T20:00', status: 'cancelled' },
      'testi/ei-tarkistettu': { start: '2026-12-02T18:00', end: '2026-12-02T20:00' },
      'testi/mennyt': { verified: '2026-11-21', start: '2026-11-20T18:00', end: '2026-11-20T20:00' },
    },
  });

  test('newest first by verified date; ended activities, past events and undated events left out', () => {
    const feed = parse(writeAtomFeed(buildFeed(directory, 'fi', { kind: 'all' }, FIXED_NOW)));
    expect(feed.entry?.map((entry) => [entry.link[0]?.['@_href'], entry.updated])).toEqual([
      ['https://tukiverkko.example.org/toiminta/testi/uusi/', '2026-11-19T22:00:00.000Z'],
      ['https://tukiverkko.example.org/tapahtuma/testi/tuleva/', '2026-11-09T22:00:00.000Z'],
      ['https://tukiverkko.example.org/toiminta/testi/helsinki/', '2026-10-31T22:00:00.000Z'],
      ['https://tukiverkko.example.org/toiminta/testi/vanha/', '2026-02-28T22:00:00.000Z'],
    ]);
    expect(feed.updated).toBe('2026-11-19T22:00:00.000Z');
    expect(feed['@_xml:lang']).toBe('fi');
    expect(feed.title).toBe('Tukiverkko – esimerkkihakemisto: uudet ja päivitetyt');
  });

  test('text is escaped and reads back exactly', () => {
    const xml = writeAtomFeed(buildFeed(directory, 'fi', { kind: 'all' }, FIXED_NOW));
    expect(xml).toContain('<title>Ryhmä &quot;A&quot; &amp; &lt;B&gt;</title>');
    const [first] = parse(xml).entry!;
    expect([first?.title, first?.author.name]).toEqual(['Ryhmä "A" & <B>', 'Testi & Kumppanit <ry>']);
  });

  test('an entry says what, when, who and when it was checked; a cancelled event says so', () => {
    const feed = parse(writeAtomFeed(buildFeed(directory, 'sv', { kind: 'all' }, FIXED_NOW)));
    const event = feed.entry!.find((entry) => entry.id.includes('/tuleva/'))!;
    const activity = feed.entry!.find((entry) => entry.id.includes('/vanha/'))!;
    expect(event.summary['#text'].split('\n')).toEqual([
      'En grupp för närståendevårdare.',
      'Inställt',
      'Tid: tis 1.12.2026 kl. 18.00–20.00',
      'Arrangör: Testi & Kumppanit <ry>',
      'Uppgifterna kontrollerade 2026-11-10',
    ]);
    expect(activity.summary['#text'].split('\n')[1]).toBe('Tid: tisdagar kl. 17.30–19.00');
    expect(event.category.map((category) => [category['@_term'], category['@_label']])).toEqual([
      ['event', 'Evenemang'],
      ['caregiving', 'Närståendevård'],
    ]);
  });

  test('a county feed holds the entries that reach that county', () => {
    const kuopio = parse(writeAtomFeed(buildFeed(directory, 'en', { kind: 'county', code: '13' }, FIXED_NOW)));
    expect(kuopio.entry?.map((entry) => entry.id.replace(/^.*\/(testi\/[^/]+)\/$/, '$1'))).toEqual(['testi/uusi', 'testi/tuleva', 'testi/vanha']);
    expect(kuopio.title).toBe('Tukiverkko – sample directory: new and updated – North Savo wellbeing services county');
    expect(kuopio.link.map((link) => [link['@_rel'], link['@_href']])).toEqual([
      ['self', 'https://tukiverkko.example.org/en/feed/area/13.xml'],
      ['alternate', 'https://tukiverkko.example.org/en/events/area/13/'],
    ]);
  });

  test('the parser used here rejects malformed XML', () => {
    expect(() => parse('<feed><entry></feed>')).toThrow();
  });

  test.each([
    ['a & b', 'a &amp; b'],
    ['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
    ["it's\u0001", 'it&apos;s'],
  ])('escapeXml %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  test('every feed of the sample site is well-formed Atom in every language', () => {
    const sample = sampleDirectory();
    for (const lang of LANGUAGES) {
      for (const scope of [{ kind: 'all' as const }, ...siteCounties(sample).map((code) => ({ kind: 'county' as const, code }))]) {
        const feed = parse(writeAtomFeed(buildFeed(sample, lang, scope, FIXED_NOW)));
        expect(feed.id).toMatch(/^https:\/\/tukiverkko\.example\.org\//);
        for (const entry of feed.entry ?? []) {
          expect(entry.id).toMatch(/^https:\/\//);
          expect(entry.title.length).toBeGreaterThan(0);
          expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
        }
      }
    }
    const all = parse(writeAtomFeed(buildFeed(sample, 'fi', { kind: 'all' }, FIXED_NOW)));
    expect(all.entry!.length).toBeGreaterThan(20);
    const dates = all.entry!.map((entry) => entry.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
