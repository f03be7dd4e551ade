/**
 * Every public URL of the site, built only from ids and language. A URL, once published, must
 * keep working: change these segments only together with redirects (see tests/urls).
 */

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'fi';

export type RouteName = 'activity' | 'event' | 'organisation' | 'situation' | 'county' | 'search' | 'submit' | 'events' | 'page' | 'calendar' | 'feed' | 'openData';

/** Path segments per language (Finnish at the root, Swedish under /sv/, English under /en/). */
export const SEGMENTS: Record<Lang, Record<RouteName, string>> = {
  fi: { activity: 'toiminta', event: 'tapahtuma', organisation: 'jarjesto', situation: 'elamantilanne', county: 'alue', search: 'haku', submit: 'ilmoita', events: 'tapahtumat', page: 'sivu', calendar: 'kalenteri', feed: 'syote', openData: 'avoin-data' },
  sv: { activity: 'verksamhet', event: 'evenemang', organisation: 'organisation', situation: 'livssituation', county: 'omrade', search: 'sok', submit: 'anmal', events: 'evenemangskalender', page: 'sida', calendar: 'kalender', feed: 'flode', openData: 'oppna-data' },
  en: { activity: 'activity', event: 'event', organisation: 'organisation', situation: 'life-situation', county: 'area', search: 'search', submit: 'submit', events: 'events', page: 'page', calendar: 'calendar', feed: 'feed', openData: 'open-data' },
};

/** The language prefix: '' for the default language, 'sv/' and 'en/' for the others. */
export function langPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** Site-relative path (no base, no leading slash) of a page, ending in '/'. */
export function routePath(lang: Lang, route: RouteName, ...ids: string[]): string {
  return `${langPrefix(lang)}${[SEGMENTS[lang][route], ...ids].join('/')}/`;
}

/**
 * Page `page` of a paged list at `path`: the list's own path for the first page, then
 * `alue/13/sivu/2/`, `sv/omrade/13/sida/2/`, `en/area/13/page/2/`.
 */
export function pagedPath(lang: Lang, path: string, page: number): string {
  return page > 1 ? `${path}${SEGMENTS[lang].page}/${page}/` : path;
}

export function homePath(lang: Lang): string {
  return langPrefix(lang);
}

/** Joins the configured base (`/` or `/repo/`) with a site-relative path. */
export function withBase(base: string, sitePath: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${sitePath.replace(/^\/+/, '')}`;
}

export function isLang(value: string | undefined): value is Lang {
  return LANGUAGES.includes(value as Lang);
}

/** Which events a listing, calendar feed or news feed covers. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'county'; code: string }
  | { kind: 'situation'; code: string }
  | { kind: 'organisation'; id: string };

function scopeSegments(lang: Lang, scope: Scope): string[] {
  switch (scope.kind) {
    case 'all':
      return [];
    case 'county':
      return [SEGMENTS[lang].county, scope.code];
    case 'situation':
      return [SEGMENTS[lang].situation, scope.code];
    case 'organisation':
      return [SEGMENTS[lang].organisation, scope.id];
  }
}

/**
 * The upcoming-events listing: `tapahtumat/`, `tapahtumat/alue/13/`,
 * `en/events/life-situation/grief/`. (Listings exist for all, county and life situation.)
 */
export function eventsPath(lang: Lang, scope: Scope = { kind: 'all' }): string {
  return routePath(lang, 'events', ...scopeSegments(lang, scope));
}

/** The "add to calendar" file of one activity or event: `kalenteri/tapahtuma/<org>/<id>.ics`. */
export function calendarPath(lang: Lang, kind: 'activity' | 'event', org: string, id: string): string {
  return `${langPrefix(lang)}${SEGMENTS[lang].calendar}/${SEGMENTS[lang][kind]}/${org}/${id}.ics`;
}

/**
 * A subscribable calendar of upcoming events and scheduled activities: `kalenteri.ics` for the
 * whole site, `kalenteri/alue/13.ics`, `kalenteri/elamantilanne/grief.ics`,
 * `kalenteri/jarjesto/<org>.ics`.
 */
export function calendarFeedPath(lang: Lang, scope: Scope = { kind: 'all' }): string {
  const segments = scopeSegments(lang, scope);
  return segments.length === 0
    ? `${langPrefix(lang)}${SEGMENTS[lang].calendar}.ics`
    : `${langPrefix(lang)}${SEGMENTS[lang].calendar}/${segments.join('/')}.ics`;
}

/** The Atom feed of new and changed entries: `syote.xml`, or per county `syote/alue/13.xml`. */
export function atomFeedPath(lang: Lang, scope: { kind: 'all' } | { kind: 'county'; code: string } = { kind: 'all' }): string {
  const segments = scopeSegments(lang, scope);
  return segments.length === 0
    ? `${langPrefix(lang)}${SEGMENTS[lang].feed}.xml`
    : `${langPrefix(lang)}${SEGMENTS[lang].feed}/${segments.join('/')}.xml`;
}

/** The open-data files, the same for every language: `data/tukiverkko.json`, `data/hsds/fi/services.json`. */
export const OPEN_DATA_FILES = {
  json: 'data/tukiverkko.json',
  entriesCsv: 'data/entries.csv',
  organisationsCsv: 'data/organisations.csv',
} as const;

/**
 * An HSDS file of one language. A long list is published in pages (hsds.ts): page 1 is
 * `services.json`, page 2 `services-2.json` and so on.
 */
export function hsdsPath(lang: Lang, file: 'organizations' | 'services', page = 1): string {
  return `data/hsds/${lang}/${file}${page > 1 ? `-${page}` : ''}.json`;
}

/** An absolute URL of a site-relative path, e.g. for calendars and feeds. */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  return new URL(sitePath.replace(/^\/+/, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
