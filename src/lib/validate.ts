/**
 * The content validator. `validateContent` checks a whole content tree in one pass — repository
 * hygiene, parsing, schemas, cross-file references, dates and times — and returns every problem
 * together with the entries it read. The build uses those same entries, so what validates is
 * exactly what is published.
 */
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { ActivitySchema, type Activity } from '../schemas/activity.ts';
import { EventSchema, type TukiverkkoEvent } from '../schemas/event.ts';
import { OrganisationSchema, type Organisation } from '../schemas/organisation.ts';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { ID_PATTERN, LANGUAGE_TAG, LocalDateTimeSchema } from '../schemas/shared.ts';
import { CodedTermListSchema, TermListSchema, type County, type Municipality, type Term } from '../schemas/taxonomy.ts';
import { parseCsv } from './csv.ts';
import { didYouMean } from './did-you-mean.ts';
import { proposeId } from './ids.ts';
import type { Params } from './messages.ts';
import type { Problem, Severity } from './problems.ts';
import { resolveLocalTime, scheduleWarnings } from './schedule.ts';
import { getClock, type Clock } from './today.ts';
import { PositionIndex, YamlReadError, decodeUtf8, parseContentFile, type PathSegment } from './yaml.ts';
import { issuesToProblems } from './zod-issues.ts';

/** One file of the content tree, as read from disk (or made up by a test). */
export interface ContentFile {
  /** Path relative to the content directory, with forward slashes: `activities/mieli/ryhma.yaml`. */
  relativePath: string;
  /** Path shown in messages: `content/activities/mieli/ryhma.yaml`. */
  displayPath: string;
  bytes: Uint8Array;
  isSymlink?: boolean;
}

export interface Taxonomies {
  counties: County[];
  municipalities: Municipality[];
  situations: Term[];
  audiences: Term[];
  activityTypes: Term[];
  accessibility: Term[];
  languages: Term[];
}

export interface LoadedEntry<T> {
  /** `<org>/<id>` for activities and events, `<id>` for organisations. */
  key: string;
  org: string;
  id: string;
  file: string;
  data: T;
}

export interface LoadedPage {
  id: string;
  lang: string;
  file: string;
}

export interface ValidationResult {
  problems: Problem[];
  filesChecked: number;
  site?: Site;
  taxonomies: Taxonomies;
  organisations: LoadedEntry<Organisation>[];
  activities: LoadedEntry<Activity>[];
  events: LoadedEntry<TukiverkkoEvent>[];
  pages: LoadedPage[];
}

export interface ValidateOptions {
  clock?: Clock;
}

/** Size limits: an entry is a few kilobytes; these stop accidents, not writers. */
export const SIZE_LIMITS = { entry: 256 * 1024, taxonomy: 2 * 1024 * 1024, page: 512 * 1024 };

const TAXONOMY_FILES = {
  'situations.yaml': 'situations',
  'audiences.yaml': 'audiences',
  'activity-types.yaml': 'activityTypes',
  'accessibility.yaml': 'accessibility',
  'languages.yaml': 'languages',
} as const;

type TermTaxonomy = (typeof TAXONOMY_FILES)[keyof typeof TAXONOMY_FILES];

const COUNTY_HEADER = 'code,name_fi,name_sv,name_en';
const MUNICIPALITY_HEADER = 'code,name_fi,name_sv,county_code';

type FileKind =
  | { kind: 'site' }
  | { kind: 'taxonomy'; name: TermTaxonomy }
  | { kind: 'counties' }
  | { kind: 'municipalities' }
  | { kind: 'note' }
  | { kind: 'organisation'; id: string }
  | { kind: 'activity' | 'event'; org: string; id: string; extension: string }
  | { kind: 'page'; id: string; lang: string };

const LAYOUT =
  'site.yaml, taxonomies/, organisations/<org>.yaml, activities/<org>/<id>.yaml|.md, events/<org>/<id>.yaml|.md, pages/<id>.<lang>.mdx';

