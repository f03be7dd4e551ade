/**
 * The directory in Open Referral HSDS 3.0 (https://docs.openreferral.org/en/3.0/), the shape
 * 211-style directories and service catalogues exchange data in: organisations, services
 * (= activities), locations, schedules and taxonomy terms, one export per language.
 *
 * Mapping decisions (also on the open-data page):
 * - Every id is a name-based UUID (version 5, SHA-1) in a namespace of its own per deployment:
 *   namespace = UUIDv5(URL namespace 6ba7b811-9dad-11d1-80b4-00c04fd430c8, site url), name =
 *   `organisation:<id>`, `service:<org>/<id>`, `location:<org>/<id>/<n>`, `schedule:<org>/<id>/<n>`,
 *   `taxonomy:<name>`, `term:<taxonomy>/<code>` … So ids never change between builds or languages.
 * - Events are not services and are not in this export (they are in the JSON export, the
 *   calendars and the feeds). Services are the activities, with their status: active → active,
 *   paused → temporarily closed, ended → inactive.
 * - Schedules follow HSDS's iCalendar fields (freq, interval, byday, dtstart, until) with
 *   opens_at/closes_at as local wall-clock times. HSDS expects a fixed UTC offset, which would be
 *   wrong for half of the year in a zone with daylight saving time, so `timezone` is left out and
 *   each schedule's notes name the zone instead. Explicit dates are one schedule each.
 * - Life situations are terms of the Tukiverkko taxonomy and, where the situation has a Suomi.fi
 *   PTV life-event code, also of the PTV life-event code list with its URI
 *   (http://uri.suomi.fi/codelist/ptv/ptvelti/code/KE…).
 */
import { hash } from 'node:crypto';
import { t } from '../i18n/index.ts';
import type { Activity } from '../schemas/activity.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { WEEKDAYS, type ScheduleRule } from '../schemas/schedule.ts';
import type { Term } from '../schemas/taxonomy.ts';
import { areaCounties, countyName, municipalityName, termName, text, type DirectoryData, type EntryRef } from './listings.ts';
import { absoluteUrl, hsdsPath, routePath, type Lang } from './routes.ts';
import { describeRule, describeSchedule } from './schedule-text.ts';
import { addDays, ruleDates } from './schedule.ts';
import { jsonDocumentValue, type JsonDocument, type JsonList } from './json-stream.ts';
import { byKey, groupedBy } from './lookup.ts';

/** The RFC 4122 URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const namespaceBytes = new Map<string, Buffer>();

/**
 * A name-based (version 5, SHA-1) UUID, RFC 4122 §4.3. The exports make hundreds of thousands
 * of them, so the namespace is parsed once and SHA-1 is Node's one-shot hash function.
 */
