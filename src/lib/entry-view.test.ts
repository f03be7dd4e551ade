import { describe, expect, test } from 'vitest';
import { normalisePhone } from '../schemas/shared.ts';
import { ageRange, editUrl, formatDate, formatPhone, mapUrl, reportErrorUrl, telHref } from './entry-view.ts';

const site = { repository: { url: 'https://github.com/tukiverkko/tukiverkko', branch: 'main' }, contactEmail: 'toimitus@example.org' };

describe('phone numbers', () => {
  test.each([
    ['040 123 4567', '040 123 4567', 'tel:+358401234567'],
    ['09 0000 1310', '09 0000 1310', 'tel:+358900001310'],
    ['+358 9 123 456', '09 123 456', 'tel:+3589123456'],
    ['050 765 4321', '050 765 4321', 'tel:+358507654321'],
    ['017 555 1234', '017 555 1234', 'tel:+358175551234'],
    ['116 111', '116 111', 'tel:116111'],
    ['0800 001 234', '0800 001 234', 'tel:0800001234'],
    ['+46 8 123 456 78', '+46812345678', 'tel:+46812345678'],
  ])('%s is shown as %s and dialled as %s', (written, shown, href) => {
    const phone = normalisePhone(written)!;
    expect(formatPhone(phone)).toBe(shown);
    expect(telHref(phone)).toBe(href);
  });
});

describe('links', () => {
  test('a map link uses the coordinates when known, else searches the address', () => {
    expect(mapUrl({ street: 'Hämeentie 40', postalCode: '00530', coordinates: [60.1871, 24.956] }, 'Helsinki')).toBe('https://www.openstreetmap.org/?mlat=60.1871&mlon=24.956#map=17/60.1871/24.956');
    expect(mapUrl({ street: 'Kauppakatu 40 & 42', postalCode: '70100' }, 'Kuopio')).toBe('https://www.openstreetmap.org/search?query=Kauppakatu%2040%20%26%2042%2C%2070100%20Kuopio');
  });

  test('"suggest a change" opens the entry file in GitHub\'s editor on the configured branch', () => {
    expect(editUrl(site, 'content/activities/suruvalo/ryhma.md')).toBe('https://github.com/tukiverkko/tukiverkko/edit/main/content/activities/suruvalo/ryhma.md');
    expect(editUrl({ repository: { url: 'https://github.com/a/b.git/', branch: 'julkaisu' } }, 'content/organisations/x.yaml')).toBe('https://github.com/a/b/edit/julkaisu/content/organisations/x.yaml');
  });

  test('"report an error" fills the issue form\'s page field and names the entry in the title', () => {
    const url = new URL(reportErrorUrl(site, 'https://tukiverkko.example.org/toiminta/suruvalo/ryhma/', 'suruvalo/ryhma', 'Virhe'));
    expect(url.origin + url.pathname).toBe('https://github.com/tukiverkko/tukiverkko/issues/new');
    expect(url.searchParams.get('template')).toBe('report-error.yml');
    expect(url.searchParams.get('page')).toBe('https://tukiverkko.example.org/toiminta/suruvalo/ryhma/');
    expect(url.searchParams.get('title')).toBe('Virhe / Error: suruvalo/ryhma');
  });

  test('without a GitHub repository, an error is reported by e-mail to the maintainers', () => {
    const url = reportErrorUrl({ ...site, repository: { url: 'https://gitlab.com/a/b', branch: 'main' } }, 'https://x.example/a/', 'org/id', 'Virhe hakemistossa');
    expect(url).toBe('mailto:toimitus@example.org?subject=Virhe%20hakemistossa%3A%20org%2Fid&body=https%3A%2F%2Fx.example%2Fa%2F');
  });
});

describe('dates and ages', () => {
  test.each([
    ['fi', '2.10.2026'],
    ['sv', '2.10.2026'],
    ['en', '2 October 2026'],
  ] as const)('%s: %s', (lang, shown) => {
    expect(formatDate('2026-10-02', lang)).toBe(shown);
  });

  test('ages', () => {
    expect(ageRange(18, 29)).toEqual({ key: 'entryPage.ages', min: 18, max: 29 });
    expect(ageRange(65, undefined)).toEqual({ key: 'entryPage.ageMin', min: 65 });
    expect(ageRange(undefined, 12)).toEqual({ key: 'entryPage.ageMax', max: 12 });
    expect(ageRange(undefined, undefined)).toBeUndefined();
  });
});