/** Validates a whole content tree. Never throws on bad content: every fault becomes a problem. */
export function validateContent(files: readonly ContentFile[], options: ValidateOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const report = (file: string, line: number, column: number, path: PathSegment[], code: string, params: Params = {}, severity: Severity = 'error') =>
    problems.push({ file, line, column, path, code, params, severity });

  const result: ValidationResult = {
    problems,
    filesChecked: files.length,
    taxonomies: { counties: [], municipalities: [], situations: [], audiences: [], activityTypes: [], accessibility: [], languages: [] },
    organisations: [],
    activities: [],
    events: [],
    pages: [],
  };

  // 1. Hygiene: where each file is, what it is called, how big it is.
  const classified: { file: ContentFile; kind: FileKind }[] = [];
  const idOwners = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
    if (file.isSymlink) {
      report(file.displayPath, 1, 1, [], 'file.symlink');
      continue;
    }
    const kind = classify(file, (code, params) => report(file.displayPath, 1, 1, [], code, params));
    if (!kind) continue;
    const limit = kind.kind === 'counties' || kind.kind === 'municipalities' || kind.kind === 'taxonomy' ? SIZE_LIMITS.taxonomy : kind.kind === 'page' ? SIZE_LIMITS.page : SIZE_LIMITS.entry;
    if (file.bytes.byteLength > limit) {
      report(file.displayPath, 1, 1, [], 'file.tooLarge', { size: String(Math.ceil(file.bytes.byteLength / 1024)), limit: String(limit / 1024) });
      continue;
    }
    if (kind.kind === 'organisation' || kind.kind === 'activity' || kind.kind === 'event' || kind.kind === 'page') {
      const ownerKey = kind.kind === 'organisation' ? `organisation:${kind.id}` : kind.kind === 'page' ? `page:${kind.id}.${kind.lang}` : `${kind.kind}:${kind.org}/${kind.id}`;
      const other = idOwners.get(ownerKey.toLowerCase());
      if (other) {
        // Reported on both files, so that a pull request that adds the second one shows it too.
        report(file.displayPath, 1, 1, [], 'file.duplicateId', { value: kind.id, other });
        report(other, 1, 1, [], 'file.duplicateId', { value: kind.id, other: file.displayPath });
        continue;
      }
      idOwners.set(ownerKey.toLowerCase(), file.displayPath);
    }
    classified.push({ file, kind });
  }

  // 2. Site and taxonomies, which every other check needs.
  const siteFile = classified.find((item) => item.kind.kind === 'site');
  if (!siteFile) report('content/site.yaml', 1, 1, [], 'file.missing', { what: 'content/site.yaml' });
  else {
    const parsed = parseWith(siteFile.file, '.yaml', SiteSchema, report);
    if (parsed?.valid) result.site = parsed.data;
    if (parsed) {
      const languages = Array.isArray((parsed.data as { languages?: unknown }).languages) ? (parsed.data as { languages: unknown[] }).languages : [];
      const first = typeof languages[0] === 'string' ? languages[0] : 'fi';
      checkLocalizedTexts(parsed.data, [], parsed.positions, result.site, first, (path, code, params = {}, severity = 'error', prefer = 'value') => {
        const position = parsed.positions.locate(path, prefer);
        report(siteFile.file.displayPath, position.line, position.column, path, code, params, severity);
      });
    }
  }
  const site = result.site;
  const defaultLanguage = site?.languages[0] ?? 'fi';
  const timezone = site?.timezone ?? 'Europe/Helsinki';
  const clock = options.clock ?? getClock(timezone);

  for (const { file, kind } of classified) {
    if (kind.kind === 'counties') result.taxonomies.counties = readCsv(file, COUNTY_HEADER, report) as unknown as County[];
    if (kind.kind === 'municipalities') result.taxonomies.municipalities = readCsv(file, MUNICIPALITY_HEADER, report) as unknown as Municipality[];
    if (kind.kind === 'taxonomy') {
      const schema = kind.name === 'languages' ? TermListSchema : CodedTermListSchema;
      const parsed = parseWith(file, '.yaml', schema, report);
      if (parsed?.valid) result.taxonomies[kind.name] = parsed.data;
    }
  }
  for (const [name, key] of Object.entries(TAXONOMY_FILES)) {
    if (!classified.some((item) => item.kind.kind === 'taxonomy' && item.kind.name === key)) {
      report(`content/taxonomies/${name}`, 1, 1, [], 'file.missing', { what: `content/taxonomies/${name}` });
    }
  }
  for (const [kind, name] of [['counties', 'wellbeing-counties.csv'], ['municipalities', 'municipalities.csv']] as const) {
    if (!classified.some((item) => item.kind.kind === kind)) report(`content/taxonomies/${name}`, 1, 1, [], 'file.missing', { what: `content/taxonomies/${name}` });
  }

  const codes = {
    situations: new Set(result.taxonomies.situations.map((term) => term.code)),
    audiences: new Set(result.taxonomies.audiences.map((term) => term.code)),
    activityTypes: new Set(result.taxonomies.activityTypes.map((term) => term.code)),
    accessibility: new Set(result.taxonomies.accessibility.map((term) => term.code)),
    languages: new Set(result.taxonomies.languages.map((term) => term.code)),
    counties: new Set(result.taxonomies.counties.map((county) => county.code)),
    municipalities: new Map(result.taxonomies.municipalities.map((municipality) => [municipality.code, municipality.county_code])),
  };

  // 3. Entries: parse and check each against its schema.
  const parsedEntries: { kind: FileKind; file: ContentFile; data: unknown; positions: PositionIndex }[] = [];
  for (const { file, kind } of classified) {
    if (kind.kind === 'organisation') {
      const parsed = parseWith(file, '.yaml', OrganisationSchema, report);
      if (parsed?.valid) result.organisations.push({ key: kind.id, org: kind.id, id: kind.id, file: file.displayPath, data: parsed.data });
      if (parsed) parsedEntries.push({ kind, file, data: parsed.data, positions: parsed.positions });
    } else if (kind.kind === 'activity' || kind.kind === 'event') {
      const schema = kind.kind === 'activity' ? ActivitySchema : EventSchema;
      const parsed = parseWith(file, kind.extension, schema as z.ZodType<Activity | TukiverkkoEvent>, report, defaultLanguage);
      if (parsed?.valid) {
        const entry = { key: `${kind.org}/${kind.id}`, org: kind.org, id: kind.id, file: file.displayPath, data: parsed.data };
        if (kind.kind === 'activity') result.activities.push(entry as LoadedEntry<Activity>);
        else result.events.push(entry as LoadedEntry<TukiverkkoEvent>);
      }
      if (parsed) parsedEntries.push({ kind, file, data: parsed.data, positions: parsed.positions });
    } else if (kind.kind === 'page') {
      result.pages.push({ id: kind.id, lang: kind.lang, file: file.displayPath });
      if (site && !site.languages.includes(kind.lang as never)) {
        report(file.displayPath, 1, 1, [], 'text.unknownLanguage', { language: kind.lang, languages: site.languages.join(', ') }, 'warning');
      }
    }
  }

  // 4. Cross-file checks, dates and times, warnings. They also run on entries that failed their
  // schema (reading the raw data defensively), so that one run reports every problem.
  const organisationIds = new Set(result.organisations.map((entry) => entry.id));
  const allOrganisationFolders = new Set(
    classified.flatMap((item) => (item.kind.kind === 'organisation' ? [item.kind.id] : [])),
  );
  const activitiesByOrg = new Map<string, Set<string>>();
  for (const item of classified) {
    if (item.kind.kind === 'activity') {
      const set = activitiesByOrg.get(item.kind.org) ?? new Set<string>();
      set.add(item.kind.id);
      activitiesByOrg.set(item.kind.org, set);
    }
  }
  const reportedFolders = new Set<string>();

  for (const entry of parsedEntries) {
    const at = (path: PathSegment[], code: string, params: Params = {}, severity: Severity = 'error', prefer: 'key' | 'value' = 'value') => {
      const position = entry.positions.locate(path, prefer);
      report(entry.file.displayPath, position.line, position.column, path, code, params, severity);
    };
    const raw = (path: PathSegment[], value: unknown) => {
      const written = entry.positions.get(path)?.raw;
      if (written !== undefined) return written.startsWith('"') || written.startsWith("'") ? written : `"${written}"`;
      return JSON.stringify(value);
    };
    const data = entry.data as Record<string, unknown>;
    const { kind } = entry;

    if ((kind.kind === 'activity' || kind.kind === 'event') && !allOrganisationFolders.has(kind.org) && !reportedFolders.has(`${kind.kind}:${kind.org}`)) {
      reportedFolders.add(`${kind.kind}:${kind.org}`);
      const suggestion = didYouMean(kind.org, organisationIds);
      report(entry.file.displayPath, 1, 1, [], 'ref.organisation', { value: kind.org, ...(suggestion ? { suggestion } : {}) });
    }

    checkLocalizedTexts(data, [], entry.positions, site, defaultLanguage, at);
    checkHttpLinks(data, [], at, raw);

    // Values the schema rejects as malformed (`suomi` for a language, `Peer Support` for a type)
    // are reported once, by the schema, not again as unknown codes.
    const checkTerm = (path: PathSegment[], value: unknown, set: Set<string>, taxonomy: string, shape = ID_PATTERN) => {
      if (typeof value !== 'string' || !shape.test(value) || set.size === 0 || set.has(value)) return;
      const suggestion = didYouMean(value, set);
      at(path, 'ref.term', { value: raw(path, value), taxonomy, ...(suggestion ? { suggestion } : {}) });
    };
    const checkArea = (path: PathSegment[], area: unknown) => {
      if (!area || typeof area !== 'object') return;
      const counties = listOf((area as { counties?: unknown }).counties).map((value) => asCode(value, 2));
      counties.forEach((county, index) => {
        if (county === undefined || !/^\d{2}$/.test(county)) return;
        if (codes.counties.size && !codes.counties.has(county)) {
          const suggestion = didYouMean(county, codes.counties);
          at([...path, 'counties', index], 'ref.county', { value: raw([...path, 'counties', index], county), ...(suggestion ? { suggestion } : {}) });
        } else if (site && Array.isArray(site.counties) && !site.counties.includes(county) && kind.kind !== 'organisation') {
          at([...path, 'counties', index], 'area.outsideSite', { value: county, counties: site.counties.join(', ') }, 'warning');
        }
      });
      const municipalities = listOf((area as { municipalities?: unknown }).municipalities).map((value) => asCode(value, 3));
      municipalities.forEach((municipality, index) => {
        if (municipality === undefined || !/^\d{3}$/.test(municipality)) return;
        if (codes.municipalities.size && !codes.municipalities.has(municipality)) {
          at([...path, 'municipalities', index], 'ref.municipality', { value: raw([...path, 'municipalities', index], municipality) });
        }
      });
    };

    checkArea(['area'], data.area);

    if (kind.kind === 'activity' || kind.kind === 'event') {
      if (kind.kind === 'activity') checkTerm(['type'], data.type, codes.activityTypes, 'activity-types.yaml');
      listOf(data.situations).forEach((value, index) => checkTerm(['situations', index], value, codes.situations, 'situations.yaml'));
      listOf(data.audiences).forEach((value, index) => checkTerm(['audiences', index], value, codes.audiences, 'audiences.yaml'));
      listOf(data.languages).forEach((value, index) => checkTerm(['languages', index], value, codes.languages, 'languages.yaml', LANGUAGE_TAG));
      listOf(data.locations).forEach((location, index) => {
        if (!location || typeof location !== 'object') return;
        const { municipality: written, accessibility } = location as { municipality?: unknown; accessibility?: unknown };
        const municipality = asCode(written, 3);
        const path = ['locations', index, 'municipality'];
        if (municipality === undefined || !/^\d{3}$/.test(municipality)) {
          // The schema reports a missing or malformed code.
        } else if (codes.municipalities.size && !codes.municipalities.has(municipality)) {
          at(path, 'ref.municipality', { value: raw(path, written) });
        } else if (codes.municipalities.has(municipality) && !areaIncludes(data.area as never, municipality, codes.municipalities)) {
          // Known codes only: without a readable municipality list, the county of a code is unknown.
          at(path, 'location.outsideArea', { value: municipality }, 'warning');
        }
        listOf(accessibility).forEach((value, feature) => checkTerm(['locations', index, 'accessibility', feature], value, codes.accessibility, 'accessibility.yaml'));
      });
      listOf(data.partners).forEach((partner, index) => {
        if (typeof partner !== 'string') return;
        if (!organisationIds.has(partner) && !allOrganisationFolders.has(partner)) {
          const suggestion = didYouMean(partner, organisationIds);
          at(['partners', index], 'ref.partner', { value: partner, ...(suggestion ? { suggestion } : {}) });
        }
      });
    }

    if (kind.kind === 'activity') {
      for (const warning of scheduleWarnings(data.schedule, { today: clock.today, timezone })) {
        at(['schedule', ...warning.path], warning.code, warning.params, 'warning');
      }
    }

    if (kind.kind === 'event') {
      const times: [PathSegment[], unknown][] = [[['start'], data.start], [['end'], data.end]];
      listOf(data.sessions).forEach((session, index) => {
        const { start, end } = (session ?? {}) as { start?: unknown; end?: unknown };
        times.push([['sessions', index, 'start'], start], [['sessions', index, 'end'], end]);
      });
      // Only times the schema accepts (real dates, hours 00–23) can fall into a gap.
      const isLocalDateTime = (value: unknown): value is string => LocalDateTimeSchema.safeParse(value).success;
      const wellFormed = times.flatMap(([, value]) => (isLocalDateTime(value) ? [value] : []));
      for (const [path, value] of times) {
        if (isLocalDateTime(value) && !existsInZone(value, timezone)) {
          at(path, 'dateTime.gap', { value: raw(path, value), timezone });
        }
      }
      const activity = data.activity;
      if (typeof activity === 'string' && ID_PATTERN.test(activity) && !activitiesByOrg.get(kind.org)?.has(activity)) {
        const suggestion = didYouMean(activity, activitiesByOrg.get(kind.org) ?? []);
        at(['activity'], 'ref.activity', { value: activity, org: kind.org, ...(suggestion ? { suggestion } : {}) });
      }
      const lastEnd = wellFormed.sort().at(-1);
      // The same rule as isEventPast (schedule.ts), which takes the event off every list: an event
      // ending exactly now is past.
      if (lastEnd && lastEnd <= clock.now) at(['end'], 'event.past', { value: lastEnd.replace('T', ' ') }, 'warning');
    }

    const verified = data.verified;
    if (typeof verified === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(verified) && site) {
      const limit = staleBefore(clock.today, site.staleAfterMonths);
      if (verified < limit) at(['verified'], 'entry.stale', { value: verified, months: String(site.staleAfterMonths) }, 'warning');
    }
  }

  // An entry is published only when no check found an error in its file: the cross-file checks
  // above run after the schema accepted it.
  const failed = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
  result.organisations = result.organisations.filter((entry) => !failed.has(entry.file));
  result.activities = result.activities.filter((entry) => !failed.has(entry.file));
  result.events = result.events.filter((entry) => !failed.has(entry.file));
  return result;
}

