/**
 * Activity, event and organisation pages in all three languages, against the sample site built
 * with the fixed clock (tests/support/clock.ts): what a resident reads, the links they use, the
 * structured data search engines read, and that the pages stay small and script-free.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { calendarPath, LANGUAGES, routePath, type Lang } from '../../src/lib/routes.ts';

const jsonLd = async (page: Page) => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null') as Record<string, unknown>;
const fact = (page: Page, term: string) => page.locator('.entry-facts > div').filter({ has: page.locator('dt', { hasText: term }) }).locator('dd');

const PLACE = ['suruvalo', 'suruvertaisryhma-helsinki'];
const PHONE = ['hopeahuvila', 'puhelinystava'];
const ONLINE = ['sateenkaarisilta', 'sateenkaarivanhemmat-verkossa'];
const CANCELLED = ['kompassi-community', 'winter-clothes-swap-2026'];
const POSTPONED = ['osterbottens-minnesforening', 'fordrag-om-minne-och-somn'];
const PAST = ['suruvalo', 'pyhainpaivan-muistohetki-2026'];

const WORDS = {
  fi: { when: 'Milloin', where: 'Missä', whereAndHow: 'Missä ja miten', map: 'Näytä kartalla (OpenStreetMap)', cancelled: 'Tapahtuma on peruttu.', postponed: 'Tapahtuma on siirretty.', past: 'Tämä tapahtuma on jo päättynyt.', onlyFi: undefined, verified: 'Tiedot tarkistettu 2.10.2026', activities: 'Toiminta', type: 'Toiminnan muoto' },
  sv: { when: 'När', where: 'Var', whereAndHow: 'Var och hur', map: 'Visa på kartan (OpenStreetMap)', cancelled: 'Evenemanget är inställt.', postponed: 'Evenemanget har skjutits upp.', past: 'Det här evenemanget har redan ägt rum.', onlyFi: 'Det här innehållet finns bara på finska.', verified: 'Uppgifterna kontrollerade 2.10.2026', activities: 'Verksamhet', type: 'Typ av verksamhet' },
  en: { when: 'When', where: 'Where', whereAndHow: 'Where and how', map: 'Show on a map (OpenStreetMap)', cancelled: 'This event has been cancelled.', postponed: 'This event has been postponed.', past: 'This event has already taken place.', onlyFi: 'This content is only available in Finnish.', verified: 'Information checked on 2 October 2026', activities: 'Activities', type: 'Type' },
} satisfies Record<Lang, Record<string, string | undefined>>;

for (const lang of LANGUAGES) {
  const words = WORDS[lang];
  const path = (kind: 'activity' | 'event', [org, id]: string[]) => `/${routePath(lang, kind, org!, id!)}`;

  test.describe(`${lang}`, () => {
    test('an activity in a place: facts, schedule, address with a map link, accessibility, calls and e-mails', async ({ page }) => {
      await page.goto(path('activity', PLACE));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suruvertaisryhmä Helsingissä');
      await expect(page.getByRole('heading', { level: 2, name: words.when })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: words.where, exact: true })).toBeVisible();
      await expect(fact(page, words.type)).toHaveText(lang === 'fi' ? 'Vertaistukiryhmä' : lang === 'sv' ? 'Kamratstödsgrupp' : 'Peer support group');
      await expect(page.locator('.entry-address')).toContainText('Hämeentie 40 A 3');
      await expect(page.getByRole('link', { name: words.map })).toHaveAttribute('href', 'https://www.openstreetmap.org/?mlat=60.1871&mlon=24.956#map=17/60.1871/24.956');
      // Registration phone (09 0000 1310 in the file) is dialled in its international form.
      const call = page.locator('a[href="tel:+358900001310"]').first();
      await expect(call).toHaveText('09 0000 1310');
      await expect(page.locator('a[href="mailto:ryhmat@suruvalo.example.org"]')).toHaveText('ryhmat@suruvalo.example.org');
      await expect(page.locator('.entry-verified')).toHaveText(words.verified);
      await expect(page.locator('a[href$=".ics"]')).toHaveAttribute('href', `/${calendarPath(lang, 'activity', PLACE[0]!, PLACE[1]!)}`);
      const data = await jsonLd(page);
      expect(data['@type']).toBe('EventSeries');
      expect((data.eventSchedule as { repeatFrequency: string }[])[0]!.repeatFrequency).toBe('P2W');
      // The description is sanitised Markdown; its headings sit below the section's h2.
      await expect(page.locator('.entry-description h3')).toHaveText(['Ryhmän rakenne', 'Sopiiko ryhmä minulle?']);
      // Alternates for hreflang and the language switcher.
      for (const other of LANGUAGES) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', `https://tukiverkko.example.org/${routePath(other, 'activity', ...PLACE)}`);
      }
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `https://tukiverkko.example.org/${routePath(lang, 'activity', ...PLACE)}`);
    });

    test('an activity by phone: the number to call, a Service in the structured data', async ({ page }) => {
      await page.goto(path('activity', PHONE));
      await expect(page.getByRole('heading', { level: 2, name: words.whereAndHow })).toBeVisible();
      await expect(page.locator('.entry-phone a')).toHaveAttribute('href', /^tel:\+358\d+$/);
      await expect(page.getByRole('link', { name: words.map })).toHaveCount(0);
      expect((await jsonLd(page))['@type']).toBe('Service');
    });

    test('an online activity without a translation: the Finnish text marked as Finnish, with a note', async ({ page }) => {
      await page.goto(path('activity', ONLINE));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sateenkaarinuorten vanhempien verkkoryhmä');
      if (lang === 'fi') {
        await expect(page.locator('h1')).not.toHaveAttribute('lang', /./);
        await expect(page.locator('.entry-language-note')).toHaveCount(0);
      } else {
        await expect(page.locator('h1')).toHaveAttribute('lang', 'fi');
        await expect(page.locator('.entry-lead')).toHaveAttribute('lang', 'fi');
        await expect(page.locator('.entry-language-note')).toHaveText(words.onlyFi!);
      }
      await expect(page.locator('.entry-place-name').first()).toHaveText(lang === 'fi' ? 'Verkossa' : lang === 'sv' ? 'På nätet' : 'Online');
      const data = await jsonLd(page);
      expect(data['@type']).toBe('EventSeries');
      expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    });

    test('a cancelled event says so in words, and its structured data too', async ({ page }) => {
      await page.goto(path('event', CANCELLED));
      await expect(page.locator('.entry-notice')).toHaveText(words.cancelled);
      await expect(page.locator('.entry-sessions del')).toHaveCount(1);
      await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
      const data = await jsonLd(page);
      expect(data['@type']).toBe('Event');
      expect(data.eventStatus).toBe('https://schema.org/EventCancelled');
      expect(data.startDate).toBe('2026-12-05T12:00:00+02:00');
    });

    test('a postponed event says so', async ({ page }) => {
      await page.goto(path('event', POSTPONED));
      await expect(page.locator('.entry-notice')).toContainText(words.postponed);
      // No date to put in a calendar until the new one is known.
      await expect(page.locator('a[href$=".ics"]')).toHaveCount(0);
      expect((await jsonLd(page)).eventStatus).toBe('https://schema.org/EventPostponed');
    });

    test('a past event keeps its page, marked past, noindex and out of search', async ({ page }) => {
      await page.goto(path('event', PAST));
      await expect(page.locator('.entry-notice-past')).toContainText(words.past);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    });

    test('an organisation lists its activities and upcoming events, with click-to-call', async ({ page }) => {
      await page.goto(`/${routePath(lang, 'organisation', 'suruvalo')}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suruvalo ry');
      const activities = page.locator('section[aria-labelledby="activities-title"] li > a');
      await expect(activities).toHaveCount(6);
      expect(await activities.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(`/${routePath(lang, 'activity', ...PLACE)}`);
      // The past memorial (31.10.2026) is not among the upcoming events.
      await expect(page.locator('section[aria-labelledby="events-title"]')).not.toContainText('Pyhäinpäivän muistohetki');
      await expect(page.locator('a[href="tel:+358900001310"]')).toHaveText('09 0000 1310');
      await expect(page.locator('section[aria-labelledby="contact-title"] a[href="mailto:toimisto@suruvalo.example.org"]')).toBeVisible();
      const data = await jsonLd(page);
      expect(data['@type']).toBe('NGO');
    });

    test('"suggest a change" and "report an error" point at the entry file and the issue form', async ({ page }) => {
      await page.goto(path('activity', PLACE));
      const links = page.locator('.entry-feedback-links a');
      await expect(links.nth(0)).toHaveAttribute('href', 'https://github.com/tukiverkko/tukiverkko/edit/main/content/activities/suruvalo/suruvertaisryhma-helsinki.md');
      const report = new URL((await links.nth(1).getAttribute('href'))!);
      expect(report.pathname).toBe('/tukiverkko/tukiverkko/issues/new');
      expect(report.searchParams.get('template')).toBe('report-error.yml');
      expect(report.searchParams.get('page')).toBe(`https://tukiverkko.example.org/${routePath(lang, 'activity', ...PLACE)}`);
    });
  });
}

test('entry pages ship no JavaScript and stay small', async ({ page, request }) => {
  for (const sitePath of [routePath('fi', 'activity', ...PLACE), routePath('sv', 'event', ...CANCELLED), routePath('en', 'organisation', 'suruvalo')]) {
    const html = await (await request.get(`/${sitePath}`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]);
    expect(scripts, sitePath).toEqual([' type="application/ld+json"']);
    const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!);
    let bytes = Buffer.byteLength(html);
    for (const href of stylesheets) bytes += (await (await request.get(href)).body()).length;
    expect(bytes, sitePath).toBeLessThan(50_000);
  }
  await page.goto(`/${routePath('fi', 'activity', ...PLACE)}`);
  expect(await page.evaluate(() => document.scripts.length)).toBe(1);
});

test('no accessibility violations on the entry templates (axe)', async ({ page }) => {
  for (const sitePath of [routePath('fi', 'activity', ...PLACE), routePath('sv', 'activity', ...ONLINE), routePath('en', 'event', ...CANCELLED), routePath('fi', 'event', ...PAST), routePath('sv', 'organisation', 'suruvalo')]) {
    await page.goto(`/${sitePath}`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${sitePath}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
