/**
 * The search page asks for its link's own filter chunks as soon as it has read the link
 * (search-preloads.ts, search-page.ts), and Pagefind then takes them from those downloads.
 *
 * Not under a fixed clock, unlike search.spec.ts: Playwright's fake clock also replaces the
 * page's Resource Timing, which is what shows that each file was downloaded once. With the real
 * clock the sample's build date is in the past, so the link also asks for the `last` filter
 * (events that ended since the build are hidden).
 */
import { expect, test } from '@playwright/test';
import { FILTER_CHUNKS_META, parseFilterChunks } from '../../src/lib/search-preloads.ts';

test('a link’s own filter chunks are asked for as soon as the page has read the link, and load once', async ({ page }) => {
  await page.goto('haku/?situation=grief&municipality=749');
  await expect(page.locator('search-page')).toHaveAttribute('data-shown', '?municipality=749&situation=grief');
  const named = parseFilterChunks((await page.locator(`meta[name="${FILTER_CHUNKS_META}"]`).getAttribute('content')) ?? '');
  expect([...named.keys()]).toEqual(expect.arrayContaining(['situation', 'municipality', 'countywide', 'reach', 'county', 'type', 'audience', 'last']));
  const file = (name: string) => `/pagefind/filter/${named.get(name)}.pf_filter`;
  const preloaded = await page.locator('head link[rel=preload][href*="/pagefind/filter/"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  // The link's filters, the hidden ones its area asks for (search-query.ts) and `last`.
  expect(preloaded.sort()).toEqual(['countywide', 'last', 'municipality', 'reach', 'situation'].map(file).sort());
  // Pagefind took the preloaded files: each was downloaded once, by the preload.
  const downloads = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({ path: new URL(entry.name).pathname, by: entry.initiatorType })));
  for (const path of preloaded) expect(downloads.filter((entry) => entry.path === path)).toEqual([{ path, by: 'link' }]);
  // The results are those of the filters (the same link's results are checked in search.spec.ts).
  await expect(page.locator('.search-result h3')).toContainText(['Lapsensa menettäneiden vanhempien ryhmä Kuopiossa']);
});

test('a link without filters asks only for the chunk that hides the events ended since the build', async ({ page }) => {
  await page.goto('haku/?q=suru');
  await expect(page.locator('search-page')).toHaveAttribute('data-shown', '?q=suru');
  const named = parseFilterChunks((await page.locator(`meta[name="${FILTER_CHUNKS_META}"]`).getAttribute('content')) ?? '');
  const preloaded = page.locator('head link[rel=preload][href*="/pagefind/filter/"]');
  await expect(preloaded).toHaveCount(1);
  await expect(preloaded).toHaveAttribute('href', `/pagefind/filter/${named.get('last')}.pf_filter`);
});