function classify(file: ContentFile, fail: (code: string, params: Params) => void): FileKind | undefined {
  const parts = file.relativePath.split('/');
  const name = parts.at(-1)!;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  const stem = dot > 0 ? name.slice(0, dot) : name;
  if (name === '.gitkeep') return undefined;

  const checkId = (id: string): boolean => {
    if (ID_PATTERN.test(id) && id.length <= 80) return true;
    fail('file.id', { value: id, suggestion: proposeId(id) || 'esimerkki' });
    return false;
  };

  if (parts.length === 1 && name === 'site.yaml') return { kind: 'site' };
  if (parts[0] === 'taxonomies' && parts.length === 2) {
    if (name in TAXONOMY_FILES) return { kind: 'taxonomy', name: TAXONOMY_FILES[name as keyof typeof TAXONOMY_FILES] };
    if (name === 'wellbeing-counties.csv') return { kind: 'counties' };
    if (name === 'municipalities.csv') return { kind: 'municipalities' };
    if (name === 'SOURCES.md' || name === 'README.md') return { kind: 'note' };
  }
  if (parts[0] === 'organisations' && parts.length === 2) {
    if (extension !== '.yaml') {
      fail(extension === '.mdx' ? 'file.mdx' : 'file.extension', { expected: '.yaml' });
      return undefined;
    }
    return checkId(stem) ? { kind: 'organisation', id: stem } : undefined;
  }
  if ((parts[0] === 'activities' || parts[0] === 'events') && parts.length === 3) {
    const kind = parts[0] === 'activities' ? 'activity' : 'event';
    if (extension !== '.yaml' && extension !== '.md') {
      fail(extension === '.mdx' ? 'file.mdx' : 'file.extension', { expected: '.yaml|.md' });
      return undefined;
    }
    if (!checkId(parts[1]!) || !checkId(stem)) return undefined;
    return { kind, org: parts[1]!, id: stem, extension };
  }
  if (parts[0] === 'pages' && parts.length === 2) {
    const match = /^(.+)\.([a-z]{2,3})\.mdx$/.exec(name);
    if (!match) {
      fail('file.extension', { expected: '.<lang>.mdx (about.fi.mdx)' });
      return undefined;
    }
    return checkId(match[1]!) ? { kind: 'page', id: match[1]!, lang: match[2]! } : undefined;
  }
  fail('file.unknownPath', { expected: LAYOUT });
  return undefined;
}

