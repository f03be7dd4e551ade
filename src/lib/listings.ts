/**
 * Choosing and naming what the listings, calendars, feeds and exports show: upcoming events,
 * activities with dated sessions, and which county or life situation an entry belongs to.
 * Everything takes plain data (the directory as `getDirectory()` or the validator returns it).
 */
import type { Activity } from '../schemas/activity.ts';
import type { LocationSchema } from '../schemas/entry-fields.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Area, LocalizedText } from '../schemas/shared.ts';
import type { Site } from '../schemas/site.ts';
import type { z } from 'zod';
import { localize, localizeText, type ShownText } from './localize.ts';
import { byKey, memoized } from './lookup.ts';
import { laterPages, pageCount, recentlyUsed } from './paging.ts';
import { calendarPath, routePath, type Lang, type Scope } from './routes.ts';
import { eventOccurrences, formatDateRange, formatOccurrence, isEventPast, nextOccurrences, toLocalTime, type Occurrence } from './schedule.ts';
import type { Taxonomies } from './validate.ts';

export interface EntryRef<T> {
  /** `<org>/<id>` for activities and events, `<id>` for organisations. */
  key: string;
  org: string;
  id: string;
  data: T;
}

/** The directory as plain data. */
export interface DirectoryData {
  site: Site;
  taxonomies: Taxonomies;
  organisations: EntryRef<Organisation>[];
  activities: EntryRef<Activity>[];
  events: EntryRef<TukiverkkoEvent>[];
}

export type Location = z.output<typeof LocationSchema>;

/** The text in `lang`, falling back to the site's default language. */
export function text(directory: DirectoryData, value: LocalizedText | undefined, lang: Lang): string {
  return localizeText(value, lang, directory.site.languages[0] ?? 'fi');
}

/** County codes the directory covers (`site.counties`, or every county in the taxonomy). */
export function siteCounties(directory: DirectoryData): string[] {
  const all = directory.taxonomies.counties.map((county) => county.code);
  return directory.site.counties === 'all' ? all : directory.site.counties.filter((code) => all.includes(code));
}

/** The counties an area reaches, or 'national'. Municipalities count for their county. */
export function areaCounties(area: Area, taxonomies: Taxonomies): 'national' | Set<string> {
  if ('national' in area) return 'national';
  if ('counties' in area) return new Set(area.counties);
  const countyOf = countyLookup(taxonomies);
  return new Set(area.municipalities.flatMap((code) => (countyOf.get(code) ? [countyOf.get(code)!] : [])));
}

// Lookups and results computed once per build: every listing, calendar and feed asks again for
// the same entries (the directory's objects are shared, so they serve as keys).
const countyLookups = new WeakMap<Taxonomies, Map<string, string>>();
function countyLookup(taxonomies: Taxonomies): Map<string, string> {
  let lookup = countyLookups.get(taxonomies);
  if (!lookup) {
    lookup = new Map(taxonomies.municipalities.map((municipality) => [municipality.code, municipality.county_code]));
    countyLookups.set(taxonomies, lookup);
  }
  return lookup;
}
const scopeCounties = new WeakMap<Area, 'national' | Set<string>>();

/** True when an activity or event of `org` belongs to the listing or feed `scope`. */
export function inScope(entry: EntryRef<{ area: Area; situations: string[] }>, scope: Scope, taxonomies: Taxonomies): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'organisation':
      return entry.org === scope.id;
    case 'situation':
      return entry.data.situations.includes(scope.code);
    case 'county': {
      let counties = scopeCounties.get(entry.data.area);
      if (!counties) {
        counties = areaCounties(entry.data.area, taxonomies);
        scopeCounties.set(entry.data.area, counties);
      }
      return counties === 'national' || counties.has(scope.code);
    }
  }
}

export interface UpcomingEvent {
  entry: EntryRef<TukiverkkoEvent>;
  /** Every session, in time order. */
  occurrences: Occurrence[];
  /** The first session that has not ended by now. */
  next: Occurrence;
}

/**
 * Events in `scope` that have a session still to come (or under way) at `now`, ordered by that
 * session. Past events are left out everywhere: listings, calendars, feeds and exports.
 */
export function upcomingEvents(directory: DirectoryData, now: string, scope: Scope = { kind: 'all' }): UpcomingEvent[] {
  return memoized(directory, `upcoming:${now}:${JSON.stringify(scope)}`, () => findUpcomingEvents(directory, now, scope));
}

function findUpcomingEvents(directory: DirectoryData, now: string, scope: Scope): UpcomingEvent[] {
  const timezone = directory.site.timezone;
  return directory.events
    .filter((entry) => inScope(entry, scope, directory.taxonomies) && !isEventPast(entry.data, now))
    .map((entry) => {
      const occurrences = cachedEventOccurrences(entry.data, timezone);
      const next = occurrences.find((occurrence) => occurrence.end > now)!;
      return { entry, occurrences, next };
    })
    .sort((a, b) => a.next.startUtc.localeCompare(b.next.startUtc) || a.entry.key.localeCompare(b.entry.key));
}

