import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { schemaOutput, schemaProblems } from '../../tests/support/schema-problems.ts';
import { ActivitySchema } from './activity.ts';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/valid/activities/${name}`, import.meta.url), 'utf8');

const minimal = `name: Vertaisryhmä
summary: Ryhmä, jossa jaetaan kokemuksia.
type: peer-support-group
situations: [loneliness]
languages: [fi]
modes: [online]
area: { national: true }
verified: 2026-10-01
`;

describe('activities', () => {
  test('a complete activity is stored normalised', () => {
    const activity = schemaOutput(ActivitySchema, fixture('demo-org/vertaisryhma.yaml')) as Record<string, unknown>;
    expect(activity).toMatchObject({
      type: 'peer-support-group',
      area: { municipalities: ['297', '749'] },
      locations: [{ postalCode: '70100', municipality: '297', coordinates: [62.8924, 27.6783], accessibility: ['step-free-access', 'lift'] }],
      registration: { required: true, referral: false, phone: '+358401234567', email: 'ryhma@demo.example.fi' },
      cost: { fee: { fi: '5 € / kerta', sv: '5 € / gång' } },
      status: 'active',
      verified: '2026-10-01',
    });
  });

  test('status defaults to active', () => {
    expect(schemaOutput(ActivitySchema, minimal)).toMatchObject({ status: 'active' });
  });

  test.each([
    ['ageMin: 65\nageMax: 18', ['10:9  ageMax  the oldest age (ageMax: 18) is below the youngest (ageMin: 65) — swap the two ages']],
    ['ageMin: -1', ['9:9  ageMin  -1 is not an age between 0 and 120 — write a whole number of years']],
    ['ageMin: "18"', ['9:9  ageMin  expected a whole number, found "18" — write a number without quotes, e.g. 2']],
    ['cost: { fee: "" }', ['9:14  cost.fee  the text is empty — write the text, or remove the field if it is optional']],
    ['cost: maksuton', ['9:7  cost  "maksuton" is not a cost — write free, membership, or { fee: "5 € / kerta" }']],
    ['anonymous: yes', ['9:12  anonymous  expected true or false, found "yes" — write true or false without quotes']],
    ['keywords: [vertaistuki, ""]', ['9:25  keywords[1]  the text is empty — write the text, or remove the field if it is optional']],
    ['registration: { required: true, url: ilmoittaudu.fi }', ['9:38  registration.url  "ilmoittaudu.fi" is not a full web address — write it with https:// in front: "https://ilmoittaudu.fi"']],
  ])('%s', (extra, expected) => {
    expect(schemaProblems(ActivitySchema, `${minimal}${extra}\n`)).toEqual(expected);
  });

  test('in person without locations points at modes', () => {
    expect(schemaProblems(ActivitySchema, minimal.replace('modes: [online]', 'modes: [online, in-person]'))).toEqual([
      '6:1  locations  the activity is in person (modes: in-person) but has no locations — add locations: with street, postalCode and municipality, or remove in-person from modes',
    ]);
  });

  test('a misspelt required field is one problem', () => {
    expect(schemaProblems(ActivitySchema, minimal.replace('verified:', 'verifed:'))).toEqual(['8:1  verifed  "verifed" is not a known field here — did you mean "verified"?']);
  });
});