function parseWith<T>(
  file: ContentFile,
  extension: string,
  schema: z.ZodType<T>,
  report: (file: string, line: number, column: number, path: PathSegment[], code: string, params?: Params) => void,
  defaultLanguage?: string,
): { data: T; positions: PositionIndex; valid: boolean } | undefined {
  let parsed;
  try {
    parsed = parseContentFile(file.bytes, extension);
  } catch (error) {
    if (error instanceof YamlReadError) {
      report(file.displayPath, error.line, error.column, [], error.code, error.params);
      return undefined;
    }
    throw error;
  }
  let data = parsed.data;
  if (data === null) {
    report(file.displayPath, 1, 1, [], 'file.empty');
    return undefined;
  }
  if (typeof data !== 'object' || (Array.isArray(data) && !isListSchema(schema))) {
    report(file.displayPath, 1, 1, [], 'file.notMapping');
    return undefined;
  }
  if (parsed.body !== undefined && parsed.body.trim() !== '') {
    const record = data as Record<string, unknown>;
    if ('description' in record) {
      const position = parsed.positions.locate(['description'], 'key');
      report(file.displayPath, position.line, position.column, ['description'], 'md.descriptionTwice');
      return undefined;
    }
    data = { ...record, description: defaultLanguage ? { [defaultLanguage]: parsed.body.trim() } : parsed.body.trim() };
  }
  const checked = schema.safeParse(data);
  if (!checked.success) {
    for (const problem of issuesToProblems(checked.error.issues, { file: file.displayPath, data, positions: parsed.positions, schema })) {
      report(problem.file, problem.line, problem.column, problem.path, problem.code, problem.params);
    }
    return { data: data as T, positions: parsed.positions, valid: false };
  }
  return { data: checked.data, positions: parsed.positions, valid: true };
}

