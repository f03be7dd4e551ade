/**
 * An axe-core pass (WCAG 2.0, 2.1 and 2.2, levels A and AA) over every page template in all three
 * languages, in the light and the dark colour scheme. Zero violations allowed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXED_NOW } from '../support/clock.ts';
import { sampleDirectory } from '../support/directory.ts';
import { landingPairs } from '../../src/lib/browse.ts';
import { upcomingEvents } from '../../src/lib/listings.ts';
import { eventsPath, homePath, routePath, type Lang } from '../../src/lib/routes.ts';

const directory = sampleDirectory();
const activity = directory.activities.find((entry) => entry.data.status === 'active' && entry.data.locations?.length)!;
const event = upcomingEvents(directory, FIXED_NOW)[0]!.entry;
const organisation = directory.organisations[0]!;
const pair = landingPairs(directory, FIXED_NOW)[0]!;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const templates: [string, (lang: Lang) => string][] = [
  ['home', (lang) => homePath(lang)],
  ['life situation', (lang) => routePath(lang, 'situation', 'grief')],
  ['county', (lang) => routePath(lang, 'county', pair.county)],
  ['county × life situation', (lang) => routePath(lang, 'county', pair.county, pair.situation)],
  ['editorial', (lang) => routePath(lang, 'page', 'saavutettavuus')],
  ['search', (lang) => routePath(lang, 'search')],
  ['submit', (lang) => routePath(lang, 'submit')],
  ['events', (lang) => eventsPath(lang)],
  ['events of a county', (lang) => eventsPath(lang, { kind: 'county', code: pair.county })],
  ['open data', (lang) => routePath(lang, 'openData')],
  ['activity', (lang) => routePath(lang, 'activity', activity.org, activity.id)],
  ['event', (lang) => routePath(lang, 'event', event.org, event.id)],
  ['organisation', (lang) => routePath(lang, 'organisation', organisation.id)],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, pathOf] of templates) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        test(`${name} (${lang})`, async ({ page }) => {
          await page.goto(`/${pathOf(lang)}`, { waitUntil: 'networkidle' });
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    }
    test('404', async ({ page }) => {
      await page.goto('/ei-ole/', { waitUntil: 'networkidle' });
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
