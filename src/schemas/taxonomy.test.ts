import { describe, expect, test } from 'vitest';
import { schemaOutput, schemaProblems } from '../../tests/support/schema-problems.ts';
import { CodedTermListSchema, TermListSchema } from './taxonomy.ts';

describe('taxonomy term lists', () => {
  test('a term with every field', () => {
    const text = `- code: grief
  name: { fi: Suru, sv: Sorg, en: Grief }
  description: { fi: Kuolema., sv: Död., en: Death. }
  ptv: KE14
  keywords: { fi: [suru, menetys], en: [loss] }
`;
    expect(schemaOutput(CodedTermListSchema, text)).toEqual([
      {
        code: 'grief',
        name: { fi: 'Suru', sv: 'Sorg', en: 'Grief' },
        description: { fi: 'Kuolema.', sv: 'Död.', en: 'Death.' },
        ptv: 'KE14',
        keywords: { fi: ['suru', 'menetys'], en: ['loss'] },
      },
    ]);
  });

  test('language codes such as zh-Hant are allowed in the language list only', () => {
    const text = '- code: zh-Hant\n  name: { fi: Kiina, sv: Kinesiska, en: Chinese }\n';
    expect(schemaProblems(TermListSchema, text)).toEqual([]);
    expect(schemaProblems(CodedTermListSchema, text)).toEqual(['1:9  [0].code  "zh-Hant" is not a code — codes are lowercase words joined with hyphens, e.g. peer-support-group']);
  });

  test.each([
    ['- code: Bad Code\n  name: { fi: A, sv: B, en: C }\n', ['1:9  [0].code  "Bad Code" is not a code — codes are lowercase words joined with hyphens, e.g. peer-support-group']],
    ['- code: x\n  name: { fi: A, sv: B }\n', ['2:3  [0].name.en  the required field "en" is missing — add en:']],
    ['- code: x\n  name: { fi: A, sv: B, en: C }\n  ptv: K5\n', ['3:8  [0].ptv  "K5" is not a PTV life-event code — write a code such as KE5']],
    [
      '- code: x\n  name: { fi: A, sv: B, en: C }\n- code: x\n  name: { fi: D, sv: E, en: F }\n',
      ['3:9  [1].code  the code "x" is used twice in this list — give each term its own code'],
    ],
    ['code: x\n', ['1:1  a code list must be a list of terms — start each term with "- code: …" followed by name: { fi, sv, en }']],
    ['[]', ['1:1  the list is empty — add at least one item']],
  ])('%j', (text, expected) => {
    expect(schemaProblems(CodedTermListSchema, text)).toEqual(expected);
  });
});
