/**
 * The site published under a path, as a GitHub Pages project site (https://user.github.io/repo/):
 * built with TUKIVERKKO_SITE_URL and served under /repo/ only, so that any link, asset or the
 * Pagefind bundle that ignores the base path fails to load.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { routePath } from '../../src/lib/routes.ts';
import { serveStatic } from '../support/static-server.ts';
import { buildInto } from '../support/temp-build.ts';

let workspace: string;
let outDir: string;
let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  test.setTimeout(240_000);
  workspace = mkdtempSync(path.join(tmpdir(), 'tukiverkko-base-'));
  const built = buildInto(workspace, { TUKIVERKKO_SITE_URL: 'https://user.github.io/repo/' });
  expect(built.status, built.output.slice(-4000)).toBe(0);
  outDir = built.outDir;
  server = await serveStatic(outDir, '/repo/');
});

test.afterAll(async () => {
  await server?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

test('entry pages, their links and assets resolve under the base path', async ({ page, request }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  for (const sitePath of [routePath('fi', 'activity', 'suruvalo', 'suruvertaisryhma-helsinki'), routePath('sv', 'event', 'kompassi-community', 'winter-clothes-swap-2026'), routePath('en', 'organisation', 'suruvalo')]) {
    await page.goto(`${server.url}${sitePath}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://user.github.io/repo/${sitePath}`);
    const links = await page.locator('a[href^="/"], link[href^="/"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(3);
    for (const href of new Set(links)) {
      expect(href, `${sitePath}: ${href}`).toMatch(/^\/repo\//);
      const response = await request.get(`${new URL(server.url).origin}${href}`);
      expect(response.status(), `${sitePath}: ${href}`).toBe(200);
    }
  }
  expect(failed).toEqual([]);
  expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://user.github.io/repo/sitemap-index.xml');
});

test('search loads the Pagefind bundle from under the base path and links to entries there', async ({ page }) => {
  await page.goto(`${server.url}${routePath('fi', 'search')}?q=surupuhelin`);
  const first = page.locator('.search-result h3 a').first();
  await expect(first).toHaveText('Surupuhelin');
  await first.click();
  await expect(page).toHaveURL(`${server.url}${routePath('fi', 'activity', 'suruvalo', 'surupuhelin')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Surupuhelin');
});
