/**
 * Open-data exports of the whole directory: one JSON file (described by a JSON Schema generated
 * from the same Zod schemas that validate the content) and CSV files for spreadsheets.
 *
 * Decisions (also on the open-data page and in README):
 * - Past events are left out, as everywhere else on the site; ended activities are kept with
 *   their `status`, since the content keeps them.
 * - Each entry's `data` is exactly the content-model entry as validated (phone numbers
 *   normalised, texts as written: a string in the default language or a map per language,
 *   descriptions in Markdown); what the site computes (links, schedule in words, next sessions)
 *   sits beside it.
 * - CSV: RFC 4180, UTF-8 with a byte-order mark (so Excel reads ä and ö), CRLF, one value per
 *   language in its own column, lists joined with "; ". A cell that a spreadsheet would run as
 *   a formula (starting =, +, -, @) gets a leading apostrophe, except phone numbers (+358…).
 */
import { z } from 'zod';
import { ActivitySchema } from '../schemas/activity.ts';
import { EventSchema } from '../schemas/event.ts';
import { OrganisationSchema } from '../schemas/organisation.ts';
import type { LocalizedText } from '../schemas/shared.ts';
import { TermSchema } from '../schemas/taxonomy.ts';
import { areaCounties, countyName, locationText, organisationName, placeNames, upcomingEvents, type DirectoryData } from './listings.ts';
import { absoluteUrl, LANGUAGES, OPEN_DATA_FILES, routePath, type Lang } from './routes.ts';
import { describeSchedule, eventOccurrences, nextOccurrences, resolveLocalTime } from './schedule.ts';
import { jsonDocumentValue, type JsonDocument, type JsonList } from './json-stream.ts';
import { groupedBy } from './lookup.ts';

/** Bumped when the shape of the JSON export changes in a way that breaks readers. */
export const EXPORT_FORMAT_VERSION = 1;

export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** How many next sessions of an activity the JSON export lists. */
const NEXT_SESSIONS = 5;

const UrlsSchema = z
  .object({ fi: z.string(), sv: z.string(), en: z.string() })
  .meta({ description: 'The page of this entry on the site in Finnish, Swedish and English.' });

const OccurrenceSchema = z
  .object({
    start: z.string().meta({ description: 'Local start, YYYY-MM-DDTHH:MM in the site time zone.' }),
    end: z.string().meta({ description: 'Local end, YYYY-MM-DDTHH:MM in the site time zone.' }),
    startUtc: z.string().meta({ description: 'The start as an instant in UTC (ISO 8601).' }),
    endUtc: z.string().meta({ description: 'The end as an instant in UTC (ISO 8601).' }),
  })
  .meta({ description: 'One dated session.' });

const ByLanguageSchema = z.object({ fi: z.array(z.string()), sv: z.array(z.string()), en: z.array(z.string()) });

