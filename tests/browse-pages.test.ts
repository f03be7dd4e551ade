/**
 * Long browse lists and events listings are read a page at a time. A generated directory of 700 activities is built
 * for real; for every county list in every language the test walks the pages the build wrote
 * and checks that together they list each of the county's activities, no page holds more than
 * LIST_PAGE_SIZE rows, the page links and the language versions lead to pages that exist, and
 * the sitemap names every page. The same for the listings of upcoming events. (At this size the
 * county lists and the all-events listing run over several pages; src/lib/browse.test.ts and
 * src/lib/listings.test.ts page every other kind of list with a larger directory in memory.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browseActivities, browseList, browsePageCount, browseScopes, type BrowseScope } from '../src/lib/browse.ts';
import { t } from '../src/i18n/index.ts';
import { readContentDirectory } from '../src/lib/content-files.ts';
import { eventListingPageCount, eventListingScopes, upcomingEvents, type DirectoryData } from '../src/lib/listings.ts';
import { LIST_PAGE_SIZE } from '../src/lib/paging.ts';
import { eventsPath, LANGUAGES, pagedPath, routePath, type Lang } from '../src/lib/routes.ts';
import { validateContent } from '../src/lib/validate.ts';
import { FIXED_NOW } from './support/clock.ts';
import { buildInto, ROOT } from './support/temp-build.ts';

let workspace: string;
let outDir: string;
let directory: DirectoryData;
let siteUrl: string;

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'tukiverkko-browse-pages-'));
  const content = path.join(workspace, 'content');
  const fixture = spawnSync(process.execPath, [path.join(ROOT, 'scripts/fixture.ts'), '--entries', '700', '--out', content, '--today', FIXED_NOW.slice(0, 10)], { cwd: ROOT, encoding: 'utf8' });
  if (fixture.status !== 0) throw new Error(`The fixture failed:\n${fixture.stdout}${fixture.stderr}`);
  const build = buildInto(workspace, { TUKIVERKKO_CONTENT: content });
  // The end of the log holds the error; the lines before it list every file written.
  if (build.status !== 0) throw new Error(`The build failed:\n${build.output.split('\n').slice(-80).join('\n')}`);
  outDir = build.outDir;
  const result = validateContent(readContentDirectory(content), { clock: { today: FIXED_NOW.slice(0, 10), now: FIXED_NOW } });
  directory = { site: result.site!, taxonomies: result.taxonomies, organisations: result.organisations, activities: result.activities, events: result.events };
  siteUrl = directory.site.url.endsWith('/') ? directory.site.url : `${directory.site.url}/`;
});

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

const html = (sitePath: string) => readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8');
/** The site-relative path of a root-relative or absolute link on a built page. */
const sitePathOf = (href: string) => new URL(href, siteUrl).pathname.replace(/^\//, '');
const eventLinks = (page: string) => [...page.matchAll(/<li class="event"[^>]*>\s*<h3[^>]*>\s*<a href="([^"]+)"/g)].map((match) => sitePathOf(match[1]!));
const rowLinks = (page: string) => [...page.matchAll(/<li class="browse-row"[^>]*>\s*<h4[^>]*>\s*<a href="([^"]+)"/g)].map((match) => sitePathOf(match[1]!));
/** A browse page's rows as `<group id> <activity path>`, in page order. */
const groupRows = (page: string) =>
  page
    .split('<section class="browse-group"')
    .slice(1)
    .flatMap((section) => rowLinks(section).map((link) => `${/aria-labelledby="([^"]+)"/.exec(section)![1]} ${link}`));
const listPathOf = (scope: BrowseScope) => (lang: Lang) => (scope.county ? routePath(lang, 'county', scope.county, ...(scope.situation ? [scope.situation] : [])) : routePath(lang, 'situation', scope.situation!));

describe('browse lists longer than a page', () => {
  test('the directory has lists of several pages (or this test proves nothing)', () => {
    const paged = browseScopes(directory, FIXED_NOW, 'county').filter((scope) => browsePageCount(directory, scope) > 1);
    expect(paged.length).toBeGreaterThan(0);
  });

  test.each(LANGUAGES)('%s: the pages of every list show its rows in order, each once per group, at most a page size each', (lang: Lang) => {
    const labels = { online: t(lang, 'calendar.location.online'), phone: t(lang, 'calendar.location.phone'), chat: t(lang, 'calendar.location.chat') };
    for (const kind of ['county', 'landing', 'situation'] as const) {
      for (const scope of browseScopes(directory, FIXED_NOW, kind)) {
        const pages = browsePageCount(directory, scope);
        const listPath = listPathOf(scope)(lang);
        const shown: string[] = [];
        for (let page = 1; page <= pages; page++) {
          const rows = groupRows(html(pagedPath(lang, listPath, page)));
          expect(rows.length, pagedPath(lang, listPath, page)).toBeLessThanOrEqual(LIST_PAGE_SIZE);
          if (page < pages) expect(rows.length, pagedPath(lang, listPath, page)).toBe(LIST_PAGE_SIZE);
          shown.push(...rows);
        }
        expect(existsSync(path.join(outDir, pagedPath(lang, listPath, pages + 1))), `no page after the last of ${listPath}`).toBe(false);
        const expected = browseList(directory, lang, scope, labels).groups.flatMap((group) => group.rows.map((row) => `${group.id} ${row.path}`));
        expect(shown, listPath).toEqual(expected);
        // And the list is the scope's activities, each at least once.
        expect(new Set(shown.map((row) => row.split(' ')[1])), listPath).toEqual(new Set(browseActivities(directory, scope).map((entry) => routePath(lang, 'activity', entry.org, entry.id))));
      }
    }
  });

  test('every page links its neighbours and its language versions, and is in the sitemap', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    for (const kind of ['county', 'landing', 'situation'] as const) {
      for (const scope of browseScopes(directory, FIXED_NOW, kind)) {
        const pages = browsePageCount(directory, scope);
        const listPathIn = listPathOf(scope);
        for (const lang of LANGUAGES) {
          for (let page = 1; page <= pages; page++) checkPage(sitemap, listPathIn, lang, page, pages);
        }
      }
    }
  });
});

