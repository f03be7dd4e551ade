/**
 * The state of the search page as a URL (content-model.md, "Search links"). A search link is a
 * plain query string of codes, never labels, so it works in every UI language and keeps working
 * for years:
 *
 *   ?q=vertaistuki&county=13&municipality=297&situation=caregiving&situation=grief&language=sv
 *
 * A parameter given more than once means any of its values (OR); different parameters must all
 * hold (AND). Pure: runs in the build, the tests and the browser.
 */

/** The filter parameters, in the order a canonical link lists them. */
export const FILTER_PARAMS = ['county', 'municipality', 'situation', 'audience', 'type', 'mode', 'language', 'cost', 'access'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** Time windows for events: today, the next seven days, the next month (31 days). */
export const WHEN_VALUES = ['today', 'week', 'month'] as const;
export type When = (typeof WHEN_VALUES)[number];

/**
 * Orders of the results. `relevance` is the default and never written to a link; with no search
 * words it lists entries nearest the chosen area first and then by name.
 */
export const SORT_VALUES = ['relevance', 'name', 'date'] as const;
export type Sort = (typeof SORT_VALUES)[number];

export const MODE_VALUES = ['in-person', 'online', 'phone', 'chat'] as const;
export const COST_VALUES = ['free', 'membership', 'fee'] as const;

/** Longest search text kept from a link; longer text is cut (nobody types more). */
export const MAX_QUERY_LENGTH = 200;
/** Highest page number a link may ask for. */
export const MAX_PAGE = 1000;

export interface SearchState {
  /** Search words as typed, whitespace collapsed; '' when browsing by filters only. */
  q: string;
  /** Chosen codes per filter, each list sorted and without repeats. */
  filters: Record<FilterParam, string[]>;
  when: When | undefined;
  sort: Sort;
  /** 1-based page of results. */
  page: number;
}

/** A parameter value of a link that was not understood and so left out of the search. */
export interface IgnoredParam {
  param: string;
  value: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const VALUE_SHAPES: Record<FilterParam, (value: string) => boolean> = {
  county: (value) => /^\d{2}$/.test(value),
  municipality: (value) => /^\d{3}$/.test(value),
  situation: (value) => ID.test(value),
  audience: (value) => ID.test(value),
  type: (value) => ID.test(value),
  mode: (value) => (MODE_VALUES as readonly string[]).includes(value),
  language: (value) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value),
  cost: (value) => (COST_VALUES as readonly string[]).includes(value),
  access: (value) => ID.test(value),
};

export function emptySearchState(): SearchState {
  return {
    q: '',
    filters: Object.fromEntries(FILTER_PARAMS.map((param) => [param, []])) as unknown as Record<FilterParam, string[]>,
    when: undefined,
    sort: 'relevance',
    page: 1,
  };
}

export function isFilterParam(value: string): value is FilterParam {
  return (FILTER_PARAMS as readonly string[]).includes(value);
}

/** Tidies search text: trims, collapses whitespace, cuts at MAX_QUERY_LENGTH characters. */
export function normaliseQuery(text: string): string {
  return [...text.replace(/\s+/g, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * Reads a search link. Never throws: a value that is not of its parameter's form is left out and
 * listed in `ignored`, so the page can say so. Unknown parameters (utm_source …) are skipped
 * silently. Whether a well-formed code still exists in the taxonomies is for the caller to check.
 */
export function parseSearchParams(input: URLSearchParams | string): { state: SearchState; ignored: IgnoredParam[] } {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const state = emptySearchState();
  const ignored: IgnoredParam[] = [];
  const queries: string[] = [];
  for (const [rawParam, rawValue] of params) {
    const param = rawParam.trim();
    const value = param === 'q' ? rawValue : rawValue.trim();
    if (param === 'q') {
      queries.push(value);
    } else if (isFilterParam(param)) {
      const canonical = param === 'language' ? canonicalLanguageTag(value) : value;
      if (canonical === '') continue;
      if (VALUE_SHAPES[param](canonical)) state.filters[param].push(canonical);
      else ignored.push({ param, value: rawValue });
    } else if (param === 'when') {
      if ((WHEN_VALUES as readonly string[]).includes(value)) state.when = widerWhen(state.when, value as When);
      else if (value !== '') ignored.push({ param, value: rawValue });
    } else if (param === 'sort') {
      if ((SORT_VALUES as readonly string[]).includes(value)) state.sort = value as Sort;
      else if (value !== '') ignored.push({ param, value: rawValue });
    } else if (param === 'page') {
      const page = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
      if (page >= 1) state.page = Math.min(page, MAX_PAGE);
      else if (value !== '') ignored.push({ param, value: rawValue });
    }
  }
  state.q = normaliseQuery(queries.join(' '));
  for (const param of FILTER_PARAMS) state.filters[param] = uniqueSorted(state.filters[param]);
  return { state, ignored };
}

/**
 * The canonical query string of a state, with its leading '?', or '' for the empty state.
 * Parameters come in a fixed order and values sorted, so one search has one link.
 */
export function serialiseSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q);
  if (q) params.append('q', q);
  for (const param of FILTER_PARAMS) for (const value of uniqueSorted(state.filters[param])) params.append(param, value);
  if (state.when) params.append('when', state.when);
  if (state.sort !== 'relevance') params.append('sort', state.sort);
  if (state.page > 1) params.append('page', String(Math.min(Math.floor(state.page), MAX_PAGE)));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A state from a partial description, e.g. `searchState({ filters: { situation: ['grief'] } })`. */
export function searchState(partial: { q?: string; filters?: Partial<Record<FilterParam, string[]>>; when?: When; sort?: Sort; page?: number } = {}): SearchState {
  const state = emptySearchState();
  state.q = normaliseQuery(partial.q ?? '');
  for (const param of FILTER_PARAMS) state.filters[param] = uniqueSorted(partial.filters?.[param] ?? []);
  state.when = partial.when;
  state.sort = partial.sort ?? 'relevance';
  state.page = partial.page ?? 1;
  return state;
}

/** The href of a search: the search page path (with the site base) plus the canonical query. */
export function searchHref(searchPagePath: string, state: SearchState): string {
  return `${searchPagePath}${serialiseSearchParams(state)}`;
}

/** A copy of `state` with `value` added to or removed from `param`; back to page 1. */
export function toggleFilter(state: SearchState, param: FilterParam, value: string, on: boolean): SearchState {
  const values = state.filters[param].filter((existing) => existing !== value);
  return { ...state, filters: { ...state.filters, [param]: uniqueSorted(on ? [...values, value] : values) }, page: 1 };
}

/** A copy of `state` without any value of `param`; back to page 1. */
export function clearFilter(state: SearchState, param: FilterParam): SearchState {
  return { ...state, filters: { ...state.filters, [param]: [] }, page: 1 };
}

/** True when nothing at all is chosen: no words, no filter, no time window. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.q && !state.when && FILTER_PARAMS.every((param) => state.filters[param].length === 0);
}

/** Number of chosen filter values, the time window included. */
export function activeFilterCount(state: SearchState): number {
  return FILTER_PARAMS.reduce((total, param) => total + state.filters[param].length, 0) + (state.when ? 1 : 0);
}

function widerWhen(current: When | undefined, next: When): When {
  // Any of several windows is the widest of them.
  if (!current) return next;
  return WHEN_VALUES.indexOf(next) > WHEN_VALUES.indexOf(current) ? next : current;
}

/** Language tags are case-insensitive; links keep the usual case: `fi`, `zh-Hant`, `sv-FI`. */
function canonicalLanguageTag(value: string): string {
  const [primary = '', ...rest] = value.split('-');
  return [
    primary.toLowerCase(),
    ...rest.map((part) => (part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.length === 2 ? part.toUpperCase() : part.toLowerCase())),
  ].join('-');
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
