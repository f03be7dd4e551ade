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
import { laterPages, LIST_PAGE_SIZE, pageCount, pageOfGroups, recentlyUsed, type PagedGroup } from './paging.ts';
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

/** A group of a list before it is worded in a language: which activities, under which heading. */
interface ItemGroup {
  id: string;
  kind: BrowseGroup['kind'];
  /** Municipality or county code of a `municipality` or `county` group. */
  code?: string;
  items: Indexed[];
}

/**
 * The groups of a scope's list, in no particular order (the order depends on the language's
 * names). A county's list: activities for single municipalities under each municipality of the
 * county they serve, the county-wide ones, the national ones. A life situation's list: the
 * national ones, then per covered county every activity that serves it but not all of Finland,
 * then those only in counties the directory does not cover. Computed once per scope.
 */
function itemGroups(directory: DirectoryData, scope: BrowseScope): ItemGroup[] {
  return memoized(directory, `browse-groups:${scope.county ?? ''}:${scope.situation ?? ''}`, () =>
    scope.county ? countyGroups(directory, scope.county, scope.situation) : situationGroups(directory, scope.situation!),
  );
}

function countyGroups(directory: DirectoryData, county: string, situation: string | undefined): ItemGroup[] {
  const byMunicipality = new Map<string, Indexed[]>();
  const regional: Indexed[] = [];
  const national: Indexed[] = [];
  const countyMunicipalities = new Set(indexed(directory).areaIndex.municipalitiesIn.get(county) ?? []);
  for (const item of scopedItems(directory, { county, situation })) {
    if (item.area.reach === 'national') national.push(item);
    else if (item.area.reach === 'regional') regional.push(item);
    else
      for (const code of item.area.municipalities) {
        if (!countyMunicipalities.has(code)) continue;
        const group = byMunicipality.get(code);
        if (group) group.push(item);
        else byMunicipality.set(code, [item]);
      }
  }
  return [
    ...[...byMunicipality].map(([code, items]) => ({ id: `m-${code}`, kind: 'municipality' as const, code, items })),
    ...(regional.length ? [{ id: 'regional', kind: 'regional' as const, items: regional }] : []),
    ...(national.length ? [{ id: 'national', kind: 'national' as const, items: national }] : []),
  ];
}

function situationGroups(directory: DirectoryData, situation: string): ItemGroup[] {
  const items = scopedItems(directory, { situation });
  const national = items.filter((item) => item.area.reach === 'national');
  const covered = siteCounties(directory);
  const counties = covered.flatMap((code): ItemGroup[] => {
    const inCounty = items.filter((item) => item.area.reach !== 'national' && item.area.counties.includes(code));
    return inCounty.length ? [{ id: `c-${code}`, kind: 'county', code, items: inCounty }] : [];
  });
  // Activities only in counties the directory does not cover still belong to the situation.
  const coveredSet = new Set(covered);
  const elsewhere = items.filter((item) => item.area.reach !== 'national' && !item.area.counties.some((code) => coveredSet.has(code)));
  return [
    ...(national.length ? [{ id: 'national', kind: 'national' as const, items: national }] : []),
    ...counties,
    ...(elsewhere.length ? [{ id: 'elsewhere', kind: 'elsewhere' as const, items: elsewhere }] : []),
  ];
}

/** Groups in reading order: a county's municipalities by name first, a situation's counties by name after the national group. */
function groupOrder(kind: BrowseGroup['kind'], scope: BrowseScope): number {
  if (scope.county) return kind === 'municipality' ? 0 : kind === 'regional' ? 1 : 2;
  return kind === 'national' ? 0 : kind === 'county' ? 1 : 2;
}

function wordList(directory: DirectoryData, lang: Lang, scope: BrowseScope, labels: ModeLabels): BrowseList {
  const collator = new Intl.Collator(lang);
  const groupName = (group: ItemGroup) =>
    group.kind === 'municipality' ? municipalityName(directory, group.code!, lang) : group.kind === 'county' ? countyName(directory, group.code!, lang) : '';
  const groups = itemGroups(directory, scope)
    .map((group): BrowseGroup => ({
      id: group.id,
      kind: group.kind,
      name: groupName(group),
      ...(group.kind === 'county' ? { code: group.code! } : {}),
      rows: sortRows(
        group.items.map((item) => row(directory, item.entry, lang, labels)),
        lang,
      ),
    }))
    .sort((a, b) => groupOrder(a.kind, scope) - groupOrder(b.kind, scope) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  return { count: scopedItems(directory, scope).length, groups };
}

const recentLists = recentlyUsed<DirectoryData, BrowseList>(6);

/**
 * A scope's whole list in a language. A county's (optionally of one life situation): activities
 * for single municipalities under each municipality of the county they serve, by municipality
 * name; then the county-wide ones; then the national ones. A life situation's: the national
 * activities first (they serve everyone), then per county the directory covers, by county name,
 * every activity that serves it but not all of Finland. Rows by name within a group.
 */
export function browseList(directory: DirectoryData, lang: Lang, scope: BrowseScope, labels: ModeLabels): BrowseList {
  return recentLists(JSON.stringify([lang, scope.county ?? '', scope.situation ?? '', labels]), directory, () => wordList(directory, lang, scope, labels));
}

/** How many pages a scope's list has (at least one, even when empty); the same in every language. */
export function browsePageCount(directory: DirectoryData, scope: BrowseScope, pageSize = LIST_PAGE_SIZE): number {
  return pageCount(
    itemGroups(directory, scope).reduce((sum, group) => sum + group.items.length, 0),
    pageSize,
  );
}

/** One page of a browse list, with where every group of the whole list starts. */
export interface BrowseListPage {
  count: number;
  page: number;
  pages: number;
  groups: PagedGroup<BrowseGroup>[];
  /** Every group of the list, with its size and the page it starts on (for the contents). */
  contents: { id: string; kind: BrowseGroup['kind']; name: string; total: number; page: number }[];
}

/**
 * Page `page` (from 1) of a list: `pageSize` rows, counted across groups in reading order. A group
 * may run over several pages; its heading is repeated on each. A page past the last is empty.
 */
export function pageOfList(list: BrowseList, page: number, pageSize = LIST_PAGE_SIZE): BrowseListPage {
  const paged = pageOfGroups(list.groups, page, pageSize);
  const contents = list.groups.map((group, index) => ({ id: group.id, kind: group.kind, name: group.name, total: group.rows.length, page: paged.starts[index]! }));
  return { count: list.count, page, pages: paged.pages, groups: paged.groups, contents };
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

/** The three kinds of browse list: a county's, a county × life situation's, a life situation's. */
export type BrowseKind = 'county' | 'landing' | 'situation';

/** Every list of a kind that the site builds (a landing list only where `landingPairs` has one). */
export function browseScopes(directory: DirectoryData, now: string, kind: BrowseKind): BrowseScope[] {
  switch (kind) {
    case 'county':
      return siteCounties(directory).map((county) => ({ county }));
    case 'landing':
      return landingPairs(directory, now).map(({ county, situation }) => ({ county, situation }));
    case 'situation':
      return directory.taxonomies.situations.map((term) => ({ situation: term.code }));
  }
}

/** The route parameters of the second and later pages of a kind's lists (`getStaticPaths`). */
export function furtherPages(directory: DirectoryData, now: string, kind: BrowseKind): { params: { county?: string; situation?: string; page: string } }[] {
  return browseScopes(directory, now, kind).flatMap((scope) =>
    laterPages({ ...(scope.county ? { county: scope.county } : {}), ...(scope.situation ? { situation: scope.situation } : {}) }, browsePageCount(directory, scope)),
  );
}
