/**
 * The search filter values an entry gets in the Pagefind index. Parameter names and codes are
 * those of search links (search-params.ts), so a link's values go to Pagefind unchanged.
 *
 * The area rule (content-model.md): an entry whose area is a whole county, or national, is found
 * under every county and municipality it serves; an entry for some municipalities is also found
 * under the counties those municipalities belong to.
 *
 * The index does not list a county-wide or national entry under each of its municipalities (a
 * national entry under all 308 of them made the municipality filter the largest file a search
 * downloads, and every search that had loaded it slow). It holds what an entry names, and the
 * search asks for the rest (search-query.ts, `pagefindFilters`):
 * - `municipality`: the municipalities of an entry for some municipalities;
 * - `county`: the counties of a county-wide entry, and those of a local entry's municipalities;
 * - `countywide`: the counties of a county-wide entry only (what `municipality=` adds);
 * - `reach`: `regional` for county-wide entries, `national` for national ones (found by every
 *   area); entries for some municipalities have none, so that the filter lists only the wider
 *   entries (it is loaded by every search with an area, and by the nearest-first grouping).
 */
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Area } from '../schemas/shared.ts';
import type { County, Municipality } from '../schemas/taxonomy.ts';
import type { FilterParam } from './search-params.ts';

/** How wide an entry's area is: some municipalities, whole counties, or all of Finland. */
export type Reach = 'local' | 'regional' | 'national';

/**
 * Filters that never appear in a link: `reach` (county-wide and national entries only) orders results nearest first and finds national
 * entries for any area, `countywide` finds county-wide entries for a municipality, `day` (every
 * date an event runs on) answers `when=`, `last` (an event's last date) hides events that ended
 * after the index was built.
 */
export type HiddenFilter = 'reach' | 'countywide' | 'day' | 'last';

export type EntryFilters = Partial<Record<FilterParam | HiddenFilter, string[]>>;

/** The county of each municipality, and the municipalities of each county. */
export interface AreaIndex {
  counties: string[];
  municipalities: string[];
  countyOf: ReadonlyMap<string, string>;
  municipalitiesIn: ReadonlyMap<string, readonly string[]>;
}

export function buildAreaIndex(taxonomies: { counties: readonly County[]; municipalities: readonly Municipality[] }): AreaIndex {
  const countyOf = new Map<string, string>();
  const municipalitiesIn = new Map<string, string[]>();
  for (const municipality of taxonomies.municipalities) {
    // Åland's municipalities have no wellbeing services county: they are reached only nationally.
    if (!municipality.county_code) continue;
    countyOf.set(municipality.code, municipality.county_code);
    municipalitiesIn.set(municipality.county_code, [...(municipalitiesIn.get(municipality.county_code) ?? []), municipality.code]);
  }
  return {
    counties: taxonomies.counties.map((county) => county.code).sort(),
    municipalities: taxonomies.municipalities.map((municipality) => municipality.code).sort(),
    countyOf,
    municipalitiesIn,
  };
}

export interface ExpandedArea {
  counties: string[];
  municipalities: string[];
  reach: Reach;
}

/** Every county and municipality an area serves (see the area rule above). */
export function expandArea(area: Area, index: AreaIndex): ExpandedArea {
  if ('national' in area) return { counties: [...index.counties], municipalities: [...index.municipalities], reach: 'national' };
  if ('counties' in area) {
    const counties = unique(area.counties);
    return { counties, municipalities: unique(counties.flatMap((county) => index.municipalitiesIn.get(county) ?? [])), reach: 'regional' };
  }
  const municipalities = unique(area.municipalities);
  const counties = unique(municipalities.flatMap((municipality) => {
    const county = index.countyOf.get(municipality);
    return county ? [county] : [];
  }));
  return { counties, municipalities, reach: 'local' };
}

/** The `cost` filter code: free, membership or fee (any fee written in words). */
export function costCode(cost: Activity['cost']): string | undefined {
  if (cost === undefined) return undefined;
  return typeof cost === 'string' ? cost : 'fee';
}

/** Longest stretch of days one event session is listed under for `when=` (a festival, a camp). */
export const MAX_EVENT_DAYS = 62;

/** Every date (YYYY-MM-DD) an event runs on, over all its sessions. */
export function eventDays(event: Pick<TukiverkkoEvent, 'start' | 'end' | 'sessions'>): string[] {
  const days = new Set<string>();
  for (const session of [{ start: event.start, end: event.end }, ...(event.sessions ?? [])]) {
    let day = session.start.slice(0, 10);
    // A session ending at midnight does not run on the next day.
    const lastDay = session.end.slice(11) === '00:00' && session.end.slice(0, 10) > day ? addDays(session.end.slice(0, 10), -1) : session.end.slice(0, 10);
    for (let count = 0; day <= lastDay && count < MAX_EVENT_DAYS; count++) {
      days.add(day);
      day = addDays(day, 1);
    }
  }
  return [...days].sort();
}

export type SearchableEntry =
  | { kind: 'activity'; data: Activity }
  /** `type` is the activity type of the activity the event belongs to, when it names one. */
  | { kind: 'event'; data: TukiverkkoEvent; type?: string | undefined }
  | { kind: 'organisation'; data: Organisation };

/** The filter values of one entry; a filter with no values is left out. */
export function entryFilters(entry: SearchableEntry, index: AreaIndex): EntryFilters {
  const filters = areaFilters(entry.data.area, index);
  if (entry.kind !== 'organisation') {
    const data = entry.data;
    filters.situation = unique(data.situations);
    filters.audience = unique(data.audiences ?? []);
    filters.mode = unique(data.modes);
    filters.language = unique(data.languages);
    const cost = costCode(data.cost);
    filters.cost = cost ? [cost] : [];
    filters.access = unique((data.locations ?? []).flatMap((location) => location.accessibility ?? []));
    const type = entry.kind === 'activity' ? entry.data.type : entry.type;
    filters.type = type ? [type] : [];
  }
  if (entry.kind === 'event') {
    const days = eventDays(entry.data);
    filters.day = days;
    filters.last = days.slice(-1);
  }
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)) as EntryFilters;
}

/** The area filters of an entry in the index (see the module comment). */
export function areaFilters(area: Area, index: AreaIndex): EntryFilters {
  const expanded = expandArea(area, index);
  if (expanded.reach === 'national') return { reach: ['national'] };
  if (expanded.reach === 'regional') return { county: expanded.counties, countywide: expanded.counties, reach: ['regional'] };
  return { county: expanded.counties, municipality: expanded.municipalities };
}

/** `day` plus `days` days, as YYYY-MM-DD (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