const occurrenceCache = new WeakMap<TukiverkkoEvent, { timezone: string; occurrences: Occurrence[] }>();
function cachedEventOccurrences(event: TukiverkkoEvent, timezone: string): Occurrence[] {
  const cached = occurrenceCache.get(event);
  if (cached && cached.timezone === timezone) return cached.occurrences;
  const occurrences = eventOccurrences(event, timezone);
  occurrenceCache.set(event, { timezone, occurrences });
  return occurrences;
}

/** How far ahead an activity counts as having dated sessions. */
const ACTIVITY_HORIZON_DAYS = 366;

/**
 * Active activities in `scope` whose schedule rules give at least one session from `now` on
 * within a year: the ones with something to put in a calendar.
 */
export function scheduledActivities(directory: DirectoryData, now: string, scope: Scope = { kind: 'all' }): EntryRef<Activity>[] {
  return directory.activities.filter((entry) => inScope(entry, scope, directory.taxonomies) && hasCalendarSessions(entry.data, now, directory.site.timezone));
}

/** True when the activity is active and its schedule has a session from `now` on within a year. */
export function hasCalendarSessions(activity: Activity, now: string, timezone: string): boolean {
  return nextSessions(activity, now, timezone).length > 0;
}

/** How many next sessions an activity page lists. */
export const NEXT_SESSIONS_SHOWN = 5;

const nextSessionCache = new WeakMap<Activity, Map<string, Occurrence[]>>();

/**
 * The next sessions an activity page lists, within a year (none for a paused or ended activity,
 * or one without dated rules), computed once per build: the page, its cache key (page-keys.ts)
 * and the calendars all ask.
 */
export function nextSessions(activity: Activity, now: string, timezone: string): Occurrence[] {
  if (activity.status !== 'active' || !Array.isArray(activity.schedule)) return [];
  const key = `${now}|${timezone}`;
  let answers = nextSessionCache.get(activity);
  if (!answers) nextSessionCache.set(activity, (answers = new Map()));
  let answer = answers.get(key);
  if (!answer) answers.set(key, (answer = nextOccurrences(activity.schedule, { now, timezone, count: NEXT_SESSIONS_SHOWN, horizonDays: ACTIVITY_HORIZON_DAYS })));
  return answer;
}

/**
 * True when an activity or event has an "add to calendar" file (see `calendarPath`): an event
 * that is not past, an active activity with dated sessions ahead.
 */
export function hasCalendarFile(kind: 'activity' | 'event', data: Activity | TukiverkkoEvent, now: string, timezone: string): boolean {
  return kind === 'event' ? !isEventPast(data as TukiverkkoEvent, now) : hasCalendarSessions(data as Activity, now, timezone);
}

export function countyName(directory: DirectoryData, code: string, lang: Lang): string {
  const county = byKey(directory.taxonomies.counties, 'code', (item) => item.code).get(code);
  if (!county) return code;
  return lang === 'sv' ? county.name_sv : lang === 'en' ? county.name_en : county.name_fi;
}

export function municipalityName(directory: DirectoryData, code: string, lang: Lang): string {
  const municipality = byKey(directory.taxonomies.municipalities, 'code', (item) => item.code).get(code);
  if (!municipality) return code;
  return lang === 'sv' ? municipality.name_sv : municipality.name_fi;
}

type TermTaxonomy = 'situations' | 'audiences' | 'activityTypes' | 'accessibility' | 'languages';

export function termName(directory: DirectoryData, taxonomy: TermTaxonomy, code: string, lang: Lang): string {
  return byKey<{ code: string; name: Record<Lang, string> }>(directory.taxonomies[taxonomy], 'code', (term) => term.code).get(code)?.name[lang] ?? code;
}

export function organisationName(directory: DirectoryData, org: string, lang: Lang): string {
  const organisation = byKey(directory.organisations, 'id', (entry) => entry.id).get(org);
  return organisation ? text(directory, organisation.data.name, lang) : org;
}

/** "Järjestötalo, Kauppakatu 40, 70100 Kuopio". */
export function locationText(directory: DirectoryData, location: Location, lang: Lang): string {
  const name = location.name ? text(directory, location.name, lang) : '';
  return [name, location.street, `${location.postalCode} ${municipalityName(directory, location.municipality, lang)}`].filter(Boolean).join(', ');
}

