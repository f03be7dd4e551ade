/**
 * From a search state (search-params.ts) to Pagefind queries, and the small decisions around
 * them: time windows, result order, pages, and the ways out of "no results". Pure, so the unit
 * tests cover what the search page will do; search-page.ts only runs it against Pagefind.
 */
import { addDays } from './search-filters.ts';
import { FILTER_PARAMS, type FilterParam, type SearchState, type When } from './search-params.ts';

/**
 * Pagefind's filter object: any of the values within a filter, all filters together; `any` and
 * `all` with a list combine whole filter objects (Pagefind's compound filters).
 */
export type PagefindFilters = { [filter: string]: { any: string[] } | { none: string[] } | PagefindFilters[] };
export type PagefindSort = Record<string, 'asc' | 'desc'>;

export interface QueryClock {
  /** Today in the site's time zone, YYYY-MM-DD (from the visitor's clock). */
  today: string;
  /** The date the index was built, YYYY-MM-DD. */
  builtOn: string;
}

/** The performance mark the search page sets each time results are on screen (for the budget). */
export const RESULTS_MARK = 'tukiverkko:search-results';

/** Results on one page. */
export const PAGE_SIZE = 20;

/** Days in each `when` window, today included. */
export const WHEN_DAYS: Record<When, number> = { today: 1, week: 7, month: 31 };

/** The dates of a time window starting today. */
export function windowDays(when: When, today: string): string[] {
  return Array.from({ length: WHEN_DAYS[when] }, (_, offset) => addDays(today, offset));
}

/**
 * How far back the page hides events that ended after the build: a site not rebuilt for longer
 * than this shows such events again rather than sending a very long filter.
 */
export const MAX_STALE_DAYS = 60;

/** The county of each municipality a link may name (search-page-data.ts). */
export type CountyOf = Readonly<Record<string, string>>;

/**
 * The Pagefind filters of a state; `omit` leaves one filter out (to count that filter's values as
 * if it were not chosen, so its other values show what choosing them too would add).
 *
 * An area is asked for as the index files it (search-filters.ts): `county=13` finds entries filed
 * under county 13 or national ones; `municipality=297` finds entries for that municipality, for
 * the whole of its county, or national ones.
 */
export function pagefindFilters(state: SearchState, clock: QueryClock, countyOf: CountyOf, omit?: FilterParam): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const param of FILTER_PARAMS) {
    if (param === 'county' || param === 'municipality') continue;
    if (param !== omit && state.filters[param].length > 0) filters[param] = { any: [...state.filters[param]] };
  }
  const areas: PagefindFilters[] = [];
  const national: PagefindFilters = { reach: { any: ['national'] } };
  if (omit !== 'county' && state.filters.county.length > 0) areas.push({ any: [{ county: { any: [...state.filters.county] } }, national] });
  if (omit !== 'municipality' && state.filters.municipality.length > 0) {
    const counties = countiesOf(state.filters.municipality, countyOf);
    areas.push({ any: [{ municipality: { any: [...state.filters.municipality] } }, ...(counties.length > 0 ? [{ countywide: { any: counties } }] : []), national] });
  }
  if (areas.length === 1) Object.assign(filters, areas[0]);
  else if (areas.length > 1) filters.all = areas;
  if (state.when) filters.day = { any: windowDays(state.when, clock.today) };
  const ended: string[] = [];
  for (let day = clock.builtOn; day < clock.today && ended.length < MAX_STALE_DAYS; day = addDays(day, 1)) ended.push(day);
  // Events whose last day is before today ended since the build; pages without `last` (activities, organisations) stay.
  if (ended.length > 0) filters.last = { none: ended };
  return filters;
}

/** The names of the filters (index filters, not operators) that `filters` uses, each once. */
export function filterNames(filters: PagefindFilters): string[] {
  const names = new Set<string>();
  const walk = (node: PagefindFilters) => {
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (!OPERATORS.has(key)) names.add(key);
    }
  };
  walk(filters);
  return [...names].sort();
}

const OPERATORS = new Set(['any', 'all', 'none', 'not']);

/**
 * The counts of the county and municipality values as a link counts them (see pagefindFilters),
 * from the counts Pagefind gives for the index's own filters in one result set: a county-wide
 * entry counts under each municipality of its county, a national one under every area.
 */
export function areaCounts(
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>,
  codes: { county: readonly string[]; municipality: readonly string[] },
  countyOf: CountyOf,
): { county: Record<string, number>; municipality: Record<string, number> } {
  const national = counts.reach?.national ?? 0;
  return {
    county: Object.fromEntries(codes.county.map((code) => [code, (counts.county?.[code] ?? 0) + national])),
    municipality: Object.fromEntries(
      codes.municipality.map((code) => {
        const county = countyOf[code];
        return [code, (counts.municipality?.[code] ?? 0) + (county ? (counts.countywide?.[county] ?? 0) : 0) + national];
      }),
    ),
  };
}

function countiesOf(municipalities: readonly string[], countyOf: CountyOf): string[] {
  return [...new Set(municipalities.flatMap((code) => (countyOf[code] ? [countyOf[code]] : [])))].sort();
}

