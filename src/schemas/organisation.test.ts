import { describe, expect, test } from 'vitest';
import { schemaOutput, schemaProblems } from '../../tests/support/schema-problems.ts';
import { OrganisationSchema } from './organisation.ts';

const organisation = `name: Demoyhdistys ry
summary: Vertaistukea Pohjois-Savossa.
businessId: "0112038-9"
website: https://demo.example.fi/
contact:
  email: info@demo.example.fi
  phone: 017 123 456
  address: Kauppakatu 40, 70100 Kuopio
area: { counties: [13] }
verified: 2026-09-01
`;

describe('organisations', () => {
  test('contact details are stored normalised', () => {
    expect(schemaOutput(OrganisationSchema, organisation)).toEqual({
      name: 'Demoyhdistys ry',
      summary: 'Vertaistukea Pohjois-Savossa.',
      businessId: '0112038-9',
      website: 'https://demo.example.fi/',
      contact: { email: 'info@demo.example.fi', phone: '+35817123456', address: 'Kauppakatu 40, 70100 Kuopio' },
      area: { counties: ['13'] },
      verified: '2026-09-01',
    });
  });

  test.each([
    ['businessId: "0112038-9"', 'businessId: 0112038-9', []],
    ['businessId: "0112038-9"', 'businessId: "0112038-1"', ['3:13  businessId  the check digit of business ID "0112038-1" is wrong — copy the ID from ytj.fi; a typo in one digit changes the check digit']],
    ['  phone: 017 123 456', '  phone: 017 123', ['7:10  contact.phone  "017 123" is not a phone number — write e.g. "040 123 4567", "09 123 4567", "+358 40 123 4567" or a service number "116 111"']],
    ['  email: info@demo.example.fi', '  e-mail: info@demo.example.fi', ['6:3  contact.e-mail  "e-mail" is not a known field here — did you mean "email"?']],
    ['verified: 2026-09-01', 'verified: 2026-09-31', ['10:11  verified  "2026-09-31" is not a date in the calendar — check the day and the month']],
  ])('%s → %s', (line, replacement, expected) => {
    expect(schemaProblems(OrganisationSchema, organisation.replace(line, replacement))).toEqual(expected);
  });

  test('a summary over 300 characters', () => {
    const long = 'Vertaistukea. '.repeat(22).trim();
    expect(schemaProblems(OrganisationSchema, organisation.replace('Vertaistukea Pohjois-Savossa.', long))).toEqual([
      '2:10  summary  the text is 307 characters; at most 300 are allowed — shorten it; the full story belongs in description',
    ]);
  });
});
