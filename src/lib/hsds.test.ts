import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FIXED_NOW } from '../../tests/support/clock.ts';
import { sampleDirectory, smallDirectory } from '../../tests/support/directory.ts';
import { HSDS_PAGE_SIZE, hsdsDocument, hsdsOrganizations, hsdsPageCount, hsdsServices, siteNamespace, uuidV5 } from './hsds.ts';
import { jsonDocumentValue } from './json-stream.ts';
import { LANGUAGES } from './routes.ts';

const TODAY = FIXED_NOW.slice(0, 10);

/** The official compiled HSDS 3.0 schemas, copied unchanged (tests/reference/hsds-3.0/SOURCE.md). */
function officialValidator(name: 'organization' | 'service') {
  const schema = JSON.parse(readFileSync(new URL(`../../tests/reference/hsds-3.0/compiled/${name}.json`, import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

const validateOrganization = officialValidator('organization');
const validateService = officialValidator('service');

type Json = Record<string, any>;

describe('UUIDs', () => {
  test('uuidV5 gives the RFC 4122 name-based UUID (the Python uuid5 example)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  test('ids live in a namespace of the deployment and never change', () => {
    const namespace = siteNamespace('https://tukiverkko.example.org/');
    expect(namespace).toBe('b6b8bb37-96f6-535b-bda4-19790c869cbc');
    expect(uuidV5('organisation:suruvalo', namespace)).toBe('7f5727a3-63eb-5c88-9f08-da8a15ff318e');
    expect(siteNamespace('https://other.example.org/')).not.toBe(namespace);
  });
});

describe('HSDS export of the sample directory', () => {
  const directory = sampleDirectory();

  test.each(LANGUAGES)('every organisation and service validates against the official HSDS 3.0 schemas (%s)', (lang) => {
    const organizations = hsdsOrganizations(directory, lang, TODAY);
    const services = hsdsServices(directory, lang, TODAY);
    expect(organizations.contents.length).toBe(directory.organisations.length);
    expect(services.contents.length).toBe(directory.activities.length);
    for (const record of organizations.contents) {
      validateOrganization(record);
      expect(validateOrganization.errors ?? [], String(record.name)).toEqual([]);
    }
    for (const record of services.contents) {
      validateService(record);
      expect(validateService.errors ?? [], String(record.name)).toEqual([]);
    }
  });

  test('a long list is published in pages that together are the whole list, each saying where it stands', () => {
    const whole = hsdsServices(directory, 'fi', TODAY);
    const total = directory.activities.length;
    const size = 7;
    const pages = hsdsPageCount(total, size);
    expect(pages).toBe(Math.ceil(total / size));
    expect(pages).toBeGreaterThan(2);
    const documents = Array.from({ length: pages }, (_, index) => hsdsDocument(directory, 'fi', TODAY, 'services', index + 1, size));
    expect(documents.map((document) => document.name)).toEqual(['data/hsds/fi/services.json', ...Array.from({ length: pages - 1 }, (_, index) => `data/hsds/fi/services-${index + 2}.json`)]);
    const values = documents.map((document) => jsonDocumentValue(document) as unknown as typeof whole);
    expect(values.flatMap((value) => value.contents)).toEqual(whole.contents);
    values.forEach((value, index) => {
      const { contents, ...head } = value;
      expect(head).toEqual({ total_items: total, total_pages: pages, page_number: index + 1, size: contents.length, first_page: index === 0, last_page: index === pages - 1, empty: false });
      expect(contents.length).toBe(index < pages - 1 ? size : total - size * (pages - 1));
    });
    expect(() => hsdsDocument(directory, 'fi', TODAY, 'services', pages + 1, size)).toThrow(`data/hsds/fi/services-${pages + 1}.json: there is no page ${pages + 1} of ${pages}.`);
  });

  test('the sample fits in one page per list; an empty list is one empty page', () => {
    expect(hsdsPageCount(directory.activities.length, HSDS_PAGE_SIZE.services)).toBe(1);
    expect(hsdsPageCount(directory.organisations.length, HSDS_PAGE_SIZE.organizations)).toBe(1);
    expect(hsdsPageCount(5_000, 5_000)).toBe(1);
    expect(hsdsPageCount(5_001, 5_000)).toBe(2);
    expect(hsdsPageCount(0, 5_000)).toBe(1);
    const { contents, ...head } = jsonDocumentValue(hsdsDocument({ ...directory, activities: [] }, 'en', TODAY, 'services')) as Json;
    expect(contents).toEqual([]);
    expect(head).toEqual({ total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true });
  });

  test('the schemas can fail: a record without a UUID id or with an unknown status is rejected', () => {
    const [service] = hsdsServices(directory, 'fi', TODAY).contents;
    expect(validateService({ ...service, id: 'suruvalo/surupuhelin' })).toBe(false);
    expect(validateService({ ...service, status: 'open' })).toBe(false);
    expect(validateOrganization({ id: service!.organization_id })).toBe(false);
  });

  test('ids are unique within the export and the same in every language', () => {
    const ids = (lang: (typeof LANGUAGES)[number]) => {
      const services = hsdsServices(directory, lang, TODAY).contents as Json[];
      return {
        services: services.map((service) => service.id),
        schedules: services.flatMap((service) => service.schedules.map((schedule: Json) => schedule.id)),
        locations: services.flatMap((service) => service.service_at_locations.map((item: Json) => item.location.id)),
      };
    };
    const fi = ids('fi');
    for (const list of Object.values(fi)) expect(new Set(list).size).toBe(list.length);
    expect(ids('sv')).toEqual(fi);
    expect(ids('en')).toEqual(fi);
  });

  test('every service has a schedule description and its life situations as taxonomy terms', () => {
    for (const service of hsdsServices(directory, 'fi', TODAY).contents as Json[]) {
      const situations = service.attributes.filter((attribute: Json) => attribute.link_type === 'life_situation');
      expect(situations.length, service.name).toBeGreaterThan(0);
    }
  });
});

describe('HSDS mapping', () => {
  const directory = smallDirectory({
    organisations: { testi: { businessId: '1234567-1', website: 'https://testi.example.fi/', contact: { phone: '017 123 4567' } } },
    activities: {
      'testi/ryhma': {
        situations: ['grief', 'caregiving'],
        audiences: ['older-people'],
        ageMin: 60,
        cost: 'free',
        registration: { required: true, phone: '040 123 4567' },
        area: { municipalities: ['297', '749'] },
        locations: [
          { name: 'Järjestötalo', street: 'Kauppakatu 40', postalCode: '70100', municipality: '297', coordinates: [62.8924, 27.6783], accessibility: ['step-free-access'] },
        ],
        schedule: [
          { weekly: ['thu', 'tue'], every: 2, start: '17:30', end: '19:00', from: '2026-09-03', until: '2026-12-15' },
          { monthly: { weekday: 'sat', nth: [-1, 1] }, start: '10:00', end: '12:00' },
          { dates: ['2026-12-12', '2026-12-05'], start: '12:00', end: '15:00' },
        ],
        scheduleNote: 'Ei heinäkuussa.',
      },
      'testi/tauolla': { status: 'paused', schedule: { byAppointment: true }, area: { national: true } },
    },
  });
  const [service, paused] = hsdsServices(directory, 'fi', TODAY).contents as Json[];

  test('schedules follow the iCalendar fields, with local times and the zone in the notes', () => {
    expect(service!.schedules.map(({ id: _id, service_id: _service, ...rest }: Json) => rest)).toEqual([
      {
        freq: 'WEEKLY',
        interval: 2,
        byday: 'TU,TH',
        wkst: 'MO',
        dtstart: '2026-09-03',
        valid_from: '2026-09-03',
        valid_to: '2026-12-15',
        until: '2026-12-15',
        opens_at: '17:30',
        closes_at: '19:00',
        description: 'joka toinen viikko tiistaisin ja torstaisin klo 17.30–19.00, 3.9.–15.12.2026',
        notes: 'Kellonajat ovat paikallista aikaa (Europe/Helsinki). Ei heinäkuussa.',
      },
      {
        freq: 'MONTHLY',
        interval: 1,
        byday: '1SA,-1SA',
        wkst: 'MO',
        dtstart: '2026-11-28',
        opens_at: '10:00',
        closes_at: '12:00',
        description: 'kuukauden ensimmäinen ja viimeinen lauantai klo 10.00–12.00',
        notes: 'Kellonajat ovat paikallista aikaa (Europe/Helsinki). Ei heinäkuussa.',
      },
      ...['2026-12-05', '2026-12-12'].map((date) => ({
        valid_from: date,
        valid_to: date,
        dtstart: date,
        opens_at: '12:00',
        closes_at: '15:00',
        description: '5.12. ja 12.12.2026 klo 12.00–15.00',
        notes: 'Kellonajat ovat paikallista aikaa (Europe/Helsinki). Ei heinäkuussa.',
      })),
    ]);
  });

  test('life situations carry the PTV life-event code and URI', () => {
    const terms = service!.attributes.map((attribute: Json) => [attribute.link_type, attribute.taxonomy_term.code, attribute.taxonomy_term.term_uri]);
    expect(terms).toEqual([
      ['service_type', 'peer-support-group', undefined],
      ['life_situation', 'grief', undefined],
      ['life_situation', 'KE14', 'http://uri.suomi.fi/codelist/ptv/ptvelti/code/KE14'],
      ['life_situation', 'caregiving', undefined],
      ['life_situation', 'KE13', 'http://uri.suomi.fi/codelist/ptv/ptvelti/code/KE13'],
      ['audience', 'older-people', undefined],
    ]);
    expect(service!.attributes[2].taxonomy_term.taxonomy_detail).toMatchObject({ uri: 'http://uri.suomi.fi/codelist/ptv/ptvelti' });
  });

  test('place, area, cost, eligibility and sign-up in the service', () => {
    expect(service!.service_at_locations[0].location.accessibility).toEqual([expect.objectContaining({ description: 'Esteetön sisäänkäynti' })]);
    expect(service!.service_at_locations[0].location).toMatchObject({
      location_type: 'physical',
      name: 'Järjestötalo',
      latitude: 62.8924,
      longitude: 27.6783,
      addresses: [{ address_1: 'Kauppakatu 40', city: 'Kuopio', state_province: 'Pohjois-Savon hyvinvointialue', postal_code: '70100', country: 'FI', address_type: 'physical' }],
    });
    expect(service!.service_areas.map((area: Json) => area.name)).toEqual(['Kuopio', 'Siilinjärvi']);
    expect(service!.cost_options).toEqual([expect.objectContaining({ option: 'Maksuton', amount: 0, currency: 'EUR' })]);
    expect([service!.eligibility_description, service!.minimum_age, service!.application_process]).toEqual([
      'Ikäihmiset; vähintään 60-vuotiaat',
      60,
      'Ennakkoilmoittautuminen tarvitaan.',
    ]);
    expect(service!.phones.map((phone: Json) => phone.number)).toEqual(['+358401234567']);
    expect(service!.organization).toMatchObject({
      name: 'Testiyhdistys ry',
      website: 'https://testi.example.fi/',
      organization_identifiers: [{ identifier_scheme: 'FI-PRO', identifier_type: 'Y-tunnus', identifier: '1234567-1' }],
      phones: [{ number: '+358171234567' }],
    });
  });

  test('a paused service by appointment, open to the whole country', () => {
    expect([paused!.status, paused!.schedules.map((schedule: Json) => schedule.description), paused!.service_areas.map((area: Json) => area.name)]).toEqual([
      'temporarily closed',
      ['ajanvarauksella'],
      ['Koko Suomi'],
    ]);
  });

  test('an organisation lists its services', () => {
    const [organisation] = hsdsOrganizations(directory, 'sv', TODAY).contents as Json[];
    expect(organisation!.services.map((item: Json) => item.name)).toEqual(['Kamratgrupp', 'Kamratgrupp']);
    expect(organisation!.services[0].organization).toBeUndefined();
  });
});
