import { describe, expect, test } from 'vitest';
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { buildSearchContext, searchContextFor, searchRecord, type SearchDirectory } from './search-record.ts';
import type { Taxonomies } from './validate.ts';

const term = (code: string, fi: string, sv: string, en: string, keywords?: Record<string, string[]>) => ({ code, name: { fi, sv, en }, ...(keywords ? { keywords } : {}) });

const taxonomies: Taxonomies = {
  counties: [
    { code: '13', name_fi: 'Pohjois-Savon hyvinvointialue', name_sv: 'Norra Savolax välfärdsområde', name_en: 'North Savo wellbeing services county' },
    { code: '17', name_fi: 'Pohjanmaan hyvinvointialue', name_sv: 'Österbottens välfärdsområde', name_en: 'Ostrobothnia wellbeing services county' },
  ],
  municipalities: [
    { code: '297', name_fi: 'Kuopio', name_sv: 'Kuopio', county_code: '13' },
    { code: '749', name_fi: 'Siilinjärvi', name_sv: 'Siilinjärvi', county_code: '13' },
    { code: '905', name_fi: 'Vaasa', name_sv: 'Vasa', county_code: '17' },
    { code: '499', name_fi: 'Mustasaari', name_sv: 'Korsholm', county_code: '17' },
  ],
  situations: [term('grief', 'Suru ja läheisen kuolema', 'Sorg och när en närstående dör', 'Grief and bereavement', { fi: ['suru', 'menetys'], sv: ['sorg'] })],
  audiences: [term('caregivers', 'Omaishoitajat ja läheiset', 'Närståendevårdare och anhöriga', 'Carers and family')],
  activityTypes: [
    term('peer-support-group', 'Vertaistukiryhmä', 'Kamratstödsgrupp', 'Peer support group', { fi: ['vertaistuki', 'ryhmä'], sv: ['kamratstöd', 'grupp'] }),
    term('course', 'Kurssi tai valmennus', 'Kurs', 'Course'),
  ],
  accessibility: [term('lift', 'Hissi', 'Hiss', 'Lift')],
  languages: [term('fi', 'Suomi', 'Finska', 'Finnish'), term('sv', 'Ruotsi', 'Svenska', 'Swedish')],
};

const organisation = (id: string, name: Organisation['name'], area: Organisation['area']) => ({
  key: id,
  org: id,
  id,
  data: { name, summary: 'Järjestö.', area, verified: '2026-01-01' } as Organisation,
});

const directory: SearchDirectory = {
  site: { languages: ['fi', 'sv', 'en'], timezone: 'Europe/Helsinki' },
  taxonomies,
  organisations: [organisation('suruvalo', 'Suruvalo ry', { municipalities: ['297'] }), organisation('minnet', { fi: 'Pohjanmaan muistiyhdistys', sv: 'Österbottens minnesförening' }, { counties: ['17'] })],
  activities: [
    {
      key: 'suruvalo/sururyhma',
      org: 'suruvalo',
      id: 'sururyhma',
      data: {
        name: 'Suruvertaisryhmä Kuopiossa',
        summary: 'Vertaisryhmä läheisensä menettäneille.',
        type: 'peer-support-group',
        situations: ['grief'],
        audiences: ['caregivers'],
        languages: ['fi', 'sv'],
        modes: ['in-person', 'online'],
        area: { counties: ['13'] },
        locations: [{ street: 'Puijonkatu 22', postalCode: '70100', municipality: '297', accessibility: ['lift'] }],
        schedule: [{ weekly: ['tue'], every: 1, start: '17:30', end: '19:00' }],
        cost: 'free',
        keywords: ['surutyö'],
        status: 'paused',
        verified: '2026-05-05',
      } as unknown as Activity,
    },
    {
      key: 'minnet/anhoriggrupp',
      org: 'minnet',
      id: 'anhoriggrupp',
      data: {
        name: { fi: 'Omaisryhmä', sv: 'Anhöriggrupp' },
        summary: { fi: 'Ryhmä omaisille.' },
        type: 'peer-support-group',
        situations: ['grief'],
        languages: ['sv'],
        modes: ['phone'],
        area: { municipalities: ['905', '499'] },
        schedule: { byAppointment: true },
        status: 'active',
        verified: '2026-05-05',
      } as unknown as Activity,
    },
  ],
  events: [
    {
      key: 'suruvalo/muistohetki',
      org: 'suruvalo',
      id: 'muistohetki',
      data: {
        name: 'Äitienpäivän muistohetki',
        summary: 'Muistohetki.',
        situations: ['grief'],
        languages: ['fi'],
        modes: ['in-person'],
        area: { national: true },
        locations: [{ street: 'Kauppakatu 1', postalCode: '70100', municipality: '297' }],
        start: '2026-11-20T18:00',
        end: '2026-11-20T20:00',
        sessions: [
          { start: '2026-12-01T17:30', end: '2026-12-01T19:00' },
          { start: '2026-12-08T17:30', end: '2026-12-08T19:00' },
        ],
        activity: 'sururyhma',
        status: 'postponed',
      } as unknown as TukiverkkoEvent,
    },
  ],
};

