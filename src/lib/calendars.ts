/**
 * The directory's calendars: one .ics per event and per scheduled activity ("add to calendar"),
 * and subscribable calendars per organisation, county and life situation and for the whole
 * site. Only what is still to come is included: events that are not past, and activities'
 * rules from today on.
 */
import { t } from '../i18n/index.ts';
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { ScheduleRule } from '../schemas/schedule.ts';
import { calendarPieces, eventYears, ruleToEvents, siteHost, writeCalendar, type Calendar, type CalendarEvent, type EventTimes } from './ical.ts';
import { textStream } from './json-stream.ts';
import {
  countyName,
  locationText,
  organisationName,
  scheduledActivities,
  siteCounties,
  termName,
  text,
  upcomingEvents,
  type DirectoryData,
  type EntryRef,
} from './listings.ts';
import { absoluteUrl, calendarFeedPath, calendarPath, LANGUAGES, routePath, type Lang, type Scope } from './routes.ts';
import { eventOccurrences, isAmbiguousLocalTime, resolveLocalTime } from './schedule.ts';
import { byKey } from './lookup.ts';

export interface CalendarContext {
  directory: DirectoryData;
  lang: Lang;
  /** The build's local wall-clock time (`getClock().now`). */
  now: string;
}

function baseCalendar(context: CalendarContext, name: string, events: Iterable<CalendarEvent>, source?: string): Calendar {
  const { site } = context.directory;
  return {
    prodId: `-//Tukiverkko//${siteHost(site.url)}//${context.lang.toUpperCase()}`,
    name,
    lang: context.lang,
    timezone: site.timezone,
    // DTSTAMP: the start of the build's day as an instant, so a build is reproducible with a fixed
    // clock and a file reused by an incremental build later the same day (page-keys.ts) is the
    // same as one written anew.
    generated: new Date(resolveLocalTime(`${context.now.slice(0, 10)}T00:00`, site.timezone).ms).toISOString(),
    events,
    ...(source ? { source } : {}),
  };
}

/** Where people take part: the places, or "Online" / "By phone" / "Chat". */
function whereText(context: CalendarContext, data: Activity | TukiverkkoEvent): string | undefined {
  const { directory, lang } = context;
  const movedOnline = 'status' in data && data.status === 'moved-online';
  if (!movedOnline && data.modes.includes('in-person') && data.locations?.length) {
    return data.locations.map((location) => locationText(directory, location, lang)).join(' / ');
  }
  const remote = (movedOnline ? ['online' as const] : data.modes.filter((mode) => mode !== 'in-person')).map((mode) => t(lang, `calendar.location.${mode}`));
  return remote.length ? remote.join(', ') : undefined;
}

function descriptionText(context: CalendarContext, org: string, data: Activity | TukiverkkoEvent, url: string): string {
  const { directory, lang } = context;
  const parts = [text(directory, data.summary, lang)];
  if ('scheduleNote' in data && data.scheduleNote) parts.push(text(directory, data.scheduleNote, lang));
  if (data.registration?.required) parts.push(t(lang, 'calendar.registrationRequired'));
  parts.push(t(lang, 'calendar.organiser', { organisation: organisationName(directory, org, lang) }), t(lang, 'calendar.moreInfo', { url }));
  return parts.join('\n\n');
}

function uidOf(context: CalendarContext, kind: 'activity' | 'event', entry: EntryRef<unknown>, suffix: string): string {
  return `${kind}-${entry.org}-${entry.id}${suffix}@${siteHost(context.directory.site.url)}`;
}

/**
 * The VEVENTs of an activity: one recurring event per weekly or monthly rule, one event per
 * explicit date; UIDs `activity-<org>-<id>-<rule>[-<date>]@<host>` stay the same from build to
 * build and across languages.
 */
export function activityEvents(context: CalendarContext, entry: EntryRef<Activity>): CalendarEvent[] {
  const { directory, lang } = context;
  const rules = scheduleRules(entry.data);
  if (rules.length === 0) return [];
  const url = absoluteUrl(directory.site.url, routePath(lang, 'activity', entry.org, entry.id));
  const shared = {
    summary: text(directory, entry.data.name, lang),
    description: descriptionText(context, entry.org, entry.data, url),
    url,
    status: 'CONFIRMED' as const,
    lastModified: entry.data.verified,
    categories: entry.data.situations.map((code) => termName(directory, 'situations', code, lang)),
  };
  const location = whereText(context, entry.data);
  return rules.flatMap((rule, index) =>
    ruleToEvents(rule, ruleOptions(context)).map(({ key, ...times }) => ({
      uid: uidOf(context, 'activity', entry, `-${index + 1}${key ? `-${key}` : ''}`),
      ...shared,
      ...(location ? { location } : {}),
      ...times,
    })),
  );
}

