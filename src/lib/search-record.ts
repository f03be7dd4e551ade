/**
 * What the search index holds for one entry page in one language: its filter values
 * (search-filters.ts), the texts a result card shows (Pagefind meta, ready to display in the page
 * language), its sort keys and the extra words that make it findable (search-words.ts).
 *
 * SearchMeta.astro writes a record into the entry page; the search page reads it back through
 * Pagefind. Pure: the directory comes in as plain data.
 */
import { t } from '../i18n/index.ts';
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Area, LocalizedText } from '../schemas/shared.ts';
import type { Term } from '../schemas/taxonomy.ts';
import { localize, localizeText } from './localize.ts';
import type { Lang } from './routes.ts';
import { describeSchedule, eventOccurrences, formatOccurrence } from './schedule.ts';
import { buildAreaIndex, entryFilters, type AreaIndex, type EntryFilters, type SearchableEntry } from './search-filters.ts';
import { buildVocabulary, extraIndexWords } from './search-words.ts';
import type { Taxonomies } from './validate.ts';
import { byKey } from './lookup.ts';

export type EntryKind = 'activity' | 'event' | 'organisation';

interface Keyed<T> {
  key: string;
  org: string;
  id: string;
  data: T;
}

/** The parts of the directory a search record needs (collections.ts `Directory`). */
export interface SearchDirectory {
  site: { languages: string[]; timezone: string };
  taxonomies: Taxonomies;
  organisations: Keyed<Organisation>[];
  activities: Keyed<Activity>[];
  /** Events; past ones may be among them (they only leave gaps in the name ranks). */
  events: Keyed<TukiverkkoEvent>[];
}

/** Everything worked out once per build and language, shared by every record. */
export interface SearchContext {
  lang: Lang;
  defaultLang: string;
  /** The build's local wall-clock time `YYYY-MM-DDTHH:MM` (getClock). */
  now: string;
  directory: SearchDirectory;
  areaIndex: AreaIndex;
  vocabulary: Set<string>;
  /** Position of each entry (`kind:key`) when all entries are ordered by name in this language. */
  nameRanks: Map<string, number>;
  terms: {
    situations: Map<string, Term>;
    audiences: Map<string, Term>;
    activityTypes: Map<string, Term>;
    accessibility: Map<string, Term>;
    languages: Map<string, Term>;
  };
}

export interface SearchRecord {
  filters: EntryFilters;
  /** Card texts: title, label, org, place, when, languages, modes, status, summary (+ …Lang). */
  meta: Record<string, string>;
  /**
   * `name`: rank by name. `date`, events only: the next session's start, then the name rank. The
   * other entries carry no date (a value for every page made the date order 14,384 numbers long
   * in each language's metadata at 10,000 activities, 32 KB that every search downloads); the
   * search page lists them after the events, in name order (`datedFirst`, search-query.ts).
   */
  sort: { name: string; date?: string };
  /** Words indexed in addition to the visible page text. */
  extraWords: string[];
}

const RANK_DIGITS = 5;

export function buildSearchContext(directory: SearchDirectory, lang: Lang, now: string): SearchContext {
  const defaultLang = directory.site.languages[0] ?? 'fi';
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const named = [
    ...directory.activities.map((entry) => ({ ref: `activity:${entry.key}`, name: localizeText(entry.data.name, lang, defaultLang) })),
    ...directory.events.map((entry) => ({ ref: `event:${entry.key}`, name: localizeText(entry.data.name, lang, defaultLang) })),
    ...directory.organisations.map((entry) => ({ ref: `organisation:${entry.key}`, name: localizeText(entry.data.name, lang, defaultLang) })),
  ].sort((a, b) => collator.compare(a.name, b.name) || a.ref.localeCompare(b.ref));
  const { taxonomies } = directory;
  const termMap = (terms: Term[]) => new Map(terms.map((term) => [term.code, term]));
  const termTexts = [taxonomies.situations, taxonomies.audiences, taxonomies.activityTypes, taxonomies.accessibility, taxonomies.languages]
    .flat()
    .flatMap((term) => [...Object.values(term.name), ...Object.values(term.keywords ?? {}).flatMap((words) => words ?? [])]);
  const entryKeywords = [...directory.activities, ...directory.events].flatMap((entry) => entry.data.keywords ?? []);
  return {
    lang,
    defaultLang,
    now,
    directory,
    areaIndex: buildAreaIndex(taxonomies),
    vocabulary: buildVocabulary([...termTexts, ...entryKeywords]),
    nameRanks: new Map(named.map((entry, index) => [entry.ref, index + 1])),
    terms: {
      situations: termMap(taxonomies.situations),
      audiences: termMap(taxonomies.audiences),
      activityTypes: termMap(taxonomies.activityTypes),
      accessibility: termMap(taxonomies.accessibility),
      languages: termMap(taxonomies.languages),
    },
  };
}

