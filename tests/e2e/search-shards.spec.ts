/**
 * A directory too large for one Pagefind process has each language's index split into shards
 * (src/lib/search-shards.ts). The sample is built again with shards of at most 40 pages (three
 * per language) and every search link below must show what the one-index build of `npm test`
 * shows: the same results in the same order on every page of results, the same counts and the
 * same ways out of "no results". A search by words alone is ordered by Pagefind's relevance
 * scores, which depend on the index a page is in, so there only the same results are required.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleEntryFiles, countIndexedPages } from '../../src/lib/integration.ts';
import { FIXED_NOW } from '../support/clock.ts';
import { serveStatic } from '../support/static-server.ts';
import { buildInto, ROOT } from '../support/temp-build.ts';

const BROWSER_NOW = new Date(`${FIXED_NOW}:00+02:00`);
const SHARD_PAGES = 40;

let workspace: string;
let outDir: string;
let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  test.setTimeout(240_000);
  workspace = mkdtempSync(path.join(tmpdir(), 'tukiverkko-shards-'));
  const built = buildInto(workspace, { TUKIVERKKO_SEARCH_SHARD_PAGES: String(SHARD_PAGES) });
  expect(built.status, built.output.slice(-4000)).toBe(0);
  expect(built.output).toMatch(/Search index: \d+ entry pages in [\d.]+ s \(fi in 3 shards, sv in 3 shards, en in 3 shards\)\./);
  outDir = built.outDir;
  server = await serveStatic(outDir, '/');
});

test.afterAll(async () => {
  await server?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(BROWSER_NOW);
});

test('every entry page is in exactly one shard, none larger than the limit', () => {
  const whole = countIndexedPages(path.join(ROOT, 'dist/pagefind/pagefind-entry.json'));
  const shards = bundleEntryFiles(path.join(outDir, 'pagefind'));
  expect(shards.map((file) => path.relative(outDir, file))).toEqual(['pagefind/pagefind-entry.json', 'pagefind/shard-2/pagefind-entry.json', 'pagefind/shard-3/pagefind-entry.json']);
  expect(shards.reduce((total, file) => total + countIndexedPages(file), 0)).toBe(whole);
  for (const file of shards) {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const language of Object.values(entry.languages)) expect(language.page_count).toBeLessThanOrEqual(SHARD_PAGES);
  }
  for (const lang of ['fi', 'sv', 'en']) {
    const order = JSON.parse(readFileSync(path.join(outDir, `pagefind/tukiverkko-order-${lang}.json`), 'utf8')) as { shards: number; date: number[][] };
    expect(order.shards).toBe(3);
    // Each event page's place in the whole date order, once (only events carry a date).
    const places = order.date.flat().sort((a, b) => a - b);
    expect(places.length).toBeGreaterThan(0);
    expect(places).toEqual(places.map((_, index) => index));
  }
});

interface Shown {
  status: string;
  results: string[];
  counts: string[];
  empty: string;
}

/** Everything a search link shows, over all its pages of results. */
async function everything(page: Page, origin: string, link: string): Promise<Shown> {
  const shown: Shown = { status: '', results: [], counts: [], empty: '' };
  for (let number = 1; number <= 20; number++) {
    const url = `${origin}/${link}${number > 1 ? `${link.includes('?') ? '&' : '?'}page=${number}` : ''}`;
    await page.goto(url);
    const element = page.locator('search-page');
    await expect(element).toHaveAttribute('data-shown', /./);
    expect(await element.getAttribute('data-shown'), url).not.toBe('error');
    const results = await page.locator('.search-result h3 a').evaluateAll((links) => links.map((link) => `${link.textContent} ${new URL((link as HTMLAnchorElement).href).pathname}`));
    if (number === 1) {
      shown.status = (await page.locator('[data-status]').textContent()) ?? '';
      shown.counts = await page.locator('li[data-option]').evaluateAll((items) => items.map((item) => `${(item as HTMLElement).dataset.option} ${item.textContent?.trim()} ${(item as HTMLElement).hidden}`));
      shown.empty = (await page.locator('[data-empty]').textContent()) ?? '';
    }
    shown.results.push(...results);
    if (results.length < 20) break;
  }
  return shown;
}

const SORTED = [
  'haku/?situation=grief',
  'haku/?sort=date',
  'haku/?situation=loneliness&sort=date',
  'haku/?county=13',
  'haku/?q=suru&sort=name',
  'haku/?q=ryhmä&sort=date',
  'sv/sok/?language=sv',
  'sv/sok/?type=peer-support-group&sort=date',
  'en/search/?mode=online&sort=name',
  'en/search/?audience=young-people&cost=free',
];

for (const link of SORTED) {
  test(`${link}: the same results in the same order, the same counts`, async ({ page, baseURL }) => {
    const whole = await everything(page, baseURL!.replace(/\/$/, ''), link);
    const split = await everything(page, server.url.replace(/\/$/, ''), link);
    expect(whole.results.length).toBeGreaterThan(0);
    expect(split).toEqual(whole);
  });
}

const BY_RELEVANCE = ['haku/?q=suru', 'haku/?q=vertaistuki&county=13', 'sv/sok/?q=stöd', 'en/search/?q=grief+support', 'en/search/?q=qwertyzzz&county=13'];

for (const link of BY_RELEVANCE) {
  test(`${link}: the same results, the same counts`, async ({ page, baseURL }) => {
    const whole = await everything(page, baseURL!.replace(/\/$/, ''), link);
    const split = await everything(page, server.url.replace(/\/$/, ''), link);
    expect({ ...split, results: [...split.results].sort() }).toEqual({ ...whole, results: [...whole.results].sort() });
  });
}