/** The JSON export, documented field by field (published as a JSON Schema beside it). */
export const DirectoryExportSchema = z
  .object({
    formatVersion: z.literal(EXPORT_FORMAT_VERSION).meta({ description: 'Version of this file format.' }),
    meta: z.object({
      name: z.union([z.string(), z.record(z.string(), z.string())]).meta({ description: 'Name of the directory.' }),
      url: z.string().meta({ description: 'The site address.' }),
      generated: z.string().meta({ description: 'When the file was made (ISO 8601, UTC).' }),
      timezone: z.string().meta({ description: 'IANA time zone of every local time in the file.' }),
      languages: z.array(z.string()).meta({ description: 'Languages of the site; the first is the default language of plain-string texts.' }),
      licence: z.object({ name: z.string(), url: z.string() }),
    }),
    taxonomies: z
      .object({
        situations: z.array(TermSchema),
        audiences: z.array(TermSchema),
        activityTypes: z.array(TermSchema),
        accessibility: z.array(TermSchema),
        languages: z.array(TermSchema),
        counties: z.array(z.object({ code: z.string(), name_fi: z.string(), name_sv: z.string(), name_en: z.string() })),
      })
      .meta({ description: 'The code lists that entries refer to, with names in Finnish, Swedish and English.' }),
    organisations: z.array(
      z.object({
        id: z.string(),
        urls: UrlsSchema,
        data: OrganisationSchema,
      }),
    ),
    activities: z.array(
      z.object({
        key: z.string().meta({ description: '<organisation>/<id>, unique in the directory.' }),
        organisation: z.string().meta({ description: 'Id of the organisation.' }),
        id: z.string(),
        urls: UrlsSchema,
        scheduleText: ByLanguageSchema.meta({ description: 'The schedule in words, one line per rule.' }),
        nextSessions: z.array(OccurrenceSchema).meta({ description: `The next (at most ${NEXT_SESSIONS}) sessions from the time the file was made.` }),
        data: ActivitySchema,
      }),
    ),
    events: z.array(
      z.object({
        key: z.string().meta({ description: '<organisation>/<id>, unique in the directory.' }),
        organisation: z.string(),
        id: z.string(),
        urls: UrlsSchema,
        sessions: z.array(OccurrenceSchema).meta({ description: 'Every session of the event, in time order.' }),
        data: EventSchema,
      }),
    ),
  })
  .meta({ title: 'Tukiverkko directory export', description: 'Every organisation, activity and upcoming event of a Tukiverkko directory.' });

export type DirectoryExport = z.input<typeof DirectoryExportSchema>;

/** The JSON Schema of the export (draft 2020-12). */
export function exportJsonSchema(siteUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(DirectoryExportSchema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: absoluteUrl(siteUrl, OPEN_DATA_FILES.json.replace(/\.json$/, '.schema.json')) };
}

function urlsOf(directory: DirectoryData, route: 'activity' | 'event' | 'organisation', ...ids: string[]) {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, absoluteUrl(directory.site.url, routePath(lang, route, ...ids))])) as Record<Lang, string>;
}

/** The whole directory as the JSON export. `now` is the build's local time. */
export function buildDirectoryExport(directory: DirectoryData, now: string): DirectoryExport {
  return jsonDocumentValue(directoryExportDocument(directory, now)) as DirectoryExport;
}

/**
 * The JSON export as a document whose entries are made one at a time (src/lib/json-stream.ts):
 * the same text as `buildDirectoryExport`, without building its whole object tree.
 */
export function directoryExportDocument(directory: DirectoryData, now: string): JsonDocument {
  const { site, taxonomies } = directory;
  const timezone = site.timezone;
  const events = upcomingEvents(directory, now);
  return {
    name: OPEN_DATA_FILES.json,
    head: {
      formatVersion: EXPORT_FORMAT_VERSION,
      meta: {
        name: site.name,
        url: site.url,
        generated: new Date(resolveLocalTime(now, timezone).ms).toISOString(),
        timezone,
        languages: site.languages,
        licence: { ...LICENCE },
      },
      taxonomies: {
        situations: taxonomies.situations,
        audiences: taxonomies.audiences,
        activityTypes: taxonomies.activityTypes,
        accessibility: taxonomies.accessibility,
        languages: taxonomies.languages,
        counties: taxonomies.counties,
      },
    },
    lists: [
      {
        key: 'organisations',
        count: directory.organisations.length,
        *items() {
          for (const entry of directory.organisations) yield { id: entry.id, urls: urlsOf(directory, 'organisation', entry.id), data: entry.data };
        },
      } satisfies JsonList<DirectoryExport['organisations'][number]>,
      {
        key: 'activities',
        count: directory.activities.length,
        *items() {
          for (const entry of directory.activities)
            yield {
              key: entry.key,
              organisation: entry.org,
              id: entry.id,
              urls: urlsOf(directory, 'activity', entry.org, entry.id),
              scheduleText: { fi: describeSchedule(entry.data.schedule, 'fi'), sv: describeSchedule(entry.data.schedule, 'sv'), en: describeSchedule(entry.data.schedule, 'en') },
              nextSessions: entry.data.status === 'active' ? nextOccurrences(entry.data.schedule, { now, timezone, count: NEXT_SESSIONS }) : [],
              data: entry.data,
            };
        },
      } satisfies JsonList<DirectoryExport['activities'][number]>,
      {
        key: 'events',
        count: events.length,
        *items() {
          for (const { entry } of events)
            yield {
              key: entry.key,
              organisation: entry.org,
              id: entry.id,
              urls: urlsOf(directory, 'event', entry.org, entry.id),
              sessions: eventOccurrences(entry.data, timezone),
              data: entry.data,
            };
        },
      } satisfies JsonList<DirectoryExport['events'][number]>,
    ],
  };
}

