import { describe, expect, test } from 'vitest';
import { schemaOutput, schemaProblems } from '../../tests/support/schema-problems.ts';
import { SiteSchema } from './site.ts';

const minimal = `name: Tukiverkko
tagline: Vertaistukea lähelläsi
url: https://tukiverkko.example.fi/
languages: [fi, sv, en]
repository: { url: https://github.com/org/repo }
contactEmail: toimitus@example.fi
`;

describe('site.yaml', () => {
  test('defaults fill in what a small deployment leaves out', () => {
    expect(schemaOutput(SiteSchema, minimal)).toEqual({
      name: 'Tukiverkko',
      tagline: 'Vertaistukea lähelläsi',
      url: 'https://tukiverkko.example.fi/',
      languages: ['fi', 'sv', 'en'],
      timezone: 'Europe/Helsinki',
      counties: 'all',
      repository: { url: 'https://github.com/org/repo', branch: 'main' },
      contactEmail: 'toimitus@example.fi',
      staleAfterMonths: 12,
      demo: false,
    });
  });

  test('counties as a list of codes', () => {
    expect(schemaOutput(SiteSchema, `${minimal}counties: ["13", 90]\n`)).toMatchObject({ counties: ['13', '90'] });
  });

  test.each([
    ['languages: [fi, de]', ['4:17  languages[1]  "de" is not a user-interface language — use fi, sv and en']],
    ['timezone: Europe/Helsingfors', ['7:11  timezone  "Europe/Helsingfors" is not a time zone — write an IANA time zone, e.g. Europe/Helsinki']],
    ['counties: some', ['7:11  counties  "some" is not a list of counties — write all, or a list of county codes: ["13", "90"]']],
    ['counties: []', ['7:11  counties  the list is empty — add at least one item']],
    ['staleAfterMonths: 0', ['7:19  staleAfterMonths  0 months is out of range — write a number of months from 1 to 60, e.g. 12']],
    ['staleAfterMonths: 61', ['7:19  staleAfterMonths  61 months is out of range — write a number of months from 1 to 60, e.g. 12']],
    ['demo: "yes"', ['7:7  demo  expected true or false, found "yes" — write true or false without quotes']],
    ['theme: dark', ['7:1  theme  "theme" is not a known field here — known fields: name, tagline, url, languages, timezone, counties, repository, contactEmail, staleAfterMonths, demo']],
  ])('%s', (extra, expected) => {
    const text = extra.startsWith('languages') ? minimal.replace('languages: [fi, sv, en]', extra) : `${minimal}${extra}\n`;
    expect(schemaProblems(SiteSchema, text)).toEqual(expected);
  });

  test('a missing required field', () => {
    expect(schemaProblems(SiteSchema, minimal.replace('contactEmail: toimitus@example.fi\n', ''))).toEqual([
      '1:1  contactEmail  the required field "contactEmail" is missing — add it, e.g. contactEmail: toimitus@example.fi',
    ]);
  });
});
