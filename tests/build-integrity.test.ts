/**
 * No silent loss: every entry the validator accepts becomes exactly one page per UI language
 * and one search record, nothing else is indexed, and content with an error is never built.
 * Runs the real `npm run build` (validator, Astro, Pagefind) into a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentDirectory, readContentDirectory } from '../src/lib/content-files.ts';
import { localizeText } from '../src/lib/localize.ts';
import { LANGUAGES, routePath, type Lang, type RouteName } from '../src/lib/routes.ts';
import { isEventPast } from '../src/lib/schedule.ts';
import { validateContent, type ValidationResult } from '../src/lib/validate.ts';
import type { LocalizedText } from '../src/schemas/shared.ts';
import { lostUrls, parseUrlList, publishedUrls } from '../src/lib/publishing.ts';
import { REDIRECTS } from '../src/redirects.ts';
import { entryFolders } from '../src/lib/integration.ts';
import * as pagefind from 'pagefind';
import { FIXED_NOW } from './support/clock.ts';
import { FIXED_CLOCK } from './support/content-tree.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUILD = path.join(ROOT, 'scripts/build.ts');

let workspace: string;

function build(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [BUILD], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TUKIVERKKO_NOW: FIXED_NOW, TUKIVERKKO_CACHE_DIR: path.join(workspace, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', GITHUB_ACTIONS: '', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every index.html under `directory`, by site path ('' for the home page, 'toiminta/a/b/' …). */
function htmlPages(directory: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    const sitePath = path.relative(directory, entry.parentPath).split(path.sep).join('/');
    pages.set(sitePath ? `${sitePath}/` : '', readFileSync(file, 'utf8'));
  }
  return pages;
}

const decode = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_match, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);