function isListSchema(schema: z.ZodType): boolean {
  const type = (schema as unknown as { _zod: { def: { type: string; in?: { _zod: { def: { type: string } } } } } })._zod.def;
  return type.type === 'array' || type.in?._zod.def.type === 'array';
}

function readCsv(
  file: ContentFile,
  header: string,
  report: (file: string, line: number, column: number, path: PathSegment[], code: string, params?: Params) => void,
): Record<string, string>[] {
  let text: string;
  try {
    text = decodeUtf8(file.bytes);
  } catch (error) {
    if (!(error instanceof YamlReadError)) throw error;
    report(file.displayPath, error.line, error.column, [], error.code, error.params);
    return [];
  }
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const columns = header.split(',');
  if (rows[0]?.values.join(',') !== header) {
    report(file.displayPath, 1, 1, [], 'csv.header', { expected: header });
    return [];
  }
  const seen = new Set<string>();
  const records: Record<string, string>[] = [];
  for (const row of rows.slice(1)) {
    if (row.values.length !== columns.length) {
      report(file.displayPath, row.line, 1, [], 'csv.row', { reason: `${row.values.length} columns instead of ${columns.length}` });
      continue;
    }
    const record = Object.fromEntries(columns.map((column, index) => [column, row.values[index]!.trim()]));
    const codeShape = header === COUNTY_HEADER ? /^\d{2}$/ : /^\d{3}$/;
    if (!codeShape.test(record.code!)) {
      report(file.displayPath, row.line, 1, [], 'csv.row', { reason: `code "${record.code}" is not ${header === COUNTY_HEADER ? 'two' : 'three'} digits` });
      continue;
    }
    if (seen.has(record.code!)) {
      report(file.displayPath, row.line, 1, [], 'csv.row', { reason: `code ${record.code} appears twice` });
      continue;
    }
    seen.add(record.code!);
    records.push(record);
  }
  return records;
}