const contexts = new WeakMap<SearchDirectory, Map<string, SearchContext>>();

/** `buildSearchContext`, made once per directory, language and clock (every entry page asks). */
export function searchContextFor(directory: SearchDirectory, lang: Lang, now: string): SearchContext {
  let byLang = contexts.get(directory);
  if (!byLang) contexts.set(directory, (byLang = new Map()));
  const cacheKey = `${lang}|${now}`;
  let context = byLang.get(cacheKey);
  if (!context) byLang.set(cacheKey, (context = buildSearchContext(directory, lang, now)));
  return context;
}

/** The search record of the entry `key` of the given kind. */
export function searchRecord(kind: EntryKind, key: string, context: SearchContext): SearchRecord {
  const { directory, lang, defaultLang } = context;
  const text = (value: LocalizedText | undefined) => localizeText(value, lang, defaultLang);
  const rank = String(context.nameRanks.get(`${kind}:${key}`) ?? 0).padStart(RANK_DIGITS, '0');
  const meta: Record<string, string> = {};
  const setText = (name: string, value: LocalizedText | undefined) => {
    if (value === undefined) return;
    const shown = localize(value, lang, defaultLang);
    meta[name] = shown.text;
    if (shown.lang !== lang) meta[`${name}Lang`] = shown.lang;
  };

  if (kind === 'organisation') {
    const entry = find(directory.organisations, key);
    setText('title', entry.data.name);
    setText('summary', entry.data.summary);
    meta.kind = kind;
    meta.label = t(lang, 'search.kind.organisation');
    meta.place = areaText(entry.data.area, context);
    const searchable: SearchableEntry = { kind, data: entry.data };
    return {
      filters: entryFilters(searchable, context.areaIndex),
      meta,
      sort: { name: rank },
      extraWords: extraIndexWords({
        text: [text(entry.data.name), text(entry.data.summary), text(entry.data.description)].join(' '),
        keywords: [],
        termWords: areaWords(entry.data.area, context),
        vocabulary: context.vocabulary,
      }),
    };
  }

  const entry = kind === 'activity' ? find(directory.activities, key) : find(directory.events, key);
  const data = entry.data;
  const organisation = byKey(directory.organisations, 'id', (candidate) => candidate.id).get(entry.org);
  setText('title', data.name);
  setText('summary', data.summary);
  if (organisation) setText('org', organisation.data.name);
  meta.kind = kind;
  meta.place = placeText(data, context);
  meta.languages = data.languages.map((code) => termLabel(context.terms.languages, code, lang)).join(', ');
  meta.modes = data.modes.map((mode) => t(lang, `search.mode.${mode}` as never)).join(', ');

  let type: string | undefined;
  let date: string | undefined;
  if (kind === 'activity') {
    const activity = data as Activity;
    type = activity.type;
    meta.label = termLabel(context.terms.activityTypes, activity.type, lang);
    const schedule = describeSchedule(activity.schedule, lang);
    const when = schedule.length > 0 ? schedule.join('; ') : text(activity.scheduleNote);
    if (when) meta.when = capitalise(when, lang);
    if (activity.status !== 'active') meta.status = t(lang, `search.status.${activity.status}` as never);
  } else {
    const event = data as TukiverkkoEvent;
    const linked = event.activity ? byKey(directory.activities, 'org/id', (candidate) => `${candidate.org}/${candidate.id}`).get(`${entry.org}/${event.activity}`) : undefined;
    type = linked?.data.type;
    meta.label = t(lang, 'search.kind.event');
    const sessions = eventOccurrences(event, directory.site.timezone);
    const upcoming = sessions.filter((session) => session.end > context.now);
    const next = upcoming[0] ?? sessions.at(-1)!;
    // The name rank after the time: events at the same time in name order, and every value unique
    // (search-shards.ts merges shards by it).
    date = `${next.start}:${rank}`;
    meta.when = capitalise(formatOccurrence(next, lang), lang);
    if (upcoming.length > 1) meta.when += ` ${t(lang, 'search.moreSessions', { count: upcoming.length - 1 })}`;
    if (event.status !== 'scheduled') meta.status = t(lang, `entry.status.${event.status}` as never);
  }

  const termWords = [
    ...data.situations.flatMap((code) => termWordsOf(context.terms.situations.get(code), lang)),
    ...(data.audiences ?? []).flatMap((code) => termWordsOf(context.terms.audiences.get(code), lang)),
    ...(type ? termWordsOf(context.terms.activityTypes.get(type), lang) : []),
    ...data.languages.flatMap((code) => termWordsOf(context.terms.languages.get(code), lang)),
    ...(data.locations ?? []).flatMap((location) => (location.accessibility ?? []).flatMap((code) => termWordsOf(context.terms.accessibility.get(code), lang))),
    meta.modes,
    ...areaWords(data.area, context),
    ...(data.locations ?? []).map((location) => municipalityName(location.municipality, context)),
    ...(organisation ? [text(organisation.data.name)] : []),
  ];
  const searchable: SearchableEntry = kind === 'activity' ? { kind, data: data as Activity } : { kind, data: data as TukiverkkoEvent, type };
  return {
    filters: entryFilters(searchable, context.areaIndex),
    meta,
    sort: date === undefined ? { name: rank } : { name: rank, date },
    extraWords: extraIndexWords({
      text: [text(data.name), text(data.summary), text(data.plainSummary), text(data.description)].join(' '),
      keywords: data.keywords ?? [],
      termWords,
      vocabulary: context.vocabulary,
    }),
  };
}