/** The municipality names of an entry's locations, for short listings: "Kuopio, Siilinjärvi". */
export function placeNames(directory: DirectoryData, locations: Location[] | undefined, lang: Lang): string[] {
  return [...new Set((locations ?? []).map((location) => municipalityName(directory, location.municipality, lang)))];
}

/** "joulukuu 2026" / "december 2026" / "December 2026" for `YYYY-MM`. */
export function monthLabel(month: string, lang: Lang): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Items grouped by the month of their local start, in order. */
export function groupByMonth<T>(items: T[], startOf: (item: T) => string): { month: string; items: T[] }[] {
  const groups: { month: string; items: T[] }[] = [];
  for (const item of items) {
    const month = startOf(item).slice(0, 7);
    const last = groups.at(-1);
    if (last && last.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** What a listing row shows of an upcoming event, in one language. */
export interface EventRow {
  key: string;
  name: ShownText;
  /** Site-relative path of the event page. */
  path: string;
  /** Site-relative path of its .ics file. */
  calendar: string;
  status: TukiverkkoEvent['status'];
  /** The next (or current) session in words, and its start as an instant for <time datetime>. */
  when: string;
  whenUtc: string;
  /** For events with several sessions: how many, and the dates they span ("12.1.–16.2.2027"). */
  sessions?: { count: number; range: string };
  /** Municipality names, or "Online" / "By phone" when there is no place. */
  where: string;
  organisation: string;
}

/** A month of an events listing. */
export interface EventMonth {
  month: string;
  label: string;
  rows: EventRow[];
}

const recentEventRows = recentlyUsed<DirectoryData, EventMonth[]>(4);

/** The rows of an events listing, grouped by month of the next session. */
export function eventRows(directory: DirectoryData, lang: Lang, now: string, scope: Scope, where: { online: string; phone: string; chat: string }): EventMonth[] {
  return recentEventRows(JSON.stringify([lang, now, scope, where]), directory, () => wordEventRows(directory, lang, now, scope, where));
}

/** The scopes that have an events listing: all, each covered county, each life situation. */
export type ListingScope = Extract<Scope, { kind: 'all' } | { kind: 'county' } | { kind: 'situation' }>;

/** The listings of a kind the site builds. */
export function eventListingScopes(directory: DirectoryData, kind: ListingScope['kind']): ListingScope[] {
  switch (kind) {
    case 'all':
      return [{ kind: 'all' }];
    case 'county':
      return siteCounties(directory).map((code) => ({ kind: 'county', code }));
    case 'situation':
      return directory.taxonomies.situations.map((term) => ({ kind: 'situation', code: term.code }));
  }
}

/** How many pages a listing of upcoming events has (one row per event). */
export function eventListingPageCount(directory: DirectoryData, now: string, scope: ListingScope): number {
  return pageCount(upcomingEvents(directory, now, scope).length);
}

/** The route parameters of the second and later pages of a kind's events listings (`getStaticPaths`). */
export function furtherEventPages(directory: DirectoryData, now: string, kind: ListingScope['kind']): { params: { county?: string; situation?: string; page: string } }[] {
  return eventListingScopes(directory, kind).flatMap((scope) =>
    laterPages(scope.kind === 'county' ? { county: scope.code } : scope.kind === 'situation' ? { situation: scope.code } : {}, eventListingPageCount(directory, now, scope)),
  );
}

function wordEventRows(directory: DirectoryData, lang: Lang, now: string, scope: Scope, where: { online: string; phone: string; chat: string }): EventMonth[] {
  const rows = upcomingEvents(directory, now, scope).map(({ entry, occurrences, next }): EventRow => {
    const data = entry.data;
    const places = data.status === 'moved-online' ? [] : placeNames(directory, data.modes.includes('in-person') ? data.locations : undefined, lang);
    const remote = (data.status === 'moved-online' ? ['online' as const] : data.modes.filter((mode) => mode !== 'in-person')).map((mode) => where[mode]);
    return {
      key: entry.key,
      name: localize(data.name, lang, directory.site.languages[0] ?? 'fi'),
      path: routePath(lang, 'event', entry.org, entry.id),
      calendar: calendarPath(lang, 'event', entry.org, entry.id),
      status: data.status,
      when: formatOccurrence(next, lang),
      whenUtc: next.startUtc,
      ...(occurrences.length > 1
        ? { sessions: { count: occurrences.length, range: formatDateRange(occurrences[0]!.start.slice(0, 10), occurrences.at(-1)!.start.slice(0, 10), lang) } }
        : {}),
      where: (places.length ? places : remote).join(', '),
      organisation: organisationName(directory, entry.org, lang),
    };
  });
  return groupByMonth(rows, (row) => toLocalTime(Date.parse(row.whenUtc), directory.site.timezone)).map((group) => ({
    month: group.month,
    label: monthLabel(group.month, lang),
    rows: group.items,
  }));
}