const LOCALIZED_KEYS = new Set(['name', 'summary', 'description', 'plainSummary', 'scheduleNote', 'note', 'fee', 'accessibilityNote', 'address', 'tagline']);

function checkLocalizedTexts(
  value: unknown,
  path: PathSegment[],
  positions: PositionIndex,
  site: Site | undefined,
  defaultLanguage: string,
  at: (path: PathSegment[], code: string, params?: Params, severity?: Severity, prefer?: 'key' | 'value') => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkLocalizedTexts(item, [...path, index], positions, site, defaultLanguage, at));
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = [...path, key];
    if (LOCALIZED_KEYS.has(key) && item && typeof item === 'object' && !Array.isArray(item)) {
      // An empty map and a key that is not a language code are the schema's to report.
      const languages = Object.keys(item);
      if (languages.length > 0 && !languages.includes(defaultLanguage)) at(itemPath, 'text.defaultLanguage', { language: defaultLanguage });
      if (site) {
        for (const language of languages) {
          if (LANGUAGE_TAG.test(language) && !site.languages.includes(language as never)) {
            at([...itemPath, language], 'text.unknownLanguage', { language, languages: site.languages.join(', ') }, 'warning', 'key');
          }
        }
      }
    } else {
      checkLocalizedTexts(item, itemPath, positions, site, defaultLanguage, at);
    }
  }
}

