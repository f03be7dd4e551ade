/**
 * What the search page's script is told by the build (as JSON in the page): translated labels for
 * every filter value it may show, which values to offer, the municipality → county map for
 * "widen the area", and the UI strings of the page language. Labels, never codes, reach people.
 */
import { dictionaries } from '../i18n/index.ts';
import type { Lang } from './routes.ts';
import { buildAreaIndex } from './search-filters.ts';
import { COST_VALUES, FILTER_PARAMS, MODE_VALUES, type FilterParam } from './search-params.ts';
import type { SearchDirectory } from './search-record.ts';
import { countyName, municipalityName } from './search-record.ts';

/** One value a filter offers: its code and its label in the page language. */
export type FilterOption = [code: string, label: string];

export interface SearchPageData {
  lang: Lang;
  timezone: string;
  /** The build's date, YYYY-MM-DD: events that ended since are hidden by the script. */
  builtOn: string;
  /** URL of Pagefind's pagefind.js under the site base. */
  pagefindUrl: string;
  /** Path of this search page (with the base), the target of every search link. */
  searchPath: string;
  /** Values offered per filter, in display order, with labels. */
  options: Record<FilterParam, FilterOption[]>;
  /** Counties site.yaml covers: the county filter offers these (others only when a link names them). */
  siteCounties: string[];
  /** The county of each offered municipality: scopes the municipality list, widens the area. */
  countyOf: Record<string, string>;
  /** UI strings of the page language whose key starts with "search.". */
  messages: Record<string, string>;
}

export function buildSearchPageData(options: {
  directory: SearchDirectory & { site: { counties: 'all' | string[]; name: unknown } };
  lang: Lang;
  today: string;
  base: string;
  searchPath: string;
}): SearchPageData {
  const { directory, lang } = options;
  const { taxonomies } = directory;
  const context = { directory, lang };
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byLabel = (list: FilterOption[]) => list.sort((a, b) => collator.compare(a[1], b[1]));
  const entries = [...directory.activities, ...directory.events];

  const siteCounties = directory.site.counties === 'all' ? taxonomies.counties.map((county) => county.code) : directory.site.counties;
  const areaIndex = buildAreaIndex(taxonomies);
  const usedMunicipalities = new Set<string>();
  for (const entry of [...entries, ...directory.organisations]) {
    const area = entry.data.area;
    if ('municipalities' in area) area.municipalities.forEach((code) => usedMunicipalities.add(code));
  }
  for (const entry of entries) for (const location of entry.data.locations ?? []) usedMunicipalities.add(location.municipality);
  const municipalities = taxonomies.municipalities
    .filter((municipality) => siteCounties.includes(municipality.county_code) || usedMunicipalities.has(municipality.code))
    .map((municipality): FilterOption => [municipality.code, municipalityName(municipality.code, context)]);

  const usedLanguages = new Set(entries.flatMap((entry) => entry.data.languages));
  const termOptions = (terms: { code: string; name: Record<string, string> }[], keep: (code: string) => boolean = () => true) =>
    byLabel(terms.filter((term) => keep(term.code)).map((term): FilterOption => [term.code, term.name[lang] ?? term.code]));

  const messages = Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => key.startsWith('search.')));
  const optionsByFilter: Record<FilterParam, FilterOption[]> = {
    // Counties keep the order of site.yaml; a pasted link may still name any county.
    county: [...siteCounties.map((code): FilterOption => [code, countyName(code, context)]), ...taxonomies.counties.filter((county) => !siteCounties.includes(county.code)).map((county): FilterOption => [county.code, countyName(county.code, context)])],
    municipality: byLabel(municipalities),
    situation: termOptions(taxonomies.situations),
    audience: termOptions(taxonomies.audiences),
    type: termOptions(taxonomies.activityTypes),
    mode: MODE_VALUES.map((mode): FilterOption => [mode, messages[`search.mode.${mode}`] ?? mode]),
    language: termOptions(taxonomies.languages, (code) => usedLanguages.has(code)),
    cost: COST_VALUES.map((cost): FilterOption => [cost, messages[`search.cost.${cost}`] ?? cost]),
    access: termOptions(taxonomies.accessibility),
  };
  for (const param of FILTER_PARAMS) if (!optionsByFilter[param]) throw new Error(`Search page: no options for ${param}`);

  return {
    lang,
    timezone: directory.site.timezone,
    builtOn: options.today,
    pagefindUrl: `${options.base.replace(/\/?$/, '/')}pagefind/pagefind.js`,
    searchPath: options.searchPath,
    options: optionsByFilter,
    siteCounties,
    countyOf: Object.fromEntries(municipalities.flatMap(([code]) => (areaIndex.countyOf.has(code) ? [[code, areaIndex.countyOf.get(code)!]] : []))),
    messages,
  };
}
