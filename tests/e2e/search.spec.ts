/**
 * The search page against the built sample site (npm test builds it with the clock fixed at
 * FIXED_NOW). The browser's clock is fixed to the same moment, so "today", the time windows and
 * the hiding of events that ended after the build do not depend on when the tests run.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FIXED_NOW } from '../support/clock.ts';
import { sampleDirectory } from '../support/directory.ts';
import { localizeText } from '../../src/lib/localize.ts';
import { buildAreaIndex, expandArea } from '../../src/lib/search-filters.ts';

/** FIXED_NOW is Helsinki wall-clock time; in November Helsinki is UTC+2. */
const BROWSER_NOW = new Date(`${FIXED_NOW}:00+02:00`);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(BROWSER_NOW);
});

/** Waits until the page shows the state of `query` (results and counts), and returns the titles. */
async function shown(page: Page, query: string): Promise<string[]> {
  await expect(page.locator('search-page')).toHaveAttribute('data-shown', query);
  return page.locator('.search-result h3').allTextContents();
}

async function open(page: Page, path: string, query: string): Promise<string[]> {
  await page.goto(path);
  return shown(page, query);
}

test.describe('the URL is the state', () => {
  test('words and filters go to the URL; a reload shows the same results', async ({ page }) => {
    await page.goto('haku/');
    await page.getByLabel('Hakusanat').fill('suru');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    const wordsOnly = await shown(page, '?q=suru');
    expect(page.url()).toMatch(/\/haku\/\?q=suru$/);

    await page.getByRole('checkbox', { name: /^Pohjois-Savon hyvinvointialue/ }).check();
    const filtered = await shown(page, '?q=suru&county=13');
    expect(page.url()).toMatch(/\/haku\/\?q=suru&county=13$/);
    // The area filter keeps nationwide entries and puts the local group first.
    expect(filtered[0]).toBe('Lapsensa menettäneiden vanhempien ryhmä Kuopiossa');
    expect(filtered).toContain('Surupuhelin');
    expect(filtered).not.toContain('Suruvertaisryhmä Tampereella');
    expect(filtered.length).toBeLessThan(wordsOnly.length);
    await expect(page.getByRole('checkbox', { name: /^Pohjois-Savon hyvinvointialue/ })).toBeFocused();

    await page.reload();
    expect(await shown(page, '?q=suru&county=13')).toEqual(filtered);
    await expect(page.getByLabel('Hakusanat')).toHaveValue('suru');
    await expect(page.getByRole('checkbox', { name: /^Pohjois-Savon hyvinvointialue/ })).toBeChecked();
    await expect(page.getByRole('status').first()).toHaveText(`${filtered.length} tulosta`);
  });

  test('back and forward step through the searches', async ({ page }) => {
    const all = await open(page, 'haku/?q=suru', '?q=suru');
    await page.getByRole('checkbox', { name: /^Pohjois-Savon hyvinvointialue/ }).check();
    const county = await shown(page, '?q=suru&county=13');
    await page.getByRole('checkbox', { name: /^Kriisi/ }).check();
    const crisis = await shown(page, '?q=suru&county=13&situation=crisis');
    expect(crisis.length).toBeLessThan(county.length);

    await page.goBack();
    expect(await shown(page, '?q=suru&county=13')).toEqual(county);
    await expect(page.getByRole('checkbox', { name: /^Kriisi/ })).not.toBeChecked();
    await page.goBack();
    expect(await shown(page, '?q=suru')).toEqual(all);
    await expect(page.getByRole('checkbox', { name: /^Pohjois-Savon hyvinvointialue/ })).not.toBeChecked();
    await page.goForward();
    expect(await shown(page, '?q=suru&county=13')).toEqual(county);
    await expect(page.getByRole('checkbox', { name: /^Pohjois-Savon hyvinvointialue/ })).toBeChecked();
  });

  test('a link pasted into the Swedish page: Swedish labels, the same codes', async ({ page }) => {
    const titles = await open(page, 'sv/sok/?situation=memory-disorder&municipality=499', '?municipality=499&situation=memory-disorder');
    expect(titles).toEqual(['Anhöriggrupp i Korsholm', 'Minnescafé i Vasa', 'Föredrag: minnet och sömnen', 'Minnesrådgivning']);
    await expect(page.getByRole('list', { name: 'Valda avgränsningar' }).getByRole('link')).toHaveText(['Korsholm ×', 'Minnessjukdom ×', 'Ta bort alla avgränsningar']);
    await expect(page.getByRole('checkbox', { name: /^Korsholm/ })).toBeChecked();
    await expect(page.getByRole('status').first()).toHaveText('4 resultat');
    await expect(page).toHaveTitle(/^Sök/);
  });

  test('a link pasted into the English page, with a value no longer in use', async ({ page }) => {
    const titles = await open(page, 'en/search/?county=13&situation=grief&situation=no-such-situation', '?county=13&situation=grief');
    expect(titles).toEqual(['Lapsensa menettäneiden vanhempien ryhmä Kuopiossa', 'Grief chat', 'Itsemurhan kautta läheisensä menettäneiden verkkoryhmä', 'Surupuhelin']);
    await expect(page.getByRole('list', { name: 'Chosen filters' }).getByRole('link')).toHaveText([
      'North Savo wellbeing services county ×',
      'Grief and bereavement ×',
      'Remove all filters',
    ]);
    await expect(page.locator('[data-notice]')).toHaveText('Some filters in this link are not in use and were left out: situation=no-such-situation');
    // A Finnish name on the English page is marked as Finnish for screen readers.
    await expect(page.getByRole('link', { name: 'Surupuhelin' })).toHaveAttribute('lang', 'fi');
    // The bookmark is the person's own: it is not rewritten.
    expect(new URL(page.url()).search).toBe('?county=13&situation=grief&situation=no-such-situation');
  });

  test('the copy button copies the link of the search', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, 'haku/?situation=caregiving&q=omaishoitaja', '?q=omaishoitaja&situation=caregiving');
    await page.getByRole('button', { name: 'Kopioi linkki tähän hakuun' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Linkki kopioitu.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/haku\/\?q=omaishoitaja&situation=caregiving$/);
  });

  test('pages of results are links; page 2 survives a reload', async ({ page }) => {
    const first = await open(page, 'haku/?municipality=749', '?municipality=749');
    await expect(page.getByRole('status').first()).toHaveText(/^\d+ tulosta \(sivu 1\/2\)$/);
    await page.getByRole('navigation', { name: 'Tulossivut' }).getByRole('link', { name: 'Seuraava' }).click();
    const second = await shown(page, '?municipality=749&page=2');
    await expect(page.getByRole('heading', { name: 'Tulokset' })).toBeFocused();
    expect(second.some((title) => first.includes(title))).toBe(false);
    await page.reload();
    expect(await shown(page, '?municipality=749&page=2')).toEqual(second);
  });
});