/** Where an entry meets: its meeting places' municipalities, or else its area. */
function placeText(data: Activity | TukiverkkoEvent, context: SearchContext): string {
  const places = [...new Set((data.locations ?? []).map((location) => municipalityName(location.municipality, context)))];
  if (places.length > 0) return listShort(places, context.lang);
  return areaText(data.area, context);
}

/** An area in words: "Koko Suomi", county names, or municipality names (a long list shortened). */
export function areaText(area: Area, context: SearchContext): string {
  if ('national' in area) return t(context.lang, 'search.area.national');
  if ('counties' in area) return listShort(area.counties.map((code) => countyName(code, context)), context.lang);
  return listShort(area.municipalities.map((code) => municipalityName(code, context)), context.lang);
}

function areaWords(area: Area, context: SearchContext): string[] {
  if ('national' in area) return [t(context.lang, 'search.area.national')];
  if ('counties' in area) {
    // A county-wide entry is found by the name of any municipality in it.
    return area.counties.flatMap((code) => [countyName(code, context), ...(context.areaIndex.municipalitiesIn.get(code) ?? []).map((municipality) => municipalityName(municipality, context))]);
  }
  return area.municipalities.map((code) => municipalityName(code, context));
}

export function countyName(code: string, context: Pick<SearchContext, 'directory' | 'lang'>): string {
  const county = context.directory.taxonomies.counties.find((candidate) => candidate.code === code);
  if (!county) return code;
  return context.lang === 'sv' ? county.name_sv : context.lang === 'en' ? county.name_en : county.name_fi;
}

export function municipalityName(code: string, context: Pick<SearchContext, 'directory' | 'lang'>): string {
  const municipality = byKey(context.directory.taxonomies.municipalities, 'code', (candidate) => candidate.code).get(code);
  if (!municipality) return code;
  return context.lang === 'sv' ? municipality.name_sv : municipality.name_fi;
}

function termLabel(terms: Map<string, Term>, code: string, lang: Lang): string {
  return terms.get(code)?.name[lang] ?? code;
}

function termWordsOf(term: Term | undefined, lang: Lang): string[] {
  if (!term) return [];
  return [term.name[lang], ...(term.keywords?.[lang] ?? [])];
}

/** "Kuopio, Siilinjärvi ja 3 muuta": at most three names, then how many more. */
function listShort(names: string[], lang: Lang): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? t(lang, 'search.andMore', { list: shown, count: names.length - 3 }) : shown;
}

function capitalise(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

function find<T>(entries: Keyed<T>[], key: string): Keyed<T> {
  const entry = entries.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`Search record: no entry "${key}" in the directory.`);
  return entry;
}
