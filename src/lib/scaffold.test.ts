import { describe, expect, test } from 'vitest';
import { fieldDescription, parseList, parseTimeRange, resolveMunicipalities, resolveTerms, resolveWeekdays, scaffoldText } from './scaffold.ts';

const terms = [
  { code: 'loneliness', name: { fi: 'Yksinäisyys', sv: 'Ensamhet', en: 'Loneliness' } },
  { code: 'grief', name: { fi: 'Suru ja läheisen kuolema', sv: 'Sorg', en: 'Grief' } },
];
const municipalities = [
  { code: '091', name_fi: 'Helsinki', name_sv: 'Helsingfors', county_code: '90' },
  { code: '905', name_fi: 'Vaasa', name_sv: 'Vasa', county_code: '17' },
];

describe('reading answers', () => {
  test.each([
    ['tue, thu', ['tue', 'thu']],
    [['tue', 'thu,fri'], ['tue', 'thu', 'fri']],
    [' , ', []],
    [undefined, []],
  ])('parseList(%j)', (input, expected) => {
    expect(parseList(input)).toEqual(expected);
  });

  test.each([
    ['17:30-19:00', { start: '17:30', end: '19:00' }],
    ['17.30–19', { start: '17:30', end: '19:00' }],
    ['9 - 11.15', { start: '09:00', end: '11:15' }],
    ['17:30', undefined],
    ['25-26', undefined],
  ])('parseTimeRange(%s)', (input, expected) => {
    expect(parseTimeRange(input)).toEqual(expected);
  });

  test.each([
    [['grief'], { codes: ['grief'] }],
    [['1', 'Sorg'], { codes: ['loneliness', 'grief'] }],
    [['yksinäisyys', 'loneliness'], { codes: ['loneliness'] }],
    [['3'], { unknown: '3' }],
    [['greif'], { unknown: 'greif' }],
  ])('resolveTerms(%j)', (input, expected) => {
    expect(resolveTerms(input, terms)).toEqual(expected);
  });

  test.each([
    [['91', 'Vasa'], { codes: ['091', '905'] }],
    [['helsinki'], { codes: ['091'] }],
    [['Turku'], { unknown: 'Turku' }],
  ])('resolveMunicipalities(%j)', (input, expected) => {
    expect(resolveMunicipalities(input, municipalities)).toEqual(expected);
  });

  test.each([
    [['ti', 'torstai'], { codes: ['tue', 'thu'] }],
    [['Tisdag', 'fri'], { codes: ['tue', 'fri'] }],
    [['tiistai', 'huomenna'], { unknown: 'huomenna' }],
  ])('resolveWeekdays(%j)', (input, expected) => {
    expect(resolveWeekdays(input)).toEqual(expected);
  });
});

describe('scaffoldText', () => {
  test('descriptions come from the schema, also through optional wrappers', () => {
    expect(fieldDescription('activity', 'name')).toBe('Name of the activity or event.');
    expect(fieldDescription('activity', 'cost')).toBe('free, membership (free for members), or { fee: "5 € per time" }.');
    expect(fieldDescription('event', 'start')).toBe('Start, local time: "2026-12-05T18:00".');
  });

  test('an organisation file: filled fields with their notes, then optional ones commented out', () => {
    const text = scaffoldText('organisation', 'organisations/uusi-yhdistys.yaml', {
      name: 'Uusi yhdistys ry',
      summary: 'Yhdistys.',
      area: { national: true },
      verified: '2026-11-23',
    });
    expect(text).toMatchInlineSnapshot(`
      "# yaml-language-server: $schema=../../public/schemas/organisation.schema.json

      # A new organisation for the directory. Lines starting with # are notes and are ignored.
      # Check the file with: npm run validate -- content/organisations/uusi-yhdistys.yaml

      # Name of the organisation.
      name: Uusi yhdistys ry

      # What the organisation does, at most 300 characters.
      summary: Yhdistys.

      # Where people can take part: { national: true }, { counties: ["13"] } or { municipalities: ["297", "749"] }.
      area:
        national: true

      # The date the organisation last confirmed its information (YYYY-MM-DD).
      verified: "2026-11-23"

      # Optional fields: to use one, remove the "# " at the start of its lines and change the example.

      # Markdown text (paragraphs, lists, **bold**, [links](https://…)); raw HTML is removed and only http(s), mailto and tel links are kept.
      # description: |-
      #   Kerro tarkemmin, mitä ryhmässä tehdään ja miten mukaan pääsee.
      #
      #   Tyhjä rivi aloittaa uuden kappaleen.

      # A Finnish business ID (Y-tunnus) with its check digit, e.g. "1234567-1".
      # businessId: 1234567-1

      # A full web address starting with https://, e.g. https://example.fi/ryhmat.
      # website: https://example.org/

      # General contact details.
      # contact:
      #   email: ryhma@example.org
      #   phone: 040 123 4567
      "
    `);
  });
});