test.describe('filters', () => {
  test('any of the values within a filter, all filters together, and counts per value', async ({ page }) => {
    const gambling = await open(page, 'haku/?situation=gambling', '?situation=gambling');
    const lgbtiq = await open(page, 'haku/?situation=lgbtiq', '?situation=lgbtiq');
    const either = await open(page, 'haku/?situation=lgbtiq&situation=gambling', '?situation=gambling&situation=lgbtiq');
    expect(gambling.length).toBeGreaterThan(0);
    expect(lgbtiq.length).toBeGreaterThan(0);
    expect(new Set(either)).toEqual(new Set([...gambling, ...lgbtiq]));
    // Counted without its own filter: each value says what choosing it (as well) gives.
    await expect(page.getByRole('checkbox', { name: /^Rahapelaaminen/ })).toBeChecked();
    await expect(page.locator('[data-group="situation"] li[data-option="gambling"] [data-count]')).toHaveText(`(${gambling.length})`);
    await expect(page.locator('[data-group="situation"] li[data-option="lgbtiq"] [data-count]')).toHaveText(`(${lgbtiq.length})`);

    const inCounty = await open(page, 'haku/?situation=lgbtiq&situation=gambling&county=17', '?county=17&situation=gambling&situation=lgbtiq');
    const county = await open(page, 'haku/?county=17&sort=name', '?county=17&sort=name');
    expect(inCounty.length).toBeGreaterThan(0);
    expect(inCounty.length).toBeLessThan(either.length);
    expect(inCounty.every((title) => either.includes(title))).toBe(true);
    expect(county.length).toBeGreaterThan(inCounty.length);
  });

  test('an area counts what choosing it finds, county-wide and nationwide entries included', async ({ page }) => {
    await open(page, 'haku/?situation=grief', '?situation=grief');
    const count = async (param: string, code: string) => Number((await page.locator(`[data-group="${param}"] li[data-option="${code}"] [data-count]`).textContent())?.replace(/\D/g, ''));
    const siilinjarvi = await count('municipality', '749');
    const northSavo = await count('county', '13');
    // The sample has a county-wide grief group in North Savo and nationwide grief helplines.
    expect(siilinjarvi).toBeGreaterThan(1);
    expect(northSavo).toBeGreaterThanOrEqual(siilinjarvi);
    await open(page, 'haku/?situation=grief&municipality=749', '?municipality=749&situation=grief');
    await expect(page.getByRole('status').first()).toHaveText(`${siilinjarvi} tulosta`);
    await open(page, 'haku/?situation=grief&county=13', '?county=13&situation=grief');
    await expect(page.getByRole('status').first()).toHaveText(`${northSavo} tulosta`);
  });

  test('a county-wide activity is found under each of its municipalities, a local one only under its own', async ({ page }) => {
    await open(page, 'haku/?municipality=749&situation=grief', '?municipality=749&situation=grief');
    await expect(page.locator('.search-result h3')).toContainText(['Lapsensa menettäneiden vanhempien ryhmä Kuopiossa']);
    await open(page, 'haku/?municipality=749&situation=caregiving&type=peer-support-group', '?municipality=749&situation=caregiving&type=peer-support-group');
    const titles = await page.locator('.search-result h3').allTextContents();
    expect(titles).toContain('Omaishoitajien iltaryhmä Siilinjärvellä');
    expect(titles).not.toContain('Omaishoitajien vertaisryhmä Kuopiossa');
  });

  test('browsing with filters and no words; the municipality list follows the chosen county', async ({ page }) => {
    const titles = await open(page, 'haku/?county=17', '?county=17');
    expect(titles.length).toBeGreaterThan(5);
    await page.locator('[data-group="municipality"] summary').click();
    await expect(page.getByRole('checkbox', { name: /^Mustasaari/ })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Kuopio/ })).toBeHidden();
  });

  test('an event that has ended is not found', async ({ page }) => {
    // Pyhäinpäivän muistohetki (Suruvalo, 31.10.2026) ended before the build: not in the index.
    const titles = await open(page, 'haku/?q=pyhäinpäivän+muistohetki', '?q=pyh%C3%A4inp%C3%A4iv%C3%A4n+muistohetki');
    expect(titles).not.toContain('Pyhäinpäivän muistohetki');
    // Its page stays for links shared before the event, marked past and closed to search engines.
    const response = await page.request.get('tapahtuma/suruvalo/pyhainpaivan-muistohetki-2026/');
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<meta name="robots" content="noindex">');
  });

  test('an event that ends after the build is hidden once it is over', async ({ page }) => {
    // Omaishoitajaviikon avoimet ovet is on 26.11.2026, three days after the build.
    expect(await open(page, 'haku/?q=avoimet+ovet', '?q=avoimet+ovet')).toContain('Omaishoitajaviikon avoimet ovet');
    await page.clock.setFixedTime(new Date('2026-11-27T10:00:00+02:00'));
    expect(await open(page, 'haku/?q=avoimet+ovet', '?q=avoimet+ovet')).not.toContain('Omaishoitajaviikon avoimet ovet');
  });

  test('when=week lists the events of the coming seven days; sort=date puts them soonest first', async ({ page }) => {
    /** The date of each result's "Aika" line, "Ke 26.11.2026 klo …" → 2026-11-26. */
    const dates = async () =>
      (await page.locator('.search-facts dt:text-is("Aika") + dd').allTextContents()).map((text) => {
        const [, day, month, year] = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text)!;
        return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
      });
    const week = await open(page, 'haku/?when=week&sort=date', '?when=week&sort=date');
    expect(week).toContain('Omaishoitajaviikon avoimet ovet');
    await expect(page.locator('.search-result-kind')).toHaveText(week.map(() => /^Tapahtuma/));
    const weekDates = await dates();
    expect(weekDates).toHaveLength(week.length);
    expect(weekDates.every((date) => date >= '2026-11-23' && date <= '2026-11-29')).toBe(true);
    expect(weekDates).toEqual([...weekDates].sort());

    const month = await open(page, 'haku/?when=month&sort=date', '?when=month&sort=date');
    expect(month.length).toBeGreaterThan(week.length);
    const monthDates = await dates();
    expect(monthDates.every((date) => date >= '2026-11-23' && date <= '2026-12-23')).toBe(true);
    expect(monthDates).toEqual([...monthDates].sort());
    await expect(page.locator('.search-result', { hasText: 'Talvivaatteiden vaihtotori' })).toContainText('Peruttu');
  });

  test('sort=date: the events first, then every other result in name order, none lost or twice', async ({ page }) => {
    // Only events carry a date in the index (search-record.ts); the page asks for the rest by name.
    const all = async (link: string, query: string) => {
      const results: { title: string; event: boolean }[] = [];
      for (let number = 1; number <= 5; number++) {
        const suffix = number > 1 ? `&page=${number}` : '';
        await open(page, `${link}${suffix}`, `${query}${suffix}`);
        const cards = page.locator('.search-result');
        for (const card of await cards.all()) results.push({ title: (await card.locator('h3').textContent())!, event: /^Tapahtuma/.test((await card.locator('.search-result-kind').textContent())!) });
        if (!(await page.getByRole('link', { name: /Seuraava/ }).count())) break;
      }
      return results;
    };
    const byDate = await all('haku/?q=ryhm%C3%A4&sort=date', '?q=ryhm%C3%A4&sort=date');
    const byRelevance = await all('haku/?q=ryhm%C3%A4', '?q=ryhm%C3%A4');
    expect(byDate.length).toBeGreaterThan(20);
    expect(byDate.map((result) => result.title).sort()).toEqual(byRelevance.map((result) => result.title).sort());
    const events = byDate.findIndex((result) => !result.event);
    expect(events).toBeGreaterThan(0);
    expect(byDate.slice(events).some((result) => result.event)).toBe(false);
    const others = byDate.slice(events).map((result) => result.title);
    expect(others).toEqual([...others].sort(new Intl.Collator('fi').compare));
  });

  test('with an area, the nearest first: the area’s own entries, then county-wide ones, then national ones', async ({ page }) => {
    const directory = sampleDirectory();
    const areas = buildAreaIndex(directory.taxonomies);
    const rank = { local: 0, regional: 1, national: 2 } as const;
    const reachOf = new Map<string, number>();
    for (const entry of [...directory.activities, ...directory.events, ...directory.organisations]) {
      reachOf.set(localizeText(entry.data.name, 'fi', 'fi'), rank[expandArea(entry.data.area, areas).reach]);
    }
    const titles = await open(page, 'haku/?q=ryhm%C3%A4&county=13', '?q=ryhm%C3%A4&county=13');
    const ranks = titles.map((title) => reachOf.get(title));
    expect(ranks).not.toContain(undefined);
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
    expect(ranks).toEqual([...ranks].sort());
  });
});

