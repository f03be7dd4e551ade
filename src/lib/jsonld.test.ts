import { describe, expect, test } from 'vitest';
import { smallDirectory } from '../../tests/support/directory.ts';
import { activityJsonLd, eventJsonLd, isoWithOffset, organisationJsonLd, scheduleOf, serializeJsonLd, type JsonLdContext } from './jsonld.ts';

const context: JsonLdContext = {
  lang: 'fi',
  defaultLang: 'fi',
  timezone: 'Europe/Helsinki',
  url: 'https://example.org/toiminta/testi/ryhma/',
  municipalityName: (code) => ({ '297': 'Kuopio', '091': 'Helsinki' })[code] ?? code,
  countyName: (code) => ({ '13': 'Pohjois-Savon hyvinvointialue' })[code] ?? code,
  termName: (code) => `term:${code}`,
};
const organiser = { name: 'Testiyhdistys ry', url: 'https://example.org/jarjesto/testi/' };

describe('events', () => {
  const event = (fields: Record<string, unknown>) =>
    smallDirectory({ events: { 'testi/ilta': fields } }).events[0]!.data;

  test('a scheduled event in person: Event, Place, organiser and local time with its offset', () => {
    const data = eventJsonLd(event({}), organiser, context);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Vertaisryhmä',
      startDate: '2026-12-01T18:00:00+02:00',
      endDate: '2026-12-01T20:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      organizer: { '@type': 'NGO', name: 'Testiyhdistys ry', url: 'https://example.org/jarjesto/testi/' },
      location: [{ '@type': 'Place', name: 'Järjestötalo', address: { '@type': 'PostalAddress', streetAddress: 'Kauppakatu 40', postalCode: '70100', addressLocality: 'Kuopio', addressCountry: 'FI' } }],
    });
  });

  test.each([
    ['cancelled', 'https://schema.org/EventCancelled'],
    ['postponed', 'https://schema.org/EventPostponed'],
    ['moved-online', 'https://schema.org/EventMovedOnline'],
  ])('status %s → %s', (status, schemaStatus) => {
    expect(eventJsonLd(event({ status }), organiser, context).eventStatus).toBe(schemaStatus);
  });

  test('an event moved online has a VirtualLocation and no Place', () => {
    const data = eventJsonLd(event({ status: 'moved-online', contact: { website: 'https://meet.example.org/x' } }), organiser, context);
    expect(data.location).toEqual([{ '@type': 'VirtualLocation', url: 'https://meet.example.org/x' }]);
    expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  });

  test('summer time and further sessions', () => {
    expect(isoWithOffset('2027-06-01T10:00', 'Europe/Helsinki')).toBe('2027-06-01T10:00:00+03:00');
    const data = eventJsonLd(event({ sessions: [{ start: '2026-12-08T18:00', end: '2026-12-08T20:00' }] }), organiser, context);
    expect(data.subEvent).toEqual([{ '@type': 'Event', name: 'Vertaisryhmä', startDate: '2026-12-08T18:00:00+02:00', endDate: '2026-12-08T20:00:00+02:00', eventStatus: 'https://schema.org/EventScheduled' }]);
  });
});

describe('activities', () => {
  const activity = (fields: Record<string, unknown>) => smallDirectory({ activities: { 'testi/ryhma': fields } }).activities[0]!.data;

  test('a group meeting on weekly rules is an EventSeries with a Schedule per rule', () => {
    const data = activityJsonLd(activity({ schedule: [{ weekly: ['tue'], every: 2, start: '17:30', end: '19:00', from: '2026-09-01', until: '2026-12-15', except: ['2026-10-20'] }] }), organiser, context);
    expect(data['@type']).toBe('EventSeries');
    expect(data.eventSchedule).toEqual([
      {
        '@type': 'Schedule',
        byDay: ['https://schema.org/Tuesday'],
        repeatFrequency: 'P2W',
        startTime: '17:30:00',
        endTime: '19:00:00',
        scheduleTimezone: 'Europe/Helsinki',
        startDate: '2026-09-01',
        endDate: '2026-12-15',
        exceptDate: ['2026-10-20'],
      },
    ]);
    expect(data.organizer).toEqual({ '@type': 'NGO', name: 'Testiyhdistys ry', url: 'https://example.org/jarjesto/testi/' });
  });

  test('monthly and dated rules', () => {
    expect(scheduleOf({ monthly: { weekday: 'sat', nth: [1, -1] }, start: '10:00', end: '12:00' } as never, 'Europe/Helsinki')).toEqual([
      { '@type': 'Schedule', byDay: 'https://schema.org/Saturday', byMonthWeek: [1, -1], repeatFrequency: 'P1M', startTime: '10:00:00', endTime: '12:00:00', scheduleTimezone: 'Europe/Helsinki' },
    ]);
    expect(scheduleOf({ dates: ['2026-12-05', '2026-12-12'], start: '12:00', end: '15:00' } as never, 'Europe/Helsinki')).toHaveLength(2);
  });

  test('a helpline open around the clock is a Service with a phone channel', () => {
    const data = activityJsonLd(activity({ type: 'helpline', modes: ['phone'], locations: undefined, schedule: { alwaysOpen: true }, contact: { phone: '116 111' } }), organiser, context);
    expect(data).toMatchObject({
      '@type': 'Service',
      serviceType: 'term:helpline',
      provider: { '@type': 'NGO', name: 'Testiyhdistys ry' },
      availableChannel: { '@type': 'ServiceChannel', servicePhone: { '@type': 'ContactPoint', telephone: '116111' } },
      hoursAvailable: { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '23:59' },
    });
  });
});

test('an organisation is an NGO with its business ID and area', () => {
  const organisation = smallDirectory({ organisations: { testi: { businessId: '0116297-6', website: 'https://testi.example.org/' } } }).organisations[0]!.data;
  expect(organisationJsonLd(organisation, context)).toMatchObject({
    '@type': 'NGO',
    name: 'Testiyhdistys ry',
    taxID: '0116297-6',
    sameAs: 'https://testi.example.org/',
    areaServed: [{ '@type': 'AdministrativeArea', name: 'Pohjois-Savon hyvinvointialue' }],
  });
});

describe('serializeJsonLd', () => {
  test.each(['</script><script>window.__xss=1</script>', '<!--', ']]>', 'a & b', '\u2028\u2029'])('%j cannot break out of the script element', (payload) => {
    const json = serializeJsonLd({ name: payload });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: payload });
  });
});
