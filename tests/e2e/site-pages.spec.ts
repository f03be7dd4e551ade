/**
 * The site's own pages in three languages: home, browse by life situation and area, the county ×
 * life situation pages, editorial pages and the 404; the language switcher, the keyboard path,
 * printing and reflow. Against the sample site built with the fixed clock.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXED_NOW } from '../support/clock.ts';
import { sampleDirectory } from '../support/directory.ts';
import { browseActivities, landingPairs } from '../../src/lib/browse.ts';
import { expandArea, buildAreaIndex } from '../../src/lib/search-filters.ts';
import { routePath, type Lang } from '../../src/lib/routes.ts';
import { siteCounties } from '../../src/lib/listings.ts';

const directory = sampleDirectory();
const areaIndex = buildAreaIndex(directory.taxonomies);
const counties = siteCounties(directory);
const pairs = landingPairs(directory, FIXED_NOW);
const LANGS: Lang[] = ['fi', 'sv', 'en'];
const path = (lang: Lang, route: Parameters<typeof routePath>[1], ...ids: string[]) => `/${routePath(lang, route, ...ids)}`;

const HOME: Record<Lang, { path: string; bySituation: string; byCounty: string }> = {
  fi: { path: '/', bySituation: 'Selaa elämäntilanteen mukaan', byCounty: 'Selaa alueen mukaan' },
  sv: { path: '/sv/', bySituation: 'Bläddra efter livssituation', byCounty: 'Bläddra efter område' },
  en: { path: '/en/', bySituation: 'Browse by life situation', byCounty: 'Browse by area' },
};

async function hasNoScript(page: Page) {
  expect(await page.locator('script').count()).toBe(0);
}

for (const lang of LANGS) {
  test(`${lang}: home page browses by every life situation and every covered county, shows events and how to take part`, async ({ page }) => {
    await page.goto(HOME[lang].path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const situations = page.getByRole('region', { name: HOME[lang].bySituation }).getByRole('link');
    await expect(situations).toHaveCount(directory.taxonomies.situations.length);
    expect(await situations.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(directory.taxonomies.situations.map((term) => path(lang, 'situation', term.code)));
    const areas = page.getByRole('region', { name: HOME[lang].byCounty }).getByRole('link');
    expect((await areas.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort()).toEqual(counties.map((code) => path(lang, 'county', code)).sort());
    await expect(page.locator('.event-teasers li')).toHaveCount(4);
    await expect(page.locator(`a[href="${path(lang, 'events')}"]`).first()).toBeVisible();
    await expect(page.locator(`main a[href="${path(lang, 'submit')}"]`)).toBeVisible();
    await expect(page.locator(`main a[href="${path(lang, 'page', 'mukaan')}"]`)).toBeVisible();
    await expect(page.getByRole('search')).toHaveCount(1);
    await hasNoScript(page);
  });
}

test.describe('browse pages', () => {
  const national = directory.activities.find((entry) => 'national' in entry.data.area && entry.data.status !== 'ended')!;
  const regional = directory.activities.find((entry) => 'counties' in entry.data.area && entry.data.area.counties.includes('13') && entry.data.status !== 'ended')!;

  test('a county page lists the county-wide and the national activities it serves, and only real landing pages', async ({ page }) => {
    for (const code of counties) {
      await page.goto(path('fi', 'county', code));
      await expect(page.locator(`.browse-row a[href="${path('fi', 'activity', national.org, national.id)}"]`)).toHaveCount(1);
    }
    await page.goto(path('en', 'county', '13'));
    await expect(page.locator(`#regional ~ ul a[href="${path('en', 'activity', regional.org, regional.id)}"], section:has(#regional) a[href="${path('en', 'activity', regional.org, regional.id)}"]`).first()).toBeVisible();
    const count = browseActivities(directory, { county: '13' }).length;
    await expect(page.locator('.browse-summary-line')).toHaveText(`${count} activities`);
    const landingLinks = await page.getByRole('region', { name: 'By life situation in this area' }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(landingLinks).toEqual(pairs.filter((pair) => pair.county === '13').map((pair) => path('en', 'county', '13', pair.situation)));
    await expect(page.getByRole('link', { name: 'Open this list in search to narrow it down' })).toHaveAttribute('href', '/en/search/?county=13');
    await hasNoScript(page);
  });

  test('a local activity is only on the pages of its own counties', async ({ page }) => {
    const local = directory.activities.find((entry) => 'municipalities' in entry.data.area && entry.data.status !== 'ended')!;
    const served = expandArea(local.data.area, areaIndex).counties;
    const elsewhere = counties.find((code) => !served.includes(code))!;
    await page.goto(path('fi', 'county', elsewhere));
    await expect(page.locator(`a[href="${path('fi', 'activity', local.org, local.id)}"]`)).toHaveCount(0);
  });

  for (const lang of LANGS) {
    test(`${lang}: life-situation and landing pages list activities with summary, place and organiser, and link to the same search`, async ({ page }) => {
      await page.goto(path(lang, 'situation', 'caregiving'));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const name = directory.taxonomies.situations.find((term) => term.code === 'caregiving')!.name[lang];
      await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
      await expect(page.locator('[data-search-link]')).toHaveAttribute('href', `${path(lang, 'search')}?situation=caregiving`);
      const row = page.locator('.browse-row').first();
      await expect(row.locator('h4 a')).toHaveAttribute('href', new RegExp(`^${path(lang, 'activity')}`));
      await expect(row.locator('.browse-summary')).not.toBeEmpty();
      await expect(row.locator('dd').last()).not.toBeEmpty();
      await hasNoScript(page);

      const pair = pairs.find((candidate) => candidate.situation === 'caregiving')!;
      await page.goto(path(lang, 'county', pair.county, 'caregiving'));
      await expect(page.locator('[data-search-link]')).toHaveAttribute('href', `${path(lang, 'search')}?county=${pair.county}&situation=caregiving`);
      const expected = browseActivities(directory, { county: pair.county, situation: 'caregiving' }).length;
      expect(await page.locator('.browse-row h4 a').evaluateAll((links) => new Set(links.map((link) => link.getAttribute('href'))).size)).toBe(expected);
      await hasNoScript(page);
    });
  }

  test('a county × life situation page with nothing to list is not built', async ({ request }) => {
    const missing = counties.flatMap((county) => directory.taxonomies.situations.map((term) => [county, term.code] as const)).find(([county, situation]) => !pairs.some((pair) => pair.county === county && pair.situation === situation));
    test.skip(!missing, 'every pair has entries in the sample');
    expect((await request.get(path('fi', 'county', missing![0], missing![1]))).status()).toBe(404);
  });
});

test.describe('editorial pages', () => {
  const PAGES: [Lang, string, string][] = [
    ['fi', 'saavutettavuus', 'Saavutettavuusseloste'],
    ['sv', 'saavutettavuus', 'Tillgänglighetsutlåtande'],
    ['en', 'saavutettavuus', 'Accessibility statement'],
    ['fi', 'tietosuoja', 'Tietosuoja'],
    ['sv', 'tietosuoja', 'Dataskydd'],
    ['en', 'tietosuoja', 'Privacy'],
    ['fi', 'mukaan', 'Näin lisäät järjestösi'],
    ['sv', 'mukaan', 'Så här lägger du till din förening'],
    ['en', 'mukaan', 'How to add your organisation'],
  ];
  for (const [lang, id, title] of PAGES) {
    test(`${lang}: ${id}`, async ({ page }) => {
      await page.goto(path(lang, 'page', id));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator(`main a[href="mailto:${directory.site.contactEmail}"]`).first()).toBeVisible();
      await expect(page.locator(`footer a[href="${path(lang, 'page', id)}"]`)).toHaveCount(id === 'mukaan' || id === 'saavutettavuus' || id === 'tietosuoja' ? 1 : 0);
      await hasNoScript(page);
    });
  }

  test('the accessibility statement names the enforcement authority and the submission page links work', async ({ page }) => {
    await page.goto(path('fi', 'page', 'saavutettavuus'));
    await expect(page.getByRole('link', { name: 'www.saavutettavuusvaatimukset.fi' })).toHaveAttribute('href', 'https://www.saavutettavuusvaatimukset.fi/');
    await page.goto(path('en', 'page', 'mukaan'));
    await expect(page.getByRole('link', { name: 'submission form' })).toHaveAttribute('href', path('en', 'submit'));
  });
});

test('the 404 page speaks three languages, offers search, home and life situations, and is not indexed', async ({ page }) => {
  const response = await page.goto('/ei-tallaista-sivua/');
  expect(response!.status()).toBe(404);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  for (const [lang, heading] of [['fi', 'Sivua ei löytynyt'], ['sv', 'Sidan hittades inte'], ['en', 'Page not found']] as const) {
    const section = page.locator(`section[lang="${lang}"]`);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(heading);
    await expect(section.getByRole('search')).toHaveCount(1);
    await expect(section.locator(`a[href="${lang === 'fi' ? '/' : `/${lang}/`}"]`)).toHaveCount(1);
    await expect(section.locator(`a[href="${path(lang, 'situation', 'grief')}"]`)).toHaveCount(1);
  }
  await hasNoScript(page);
});

test.describe('language switcher', () => {
  for (const [from, to, name] of [
    ['/alue/13/caregiving/', '/sv/omrade/13/caregiving/', 'Svenska'],
    ['/sv/livssituation/grief/', '/en/life-situation/grief/', 'English'],
    ['/en/page/tietosuoja/', '/sivu/tietosuoja/', 'Suomi'],
    ['/en/events/area/13/', '/tapahtumat/alue/13/', 'Suomi'],
    ['/haku/', '/en/search/', 'English'],
  ] as const) {
    test(`keeps the page: ${from} → ${to}`, async ({ page }) => {
      await page.goto(from);
      const switcher = page.getByRole('navigation', { name: /^(Kieli|Språk|Language)$/ });
      await expect(switcher.locator('[aria-current="true"]')).toHaveCount(1);
      const link = switcher.getByRole('link', { name });
      await expect(link).toHaveAttribute('hreflang', /^(fi|sv|en)$/);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${to.replace(/\//g, '\\/')}$`));
      await expect(page.getByRole('navigation', { name: /^(Kieli|Språk|Language)$/ }).getByRole('link', { name })).toHaveAttribute('aria-current', 'true');
    });
  }
});

test('keyboard only: skip link, language switcher, then a life situation and an entry from the home page', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator(':focus')).toHaveAttribute('id', 'main');

  await page.goto('/en/');
  /** Presses Tab until `check` holds for the focused element (at most `limit` times). */
  const reached = async (check: () => boolean, limit = 60) => {
    for (let step = 0; step < limit; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(check)) return true;
    }
    return false;
  };
  expect(await reached(() => document.activeElement?.getAttribute('hreflang') === 'sv')).toBe(true);
  expect(await reached(() => document.activeElement?.textContent?.trim() === 'Caring for a family member')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/life-situation\/caregiving\/$/);
  expect(await reached(() => (document.activeElement?.getAttribute('href') ?? '').startsWith('/en/activity/'), 120)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/activity\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
});

test('print: no navigation, footer or search form; the page and entry addresses are written out', async ({ page }) => {
  await page.goto('/alue/13/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.main-nav')).toBeHidden();
  await expect(page.locator('.language-switcher')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.locator('.print-url')).toBeVisible();
  await expect(page.locator('.print-url')).toHaveText(`Verkossa: ${new URL('alue/13/', directory.site.url).href}`);
  const after = await page.locator('.browse-row h4 a').first().evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain(directory.site.url);
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-url')).toBeHidden();
});

test('reflow: no horizontal scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/', '/sv/', '/en/area/13/', '/alue/13/caregiving/', '/sv/livssituation/grief/', '/en/page/saavutettavuus/', '/tapahtumat/', '/en/open-data/', '/ei-ole/', '/haku/', '/en/submit/']) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