test.describe('words', () => {
  test('Finnish stemming: inflected words find the base forms', async ({ page }) => {
    expect(await open(page, 'haku/?q=surusta', '?q=surusta')).toContain('Suruvertaisryhmä Tampereella');
    expect(await open(page, 'haku/?q=ryhmissä', '?q=ryhmiss%C3%A4')).toContain('Masennuksesta toipuvien vertaisryhmä');
  });

  test('compound words: "vertaistuki" and "ryhmä" find a "vertaistukiryhmä"', async ({ page }) => {
    // Its summary says "Vertaistukiryhmä …".
    expect(await open(page, 'haku/?q=vertaistuki', '?q=vertaistuki')).toContain('Päihde- ja peliongelmaisten läheisten ryhmä');
    expect(await open(page, 'haku/?q=ryhmä', '?q=ryhm%C3%A4')).toContain('Päihde- ja peliongelmaisten läheisten ryhmä');
    // Found only through the split compound: its text says "vauvahierontaa", nothing else "hieronta".
    expect(await open(page, 'haku/?q=hieronta', '?q=hieronta')).toContain('Vauvaperhekahvila Nokialla');
  });

  test('a life situation word finds entries tagged with it', async ({ page }) => {
    expect(await open(page, 'haku/?q=yksinäisyys&county=13', '?q=yksin%C3%A4isyys&county=13')).toEqual(
      expect.arrayContaining(['Puhelinystävä', 'Senioreiden olohuone Varkaudessa']),
    );
  });
});