/** The schedule rules an active activity meets by (none for "by appointment" and the like). */
function scheduleRules(data: Activity): ScheduleRule[] {
  return data.status === 'active' && Array.isArray(data.schedule) ? data.schedule : [];
}

/** The times of an activity's VEVENTs (as `activityEvents` writes them), without their texts. */
function activityTimes(context: CalendarContext, entry: EntryRef<Activity>): EventTimes[] {
  const options = ruleOptions(context);
  return scheduleRules(entry.data).flatMap((rule) => ruleToEvents(rule, options));
}

/** The schedule rules' sessions from today on, in the site's time zone. */
function ruleOptions(context: CalendarContext): { from: string; timezone: string } {
  return { from: context.now.slice(0, 10), timezone: context.directory.site.timezone };
}

/** An event's sessions as written: the first, then `sessions` in order. */
function sessionsOf(data: TukiverkkoEvent): { start: string; end: string }[] {
  return [{ start: data.start, end: data.end }, ...(data.sessions ?? [])];
}

const EVENT_STATUS = { scheduled: 'CONFIRMED', 'moved-online': 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/**
 * The VEVENTs of an event, one per session: UID `event-<org>-<id>@<host>` for the first,
 * `…-2@`, `…-3@` for further sessions in the order written. A cancelled event stays in the
 * calendar marked STATUS:CANCELLED (so subscribed calendars remove or strike it) and its title
 * says so for programs that ignore the status.
 */
export function eventEvents(context: CalendarContext, entry: EntryRef<TukiverkkoEvent>): CalendarEvent[] {
  const { directory, lang } = context;
  const { data } = entry;
  const timezone = directory.site.timezone;
  const url = absoluteUrl(directory.site.url, routePath(lang, 'event', entry.org, entry.id));
  const name = text(directory, data.name, lang);
  const summary = data.status === 'scheduled' ? name : `${t(lang, `entry.status.${data.status}`)}: ${name}`;
  const location = whereText(context, data);
  return sessionsOf(data).map((session, index) => {
    const [occurrence] = eventOccurrences(session, timezone);
    const ambiguous = isAmbiguousLocalTime(session.start, timezone) || isAmbiguousLocalTime(session.end, timezone);
    return {
      uid: uidOf(context, 'event', entry, index === 0 ? '' : `-${index + 1}`),
      summary,
      description: descriptionText(context, entry.org, data, url),
      url,
      status: EVENT_STATUS[data.status],
      start: session.start,
      end: session.end,
      ...(ambiguous ? { startUtc: occurrence!.startUtc, endUtc: occurrence!.endUtc } : {}),
      ...(location ? { location } : {}),
      ...(data.verified ? { lastModified: data.verified } : {}),
      categories: data.situations.map((code) => termName(directory, 'situations', code, lang)),
    };
  });
}

/** The "add to calendar" file of one activity or event. */
export function entryCalendar(context: CalendarContext, kind: 'activity' | 'event', entry: EntryRef<Activity> | EntryRef<TukiverkkoEvent>): Calendar {
  const events = kind === 'event' ? eventEvents(context, entry as EntryRef<TukiverkkoEvent>) : activityEvents(context, entry as EntryRef<Activity>);
  const source = absoluteUrl(context.directory.site.url, calendarPath(context.lang, kind, entry.org, entry.id));
  return baseCalendar(context, text(context.directory, entry.data.name, context.lang), events, source);
}

/** The name of a subscribable calendar in `lang`. */
export function scopeCalendarName(directory: DirectoryData, lang: Lang, scope: Scope): string {
  const site = text(directory, directory.site.name, lang);
  switch (scope.kind) {
    case 'all':
      return t(lang, 'calendar.name.all', { site });
    case 'county':
      return t(lang, 'calendar.name.scope', { site, scope: countyName(directory, scope.code, lang) });
    case 'situation':
      return t(lang, 'calendar.name.scope', { site, scope: termName(directory, 'situations', scope.code, lang) });
    case 'organisation':
      return t(lang, 'calendar.name.scope', { site, scope: organisationName(directory, scope.id, lang) });
  }
}

/**
 * A subscribable calendar: the upcoming events and scheduled activities in `scope`.
 *
 * Its events are made an entry at a time each time they are read, not held in an array: the
 * whole-site calendar of a national directory has some 60,000 entries, and made all at once
 * before the first line was written they took 0.9 GB of the build's memory. The years for the
 * VTIMEZONE come from the entries' times alone (sessions, and schedule rules worked out once per
 * build by `ruleToEvents`).
 */
export function scopeCalendar(context: CalendarContext, scope: Scope): Calendar {
  const { directory, lang, now } = context;
  const events = upcomingEvents(directory, now, scope).map((item) => item.entry);
  const activities = scheduledActivities(directory, now, scope);
  function* times(): Generator<EventTimes> {
    for (const entry of events) yield* sessionsOf(entry.data);
    for (const entry of activities) yield* activityTimes(context, entry);
  }
  const calendar = baseCalendar(
    context,
    scopeCalendarName(directory, lang, scope),
    {
      *[Symbol.iterator]() {
        for (const entry of events) yield* eventEvents(context, entry);
        for (const entry of activities) yield* activityEvents(context, entry);
      },
    },
    absoluteUrl(directory.site.url, calendarFeedPath(lang, scope)),
  );
  return { ...calendar, description: t(lang, 'calendar.description'), years: eventYears(times(), new Date(calendar.generated).getUTCFullYear()) };
}

/** One calendar file the site publishes. */
export interface CalendarFile {
  /** Site-relative path, e.g. `kalenteri/alue/13.ics`. */
  path: string;
  lang: Lang;
  target: { type: 'entry'; kind: 'activity' | 'event'; key: string } | { type: 'scope'; scope: Scope };
}

/**
 * Every calendar file of the site in every language: one per upcoming event and per activity
 * with sessions ahead, and the subscribable ones for the whole site, each organisation, each
 * county the site covers and each life situation.
 */
export function calendarFiles(directory: DirectoryData, now: string): CalendarFile[] {
  const scopes: Scope[] = [
    { kind: 'all' },
    ...directory.organisations.map((entry) => ({ kind: 'organisation' as const, id: entry.id })),
    ...siteCounties(directory).map((code) => ({ kind: 'county' as const, code })),
    ...directory.taxonomies.situations.map((term) => ({ kind: 'situation' as const, code: term.code })),
  ];
  const entries = [
    ...upcomingEvents(directory, now).map((item) => ({ kind: 'event' as const, entry: item.entry })),
    ...scheduledActivities(directory, now).map((entry) => ({ kind: 'activity' as const, entry })),
  ];
  return LANGUAGES.flatMap((lang) => [
    ...scopes.map((scope) => ({ path: calendarFeedPath(lang, scope), lang, target: { type: 'scope' as const, scope } })),
    ...entries.map(({ kind, entry }) => ({ path: calendarPath(lang, kind, entry.org, entry.id), lang, target: { type: 'entry' as const, kind, key: entry.key } })),
  ]);
}

/** The text of one calendar file. */
export function renderCalendarFile(directory: DirectoryData, now: string, file: CalendarFile): string {
  return writeCalendar(calendarOf(directory, now, file));
}

/**
 * The same file as a stream made a batch of events at a time, for the route: a subscribable
 * calendar holds every entry of its scope (the whole site's, of a national directory, some
 * 44 MB), and its events are made as they are written (`scopeCalendar`), so neither the text
 * nor the events of a whole calendar are held at once.
 */
export function calendarFileStream(directory: DirectoryData, now: string, file: CalendarFile): ReadableStream<Uint8Array> {
  return textStream(() => calendarPieces(calendarOf(directory, now, file)));
}

function calendarOf(directory: DirectoryData, now: string, file: CalendarFile): Calendar {
  const context = { directory, lang: file.lang, now };
  if (file.target.type === 'scope') return scopeCalendar(context, file.target.scope);
  const { kind, key } = file.target;
  const entry = (kind === 'event' ? byKey(directory.events, 'key', (item) => item.key) : byKey(directory.activities, 'key', (item) => item.key)).get(key);
  if (!entry) throw new Error(`No ${kind} ${key}`);
  return entryCalendar(context, kind, entry as EntryRef<Activity> & EntryRef<TukiverkkoEvent>);
}
