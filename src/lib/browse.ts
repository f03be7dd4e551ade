/**
 * The static browse lists: activities by life situation, by wellbeing services county, and by
 * county and life situation together. They are the no-JavaScript counterpart of a filtered
 * search link, so an activity is in a county's list by the same area rule as search
 * (`expandArea`): an activity for some municipalities is listed under their counties, a
 * county-wide one under its counties, a national one under every county.
 *
 * Ended activities are left out (a list is for finding something to join); paused ones stay,
 * marked. Past events are never listed (`upcomingEvents`).
 */
import type { Activity } from '../schemas/activity.ts';
import { localize, type ShownText } from './localize.ts';
import { countyName, municipalityName, organisationName, placeNames, siteCounties, termName, upcomingEvents, type DirectoryData, type EntryRef, type UpcomingEvent } from './listings.ts';
import { routePath, type Lang } from './routes.ts';
import { formatOccurrence } from './schedule.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import { buildAreaIndex, expandArea, type AreaIndex, type ExpandedArea } from './search-filters.ts';
import { memoized } from './lookup.ts';
import { searchState, type SearchState } from './search-params.ts';

/** Which activities a browse page lists: one life situation, one county, or both. */
export interface BrowseScope {
  county?: string | undefined;
  situation?: string | undefined;
}

/** The words a row uses for entries without a place. */
export interface ModeLabels {
  online: string;
  phone: string;
  chat: string;
}

/** What a list row shows of one activity, in one language. */
export interface BrowseRow {
  key: string;
  name: ShownText;
  /** Site-relative path of the activity page. */
  path: string;
  organisation: string;
  summary: ShownText;
  /** Municipalities of its places, then the other ways to take part: "Kuopio, Verkossa". */
  where: string;
  status: Activity['status'];
}

/** A titled group of rows: one municipality, one county, the whole county, or all of Finland. */
export interface BrowseGroup {
  /** Stable id for headings and anchors: `m-297`, `c-13`, `regional`, `national`. */
  id: string;
  kind: 'municipality' | 'county' | 'regional' | 'national' | 'elsewhere';
  /** The municipality or county name; empty for the other kinds (the page words them). */
  name: string;
  /** The county code of a `county` group (situation pages link it to the county × situation page). */
  code?: string;
  rows: BrowseRow[];
}

export interface BrowseList {
  /** Distinct activities in the list (an activity may sit in more than one group). */
  count: number;
  groups: BrowseGroup[];
}

interface Indexed {
  entry: EntryRef<Activity>;
  area: ExpandedArea;
}

const indexes = new WeakMap<DirectoryData, { areaIndex: AreaIndex; activities: Indexed[] }>();

/** Each listed activity with its expanded area, computed once per directory. */
function indexed(directory: DirectoryData): { areaIndex: AreaIndex; activities: Indexed[] } {
  let found = indexes.get(directory);
  if (!found) {
    const areaIndex = buildAreaIndex(directory.taxonomies);
    const activities = directory.activities.filter((entry) => entry.data.status !== 'ended').map((entry) => ({ entry, area: expandArea(entry.data.area, areaIndex) }));
    found = { areaIndex, activities };
    indexes.set(directory, found);
  }
  return found;
}

function matches(item: Indexed, scope: BrowseScope): boolean {
  return (!scope.situation || item.entry.data.situations.includes(scope.situation)) && (!scope.county || item.area.counties.includes(scope.county));
}

/** The listed activities of a scope (by key), with their expanded areas. */
export function browseActivities(directory: DirectoryData, scope: BrowseScope): EntryRef<Activity>[] {
  return memoized(directory, `browse-entries:${scope.county ?? ''}:${scope.situation ?? ''}`, () => scopedItems(directory, scope).map((item) => item.entry));
}

/** The listed activities of a scope with their expanded areas, computed once per scope. */
function scopedItems(directory: DirectoryData, scope: BrowseScope): Indexed[] {
  return memoized(directory, `browse-items:${scope.county ?? ''}:${scope.situation ?? ''}`, () => indexed(directory).activities.filter((item) => matches(item, scope)));
}