/** Checks the page links, language versions and sitemap entry of page `page` of `pages` of a list at `listPathIn(lang)`. */
function checkPage(sitemap: string, listPathIn: (lang: Lang) => string, lang: Lang, page: number, pages: number): void {
  const sitePath = pagedPath(lang, listPathIn(lang), page);
  const text = html(sitePath);
  expect(sitemap, sitePath).toContain(`<loc>${siteUrl}${sitePath}</loc>`);
  const next = /<a href="([^"]+)" rel="next"/.exec(text)?.[1];
  const previous = /<a href="([^"]+)" rel="prev"/.exec(text)?.[1];
  expect(next && sitePathOf(next), sitePath).toBe(page < pages ? pagedPath(lang, listPathIn(lang), page + 1) : undefined);
  expect(previous && sitePathOf(previous), sitePath).toBe(page > 1 ? pagedPath(lang, listPathIn(lang), page - 1) : undefined);
  const alternates: Record<string, string> = Object.fromEntries([...text.matchAll(/<link rel="alternate" hreflang="(fi|sv|en)" href="([^"]+)"/g)].map((match) => [match[1], sitePathOf(match[2]!)]));
  expect(alternates, sitePath).toEqual(Object.fromEntries(LANGUAGES.map((code) => [code, pagedPath(code, listPathIn(code), page)])));
  for (const alternate of Object.values(alternates)) expect(existsSync(path.join(outDir, alternate, 'index.html')), `${sitePath} → ${alternate}`).toBe(true);
}

describe('events listings longer than a page', () => {
  test('the directory has a listing of several pages (or this test proves nothing)', () => {
    expect(eventListingPageCount(directory, FIXED_NOW, { kind: 'all' })).toBeGreaterThan(1);
  });

  test('the pages of every listing list each upcoming event once, soonest first, and link each other', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    for (const kind of ['all', 'county', 'situation'] as const) {
      for (const scope of eventListingScopes(directory, kind)) {
        const pages = eventListingPageCount(directory, FIXED_NOW, scope);
        for (const lang of LANGUAGES) {
          const listed: string[] = [];
          for (let page = 1; page <= pages; page++) {
            const links = eventLinks(html(pagedPath(lang, eventsPath(lang, scope), page)));
            expect(links.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
            if (page < pages) expect(links.length).toBe(LIST_PAGE_SIZE);
            listed.push(...links);
            checkPage(sitemap, (code) => eventsPath(code, scope), lang, page, pages);
          }
          expect(listed, eventsPath(lang, scope)).toEqual(upcomingEvents(directory, FIXED_NOW, scope).map(({ entry }) => routePath(lang, 'event', entry.org, entry.id)));
        }
      }
    }
  });
});
