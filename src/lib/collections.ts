/**
 * The only module that touches astro:content and the content loader's directory. Everything else
 * takes the plain data it returns, so it can be tested without Astro.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Site } from '../schemas/site.ts';
import { loadDirectory, type PublishedDirectory } from './content-loader.ts';
import { pageVersions } from './editorial.ts';
import { entryPageKey } from './page-keys.ts';
import { getClock } from './today.ts';
import type { DirectoryData } from './listings.ts';
import { isLang, type Lang } from './routes.ts';
import type { Taxonomies } from './validate.ts';

export interface Keyed<T> {
  key: string;
  org: string;
  id: string;
  data: T;
  /** The entry's file as the loader read it (its extension is the one the contributor used). */
  filePath?: string | undefined;
}

function keyed<T>(entries: { key: string; org: string; id: string; data: unknown; file?: string }[]): Keyed<T>[] {
  return entries
    .map((entry) => ({ key: entry.key, org: entry.org, id: entry.id, data: entry.data as T, filePath: entry.file }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

let cache: { source: PublishedDirectory; directory: Promise<Directory> } | undefined;

export interface Directory {
  site: Site;
  taxonomies: Taxonomies;
  organisations: Keyed<Organisation>[];
  activities: Keyed<Activity>[];
  events: Keyed<TukiverkkoEvent>[];
  /** Lookups so that a page never walks the whole collection: entries by `<org>/<id>` key… */
  activityByKey: Map<string, Keyed<Activity>>;
  eventByKey: Map<string, Keyed<TukiverkkoEvent>>;
  organisationById: Map<string, Keyed<Organisation>>;
  /** …and an organisation's own activities and events (sorted by key, like the lists above). */
  activitiesByOrg: Map<string, Keyed<Activity>[]>;
  eventsByOrg: Map<string, Keyed<TukiverkkoEvent>[]>;
}

function groupByOrg<T>(entries: Keyed<T>[]): Map<string, Keyed<T>[]> {
  const groups = new Map<string, Keyed<T>[]>();
  for (const entry of entries) {
    const group = groups.get(entry.org);
    if (group) group.push(entry);
    else groups.set(entry.org, [entry]);
  }
  return groups;
}

/**
 * The whole directory as the content loader validated it (content-loader.ts), with its lookups
 * made once per build (and again after a dev server has loaded changed content).
 */
export function getDirectory(): Promise<Directory> {
  const source = loadDirectory();
  if (cache?.source !== source) cache = { source, directory: Promise.resolve(directoryOf(source)) };
  return cache.directory;
}

function directoryOf(source: PublishedDirectory): Directory {
  const organisations = keyed<Organisation>(source.organisations);
  const activities = keyed<Activity>(source.activities);
  const events = keyed<TukiverkkoEvent>(source.events);
  return {
    site: source.site,
    taxonomies: source.taxonomies,
    organisations,
    activities,
    events,
    activityByKey: new Map(activities.map((entry) => [entry.key, entry])),
    eventByKey: new Map(events.map((entry) => [entry.key, entry])),
    organisationById: new Map(organisations.map((entry) => [entry.id, entry])),
    activitiesByOrg: groupByOrg(activities),
    eventsByOrg: groupByOrg(events),
  };
}

/**
 * The editorial pages (content/pages/<id>.<lang>.mdx), each named by its file name without
 * `.mdx` (`tietoa.fi`): the glob loader's own ids drop the dot that separates id and language.
 */
export async function getEditorialPages(): Promise<{ id: string; entry: EditorialPageEntry }[]> {
  const entries = await getCollection('pages');
  return entries.map((entry) => ({ id: (entry.filePath ?? entry.id).split('/').pop()!.replace(/\.mdx$/, ''), entry }));
}

export type EditorialPageEntry = CollectionEntry<'pages'>;

/** The rendered MDX of an editorial page. */
export function renderEditorialPage(entry: EditorialPageEntry) {
  return render(entry);
}

/**
 * The static paths of the activity, event or organisation pages in `lang`, each with the cache key
 * that lets an incremental build reuse the page when nothing it shows has changed (page-keys.ts).
 */
export async function entryPaths(kind: 'activity' | 'event' | 'organisation', lang: Lang) {
  const directory = await getDirectory();
  const { now } = getClock(directory.site.timezone);
  const entries: Keyed<unknown>[] = kind === 'activity' ? directory.activities : kind === 'event' ? directory.events : directory.organisations;
  const collection = kind === 'activity' ? 'activities' : kind === 'event' ? 'events' : 'organisations';
  return entries.map((entry) => ({
    params: kind === 'organisation' ? { org: entry.id } : { org: entry.org, id: entry.id },
    props: { key: entry.key },
    cacheKey: entryPageKey(directory as unknown as DirectoryData, kind, entry.key, lang, now, sourcePathOf(collection, entry)),
  }));
}

function sourcePathOf(collection: 'organisations' | 'activities' | 'events', entry: Keyed<unknown>): string {
  const extension = /\.(ya?ml|md)$/.exec(entry.filePath ?? '')?.[0] ?? '.yaml';
  return `content/${collection}/${entry.key}${extension}`;
}

/**
 * The repository path of an entry's own file, `content/activities/<org>/<id>.yaml` (or `.md`),
 * for "suggest a change" links; the extension is the one the contributor used.
 */
export async function entrySourcePath(collection: 'organisations' | 'activities' | 'events', key: string): Promise<string> {
  const directory = await getDirectory();
  const entry = collection === 'organisations' ? directory.organisationById.get(key) : collection === 'activities' ? directory.activityByKey.get(key) : directory.eventByKey.get(key);
  if (!entry) throw new Error(`No ${collection} entry ${key}`);
  return sourcePathOf(collection, entry);
}

/**
 * The static paths of the editorial pages in `lang`: one per page id, with the language version to
 * show (or the default-language one it falls back to) and the languages the page exists in.
 */
export async function editorialPaths(lang: Lang) {
  const languages = (await getDirectory()).site.languages.filter(isLang);
  const versions = pageVersions((await getEditorialPages()).map(({ id, entry }) => ({ id, entry })), languages);
  return versions
    .filter((version) => version.lang === lang)
    .map((version) => ({
      params: { id: version.id },
      props: {
        entry: version.source.entry,
        sourceLang: version.sourceLang,
        fallback: version.fallback,
        languages: versions.filter((other) => other.id === version.id).map((other) => other.lang),
      },
    }));
}