function checkHttpLinks(
  value: unknown,
  path: PathSegment[],
  at: (path: PathSegment[], code: string, params?: Params, severity?: Severity) => void,
  raw: (path: PathSegment[], value: unknown) => string,
): void {
  if (typeof value === 'string') {
    if (/^http:\/\//i.test(value) && (path.at(-1) === 'website' || path.at(-1) === 'url')) at(path, 'url.http', { value: raw(path, value) }, 'warning');
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) checkHttpLinks(item, [...path, Array.isArray(value) ? Number(key) : key], at, raw);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A county or municipality code as the schema reads it: strings as written, numbers zero-padded. */
function asCode(value: unknown, digits: number): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value).padStart(digits, '0');
  return undefined;
}

const staleLimits = new Map<string, string>();

/** The date before which a `verified` date is stale: `months` before `today` (asked once per entry). */
function staleBefore(today: string, months: number): string {
  const key = `${today}|${months}`;
  let limit = staleLimits.get(key);
  if (!limit) staleLimits.set(key, (limit = DateTime.fromISO(today).minus({ months }).toISODate()!));
  return limit;
}

/** True when the local wall-clock time exists in `timezone` (is not in a spring-forward gap). */
export function existsInZone(localDateTime: string, timezone: string): boolean {
  // The schedule module's table of the zone's transitions answers this without building a date
  // object per time; a time that is not a real date does not exist anywhere.
  if (!LocalDateTimeSchema.safeParse(localDateTime).success) return false;
  return resolveLocalTime(localDateTime, timezone).exists;
}

type AreaValue = { national?: true; counties?: string[]; municipalities?: string[] } | undefined;

/** True when a municipality lies inside an area (a county-wide or national area includes it). */
export function areaIncludes(area: AreaValue, municipality: string, countyOf: Map<string, string>): boolean {
  if (!area) return true;
  if (area.national) return true;
  if (area.municipalities) return area.municipalities.includes(municipality);
  if (area.counties) return area.counties.includes(countyOf.get(municipality) ?? '');
  return true;
}