export function uuidV5(name: string, namespace: string): string {
  let prefix = namespaceBytes.get(namespace);
  if (!prefix) {
    prefix = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    if (prefix.length !== 16) throw new RangeError(`"${namespace}" is not a UUID`);
    namespaceBytes.set(namespace, prefix);
  }
  const hex = hash('sha1', Buffer.concat([prefix, Buffer.from(name, 'utf8')]));
  // The version (5) in the high nibble of byte 6, the variant (10) in the top bits of byte 8.
  const version = ((Number.parseInt(hex.slice(12, 14), 16) & 0x0f) | 0x50).toString(16);
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}${hex.slice(14, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** The namespace of a deployment's ids: UUIDv5 of its URL in the URL namespace. */
export function siteNamespace(siteUrl: string): string {
  return uuidV5(siteUrl, URL_NAMESPACE);
}

type Json = Record<string, unknown>;

/** A list in the shape of an HSDS API list response: one page of the list. */
export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Json[];
}

/**
 * Items per HSDS file. A longer list is published in pages, as the HSDS API answers a list: the
 * services of a national directory (50,000 activities) would be some 350 MB in one file, which
 * neither the build (Astro holds each file whole before writing it) nor most users' tools want in
 * one piece. An organisation carries its services, so its pages hold fewer items: 25–35 MB each at
 * that size. Page 1 keeps the list's address and says how many pages there are.
 */
export const HSDS_PAGE_SIZE = { organizations: 1_000, services: 5_000 } as const;

/** The pages of an HSDS list of `total` items (one, when empty). */
export function hsdsPageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The number of organisations or services in one language's HSDS list. */
export function hsdsTotal(directory: DirectoryData, file: 'organizations' | 'services'): number {
  return file === 'organizations' ? directory.organisations.length : directory.activities.length;
}

/** The fields of an HSDS list response before its `contents` (the Page of HSDS's OpenAPI). */
function pageHead(total: number, page: number, pages: number, size: number): Omit<HsdsPage, 'contents'> {
  return { total_items: total, total_pages: pages, page_number: page, size, first_page: page === 1, last_page: page === pages, empty: total === 0 };
}

const PTV_LIFE_EVENTS = 'http://uri.suomi.fi/codelist/ptv/ptvelti';

const SERVICE_STATUS = { active: 'active', paused: 'temporarily closed', ended: 'inactive' } as const;

const BYDAY: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

/** Builds the HSDS export of one language. */
class HsdsBuilder {
  private readonly namespace: string;
  private readonly directory: DirectoryData;
  private readonly lang: Lang;
  private readonly today: string;

  constructor(directory: DirectoryData, lang: Lang, today: string) {
    this.directory = directory;
    this.lang = lang;
    this.today = today;
    this.namespace = siteNamespace(directory.site.url);
  }

  id(name: string): string {
    return uuidV5(name, this.namespace);
  }

  private text(value: Parameters<typeof text>[1]): string {
    return text(this.directory, value, this.lang);
  }

  private taxonomy(name: 'situations' | 'activityTypes' | 'audiences' | 'ptv'): Json {
    if (name === 'ptv') {
      return {
        id: this.id('taxonomy:ptv-life-events'),
        name: t(this.lang, 'hsds.taxonomy.ptv'),
        description: t(this.lang, 'hsds.taxonomy.ptvDescription'),
        uri: PTV_LIFE_EVENTS,
      };
    }
    return {
      id: this.id(`taxonomy:${name}`),
      name: t(this.lang, `hsds.taxonomy.${name}`),
      description: t(this.lang, 'hsds.taxonomy.tukiverkkoDescription', { site: this.text(this.directory.site.name) }),
    };
  }

  /** The attribute linking `linkId` to a taxonomy term, with the term and its taxonomy inline. */
  private attribute(linkId: string, linkEntity: string, linkType: string, taxonomy: 'situations' | 'activityTypes' | 'audiences', term: Term): Json[] {
    const detail = this.taxonomy(taxonomy);
    const own: Json = {
      id: this.id(`term:${taxonomy}/${term.code}`),
      code: term.code,
      name: term.name[this.lang],
      description: term.description?.[this.lang] ?? term.name[this.lang],
      taxonomy: String(detail.name),
      taxonomy_id: detail.id,
      taxonomy_detail: detail,
      language: this.lang,
    };
    const attributes: Json[] = [
      { id: this.id(`attribute:${linkId}/${taxonomy}/${term.code}`), link_id: linkId, link_type: linkType, link_entity: linkEntity, taxonomy_term_id: own.id, taxonomy_term: own },
    ];
    if (term.ptv) {
      const ptv = this.taxonomy('ptv');
      const ptvTerm: Json = {
        id: this.id(`term:ptv-life-events/${term.ptv}`),
        code: term.ptv,
        name: term.name[this.lang],
        description: term.description?.[this.lang] ?? term.name[this.lang],
        taxonomy: String(ptv.name),
        taxonomy_id: ptv.id,
        taxonomy_detail: ptv,
        language: this.lang,
        term_uri: `${PTV_LIFE_EVENTS}/code/${term.ptv}`,
      };
      attributes.push({ id: this.id(`attribute:${linkId}/ptv-life-events/${term.ptv}`), link_id: linkId, link_type: linkType, link_entity: linkEntity, taxonomy_term_id: ptvTerm.id, taxonomy_term: ptvTerm });
    }
    return attributes;
  }

  private terms(taxonomy: 'situations' | 'activityTypes' | 'audiences', codes: readonly string[]): Term[] {
    return codes.flatMap((code) => this.directory.taxonomies[taxonomy].filter((term) => term.code === code));
  }

  organisation(entry: EntryRef<Organisation>, withServices: boolean): Json {
    const { data } = entry;
    const id = this.id(`organisation:${entry.id}`);
    const organisation: Json = {
      id,
      name: this.text(data.name),
      description: data.description ? this.text(data.description) : this.text(data.summary),
      uri: absoluteUrl(this.directory.site.url, routePath(this.lang, 'organisation', entry.id)),
    };
    if (data.contact?.email) organisation.email = data.contact.email;
    if (data.website) organisation.website = data.website;
    if (data.contact?.phone) organisation.phones = [{ id: this.id(`phone:organisation:${entry.id}`), organization_id: id, number: data.contact.phone }];
    if (data.businessId) {
      organisation.organization_identifiers = [
        // org-id.guide FI-PRO: the Finnish Patent and Registration Office's business ID (Y-tunnus).
        { id: this.id(`identifier:${entry.id}/FI-PRO`), organization_id: id, identifier_scheme: 'FI-PRO', identifier_type: 'Y-tunnus', identifier: data.businessId },
      ];
    }
    if (withServices) {
      organisation.services = (groupedBy(this.directory.activities, 'org', (activity) => activity.org).get(entry.id) ?? []).map((activity) => this.service(activity, false));
    }
    return organisation;
  }

  service(entry: EntryRef<Activity>, withOrganisation: boolean): Json {
    const { data } = entry;
    const key = `${entry.org}/${entry.id}`;
    const id = this.id(`service:${key}`);
    const service: Json = {
      id,
      organization_id: this.id(`organisation:${entry.org}`),
      name: this.text(data.name),
      description: data.description ? `${this.text(data.summary)}\n\n${this.text(data.description)}` : this.text(data.summary),
      url: absoluteUrl(this.directory.site.url, routePath(this.lang, 'activity', entry.org, entry.id)),
      status: SERVICE_STATUS[data.status],
      assured_date: data.verified,
    };
    if (data.contact?.email) service.email = data.contact.email;
    const eligibility = this.eligibility(data);
    if (eligibility) service.eligibility_description = eligibility;
    if (data.ageMin !== undefined) service.minimum_age = data.ageMin;
    if (data.ageMax !== undefined) service.maximum_age = data.ageMax;
    const application = this.application(data);
    if (application) service.application_process = application;
    if (data.cost) {
      service.fees_description = this.costText(data.cost);
      service.cost_options = [this.costOption(id, key, data.cost)];
    }
    const phones = [data.contact?.phone, data.registration?.phone].filter((phone, index, all): phone is string => !!phone && all.indexOf(phone) === index);
    if (phones.length) service.phones = phones.map((number) => ({ id: this.id(`phone:service:${key}:${number}`), service_id: id, number }));
    service.schedules = this.schedules(id, key, data);
    service.service_areas = this.serviceAreas(id, key, data);
    service.service_at_locations = (data.locations ?? []).map((_location, index) => this.serviceAtLocation(id, entry, index));
    service.languages = data.languages.map((code) => ({
      id: this.id(`language:${key}/${code}`),
      service_id: id,
      name: termName(this.directory, 'languages', code, this.lang),
      code,
    }));
    service.attributes = [
      ...this.terms('activityTypes', [data.type]).flatMap((term) => this.attribute(id, 'service', 'service_type', 'activityTypes', term)),
      ...this.terms('situations', data.situations).flatMap((term) => this.attribute(id, 'service', 'life_situation', 'situations', term)),
      ...this.terms('audiences', data.audiences ?? []).flatMap((term) => this.attribute(id, 'service', 'audience', 'audiences', term)),
    ];
    if (withOrganisation) {
      const organisation = byKey(this.directory.organisations, 'id', (item) => item.id).get(entry.org);
      if (organisation) service.organization = this.organisation(organisation, false);
    }
    return service;
  }

  private eligibility(data: Activity): string {
    const audiences = (data.audiences ?? []).map((code) => termName(this.directory, 'audiences', code, this.lang));
    const parts = audiences.length ? [audiences.join(', ')] : [];
    if (data.ageMin !== undefined && data.ageMax !== undefined) parts.push(t(this.lang, 'hsds.ages', { min: data.ageMin, max: data.ageMax }));
    else if (data.ageMin !== undefined) parts.push(t(this.lang, 'hsds.ageMin', { min: data.ageMin }));
    else if (data.ageMax !== undefined) parts.push(t(this.lang, 'hsds.ageMax', { max: data.ageMax }));
    return parts.join('; ');
  }

  private application(data: Activity): string {
    const registration = data.registration;
    const parts: string[] = [];
    if (registration?.referral) parts.push(t(this.lang, 'hsds.referral'));
    if (registration?.required) parts.push(t(this.lang, 'hsds.registrationRequired'));
    else if (registration) parts.push(t(this.lang, 'hsds.registrationNotRequired'));
    if (registration?.note) parts.push(this.text(registration.note));
    if (registration?.url) parts.push(registration.url);
    if (data.anonymous) parts.push(t(this.lang, 'hsds.anonymous'));
    return parts.join(' ');
  }

  private costText(cost: NonNullable<Activity['cost']>): string {
    return cost === 'free' ? t(this.lang, 'hsds.cost.free') : cost === 'membership' ? t(this.lang, 'hsds.cost.membership') : this.text(cost.fee);
  }

  private costOption(serviceId: string, key: string, cost: NonNullable<Activity['cost']>): Json {
    const option: Json = { id: this.id(`cost:${key}`), service_id: serviceId, option: this.costText(cost) };
    if (cost === 'free') Object.assign(option, { amount: 0, currency: 'EUR' });
    return option;
  }

  private serviceAreas(serviceId: string, key: string, data: Activity): Json[] {
    const area = data.area;
    const counties = areaCounties(area, this.directory.taxonomies);
    if (counties === 'national') {
      return [{ id: this.id(`area:${key}/national`), service_id: serviceId, name: t(this.lang, 'hsds.national'), extent_type: 'text', extent: 'FI' }];
    }
    if ('municipalities' in area) {
      return area.municipalities.map((code) => ({
        id: this.id(`area:${key}/municipality/${code}`),
        service_id: serviceId,
        name: municipalityName(this.directory, code, this.lang),
        description: t(this.lang, 'hsds.municipality', { code }),
      }));
    }
    return [...counties].map((code) => ({
      id: this.id(`area:${key}/county/${code}`),
      service_id: serviceId,
      name: countyName(this.directory, code, this.lang),
      description: t(this.lang, 'hsds.county', { code }),
    }));
  }

  private serviceAtLocation(serviceId: string, entry: EntryRef<Activity>, index: number): Json {
    const key = `${entry.org}/${entry.id}/${index + 1}`;
    const location = entry.data.locations![index]!;
    const locationId = this.id(`location:${key}`);
    const countyCode = byKey(this.directory.taxonomies.municipalities, 'code', (municipality) => municipality.code).get(location.municipality)?.county_code;
    const place: Json = {
      id: locationId,
      location_type: 'physical',
      addresses: [
        {
          id: this.id(`address:${key}`),
          location_id: locationId,
          address_1: location.street,
          city: municipalityName(this.directory, location.municipality, this.lang),
          state_province: countyCode ? countyName(this.directory, countyCode, this.lang) : '',
          postal_code: location.postalCode,
          country: 'FI',
          address_type: 'physical',
        },
      ],
    };
    if (location.name) place.name = this.text(location.name);
    if (location.coordinates) Object.assign(place, { latitude: location.coordinates[0], longitude: location.coordinates[1] });
    const features = (location.accessibility ?? []).map((code) => termName(this.directory, 'accessibility', code, this.lang));
    if (features.length || location.accessibilityNote) {
      place.accessibility = [
        {
          id: this.id(`accessibility:${key}`),
          location_id: locationId,
          description: features.join(', ') || this.text(location.accessibilityNote),
          ...(location.accessibilityNote && features.length ? { details: this.text(location.accessibilityNote) } : {}),
        },
      ];
    }
    return { id: this.id(`service-at-location:${key}`), service_id: serviceId, location_id: locationId, location: place };
  }

  private schedules(serviceId: string, key: string, data: Activity): Json[] {
    const schedule = data.schedule;
    if (schedule === undefined) return [];
    const notes = [t(this.lang, 'hsds.localTime', { timezone: this.directory.site.timezone }), ...(data.scheduleNote ? [this.text(data.scheduleNote)] : [])].join(' ');
    if (!Array.isArray(schedule)) {
      const [description] = describeSchedule(schedule, this.lang);
      return [{ id: this.id(`schedule:${key}/1`), service_id: serviceId, description, notes }];
    }
    return schedule.flatMap((rule, index) => this.ruleSchedules(serviceId, `${key}/${index + 1}`, rule, notes));
  }

  private ruleSchedules(serviceId: string, key: string, rule: ScheduleRule, notes: string): Json[] {
    const description = describeRule(rule, this.lang);
    const times = { opens_at: rule.start, closes_at: rule.end };
    if ('dates' in rule) {
      return [...new Set(rule.dates)].sort().map((date) => ({
        id: this.id(`schedule:${key}/${date}`),
        service_id: serviceId,
        valid_from: date,
        valid_to: date,
        dtstart: date,
        ...times,
        description,
        notes,
      }));
    }
    // dtstart: the first meeting on or after `from` (or today), as iCalendar's interval counts from it.
    const dtstart = firstMeeting(rule, rule.from ?? this.today);
    const schedule: Json = {
      id: this.id(`schedule:${key}`),
      service_id: serviceId,
      freq: 'weekly' in rule ? 'WEEKLY' : 'MONTHLY',
      interval: rule.every ?? 1,
      byday:
        'weekly' in rule
          ? WEEKDAYS.filter((day) => rule.weekly.includes(day)).map((day) => BYDAY[day]).join(',')
          : [...rule.monthly.nth].sort((a, b) => (a > 0 && b > 0 ? a - b : a > 0 ? -1 : b > 0 ? 1 : a - b)).map((nth) => `${nth}${BYDAY[rule.monthly.weekday]}`).join(','),
      wkst: 'MO',
      ...times,
      description,
      notes,
    };
    if (dtstart) schedule.dtstart = dtstart;
    if (rule.from) schedule.valid_from = rule.from;
    if (rule.until) Object.assign(schedule, { valid_to: rule.until, until: rule.until });
    return [schedule];
  }
}

/**
 * The first meeting of a rule on or after `from`. Each export file and language asks for the same
 * rules again, so the answer is kept with the rule (the directory's own object) for the build.
 */
const firstMeetings = new WeakMap<ScheduleRule, { from: string; date: string | undefined }>();

function firstMeeting(rule: ScheduleRule, from: string): string | undefined {
  const known = firstMeetings.get(rule);
  if (known?.from === from) return known.date;
  const [date] = ruleDates({ ...rule, except: [] }, from, addDays(from, 400));
  firstMeetings.set(rule, { from, date });
  return date;
}

/** Every organisation with its services, as one HSDS list response (all pages of `organizations.json` together). */
export function hsdsOrganizations(directory: DirectoryData, lang: Lang, today: string): HsdsPage {
  return jsonDocumentValue(hsdsDocument(directory, lang, today, 'organizations', 1, Infinity)) as unknown as HsdsPage;
}

/** Every service with its organisation, locations and schedules, as one HSDS list response (all pages of `services.json` together). */
export function hsdsServices(directory: DirectoryData, lang: Lang, today: string): HsdsPage {
  return jsonDocumentValue(hsdsDocument(directory, lang, today, 'services', 1, Infinity)) as unknown as HsdsPage;
}

/**
 * Page `page` of an export file, as a list whose items are made one at a time
 * (src/lib/json-stream.ts), without building its whole object tree.
 */
export function hsdsDocument(directory: DirectoryData, lang: Lang, today: string, file: 'organizations' | 'services', page = 1, pageSize: number = HSDS_PAGE_SIZE[file]): JsonDocument {
  const total = hsdsTotal(directory, file);
  const pages = hsdsPageCount(total, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`${hsdsPath(lang, file, page)}: there is no page ${page} of ${pages}.`);
  const start = page === 1 ? 0 : (page - 1) * pageSize;
  const end = Math.min(total, start + pageSize);
  const contents: JsonList<Json> = {
    key: 'contents',
    count: end - start,
    *items() {
      const builder = new HsdsBuilder(directory, lang, today);
      if (file === 'organizations') for (let index = start; index < end; index++) yield builder.organisation(directory.organisations[index]!, true);
      else for (let index = start; index < end; index++) yield builder.service(directory.activities[index]!, true);
    },
  };
  return { name: hsdsPath(lang, file, page), head: { ...pageHead(total, page, pages, end - start) }, lists: [contents] };
}
