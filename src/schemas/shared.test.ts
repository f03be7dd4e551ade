import { describe, expect, test } from 'vitest';
import { schemaOutput, schemaProblems } from '../../tests/support/schema-problems.ts';
import {
  AreaSchema,
  BusinessIdSchema,
  CountyCodeSchema,
  DateSchema,
  EmailSchema,
  IdSchema,
  isCalendarDate,
  isValidBusinessId,
  LanguageCodeSchema,
  LocalDateTimeSchema,
  LocalizedTextSchema,
  MunicipalityCodeSchema,
  normalisePhone,
  PhoneSchema,
  PostalCodeSchema,
  shortText,
  TimeSchema,
  UrlSchema,
} from './shared.ts';

describe('phone numbers', () => {
  test.each([
    // Ordinary Finnish numbers become +358 without the trunk zero.
    ['040 123 4567', '+358401234567'],
    ['0401234567', '+358401234567'],
    ['040-123 4567', '+358401234567'],
    ['040/123 4567', '+358401234567'],
    ['040\u00a0123\u00a04567', '+358401234567'],
    ['09 123 4567', '+35891234567'],
    ['(09) 123 4567', '+35891234567'],
    ['017 123 456', '+35817123456'],
    ['020 634 0200', '+358206340200'],
    ['+358 9 123 4567', '+35891234567'],
    ['+358 40 123 4567', '+358401234567'],
    ['+358 (0)40 123 4567', '+358401234567'],
    ['00358 40 123 4567', '+358401234567'],
    // Foreign numbers keep their country code.
    ['+46 8 123 456', '+468123456'],
    ['0046 8 123 456', '+468123456'],
    // Service and emergency numbers are dialled as written and stay as they are.
    ['112', '112'],
    ['116 111', '116111'],
    ['116 117', '116117'],
    ['116 123', '116123'],
    ['0800 123 456', '0800123456'],
    ['0800 02400', '080002400'],
    ['0100 1234', '01001234'],
    ['0600 12345', '060012345'],
    ['0700 123 456', '0700123456'],
    ['0209 1234', '02091234'],
    ['0752 123 456', '0752123456'],
  ])('%s → %s', (written, stored) => {
    expect(normalisePhone(written)).toBe(stored);
  });

  test.each(['040 12', '017 123', '+358 17 123', '+358 0', '00358 12345', '123 4567', 'abc', '040 123 ABC', '+358', '+35 8', '', '040 1234 5678 9012', '040 123 4567 tai 040 765 4321'])(
    '%j is not a phone number',
    (written) => {
      expect(normalisePhone(written)).toBeUndefined();
    },
  );

  test('an unquoted service number that YAML reads as a number', () => {
    expect(schemaOutput(PhoneSchema, '112')).toBe('112');
    expect(schemaOutput(PhoneSchema, '116111')).toBe('116111');
  });

  test.each([
    ['"040 12"', ['1:1  "040 12" is not a phone number — write e.g. "040 123 4567", "09 123 4567", "+358 40 123 4567" or a service number "116 111"']],
    ['[040]', ['1:1  expected a phone number, found a list — write it in quotes, e.g. "040 123 4567" or "+358 9 123 4567"']],
  ])('%s', (written, expected) => {
    expect(schemaProblems(PhoneSchema, written)).toEqual(expected);
  });
});

describe('Finnish business IDs', () => {
  test.each([
    ['0112038-9', true], // Nokia Oyj
    ['0246246-0', true], // Kela
    ['1234567-1', true],
    ['0000000-0', true],
    ['0112038-8', false],
    ['0246246-1', false],
    ['1234567-8', false],
    // 0000006 leaves remainder 1, for which no check digit exists.
    ...Array.from({ length: 10 }, (_, digit) => [`0000006-${digit}`, false] as [string, boolean]),
    ['01120389', false],
    ['112038-9', false],
    ['0112038 9', false],
    ['FI01120389', false],
  ])('%s valid: %s', (id, valid) => {
    expect(isValidBusinessId(id)).toBe(valid);
  });

  test.each([
    ['"0112038-8"', ['1:1  the check digit of business ID "0112038-8" is wrong — copy the ID from ytj.fi; a typo in one digit changes the check digit']],
    ['"01120389"', ['1:1  "01120389" is not a Finnish business ID — write seven digits, a hyphen and the check digit: "1234567-8"']],
    ['1120389', ['1:1  expected a business ID, found 1120389 — write it in quotes as "1234567-8"']],
  ])('%s', (written, expected) => {
    expect(schemaProblems(BusinessIdSchema, written)).toEqual(expected);
  });
});

