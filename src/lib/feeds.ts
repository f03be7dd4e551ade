/**
 * Atom feeds (RFC 4287) of new and changed entries, for the whole site and per county.
 *
 * "New and changed" is read from `verified`, the date the organisation last checked the entry:
 * the only change date the content has. Entries are ordered by it, most recent first. Events
 * carry `verified` only optionally; an event without one has no date to place it by and is left
 * out of the feed (it is still in the listings and calendars). Past events are never included.
 */
import { t } from '../i18n/index.ts';
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import { countyName, inScope, organisationName, siteCounties, termName, text, upcomingEvents, type DirectoryData, type EntryRef } from './listings.ts';
import { absoluteUrl, atomFeedPath, eventsPath, LANGUAGES, routePath, type Lang } from './routes.ts';
import { describeSchedule, formatOccurrence, resolveLocalTime } from './schedule.ts';

export interface AtomEntry {
  /** A permanent, unique IRI: the entry page's URL. */
  id: string;
  title: string;
  url: string;
  /** Instant, ISO 8601. */
  updated: string;
  summary: string;
  author: string;
  categories: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  lang: string;
  selfUrl: string;
  alternateUrl: string;
  /** Instant, ISO 8601: the newest entry's (today's when there are none). */
  updated: string;
  author: string;
  rights: string;
  entries: AtomEntry[];
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(value: string): string {
  return (
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 does not allow at all.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

/** The Atom XML document. */
export function writeAtomFeed(feed: AtomFeed): string {
  const element = (name: string, value: string, attributes = '') => `<${name}${attributes}>${escapeXml(value)}</${name}>`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  ${element('updated', feed.updated)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <author>${element('name', feed.author)}</author>`,
    `  ${element('rights', feed.rights)}`,
    `  ${element('generator', 'Tukiverkko')}`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    ${element('id', entry.id)}`,
      `    ${element('title', entry.title)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    ${element('updated', entry.updated)}`,
      `    <author>${element('name', entry.author)}</author>`,
      ...entry.categories.map((category) => `    <category term="${escapeXml(category.term)}" label="${escapeXml(category.label)}"/>`),
      `    ${element('summary', entry.summary, ' type="text"')}`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** Which feed: the whole site or one county. */
export type FeedScope = { kind: 'all' } | { kind: 'county'; code: string };

/** At most this many entries per feed: readers only look at the newest. */
export const FEED_LIMIT = 100;

/** The feed of new and changed activities and upcoming events in `scope`, in `lang`. */
export function buildFeed(directory: DirectoryData, lang: Lang, scope: FeedScope, now: string): AtomFeed {
  const { site } = directory;
  const timezone = site.timezone;
  // A date is taken as midnight in the site's time zone.
  const instant = (date: string) => new Date(resolveLocalTime(`${date}T00:00`, timezone).ms).toISOString();
  const categories = (kind: 'activity' | 'event', situations: string[]) => [
    { term: kind, label: t(lang, `feed.kind.${kind}`) },
    ...situations.map((code) => ({ term: code, label: termName(directory, 'situations', code, lang) })),
  ];
  const entry = (kind: 'activity' | 'event', item: EntryRef<Activity> | EntryRef<TukiverkkoEvent>, verified: string, when: string[]): AtomEntry => {
    const url = absoluteUrl(site.url, routePath(lang, kind, item.org, item.id));
    const organisation = organisationName(directory, item.org, lang);
    const summary = [
      text(directory, item.data.summary, lang),
      ...when,
      t(lang, 'feed.organiser', { organisation }),
      t(lang, 'feed.verified', { date: verified }),
    ].join('\n');
    return { id: url, title: text(directory, item.data.name, lang), url, updated: instant(verified), summary, author: organisation, categories: categories(kind, item.data.situations) };
  };

  const activities = directory.activities
    .filter((item) => item.data.status !== 'ended' && inScope(item, scope, directory.taxonomies))
    .map((item) => ({ verified: item.data.verified, entry: entry('activity', item, item.data.verified, describeSchedule(item.data.schedule, lang).map((line) => t(lang, 'feed.when', { when: line }))) }));
  const events = upcomingEvents(directory, now, scope).flatMap((item) => {
    const verified = item.entry.data.verified;
    if (!verified) return [];
    const status = item.entry.data.status === 'scheduled' ? [] : [t(lang, `entry.status.${item.entry.data.status}`)];
    return [{ verified, entry: entry('event', item.entry, verified, [...status, t(lang, 'feed.when', { when: formatOccurrence(item.next, lang) })]) }];
  });
  const entries = [...activities, ...events]
    .sort((a, b) => b.verified.localeCompare(a.verified) || a.entry.id.localeCompare(b.entry.id))
    .slice(0, FEED_LIMIT)
    .map((item) => item.entry);

  const siteName = text(directory, site.name, lang);
  const selfUrl = absoluteUrl(site.url, atomFeedPath(lang, scope));
  return {
    id: selfUrl,
    title: scope.kind === 'all' ? t(lang, 'feed.title', { site: siteName }) : t(lang, 'feed.titleScope', { site: siteName, scope: countyName(directory, scope.code, lang) }),
    subtitle: t(lang, 'feed.subtitle'),
    lang,
    selfUrl,
    alternateUrl: absoluteUrl(site.url, eventsPath(lang, scope)),
    updated: entries[0]?.updated ?? instant(now.slice(0, 10)),
    author: siteName,
    rights: 'CC BY 4.0',
    entries,
  };
}

/** One feed file the site publishes. */
export interface FeedFile {
  /** Site-relative path, e.g. `syote/alue/13.xml`. */
  path: string;
  lang: Lang;
  scope: FeedScope;
}

/** Every feed of the site: the whole site and each county it covers, in every language. */
export function feedFiles(directory: DirectoryData): FeedFile[] {
  const scopes: FeedScope[] = [{ kind: 'all' }, ...siteCounties(directory).map((code) => ({ kind: 'county' as const, code }))];
  return LANGUAGES.flatMap((lang) => scopes.map((scope) => ({ path: atomFeedPath(lang, scope), lang, scope })));
}