describe('the sample directory, built', () => {
  let outDir: string;
  let built: { status: number | null; output: string };
  let validation: ValidationResult;
  let pages: Map<string, string>;
  const expected = new Map<string, { lang: Lang; name: LocalizedText }>();

  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'tukiverkko-build-'));
    outDir = path.join(workspace, 'dist');
    built = build({ TUKIVERKKO_OUT_DIR: outDir });
    validation = validateContent(readContentDirectory(contentDirectory(), ROOT), { clock: FIXED_CLOCK });
    pages = built.status === 0 ? htmlPages(outDir) : new Map();
    const add = (route: RouteName, ids: string[], name: LocalizedText) => {
      for (const lang of LANGUAGES) expected.set(routePath(lang, route, ...ids), { lang, name });
    };
    for (const entry of validation.organisations) add('organisation', [entry.id], entry.data.name);
    for (const entry of validation.activities) add('activity', [entry.org, entry.id], entry.data.name);
    for (const entry of validation.events) if (!isEventPast(entry.data, FIXED_NOW)) add('event', [entry.org, entry.id], entry.data.name);
  });

  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
  });

  test('the build succeeds on valid content', () => {
    expect(built.status, built.output).toBe(0);
    expect(validation.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  test('the sample is big enough to mean something', () => {
    expect(validation.organisations.length).toBeGreaterThanOrEqual(2);
    expect(validation.activities.length).toBeGreaterThanOrEqual(2);
    expect(validation.events.filter((entry) => !isEventPast(entry.data, FIXED_NOW)).length).toBeGreaterThanOrEqual(1);
  });

  test('every entry has exactly one page per UI language, and only entry pages are indexed', () => {
    const indexed = [...pages].filter(([, html]) => html.includes('data-pagefind-body')).map(([sitePath]) => sitePath);
    expect(indexed.toSorted()).toEqual([...expected.keys()].toSorted());
    for (const [, html] of pages) expect(html.match(/data-pagefind-body/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  test('each entry page is in its language and shows the name of its entry', () => {
    const defaultLang = validation.site!.languages[0]!;
    const wrong = [...expected].flatMap(([sitePath, { lang, name }]) => {
      const html = pages.get(sitePath) ?? '';
      const heading = decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.trim() ?? '');
      const htmlLang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
      const shouldBe = localizeText(name, lang, defaultLang);
      return htmlLang === lang && heading === shouldBe ? [] : [{ sitePath, htmlLang, heading, shouldBe }];
    });
    expect(wrong).toEqual([]);
  });

  test('a past event keeps its page for old links, marked past, noindex and out of search and the sitemap', () => {
    const past = validation.events.filter((entry) => isEventPast(entry.data, FIXED_NOW));
    expect(past.length).toBeGreaterThanOrEqual(1);
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    for (const entry of past) {
      for (const lang of LANGUAGES) {
        const sitePath = routePath(lang, 'event', entry.org, entry.id);
        const html = pages.get(sitePath) ?? '';
        expect(html, sitePath).toContain('<meta name="robots" content="noindex">');
        expect(html, sitePath).not.toContain('data-pagefind-body');
        expect(sitemap).not.toContain(`/${sitePath}<`);
      }
    }
  });

  test('the sitemap lists every indexable page and no noindex one (past events, forwarding pages, 404)', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>https:\/\/tukiverkko\.example\.org\/([^<]*)<\/loc>/g)].map((match) => match[1]!));
    const noindex = [...pages].filter(([, html]) => html.includes('<meta name="robots" content="noindex">')).map(([sitePath]) => sitePath);
    expect(noindex.length).toBeGreaterThanOrEqual(3);
    expect(noindex.filter((sitePath) => listed.has(sitePath))).toEqual([]);
    expect([...pages.keys()].filter((sitePath) => !noindex.includes(sitePath) && !listed.has(sitePath))).toEqual([]);
    expect(listed.has('404/')).toBe(false);
  });

  test('no published address disappears without a redirect (tests/published-urls.txt)', () => {
    const listed = parseUrlList(readFileSync(path.join(ROOT, 'tests/published-urls.txt'), 'utf8'));
    const built = publishedUrls(outDir);
    expect(lostUrls(listed, built, REDIRECTS), 'Add a redirect in src/redirects.ts, or run npm run urls:update if the removal is deliberate').toEqual([]);
    expect(built.length).toBeGreaterThan(0);
  });

  test('every redirect leads from an address without a page of its own to one that exists', () => {
    for (const [from, to] of Object.entries(REDIRECTS)) {
      const html = pages.get(from) ?? '';
      expect(html, from).toContain('<meta http-equiv="refresh"');
      expect(html, from).toContain('<meta name="robots" content="noindex">');
      expect(pages.has(to), `${from} → ${to}`).toBe(true);
      expect(pages.get(to), to).not.toContain('http-equiv="refresh"');
    }
  });

  test('the search index holds one record per entry page in each language', () => {
    const index = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const perLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, [...expected.values()].filter((page) => page.lang === lang).length]));
    expect(Object.fromEntries(Object.entries(index.languages).map(([lang, { page_count }]) => [lang, page_count]))).toEqual(perLanguage);
  });

  test('the search bundle, indexed one language at a time, is the one Pagefind writes for all languages at once', async () => {
    const whole = path.join(workspace, 'pagefind-at-once');
    const { index } = await pagefind.createIndex({});
    // The entry pages' folders of every language in one glob: {toiminta,…,sv/verksamhet,…}/**/*.html.
    const folders = LANGUAGES.flatMap((lang) => entryFolders(lang)).join(',');
    await index!.addDirectory({ path: outDir, glob: `{${folders}}/**/*.html` });
    await index!.writeFiles({ outputPath: whole });
    await pagefind.close();
    const files = (directory: string) =>
      new Map(readdirSync(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => [path.relative(directory, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name))]));
    const ours = files(path.join(outDir, 'pagefind'));
    const expectedFiles = files(whole);
    expect([...ours.keys()].sort()).toEqual([...expectedFiles.keys()].sort());
    expect([...expectedFiles].filter(([name, body]) => !ours.get(name)?.equals(body)).map(([name]) => name)).toEqual([]);
    expect(readdirSync(outDir).filter((name) => name.startsWith('.pagefind-'))).toEqual([]);
  });
});

describe('content with an error', () => {
  test('is not built, and leaves no output behind', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'tukiverkko-broken-'));
    try {
      const content = path.join(root, 'content');
      cpSync(path.join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
      mkdirSync(path.join(content, 'activities/demo-org'), { recursive: true });
      cpSync(path.join(ROOT, 'tests/fixtures/invalid/activities/demo-org/time-with-dot.yaml'), path.join(content, 'activities/demo-org/time-with-dot.yaml'));
      // An output directory from an earlier build must not survive a failed one.
      const outDir = path.join(root, 'dist');
      mkdirSync(outDir);
      writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>old</title>');

      const { status, output } = build({ TUKIVERKKO_CONTENT: content, TUKIVERKKO_OUT_DIR: outDir });
      expect(status).toBe(1);
      expect(output).toContain(`${content}/activities/demo-org/time-with-dot.yaml:11:12  schedule[0].start  "17.30" is not a time — write the time in quotes as HH:MM, e.g. "17:30"`);
      expect(output).toContain('The site was not built because the content has errors.');
      expect(existsSync(outDir)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