describe('dates and times', () => {
  test.each([
    ['2026-12-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['26-01-01', false],
  ])('isCalendarDate(%s) = %s', (date, real) => {
    expect(isCalendarDate(date)).toBe(real);
  });

  test.each([
    [DateSchema, '2026-09-01', []],
    [DateSchema, '2026-9-1', ['1:1  "2026-9-1" is not a date in the form YYYY-MM-DD — write 2026-09-01']],
    [DateSchema, '1.9.2026', ['1:1  "1.9.2026" is not a date in the form YYYY-MM-DD — write 2026-09-01']],
    [DateSchema, '2026/09/01', ['1:1  "2026/09/01" is not a date in the form YYYY-MM-DD — write 2026-09-01']],
    [DateSchema, 'ensi viikolla', ['1:1  "ensi viikolla" is not a date in the form YYYY-MM-DD — write 2026-09-01']],
    [DateSchema, '2026-02-29', ['1:1  "2026-02-29" is not a date in the calendar — check the day and the month']],
    [DateSchema, '20260901', ['1:1  expected a date, found 20260901 — write the date as YYYY-MM-DD, e.g. 2026-09-01']],
    [TimeSchema, '"17:30"', []],
    [TimeSchema, '"00:00"', []],
    [TimeSchema, '"23:59"', []],
    [TimeSchema, '"7:30"', ['1:1  "7:30" is not a time — write the time in quotes as HH:MM, e.g. "07:30"']],
    [TimeSchema, '"17.30"', ['1:1  "17.30" is not a time — write the time in quotes as HH:MM, e.g. "17:30"']],
    [TimeSchema, '"1730"', ['1:1  "1730" is not a time — write the time in quotes as HH:MM, e.g. "17:30"']],
    [TimeSchema, '"24:00"', ['1:1  "24:00" is not a time — write the time in quotes as HH:MM, e.g. "17:30"']],
    [TimeSchema, '17.30', ['1:1  17.30 is not a time — write the time in quotes as HH:MM, e.g. "17:30"']],
    [TimeSchema, '17', ['1:1  17 is not a time — write the time in quotes as HH:MM, e.g. "17:00"']],
    [LocalDateTimeSchema, '"2026-12-05T18:00"', []],
    [LocalDateTimeSchema, '"2026-12-05 18.00"', ['1:1  "2026-12-05 18.00" is not a date and time — write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "2026-12-05T18:00"']],
    [LocalDateTimeSchema, '"5.12.2026 klo 18"', ['1:1  "5.12.2026 klo 18" is not a date and time — write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "2026-12-05T18:00"']],
    [LocalDateTimeSchema, '"2026-12-05T24:00"', ['1:1  "2026-12-05T24:00" is not a date and time — write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "2026-12-05T18:00"']],
    [LocalDateTimeSchema, '"2026-12-05T18:00:00"', ['1:1  "2026-12-05T18:00:00" is not a date and time — write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "2026-12-05T18:00"']],
    [LocalDateTimeSchema, '"2026-11-31T18:00"', ['1:1  "2026-11-31T18:00" is not a date in the calendar — check the day and the month']],
    [LocalDateTimeSchema, '2026', ['1:1  expected a date and time, found 2026 — write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "2026-12-05T18:00"']],
  ])('%#: %s', (schema, written, expected) => {
    expect(schemaProblems(schema, written)).toEqual(expected);
  });
});

describe('links and e-mail', () => {
  test.each([
    [UrlSchema, 'https://example.fi/ryhmat', []],
    [UrlSchema, 'http://example.fi/', []],
    [UrlSchema, 'https://localhost:4321/', []],
    [UrlSchema, '"javascript:alert(1)"', ['1:1  links starting with "javascript:" are not allowed — only https:// (or http://) web addresses can be used']],
    [UrlSchema, '"data:text/html,<b>hi</b>"', ['1:1  links starting with "data:" are not allowed — only https:// (or http://) web addresses can be used']],
    [UrlSchema, 'mailto:info@example.fi', ['1:1  links starting with "mailto:" are not allowed — only https:// (or http://) web addresses can be used']],
    [UrlSchema, 'ftp://example.fi', ['1:1  links starting with "ftp:" are not allowed — only https:// (or http://) web addresses can be used']],
    [UrlSchema, 'www.example.fi/ryhmat', ['1:1  "www.example.fi/ryhmat" is not a full web address — write it with https:// in front: "https://www.example.fi/ryhmat"']],
    [UrlSchema, '//example.fi', ['1:1  "//example.fi" is not a full web address — write it with https:// in front: "https://example.fi"']],
    [UrlSchema, 'https//example.fi', ['1:1  "https//example.fi" is not a full web address — write it with https:// in front: "https://example.fi"']],
    [UrlSchema, 'https://intranet/', ['1:1  "https://intranet/" is not a valid web address — copy the address from the browser\'s address bar, e.g. https://example.fi/ryhmat']],
    [UrlSchema, 'https://exa mple.fi', ['1:1  "https://exa mple.fi" is not a valid web address — copy the address from the browser\'s address bar, e.g. https://example.fi/ryhmat']],
    [EmailSchema, 'info@example.fi', []],
    [EmailSchema, '" info@example.fi "', []],
    [EmailSchema, 'info.example.fi', ['1:1  "info.example.fi" is not an e-mail address — write e.g. info@example.fi (no spaces, one @)']],
    [EmailSchema, 'info@example', ['1:1  "info@example" is not an e-mail address — write e.g. info@example.fi (no spaces, one @)']],
    [EmailSchema, 'info@@example.fi', ['1:1  "info@@example.fi" is not an e-mail address — write e.g. info@example.fi (no spaces, one @)']],
    [EmailSchema, '"etu suku@example.fi"', ['1:1  "etu suku@example.fi" is not an e-mail address — write e.g. info@example.fi (no spaces, one @)']],
  ])('%#: %s', (schema, written, expected) => {
    expect(schemaProblems(schema, written)).toEqual(expected);
  });
});

describe('codes and ids', () => {
  test.each([
    [CountyCodeSchema, '"13"', '13'],
    [CountyCodeSchema, '13', '13'],
    [CountyCodeSchema, '"01"', '01'],
    [CountyCodeSchema, '1', '01'],
    [MunicipalityCodeSchema, '"091"', '091'],
    [MunicipalityCodeSchema, '91', '091'],
    [MunicipalityCodeSchema, '"005"', '005'],
    [PostalCodeSchema, '"00100"', '00100'],
    [PostalCodeSchema, '70100', '70100'],
    [PostalCodeSchema, '00100', '00100'],
  ])('%#: %s reads as %s', (schema, written, expected) => {
    expect(schemaOutput(schema, written)).toBe(expected);
  });

  test.each([
    [CountyCodeSchema, '"131"', ['1:1  "131" is not a county code — write the two-digit code from content/taxonomies/wellbeing-counties.csv in quotes, e.g. "13"']],
    [CountyCodeSchema, '-1', ['1:1  -1 is not a county code — write the two-digit code from content/taxonomies/wellbeing-counties.csv in quotes, e.g. "13"']],
    [CountyCodeSchema, 'Pohjois-Savo', ['1:1  "Pohjois-Savo" is not a county code — write the two-digit code from content/taxonomies/wellbeing-counties.csv in quotes, e.g. "13"']],
    [MunicipalityCodeSchema, '1000', ['1:1  1000 is not a municipality code — write the three-digit code from content/taxonomies/municipalities.csv in quotes, e.g. "091" (Helsinki)']],
    [MunicipalityCodeSchema, 'true', ['1:1  expected a municipality code, found true — write a three-digit code in quotes, e.g. "091"']],
    [PostalCodeSchema, '100', ['1:1  100 is not a Finnish postal code — write five digits in quotes, e.g. "00100"']],
    [PostalCodeSchema, '"7010"', ['1:1  "7010" is not a Finnish postal code — write five digits in quotes, e.g. "00100"']],
    [PostalCodeSchema, 'FI-00100', ['1:1  "FI-00100" is not a Finnish postal code — write five digits in quotes, e.g. "00100"']],
    [IdSchema, 'ryhma-kuopio', []],
    [IdSchema, 'Ryhmä Kuopio', ['1:1  "Ryhmä Kuopio" is not a valid id — use lowercase letters a–z, digits and hyphens, e.g. "ryhma-kuopio"']],
    [IdSchema, 'ryhma--kuopio', ['1:1  "ryhma--kuopio" is not a valid id — use lowercase letters a–z, digits and hyphens, e.g. "ryhma-kuopio"']],
    [IdSchema, 'a'.repeat(81), ['1:1  the id is longer than 80 characters — choose a shorter name']],
    [LanguageCodeSchema, 'fse', []],
    [LanguageCodeSchema, 'zh-Hant', []],
    [LanguageCodeSchema, 'suomi', ['1:1  "suomi" is not a language code — write the code, e.g. fi']],
    [LanguageCodeSchema, 'Swedish', ['1:1  "Swedish" is not a language code — write the code, e.g. sv']],
    [LanguageCodeSchema, 'FI', ['1:1  "FI" is not a language code — write a code such as fi, sv, en, se, fse, ru or ar']],
  ])('%#: %s', (schema, written, expected) => {
    expect(schemaProblems(schema, written)).toEqual(expected);
  });
});

describe('texts', () => {
  test.each([
    [LocalizedTextSchema, 'Vertaisryhmä', []],
    [LocalizedTextSchema, '{ fi: Ryhmä, sv: Grupp }', []],
    [LocalizedTextSchema, '""', ['1:1  the text is empty — write the text, or remove the field if it is optional']],
    [LocalizedTextSchema, '"   "', ['1:1  the text is empty — write the text, or remove the field if it is optional']],
    [LocalizedTextSchema, '{}', ['1:1  no text is given in any language — write e.g. { fi: "Teksti suomeksi" }']],
    [LocalizedTextSchema, '{ fi: "" }', ['1:7  fi  the text is empty — write the text, or remove the field if it is optional']],
    [LocalizedTextSchema, '{ fi: 12 }', ['1:7  fi  expected text, found 12 — write the text after the colon, or one text per language: { fi: "…", sv: "…" }']],
    [LocalizedTextSchema, '{ finnish: Teksti }', ['1:3  finnish  "finnish" is not a language code — write the code, e.g. fi']],
    [LocalizedTextSchema, '12', ['1:1  expected text, found 12 — write the text after the colon, or one text per language: { fi: "…", sv: "…" }']],
    [LocalizedTextSchema, '[a, b]', ['1:1  expected text, found a list — write the text after the colon, or one text per language: { fi: "…", sv: "…" }']],
    [shortText(5), 'abcde', []],
    [shortText(5), 'abcdef', ['1:1  the text is 6 characters; at most 5 are allowed — shorten it; the full story belongs in description']],
    [shortText(5), '{ fi: abc, sv: abcdefg }', ['1:16  sv  the text is 7 characters; at most 5 are allowed — shorten it; the full story belongs in description']],
  ])('%#: %s', (schema, written, expected) => {
    expect(schemaProblems(schema, written)).toEqual(expected);
  });

  test('texts are trimmed', () => {
    expect(schemaOutput(LocalizedTextSchema, '{ fi: "  Ryhmä  " }')).toEqual({ fi: 'Ryhmä' });
  });
});

describe('areas', () => {
  test.each([
    ['{ national: true }', { national: true }],
    ['{ counties: ["13", "90"] }', { counties: ['13', '90'] }],
    ['{ counties: [13, 1] }', { counties: ['13', '01'] }],
    ['{ municipalities: [91, "297"] }', { municipalities: ['091', '297'] }],
  ])('%s', (written, expected) => {
    expect(schemaOutput(AreaSchema, written)).toEqual(expected);
  });

  const knownForms = 'write { national: true }, { counties: ["13"] } or { municipalities: ["297"] }';
  test.each([
    ['{ national: false }', ['1:13  national  national must be true — write { national: true }, or give counties or municipalities instead']],
    ['{ counties: [] }', ['1:13  counties  the list is empty — add at least one item']],
    ['{ counties: "13" }', ['1:13  counties  expected a list, found "13" — write a list in brackets, e.g. [13], or one "- item" per line']],
    ['{ countis: ["13"] }', ['1:3  countis  "countis" is not a known field here — did you mean "counties"?']],
    ['{ region: ["13"] }', [`1:1  the area is not written in a known form — ${knownForms}`]],
    ['{ counties: ["13"], municipalities: ["297"] }', [`1:1  the area is not written in a known form — ${knownForms}`]],
    ['{}', [`1:1  the area is not written in a known form — ${knownForms}`]],
    ['"13"', [`1:1  the area is not written in a known form — ${knownForms}`]],
  ])('%s', (written, expected) => {
    expect(schemaProblems(AreaSchema, written)).toEqual(expected);
  });
});