test.describe('no results', () => {
  test('says so and offers to drop a filter or widen the area', async ({ page }) => {
    await open(page, 'haku/?q=vertaistuki&municipality=297&language=sv', '?q=vertaistuki&municipality=297&language=sv');
    await expect(page.getByRole('status').first()).toHaveText('Ei tuloksia.');
    const empty = page.locator('[data-empty]');
    await expect(empty.locator('p').first()).toHaveText('Haulla ”vertaistuki” ei löytynyt mitään näillä rajauksilla.');
    const suggestions = empty.getByRole('link');
    await expect(suggestions).toContainText([/^Poista rajaus ”Ruotsi” – \d+ tulosta?$/, /^Hae koko Suomesta – \d+ tulosta?$/]);
    await suggestions.filter({ hasText: 'Hae koko Suomesta' }).click();
    const widened = await shown(page, '?q=vertaistuki&language=sv');
    expect(widened.length).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Tulokset' })).toBeFocused();
  });
});

test.describe('the page', () => {
  test('the home page search box lands on the search page with the words in the URL', async ({ page }) => {
    await page.goto('sv/');
    await page.getByLabel('Sök verksamhet och evenemang').fill('sorg');
    await page.getByLabel('Sök verksamhet och evenemang').press('Enter');
    await expect(page).toHaveURL(/\/sv\/sok\/\?q=sorg$/);
    expect((await shown(page, '?q=sorg')).length).toBeGreaterThan(0);
  });

  test('without JavaScript the page offers the life-situation and area lists', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('en/search/?situation=grief');
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Grief and bereavement' })).toHaveAttribute('href', '/en/life-situation/grief/');
    await expect(page.getByRole('link', { name: 'North Savo wellbeing services county' })).toHaveAttribute('href', '/en/area/13/');
    await context.close();
  });

  test('on a phone the filters open from a button and "Show results" takes the reader to them', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await open(page, 'haku/?q=suru', '?q=suru');
    const toggle = page.getByRole('button', { name: /^Rajaa hakua/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('checkbox', { name: /^Kriisi/ })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('checkbox', { name: /^Kriisi/ }).check();
    await shown(page, '?q=suru&situation=crisis');
    await expect(toggle).toHaveText('Rajaa hakua (1 valittu)');
    await page.getByRole('button', { name: 'Näytä tulokset' }).click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('heading', { name: 'Tulokset' })).toBeFocused();
  });

  test("works under the site's content security policy: no inline script, no eval", async ({ page }) => {
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'";
    await page.route(
      (url) => url.pathname === '/haku/',
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
      },
    );
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    expect(await open(page, 'haku/?q=suru&county=13', '?q=suru&county=13')).toContain('Surupuhelin');
    expect(violations).toEqual([]);
  });

  for (const [path, query] of [
    ['haku/?q=suru&county=13&situation=grief', '?q=suru&county=13&situation=grief'],
    ['sv/sok/?q=vertaistuki&municipality=297&language=sv', '?q=vertaistuki&municipality=297&language=sv'],
  ] as const) {
    test(`no accessibility violations (axe): ${path}`, async ({ page }) => {
      await open(page, path, query);
      await page.locator('[data-group="municipality"] summary').click();
      const { violations } = await new AxeBuilder({ page }).include('main').analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('words typed and not yet searched go along when a filter is chosen', async ({ page }) => {
    await open(page, 'haku/', '');
    await page.getByLabel('Hakusanat').fill('omaishoitaja');
    await page.getByRole('checkbox', { name: /^Pohjois-Savon hyvinvointialue/ }).check();
    await shown(page, '?q=omaishoitaja&county=13');
    await expect(page.getByLabel('Hakusanat')).toHaveValue('omaishoitaja');
  });
});