const NOW = '2026-11-23T12:00';

describe('searchRecord', () => {
  test('an activity: card texts in the page language, filters, sort keys', () => {
    const record = searchRecord('activity', 'suruvalo/sururyhma', buildSearchContext(directory, 'fi', NOW));
    expect(record.meta).toEqual({
      title: 'Suruvertaisryhmä Kuopiossa',
      summary: 'Vertaisryhmä läheisensä menettäneille.',
      org: 'Suruvalo ry',
      kind: 'activity',
      label: 'Vertaistukiryhmä',
      place: 'Kuopio',
      languages: 'Suomi, Ruotsi',
      modes: 'Paikan päällä, Verkossa',
      when: 'Tiistaisin klo 17.30–19.00',
      status: 'Tauolla',
    });
    expect(record.filters.countywide).toEqual(['13']);
    expect(record.filters.reach).toEqual(['regional']);
    expect(record.sort).toEqual({ name: '00004' });
  });

  test('its extra words: keywords, taxonomy words, the county and its municipalities, compound parts', () => {
    const record = searchRecord('activity', 'suruvalo/sururyhma', buildSearchContext(directory, 'fi', NOW));
    expect(record.extraWords).toEqual(
      expect.arrayContaining(['surutyö', 'suru', 'menetys', 'vertaistuki', 'ryhmä', 'hissi', 'pohjois-savon', 'siilinjärvi', 'suruvertais']),
    );
    expect(record.extraWords).not.toContain('kuopiossa');
  });

  test('in Swedish: Swedish labels, Swedish municipality names, the text fallback marked with its language', () => {
    const record = searchRecord('activity', 'minnet/anhoriggrupp', buildSearchContext(directory, 'sv', NOW));
    expect(record.meta).toEqual({
      title: 'Anhöriggrupp',
      summary: 'Ryhmä omaisille.',
      summaryLang: 'fi',
      org: 'Österbottens minnesförening',
      kind: 'activity',
      label: 'Kamratstödsgrupp',
      place: 'Vasa, Korsholm',
      languages: 'Svenska',
      modes: 'Per telefon',
      when: 'Enligt tidsbokning',
    });
  });

  test('an event: its next session, how many more, its status, the type of its activity', () => {
    const record = searchRecord('event', 'suruvalo/muistohetki', buildSearchContext(directory, 'en', NOW));
    expect(record.meta).toMatchObject({
      title: 'Äitienpäivän muistohetki',
      titleLang: 'fi',
      label: 'Event',
      place: 'Kuopio',
      when: 'Tue 1 Dec 2026, 5:30–7 pm (and 1 more sessions)',
      status: 'Postponed',
    });
    expect(record.filters.type).toEqual(['peer-support-group']);
    expect(record.filters.day).toEqual(['2026-11-20', '2026-12-01', '2026-12-08']);
    // The next session, then the name rank (ties at the same time in name order).
    expect(record.sort.name).toMatch(/^\d{5}$/);
    expect(record.sort.date).toBe(`2026-12-01T17:30:${record.sort.name}`);
  });

  test('an organisation: its area in words', () => {
    expect(searchRecord('organisation', 'minnet', buildSearchContext(directory, 'sv', NOW)).meta).toEqual({
      title: 'Österbottens minnesförening',
      summary: 'Järjestö.',
      summaryLang: 'fi',
      kind: 'organisation',
      label: 'Organisation',
      place: 'Österbottens välfärdsområde',
    });
  });

  test('name ranks follow the alphabet of the page language (ä after z in Finnish)', () => {
    const context = buildSearchContext(directory, 'fi', NOW);
    const ranks = ['minnet/anhoriggrupp', 'suruvalo/sururyhma'].map((key) => searchRecord('activity', key, context).sort.name);
    expect([...context.nameRanks.entries()].sort((a, b) => a[1] - b[1]).map(([ref]) => ref)).toEqual([
      'activity:minnet/anhoriggrupp',
      'organisation:minnet',
      'organisation:suruvalo',
      'activity:suruvalo/sururyhma',
      'event:suruvalo/muistohetki',
    ]);
    expect(ranks).toEqual(['00001', '00004']);
  });

  test('searchContextFor makes one context per directory, language and clock', () => {
    expect(searchContextFor(directory, 'fi', NOW)).toBe(searchContextFor(directory, 'fi', NOW));
    expect(searchContextFor(directory, 'sv', NOW)).not.toBe(searchContextFor(directory, 'fi', NOW));
  });

  test('an unknown key is an error that names it', () => {
    expect(() => searchRecord('activity', 'nobody/nothing', buildSearchContext(directory, 'fi', NOW))).toThrow('Search record: no entry "nobody/nothing" in the directory.');
  });
});
