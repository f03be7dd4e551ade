import { expect, test } from 'vitest';
import type { Activity } from '../schemas/activity.ts';
import { buildSearchPageData } from './search-page-data.ts';
import type { Taxonomies } from './validate.ts';

const term = (code: string, fi: string, sv: string, en: string) => ({ code, name: { fi, sv, en } });
const taxonomies: Taxonomies = {
  counties: [
    { code: '13', name_fi: 'Pohjois-Savon hyvinvointialue', name_sv: 'Norra Savolax välfärdsområde', name_en: 'North Savo wellbeing services county' },
    { code: '17', name_fi: 'Pohjanmaan hyvinvointialue', name_sv: 'Österbottens välfärdsområde', name_en: 'Ostrobothnia wellbeing services county' },
    { code: '21', name_fi: 'Lapin hyvinvointialue', name_sv: 'Lapplands välfärdsområde', name_en: 'Lapland wellbeing services county' },
  ],
  municipalities: [
    { code: '297', name_fi: 'Kuopio', name_sv: 'Kuopio', county_code: '13' },
    { code: '905', name_fi: 'Vaasa', name_sv: 'Vasa', county_code: '17' },
    { code: '499', name_fi: 'Mustasaari', name_sv: 'Korsholm', county_code: '17' },
    { code: '698', name_fi: 'Rovaniemi', name_sv: 'Rovaniemi', county_code: '21' },
    { code: '758', name_fi: 'Sodankylä', name_sv: 'Sodankylä', county_code: '21' },
  ],
  situations: [term('loneliness', 'Yksinäisyys', 'Ensamhet', 'Loneliness'), term('grief', 'Suru', 'Sorg', 'Grief')],
  audiences: [],
  activityTypes: [term('helpline', 'Auttava puhelin', 'Hjälptelefon', 'Helpline')],
  accessibility: [],
  languages: [term('fi', 'Suomi', 'Finska', 'Finnish'), term('sv', 'Ruotsi', 'Svenska', 'Swedish'), term('se', 'Pohjoissaame', 'Nordsamiska', 'Northern Sami')],
};

const directory = {
  site: { languages: ['fi', 'sv', 'en'], timezone: 'Europe/Helsinki', counties: ['17', '13'], name: 'Tukiverkko' },
  taxonomies,
  organisations: [],
  activities: [
    { key: 'a/b', org: 'a', id: 'b', data: { languages: ['sv'], area: { municipalities: ['698'] }, locations: [] } as unknown as Activity },
  ],
  events: [],
};

test('what the Swedish search page is told', () => {
  const data = buildSearchPageData({ directory, lang: 'sv', today: '2026-11-23', base: '/repo/', searchPath: '/repo/sv/sok/' });
  expect(data.pagefindUrl).toBe('/repo/pagefind/pagefind.js');
  expect(data.builtOn).toBe('2026-11-23');
  expect(data.siteCounties).toEqual(['17', '13']);
  // The site's counties first, in site.yaml order; the others for links that name them.
  expect(data.options.county).toEqual([
    ['17', 'Österbottens välfärdsområde'],
    ['13', 'Norra Savolax välfärdsområde'],
    ['21', 'Lapplands välfärdsområde'],
  ]);
  // Municipalities of the site's counties and those entries use, in Swedish alphabetical order.
  expect(data.options.municipality).toEqual([
    ['499', 'Korsholm'],
    ['297', 'Kuopio'],
    ['698', 'Rovaniemi'],
    ['905', 'Vasa'],
  ]);
  expect(data.countyOf).toEqual({ '499': '17', '297': '13', '698': '21', '905': '17' });
  expect(data.options.situation).toEqual([
    ['loneliness', 'Ensamhet'],
    ['grief', 'Sorg'],
  ]);
  // Only the languages some entry is held in.
  expect(data.options.language).toEqual([['sv', 'Svenska']]);
  expect(data.options.mode).toEqual([
    ['in-person', 'På plats'],
    ['online', 'På nätet'],
    ['phone', 'Per telefon'],
    ['chat', 'I chatten'],
  ]);
  expect(data.options.cost.map(([, label]) => label)).toEqual(['Avgiftsfri', 'Gratis för medlemmar', 'Avgiftsbelagd']);
  expect(data.messages['search.title']).toBe('Sök');
  expect(Object.keys(data.messages).every((key) => key.startsWith('search.'))).toBe(true);
});
