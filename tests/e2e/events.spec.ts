/**
 * The upcoming-events listings, their calendar and feed links, and the open-data page, against
 * the sample site built with the fixed clock (tests/support/clock.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readBack } from '../support/read-ical.ts';
import { sampleDirectory } from '../support/directory.ts';
import { FIXED_NOW } from '../support/clock.ts';
import { upcomingEvents } from '../../src/lib/listings.ts';
import { routePath, type Lang } from '../../src/lib/routes.ts';

const directory = sampleDirectory();
const upcoming = upcomingEvents(directory, FIXED_NOW);

const LISTINGS: [Lang, string, string][] = [
  ['fi', '/tapahtumat/', 'Tulevat tapahtumat'],
  ['sv', '/sv/evenemangskalender/', 'Kommande evenemang'],
  ['en', '/en/events/', 'Upcoming events'],
];

for (const [lang, path, heading] of LISTINGS) {
  test(`${lang}: the listing shows every upcoming event, no past one, and no search-index markup`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const items = page.locator('li.event');
    await expect(items).toHaveCount(upcoming.length);
    const links = await items.locator('h3 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(upcoming.map((item) => `/${routePath(lang, 'event', item.entry.org, item.entry.id)}`));
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
  });
}

test('a past event is on no listing and has no calendar file', async ({ page, request }) => {
  const past = directory.events.find((entry) => !upcoming.some((item) => item.entry.key === entry.key))!;
  expect(past).toBeDefined();
  await page.goto('/tapahtumat/');
  await expect(page.locator(`a[href="/tapahtuma/${past.org}/${past.id}/"]`)).toHaveCount(0);
  expect((await request.get(`/kalenteri/tapahtuma/${past.org}/${past.id}.ics`)).status()).toBe(404);
});

test('the first event: its time on the page and in its .ics agree', async ({ page, request }) => {
  await page.goto('/en/events/');
  const first = page.locator('li.event').first();
  const when = await first.locator('time').getAttribute('datetime');
  const ics = await first.getByRole('link', { name: /Add to calendar/ }).getAttribute('href');
  const response = await request.get(ics!);
  expect(response.status()).toBe(200);
  const occurrences = readBack(await response.text(), '2030-01-01T00:00:00Z');
  expect(occurrences.map((occurrence) => occurrence.startUtc)).toContain(when);
});

test('a county listing links its calendar subscription and its feed, and both parse', async ({ page, request }) => {
  await page.goto('/sv/evenemangskalender/omrade/13/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommande evenemang: Norra Savolax välfärdsområde');
  await expect(page.locator('li.event')).toHaveCount(upcomingEvents(directory, FIXED_NOW, { kind: 'county', code: '13' }).length);
  const calendarUrl = new URL((await page.getByRole('link', { name: 'Prenumerera på de här evenemangen i din kalender' }).getAttribute('href'))!);
  expect(calendarUrl.pathname).toBe('/sv/kalender/omrade/13.ics');
  const calendar = await request.get(calendarUrl.pathname);
  expect(calendar.status()).toBe(200);
  expect(readBack(await calendar.text(), '2028-01-01T00:00:00Z').length).toBeGreaterThan(0);
  const feedHref = await page.getByRole('link', { name: /flöde \(Atom\)/ }).getAttribute('href');
  const feed = await request.get(feedHref!);
  expect(feed.status()).toBe(200);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(await feed.text());
  expect(parsed.feed['@_xml:lang']).toBe('sv');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', feedHref!);
});

test('the open-data page links every file, and each is there', async ({ page, request }) => {
  await page.goto('/en/open-data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  await expect(page.getByText('CC BY 4.0', { exact: false }).first()).toBeVisible();
  const hrefs = await page.locator('table a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
  expect(hrefs).toEqual([
    '/data/tukiverkko.json',
    '/data/tukiverkko.schema.json',
    '/data/entries.csv',
    '/data/organisations.csv',
    '/data/hsds/fi/organizations.json',
    '/data/hsds/fi/services.json',
    '/data/hsds/sv/organizations.json',
    '/data/hsds/sv/services.json',
    '/data/hsds/en/organizations.json',
    '/data/hsds/en/services.json',
  ]);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const body = await response.text();
    if (href.endsWith('.json')) expect(() => JSON.parse(body), href).not.toThrow();
    else expect(body.startsWith('\ufeff'), href).toBe(true);
  }
});

const AXE_PAGES = ['/tapahtumat/', '/sv/evenemangskalender/livssituation/grief/', '/en/events/area/90/', '/avoin-data/', '/sv/oppna-data/', '/en/open-data/'];

for (const path of AXE_PAGES) {
  test(`no accessibility violations: ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
