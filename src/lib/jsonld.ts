/**
 * schema.org structured data (JSON-LD) for the entry pages, so that search engines and other
 * services understand what an entry is, who runs it, where and when.
 *
 * Types:
 * - an organisation is an `NGO` (a schema.org Organization for non-governmental organisations);
 * - an event is an `Event` with `eventStatus`, `eventAttendanceMode`, a `Place` and/or
 *   `VirtualLocation`, the organisation as `organizer`, and its further sessions as `subEvent`s;
 * - an activity that meets on dated rules (a group every second Tuesday) is an `EventSeries` —
 *   schema.org's type for "a sequence of Events organized in a recurring pattern" — with one
 *   `Schedule` per rule in `eventSchedule`, so that the recurrence itself, not an invented list
 *   of single dates, is what machines read. An activity without such a rule (a helpline open
 *   around the clock, counselling by appointment, an online group with no fixed times) is not an
 *   event at all: it is a `Service` provided by the organisation through its channels.
 *
 * `serializeJsonLd` makes the result safe inside an HTML <script> element.
 */
import { DateTime } from 'luxon';
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { ScheduleRule, Weekday } from '../schemas/schedule.ts';
import type { Area } from '../schemas/shared.ts';
import { localizeText } from './localize.ts';
import type { Lang } from './routes.ts';

export type JsonLd = Record<string, unknown>;

/** What the builders need besides the entry: names of places and the absolute URLs involved. */
export interface JsonLdContext {
  lang: Lang;
  defaultLang: string;
  timezone: string;
  /** The page's own absolute URL. */
  url: string;
  municipalityName: (code: string) => string;
  countyName: (code: string) => string;
  /** Localised taxonomy label, e.g. of an activity type. */
  termName?: (code: string) => string;
}

export interface OrganisationRef {
  name: string;
  url: string;
}

const DAY_URL: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

const EVENT_STATUS: Record<TukiverkkoEvent['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

/** `2026-12-01T18:00` in the site's time zone → `2026-12-01T18:00:00+02:00`. */
export function isoWithOffset(local: string, timezone: string): string {
  return DateTime.fromISO(local, { zone: timezone }).toISO({ suppressMilliseconds: true })!;
}

function clean(value: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined && !(Array.isArray(item) && item.length === 0)));
}

function areaServed(area: Area, context: JsonLdContext): JsonLd | JsonLd[] {
  if ('national' in area) return { '@type': 'Country', name: 'Finland', identifier: 'FI' };
  if ('counties' in area) return area.counties.map((code) => ({ '@type': 'AdministrativeArea', name: context.countyName(code) }));
  return area.municipalities.map((code) => ({ '@type': 'City', name: context.municipalityName(code) }));
}

function places(entry: Activity | TukiverkkoEvent, context: JsonLdContext): JsonLd[] {
  return (entry.locations ?? []).map((location) =>
    clean({
      '@type': 'Place',
      name: location.name ? localizeText(location.name, context.lang, context.defaultLang) : undefined,
      address: {
        '@type': 'PostalAddress',
        streetAddress: location.street,
        postalCode: location.postalCode,
        addressLocality: context.municipalityName(location.municipality),
        addressCountry: 'FI',
      },
      geo: location.coordinates ? { '@type': 'GeoCoordinates', latitude: location.coordinates[0], longitude: location.coordinates[1] } : undefined,
    }),
  );
}

function organizer(organisation: OrganisationRef): JsonLd {
  return { '@type': 'NGO', name: organisation.name, url: organisation.url };
}

function text(value: Parameters<typeof localizeText>[0], context: JsonLdContext): string | undefined {
  return value === undefined ? undefined : localizeText(value, context.lang, context.defaultLang) || undefined;
}

function isFree(entry: Activity | TukiverkkoEvent): boolean | undefined {
  return entry.cost === undefined ? undefined : entry.cost === 'free';
}

function audience(entry: Activity | TukiverkkoEvent): JsonLd | undefined {
  if (entry.ageMin === undefined && entry.ageMax === undefined) return undefined;
  return clean({ '@type': 'PeopleAudience', suggestedMinAge: entry.ageMin, suggestedMaxAge: entry.ageMax });
}

/** One schema.org `Schedule` per schedule rule. */
export function scheduleOf(rule: ScheduleRule, timezone: string): JsonLd[] {
  const times = { startTime: `${rule.start}:00`, endTime: `${rule.end}:00`, scheduleTimezone: timezone };
  if ('dates' in rule) return rule.dates.map((date) => ({ '@type': 'Schedule', startDate: date, endDate: date, ...times }));
  const period = clean({ startDate: rule.from, endDate: rule.until, exceptDate: rule.except });
  if ('weekly' in rule) {
    return [{ '@type': 'Schedule', byDay: rule.weekly.map((day) => DAY_URL[day]), repeatFrequency: `P${rule.every ?? 1}W`, ...times, ...period }];
  }
  return [
    {
      '@type': 'Schedule',
      byDay: DAY_URL[rule.monthly.weekday],
      byMonthWeek: rule.monthly.nth,
      repeatFrequency: `P${rule.every ?? 1}M`,
      ...times,
      ...period,
    },
  ];
}

