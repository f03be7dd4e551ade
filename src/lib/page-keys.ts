/**
 * Cache keys for Astro's incremental builds (the experimental incrementalBuild flag): a page whose key
 * and code are the same as in the previous build is copied from it instead of being rendered
 * again, so a rebuild after one edit renders only the pages that edit touches.
 *
 * A key must change whenever anything the page shows changes, or a stale page is published. So
 * each key is a digest of everything the page reads, not of the entry alone:
 * - the whole site settings and taxonomies (header, footer, labels, place names), once per build;
 * - the entry, its organisation and the partner organisations it names;
 * - the page's search record (filters, result-card texts, the entry's rank in the name order and
 *   the words indexed for it), which also covers the entry's place in the site-wide vocabulary;
 * - what depends on the build's clock: an activity's next sessions and whether it has a calendar
 *   file, whether an event is past, which of an organisation's events are still to come.
 * Code (components, layouts) is not in the key: Astro hashes each page's module graph and
 * re-renders when it changes; a change of the lockfile, or of the config's site, base, i18n,
 * markdown, CSP or build options, invalidates everything. Astro does not hash the integrations:
 * after changing one that alters pages, build once with `npm run build -- --force`.
 */
import { createHash } from 'node:crypto';
import { dictionaries } from '../i18n/index.ts';
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import { hasCalendarFile, nextSessions, scheduledActivities, upcomingEvents, type DirectoryData, type EntryRef } from './listings.ts';
import { byKey, groupedBy, memoized } from './lookup.ts';
import type { Lang, Scope } from './routes.ts';
import { isEventPast } from './schedule.ts';
import { searchContextFor, searchRecord, type EntryKind, type SearchDirectory } from './search-record.ts';

function digest(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part) ?? 'undefined').update('\u0000');
  return hash.digest('base64url').slice(0, 32);
}

/**
 * What every page of the build shows from outside its own entry: the site settings, taxonomies and
 * UI strings (Astro hashes a page's modules, but the strings are cheap to cover here too), and the
 * Node version with its ICU and time-zone data, which sorting, date formats and UTC offsets follow.
 */
function siteDigest(directory: DirectoryData): string {
  return memoized(directory, 'page-keys:site', () => digest(directory.site, directory.taxonomies, dictionaries, process.versions.node, process.versions.icu, process.versions.tz));
}

/** The key of the page of `kind` `key` in `lang`, for the build whose clock reads `now`. */
export function entryPageKey(directory: DirectoryData, kind: EntryKind, key: string, lang: Lang, now: string, sourcePath = ''): string {
  const timezone = directory.site.timezone;
  const organisations = byKey(directory.organisations, 'id', (entry) => entry.id);
  const record = () => searchRecord(kind, key, searchContextFor(directory as SearchDirectory, lang, now));
  if (kind === 'organisation') {
    const organisation = organisations.get(key);
    if (!organisation) throw new Error(`No organisation ${key}`);
    const activities = groupedBy(directory.activities, 'org', (entry) => entry.org).get(key) ?? [];
    const events = groupedBy(directory.events, 'org', (entry) => entry.org).get(key) ?? [];
    return digest(siteDigest(directory), kind, lang, sourcePath, organisation.data, record(), activities.map(dataOf), events.map((entry) => [entry.key, entry.data, isEventPast(entry.data, now)]));
  }
  const entry = (kind === 'activity' ? byKey(directory.activities, 'key', (item) => item.key) : byKey(directory.events, 'key', (item) => item.key)).get(key) as EntryRef<Activity | TukiverkkoEvent> | undefined;
  if (!entry) throw new Error(`No ${kind} ${key}`);
  const partners = (entry.data.partners ?? []).map((id) => organisations.get(id)?.data);
  const clock =
    kind === 'activity'
      ? { next: activitySessions(entry.data as Activity, now, timezone), calendar: hasCalendarFile(kind, entry.data, now, timezone) }
      : { past: isEventPast(entry.data as TukiverkkoEvent, now) };
  return digest(siteDigest(directory), kind, lang, sourcePath, entry.key, entry.data, organisations.get(entry.org)?.data, partners, record(), clock);
}

function activitySessions(activity: Activity, now: string, timezone: string) {
  return nextSessions(activity, now, timezone).map((session) => session.startUtc);
}

function dataOf(entry: EntryRef<unknown>): unknown {
  return [entry.key, entry.data];
}

/**
 * The key of an entry's calendar file in `lang`: the entry, its organisation, the site and the
 * day (the file lists sessions from the build's day on, and an event's from its first).
 */
export function entryCalendarKey(directory: DirectoryData, kind: 'activity' | 'event', key: string, lang: Lang, now: string): string {
  const entry = (kind === 'activity' ? byKey(directory.activities, 'key', (item) => item.key) : byKey(directory.events, 'key', (item) => item.key)).get(key) as EntryRef<Activity | TukiverkkoEvent> | undefined;
  if (!entry) throw new Error(`No ${kind} ${key}`);
  const organisation = byKey(directory.organisations, 'id', (item) => item.id).get(entry.org);
  return digest(siteDigest(directory), 'calendar', kind, lang, now.slice(0, 10), entry.key, entry.data, organisation?.data);
}

/**
 * The key of a subscribable calendar (a county's, a situation's, an organisation's…): the entries
 * it gathers, their organisations (named in the file), the site and the day.
 */
export function scopeCalendarKey(directory: DirectoryData, scope: Scope, lang: Lang, now: string): string {
  const events = upcomingEvents(directory, now, scope).map((item) => item.entry);
  const activities = scheduledActivities(directory, now, scope);
  const organisations = byKey(directory.organisations, 'id', (item) => item.id);
  const named = [...new Set([...events, ...activities].map((entry) => entry.org))].sort().map((id) => organisations.get(id)?.data);
  return digest(siteDigest(directory), 'scope-calendar', scope, lang, now.slice(0, 10), events.map(dataOf), activities.map(dataOf), named, scope.kind === 'organisation' ? organisations.get(scope.id)?.data : undefined);
}

/**
 * The key of a file made from the whole directory (the HSDS export): every organisation, activity
 * and event, the site and the day. The entries' digest is computed once per build.
 */
export function wholeDirectoryKey(directory: DirectoryData, name: string, today: string): string {
  const entries = memoized(directory, 'page-keys:entries', () => digest(directory.organisations.map(dataOf), directory.activities.map(dataOf), directory.events.map(dataOf)));
  return digest(siteDigest(directory), name, today, entries);
}

/** The key of a file whose whole content is `props` (the submission form's data files). */
export function propsKey(props: unknown): string {
  return digest(props);
}