function row(directory: DirectoryData, entry: EntryRef<Activity>, lang: Lang, labels: ModeLabels): BrowseRow {
  const data = entry.data;
  const defaultLang = directory.site.languages[0] ?? 'fi';
  const places = data.modes.includes('in-person') ? placeNames(directory, data.locations, lang) : [];
  const remote = data.modes.filter((mode) => mode !== 'in-person').map((mode) => labels[mode as keyof ModeLabels]);
  return {
    key: entry.key,
    name: localize(data.name, lang, defaultLang),
    path: routePath(lang, 'activity', entry.org, entry.id),
    organisation: organisationName(directory, entry.org, lang),
    summary: localize(data.summary, lang, defaultLang),
    where: [...places, ...remote].join(', '),
    status: data.status,
  };
}

function sortRows(rows: BrowseRow[], lang: Lang): BrowseRow[] {
  const collator = new Intl.Collator(lang);
  return rows.sort((a, b) => collator.compare(a.name.text, b.name.text) || a.key.localeCompare(b.key));
}

function sortGroups(groups: BrowseGroup[], lang: Lang): BrowseGroup[] {
  const collator = new Intl.Collator(lang);
  return groups.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/**
 * A county's list (optionally of one life situation): activities for single municipalities
 * under each municipality of the county they serve, by municipality name; then the county-wide
 * ones; then the national ones. Rows by name within a group.
 */
export function countyList(directory: DirectoryData, lang: Lang, county: string, labels: ModeLabels, situation?: string): BrowseList {
  const items = scopedItems(directory, { county, situation });
  const byMunicipality = new Map<string, BrowseRow[]>();
  const regional: BrowseRow[] = [];
  const national: BrowseRow[] = [];
  const countyMunicipalities = new Set(indexed(directory).areaIndex.municipalitiesIn.get(county) ?? []);
  for (const item of items) {
    const shown = row(directory, item.entry, lang, labels);
    if (item.area.reach === 'national') national.push(shown);
    else if (item.area.reach === 'regional') regional.push(shown);
    else
      for (const code of item.area.municipalities.filter((code) => countyMunicipalities.has(code))) {
        byMunicipality.set(code, [...(byMunicipality.get(code) ?? []), shown]);
      }
  }
  const groups: BrowseGroup[] = sortGroups(
    [...byMunicipality].map(([code, rows]) => ({ id: `m-${code}`, kind: 'municipality' as const, name: municipalityName(directory, code, lang), rows: sortRows(rows, lang) })),
    lang,
  );
  if (regional.length) groups.push({ id: 'regional', kind: 'regional', name: '', rows: sortRows(regional, lang) });
  if (national.length) groups.push({ id: 'national', kind: 'national', name: '', rows: sortRows(national, lang) });
  return { count: items.length, groups };
}

/**
 * A life situation's list: the national activities first (they serve everyone), then per county
 * the directory covers, by county name, every activity that serves it but not all of Finland.
 */
export function situationList(directory: DirectoryData, lang: Lang, situation: string, labels: ModeLabels): BrowseList {
  const items = scopedItems(directory, { situation });
  const national = items.filter((item) => item.area.reach === 'national').map((item) => row(directory, item.entry, lang, labels));
  const groups: BrowseGroup[] = national.length ? [{ id: 'national', kind: 'national', name: '', rows: sortRows(national, lang) }] : [];
  const counties = siteCounties(directory).flatMap((code): BrowseGroup[] => {
    const rows = items.filter((item) => item.area.reach !== 'national' && item.area.counties.includes(code)).map((item) => row(directory, item.entry, lang, labels));
    return rows.length ? [{ id: `c-${code}`, kind: 'county', name: countyName(directory, code, lang), code, rows: sortRows(rows, lang) }] : [];
  });
  // Activities only in counties the directory does not cover still belong to the situation.
  const covered = new Set(siteCounties(directory));
  const elsewhere = items
    .filter((item) => item.area.reach !== 'national' && !item.area.counties.some((code) => covered.has(code)))
    .map((item) => row(directory, item.entry, lang, labels));
  const rest: BrowseGroup[] = elsewhere.length ? [{ id: 'elsewhere', kind: 'elsewhere', name: '', rows: sortRows(elsewhere, lang) }] : [];
  return { count: items.length, groups: [...groups, ...sortGroups(counties, lang), ...rest] };
}

/** Upcoming events of a browse scope, soonest first (a county's include the national ones). */
export function browseEvents(directory: DirectoryData, now: string, scope: BrowseScope): UpcomingEvent[] {
  return memoized(directory, `browse-events:${now}:${scope.county ?? ''}:${scope.situation ?? ''}`, () => scopedEvents(directory, now, scope));
}

function scopedEvents(directory: DirectoryData, now: string, scope: BrowseScope): UpcomingEvent[] {
  const base = scope.county ? upcomingEvents(directory, now, { kind: 'county', code: scope.county }) : scope.situation ? upcomingEvents(directory, now, { kind: 'situation', code: scope.situation }) : upcomingEvents(directory, now);
  return scope.county && scope.situation ? base.filter((item) => item.entry.data.situations.includes(scope.situation!)) : base;
}

/** The search that finds the same entries as a browse page: `?county=13&situation=grief`. */
export function browseSearchState(scope: BrowseScope): SearchState {
  return searchState({ filters: { ...(scope.county ? { county: [scope.county] } : {}), ...(scope.situation ? { situation: [scope.situation] } : {}) } });
}

/**
 * The county × life situation pages to build: every pair of a covered county and a life
 * situation with at least one listed activity or upcoming event. Pages link only to these.
 */
export function landingPairs(directory: DirectoryData, now: string): { county: string; situation: string; count: number }[] {
  return memoized(directory, `landing-pairs:${now}`, () => findLandingPairs(directory, now));
}

function findLandingPairs(directory: DirectoryData, now: string): { county: string; situation: string; count: number }[] {
  const pairs: { county: string; situation: string; count: number }[] = [];
  for (const county of siteCounties(directory)) {
    for (const term of directory.taxonomies.situations) {
      const count = browseActivities(directory, { county, situation: term.code }).length + browseEvents(directory, now, { county, situation: term.code }).length;
      if (count > 0) pairs.push({ county, situation: term.code, count });
    }
  }
  return pairs;
}

/** Life situations in taxonomy order with how many activities each lists (in all counties). */
export function situationCounts(directory: DirectoryData, lang: Lang, county?: string): { code: string; name: string; count: number }[] {
  return directory.taxonomies.situations.map((term) => ({ code: term.code, name: termName(directory, 'situations', term.code, lang), count: browseActivities(directory, { county, situation: term.code }).length }));
}

/** Covered counties by name with how many activities each lists. */
export function countyCounts(directory: DirectoryData, lang: Lang): { code: string; name: string; count: number }[] {
  const collator = new Intl.Collator(lang);
  return siteCounties(directory)
    .map((code) => ({ code, name: countyName(directory, code, lang), count: browseActivities(directory, { county: code }).length }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** What a short list of upcoming events (home page, browse pages) shows of one event. */
export interface EventTeaser {
  key: string;
  name: ShownText;
  path: string;
  /** The next (or current) session in words, and its start as an instant for <time datetime>. */
  when: string;
  whenUtc: string;
  where: string;
  organisation: string;
  status: TukiverkkoEvent['status'];
}

/** The first `limit` of `events` as short rows. */
export function eventTeasers(directory: DirectoryData, lang: Lang, events: UpcomingEvent[], labels: ModeLabels, limit: number): EventTeaser[] {
  const defaultLang = directory.site.languages[0] ?? 'fi';
  return events.slice(0, limit).map(({ entry, next }) => {
    const data = entry.data;
    const places = data.status === 'moved-online' || !data.modes.includes('in-person') ? [] : placeNames(directory, data.locations, lang);
    const remote = (data.status === 'moved-online' ? ['online' as const] : data.modes.filter((mode) => mode !== 'in-person')).map((mode) => labels[mode as keyof ModeLabels]);
    return {
      key: entry.key,
      name: localize(data.name, lang, defaultLang),
      path: routePath(lang, 'event', entry.org, entry.id),
      when: formatOccurrence(next, lang),
      whenUtc: next.startUtc,
      where: [...places, ...remote].join(', '),
      organisation: organisationName(directory, entry.org, lang),
      status: data.status,
    };
  });
}