export function organisationJsonLd(organisation: Organisation, context: JsonLdContext): JsonLd {
  return clean({
    '@context': 'https://schema.org',
    '@type': 'NGO',
    '@id': context.url,
    url: context.url,
    name: text(organisation.name, context),
    description: text(organisation.summary, context),
    sameAs: organisation.website,
    taxID: organisation.businessId,
    email: organisation.contact?.email,
    telephone: organisation.contact?.phone,
    address: text(organisation.contact?.address, context),
    areaServed: areaServed(organisation.area, context),
    inLanguage: context.lang,
  });
}

export function activityJsonLd(activity: Activity, organisation: OrganisationRef, context: JsonLdContext): JsonLd {
  const common = {
    '@context': 'https://schema.org',
    '@id': context.url,
    url: context.url,
    name: text(activity.name, context),
    description: text(activity.summary, context),
    areaServed: areaServed(activity.area, context),
    audience: audience(activity),
    isAccessibleForFree: isFree(activity),
  };
  if (Array.isArray(activity.schedule) && activity.status !== 'ended') {
    const locations = places(activity, context);
    const online = activity.modes.includes('online') ? [{ '@type': 'VirtualLocation', url: activity.contact?.website ?? context.url }] : [];
    return clean({
      ...common,
      '@type': 'EventSeries',
      organizer: organizer(organisation),
      eventSchedule: activity.schedule.flatMap((rule) => scheduleOf(rule, context.timezone)),
      eventAttendanceMode: attendanceMode(activity.modes),
      location: [...locations, ...online],
      inLanguage: activity.languages,
    });
  }
  const contact = activity.contact;
  return clean({
    ...common,
    '@type': 'Service',
    serviceType: context.termName?.(activity.type),
    provider: organizer(organisation),
    availableLanguage: activity.languages,
    availableChannel: clean({
      '@type': 'ServiceChannel',
      serviceUrl: contact?.website,
      servicePhone: contact?.phone ? { '@type': 'ContactPoint', telephone: contact.phone } : undefined,
      serviceLocation: places(activity, context),
    }),
    hoursAvailable:
      activity.schedule && 'alwaysOpen' in activity.schedule
        ? { '@type': 'OpeningHoursSpecification', dayOfWeek: Object.values(DAY_URL), opens: '00:00', closes: '23:59' }
        : undefined,
  });
}

function attendanceMode(modes: readonly string[]): string {
  const inPerson = modes.includes('in-person');
  const remote = modes.some((mode) => mode !== 'in-person');
  if (inPerson && remote) return 'https://schema.org/MixedEventAttendanceMode';
  return inPerson ? 'https://schema.org/OfflineEventAttendanceMode' : 'https://schema.org/OnlineEventAttendanceMode';
}

export function eventJsonLd(event: TukiverkkoEvent, organisation: OrganisationRef, context: JsonLdContext): JsonLd {
  const online = event.status === 'moved-online' || event.modes.some((mode) => mode !== 'in-person');
  const location = [...(event.status === 'moved-online' ? [] : places(event, context)), ...(online ? [{ '@type': 'VirtualLocation', url: event.contact?.website ?? context.url }] : [])];
  const modes = event.status === 'moved-online' ? ['online'] : event.modes;
  return clean({
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': context.url,
    url: context.url,
    name: text(event.name, context),
    description: text(event.summary, context),
    startDate: isoWithOffset(event.start, context.timezone),
    endDate: isoWithOffset(event.end, context.timezone),
    eventStatus: EVENT_STATUS[event.status],
    eventAttendanceMode: attendanceMode(modes),
    location,
    organizer: organizer(organisation),
    inLanguage: event.languages,
    isAccessibleForFree: isFree(event),
    audience: audience(event),
    subEvent: (event.sessions ?? []).map((session) => ({
      '@type': 'Event',
      name: text(event.name, context),
      startDate: isoWithOffset(session.start, context.timezone),
      endDate: isoWithOffset(session.end, context.timezone),
      eventStatus: EVENT_STATUS[event.status],
    })),
  });
}

/**
 * JSON for an inline <script type="application/ld+json">: `<`, `>` and `&` become \u escapes, so
 * no text in an entry (`</script>`, `<!--`) can end the element or start markup; U+2028 and
 * U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