/**
 * Pagefind's sort for a state. Best match first needs search words; without them the results are
 * in name order (and nearest first, see `nearestFirst`).
 */
export function pagefindSort(state: SearchState): PagefindSort | undefined {
  if (state.sort === 'name') return { name: 'asc' };
  if (state.sort === 'date') return { date: 'asc' };
  return state.q ? undefined : { name: 'asc' };
}

/**
 * The results of a search sorted by date: the events (the only entries with a date, search-record.ts)
 * by date, then the other results in name order. `dated` is the date-sorted answer, which Pagefind
 * gives without the pages that have no date; `named` the name-sorted answer to the same search.
 */
export function datedFirst<R extends { id: string }>(dated: readonly R[], named: readonly R[]): R[] {
  const seen = new Set(dated.map((result) => result.id));
  return [...dated, ...named.filter((result) => !seen.has(result.id))];
}

/** True when results are grouped nearest first: an area is chosen and the order is the default. */
export function nearestFirst(state: SearchState): boolean {
  return state.sort === 'relevance' && (state.filters.county.length > 0 || state.filters.municipality.length > 0);
}

/**
 * Orders result ids nearest first: entries for some municipalities, then county-wide ones, then
 * national ones, each group keeping its order. The index files only the county-wide and national
 * entries under `reach` (search-filters.ts), so the rest are the local ones.
 */
export function orderByReach(ids: readonly string[], regional: ReadonlySet<string>, national: ReadonlySet<string>): string[] {
  const rank = (id: string) => (regional.has(id) ? 1 : national.has(id) ? 2 : 0);
  return ids.map((id, index) => ({ id, index, rank: rank(id) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map((item) => item.id);
}

export interface PageWindow {
  /** The page shown (the asked page, or the last one when it asked past the end). */
  page: number;
  pages: number;
  /** 0-based index of the first result shown, and one past the last. */
  start: number;
  end: number;
}

export function pageWindow(total: number, page: number, pageSize = PAGE_SIZE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(Math.max(1, page), pages);
  const start = (shown - 1) * pageSize;
  return { page: shown, pages, start, end: Math.min(total, start + pageSize) };
}

/** Page numbers to link: first, last, and two either side of the current one; 0 marks a gap. */
export function pageNumbers(current: number, pages: number): number[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((page) => page >= 1 && page <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: number[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    // A gap of one page shows that page; only a longer gap becomes "…".
    if (previous !== undefined && page - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) result.push(0);
    result.push(page);
  });
  return result;
}

/** A way to widen a search that found nothing. */
export type Relaxation =
  | { kind: 'remove'; param: FilterParam; value: string; state: SearchState }
  | { kind: 'removeWhen'; state: SearchState }
  | { kind: 'widenToCounty'; counties: string[]; state: SearchState }
  | { kind: 'widenToCountry'; state: SearchState }
  | { kind: 'dropQuery'; state: SearchState }
  | { kind: 'dropFilters'; state: SearchState };

/**
 * Every single step that widens a search, most specific first: drop one chosen value; widen
 * municipalities to their counties; widen an area to the whole country; drop the time window;
 * search the words without filters; browse the filters without words.
 */
export function relaxations(state: SearchState, countyOf: CountyOf): Relaxation[] {
  const base: SearchState = { ...state, page: 1 };
  const result: Relaxation[] = [];
  for (const param of FILTER_PARAMS) {
    if (param === 'county' || param === 'municipality') continue;
    for (const value of state.filters[param]) {
      result.push({ kind: 'remove', param, value, state: { ...base, filters: { ...state.filters, [param]: state.filters[param].filter((other) => other !== value) } } });
    }
  }
  if (state.filters.municipality.length > 0) {
    const counties = countiesOf(state.filters.municipality, countyOf);
    if (counties.length > 0) {
      const union = [...new Set([...state.filters.county, ...counties])].sort();
      result.push({ kind: 'widenToCounty', counties, state: { ...base, filters: { ...state.filters, municipality: [], county: union } } });
    }
  }
  if (state.filters.county.length > 0 || state.filters.municipality.length > 0) {
    result.push({ kind: 'widenToCountry', state: { ...base, filters: { ...state.filters, county: [], municipality: [] } } });
  }
  if (state.when) result.push({ kind: 'removeWhen', state: { ...base, when: undefined } });
  const filterCount = FILTER_PARAMS.reduce((total, param) => total + state.filters[param].length, 0) + (state.when ? 1 : 0);
  if (state.q && filterCount > 0) result.push({ kind: 'dropFilters', state: { ...base, filters: emptyFilters(), when: undefined } });
  if (state.q && filterCount > 0) result.push({ kind: 'dropQuery', state: { ...base, q: '' } });
  return result;
}

function emptyFilters(): Record<FilterParam, string[]> {
  return Object.fromEntries(FILTER_PARAMS.map((param) => [param, []])) as unknown as Record<FilterParam, string[]>;
}

/** Today's date in a time zone, YYYY-MM-DD, from an instant. */
export function dateInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