// ---- CSV ----

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when needed, formula-looking text made inert. */
export function csvCell(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text) && !/^\+\d{6,15}$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file: header row, rows, CRLF line ends, UTF-8 byte-order mark. */
export function writeCsv(header: string[], rows: (string | number | boolean | undefined)[][]): string {
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The text of a LocalizedText in exactly `lang` (no fallback): '' when it has none. */
function exactText(value: LocalizedText | undefined, lang: string, defaultLang: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return lang === defaultLang ? value : '';
  return value[lang] ?? '';
}

const list = (values: readonly string[] | undefined) => (values ?? []).join('; ');

function areaCells(directory: DirectoryData, area: Parameters<typeof areaCounties>[0]): [string, string, string] {
  const counties = areaCounties(area, directory.taxonomies);
  if (counties === 'national') return ['national', '', ''];
  const municipalities = 'municipalities' in area ? area.municipalities : [];
  return ['national' in area ? 'national' : 'counties' in area ? 'counties' : 'municipalities', list([...counties].sort()), list(municipalities)];
}

/** Activities and upcoming events, one row each. */
export function entriesCsv(directory: DirectoryData, now: string): string {
  const { site } = directory;
  const defaultLang = site.languages[0] ?? 'fi';
  const timezone = site.timezone;
  const perLanguage = (name: string) => LANGUAGES.map((lang) => `${name}_${lang}`);
  const header = [
    'kind',
    'key',
    'organisation',
    'organisation_name',
    ...perLanguage('name'),
    ...perLanguage('summary'),
    'type',
    'situations',
    'audiences',
    'age_min',
    'age_max',
    'languages',
    'modes',
    'area',
    'counties',
    'municipalities',
    'county_names',
    'places',
    'addresses',
    ...perLanguage('schedule'),
    'next_start',
    'next_end',
    'start',
    'end',
    'sessions',
    'status',
    'cost',
    'registration_required',
    'phone',
    'email',
    'website',
    ...perLanguage('url'),
    'verified',
  ];
  const shared = (kind: 'activity' | 'event', entry: { key: string; org: string; id: string; data: Parameters<typeof commonCells>[1] }) =>
    [kind, entry.key, entry.org, organisationName(directory, entry.org, defaultLang as Lang), ...commonCells(directory, entry.data, defaultLang)] as const;
  const countyNames = (area: Parameters<typeof areaCounties>[0]) => {
    const counties = areaCounties(area, directory.taxonomies);
    return counties === 'national' ? '' : list([...counties].sort().map((code) => countyName(directory, code, defaultLang as Lang)));
  };
  const rows = [
    ...directory.activities.map((entry) => {
      const next = entry.data.status === 'active' ? nextOccurrences(entry.data.schedule, { now, timezone, count: 1 })[0] : undefined;
      return [
        ...shared('activity', entry),
        entry.data.type,
        ...classification(entry.data),
        ...areaCells(directory, entry.data.area),
        countyNames(entry.data.area),
        list(placeNames(directory, entry.data.locations, defaultLang as Lang)),
        list((entry.data.locations ?? []).map((location) => locationText(directory, location, defaultLang as Lang))),
        ...LANGUAGES.map((lang) => list(describeSchedule(entry.data.schedule, lang))),
        next?.start,
        next?.end,
        '',
        '',
        '',
        entry.data.status,
        costText(entry.data.cost, defaultLang),
        entry.data.registration?.required,
        entry.data.contact?.phone,
        entry.data.contact?.email,
        entry.data.contact?.website,
        ...LANGUAGES.map((lang) => absoluteUrl(site.url, routePath(lang, 'activity', entry.org, entry.id))),
        entry.data.verified,
      ];
    }),
    ...upcomingEvents(directory, now).map(({ entry, occurrences, next }) => [
      ...shared('event', entry),
      '',
      ...classification(entry.data),
      ...areaCells(directory, entry.data.area),
      countyNames(entry.data.area),
      list(placeNames(directory, entry.data.locations, defaultLang as Lang)),
      list((entry.data.locations ?? []).map((location) => locationText(directory, location, defaultLang as Lang))),
      '',
      '',
      '',
      next.start,
      next.end,
      entry.data.start,
      entry.data.end,
      occurrences.length,
      entry.data.status,
      costText(entry.data.cost, defaultLang),
      entry.data.registration?.required,
      entry.data.contact?.phone,
      entry.data.contact?.email,
      entry.data.contact?.website,
      ...LANGUAGES.map((lang) => absoluteUrl(site.url, routePath(lang, 'event', entry.org, entry.id))),
      entry.data.verified,
    ]),
  ];
  return writeCsv(header, rows);
}

type EntryData = DirectoryData['activities'][number]['data'] | DirectoryData['events'][number]['data'];

function commonCells(_directory: DirectoryData, data: EntryData, defaultLang: string): string[] {
  return [...LANGUAGES.map((lang) => exactText(data.name, lang, defaultLang)), ...LANGUAGES.map((lang) => exactText(data.summary, lang, defaultLang))];
}

function classification(data: EntryData): (string | number | undefined)[] {
  return [list(data.situations), list(data.audiences), data.ageMin, data.ageMax, list(data.languages), list(data.modes)];
}

function costText(cost: EntryData['cost'], defaultLang: string): string {
  if (cost === undefined) return '';
  if (typeof cost === 'string') return cost;
  return `fee: ${exactText(cost.fee, defaultLang, defaultLang) || Object.values(cost.fee)[0]}`;
}

/** The organisations, one row each, with how many activities and upcoming events they list. */
export function organisationsCsv(directory: DirectoryData, now: string): string {
  const upcoming = upcomingEvents(directory, now);
  const { site } = directory;
  const defaultLang = site.languages[0] ?? 'fi';
  const header = [
    'id',
    ...LANGUAGES.map((lang) => `name_${lang}`),
    ...LANGUAGES.map((lang) => `summary_${lang}`),
    'business_id',
    'website',
    'email',
    'phone',
    'address',
    'area',
    'counties',
    'municipalities',
    'activities',
    'upcoming_events',
    ...LANGUAGES.map((lang) => `url_${lang}`),
    'verified',
  ];
  const rows = directory.organisations.map((entry) => [
    entry.id,
    ...LANGUAGES.map((lang) => exactText(entry.data.name, lang, defaultLang)),
    ...LANGUAGES.map((lang) => exactText(entry.data.summary, lang, defaultLang)),
    entry.data.businessId,
    entry.data.website,
    entry.data.contact?.email,
    entry.data.contact?.phone,
    exactText(entry.data.contact?.address, defaultLang, defaultLang),
    ...areaCells(directory, entry.data.area),
    (groupedBy(directory.activities, 'org', (activity) => activity.org).get(entry.id)?.length ?? 0),
    upcoming.filter((item) => item.entry.org === entry.id).length,
    ...LANGUAGES.map((lang) => absoluteUrl(site.url, routePath(lang, 'organisation', entry.id))),
    entry.data.verified,
  ]);
  return writeCsv(header, rows);
}

