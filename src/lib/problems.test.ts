import { describe, expect, test } from 'vitest';
import { compareProblems, formatFieldPath, formatProblem, formatReport, summarise, toGithubAnnotations, toJsonReport, type Problem } from './problems.ts';

const timeProblem: Problem = {
  file: 'content/activities/mieli/ryhma.yaml',
  line: 8,
  column: 5,
  path: ['schedule', 1, 'end'],
  code: 'time.format',
  params: { value: '"19.00"', suggestion: '19:00' },
  severity: 'error',
};
const staleWarning: Problem = {
  file: 'content/organisations/mieli.yaml',
  line: 12,
  column: 11,
  path: ['verified'],
  code: 'entry.stale',
  params: { value: '2025-01-10', months: '12' },
  severity: 'warning',
};
const fileProblem: Problem = {
  file: 'content/activities/mieli/Ryhma.yaml',
  line: 1,
  column: 1,
  path: [],
  code: 'file.id',
  params: { value: 'Ryhma', suggestion: 'ryhma' },
  severity: 'error',
};

describe('formatFieldPath', () => {
  test.each([
    [[], ''],
    [['name'], 'name'],
    [['schedule', 1, 'end'], 'schedule[1].end'],
    [['locations', 0, 'coordinates', 1], 'locations[0].coordinates[1]'],
    [[0, 'code'], '[0].code'],
    [['name', 'fi'], 'name.fi'],
  ])('%j → %s', (path, text) => {
    expect(formatFieldPath(path)).toBe(text);
  });
});

describe('formatProblem', () => {
  test.each([
    [timeProblem, 'en', 'content/activities/mieli/ryhma.yaml:8:5  schedule[1].end  "19.00" is not a time — write the time in quotes as HH:MM, e.g. "19:00"'],
    [timeProblem, 'fi', 'content/activities/mieli/ryhma.yaml:8:5  schedule[1].end  "19.00" ei ole kellonaika — kirjoita aika lainausmerkeissä muodossa TT:MM, esim. "19:00"'],
    [staleWarning, 'en', 'content/organisations/mieli.yaml:12:11  verified  warning: last verified on 2025-01-10, more than 12 months ago — ask the organisation to check the entry and update verified: to today'],
    [staleWarning, 'fi', 'content/organisations/mieli.yaml:12:11  verified  varoitus: tarkistettu viimeksi 2025-01-10, yli 12 kuukautta sitten — pyydä järjestöä tarkistamaan merkintä ja päivittämään verified: tähän päivään'],
    [fileProblem, 'en', 'content/activities/mieli/Ryhma.yaml:1:1  "Ryhma" is not a valid id — use lowercase letters a–z, digits and single hyphens, e.g. "ryhma"'],
  ] as const)('%#', (problem, language, text) => {
    expect(formatProblem(problem, language)).toBe(text);
  });

  test('a message without a hint has no dash', () => {
    expect(formatProblem({ ...timeProblem, code: 'number.tooBig', params: { value: '150', maximum: '120' } })).toBe(
      'content/activities/mieli/ryhma.yaml:8:5  schedule[1].end  150 is too big; the most allowed is 120',
    );
  });
});

describe('summaries', () => {
  test.each([
    [[], 3, 'en', '✓ 3 files checked: no errors.'],
    [[staleWarning], 3, 'en', '✓ 3 files checked: no errors, 1 warning.'],
    [[staleWarning, staleWarning], 3, 'en', '✓ 3 files checked: no errors, 2 warnings.'],
    [[timeProblem], 3, 'en', '✗ 3 files checked: 1 error in 1 file. Fix the errors and run the check again.'],
    [[timeProblem, fileProblem, staleWarning], 3, 'en', '✗ 3 files checked: 2 errors in 2 files, 1 warning. Fix the errors and run the check again.'],
    [[], 3, 'fi', '✓ 3 tiedostoa tarkistettu: ei virheitä.'],
    [[staleWarning], 3, 'fi', '✓ 3 tiedostoa tarkistettu: ei virheitä, 1 varoitus.'],
    [[timeProblem], 1, 'fi', '✗ 1 tiedosto tarkistettu: 1 virhe 1 tiedostossa. Korjaa virheet ja aja tarkistus uudelleen.'],
    [[], 1, 'en', '✓ 1 file checked: no errors.'],
    [[timeProblem, fileProblem, staleWarning], 3, 'fi', '✗ 3 tiedostoa tarkistettu: 2 virhettä 2 tiedostossa, 1 varoitus. Korjaa virheet ja aja tarkistus uudelleen.'],
  ] as const)('summary %#', (problems, files, language, text) => {
    expect(summarise(problems, files, language)).toBe(text);
  });

  test('the report lists problems by file and line, then the summary', () => {
    expect(formatReport([staleWarning, timeProblem, fileProblem], 3).split('\n')).toEqual([
      'content/activities/mieli/ryhma.yaml:8:5  schedule[1].end  "19.00" is not a time — write the time in quotes as HH:MM, e.g. "19:00"',
      'content/activities/mieli/Ryhma.yaml:1:1  "Ryhma" is not a valid id — use lowercase letters a–z, digits and single hyphens, e.g. "ryhma"',
      'content/organisations/mieli.yaml:12:11  verified  warning: last verified on 2025-01-10, more than 12 months ago — ask the organisation to check the entry and update verified: to today',
      '',
      '✗ 3 files checked: 2 errors in 2 files, 1 warning. Fix the errors and run the check again.',
    ]);
  });

  test('problems in one file sort by line, then column', () => {
    const at = (line: number, column: number): Problem => ({ ...timeProblem, line, column });
    expect([at(10, 1), at(2, 9), at(2, 3)].sort(compareProblems).map((problem) => `${problem.line}:${problem.column}`)).toEqual(['2:3', '2:9', '10:1']);
  });
});

describe('JSON report', () => {
  test('every field plus the rendered message and hint', () => {
    expect(toJsonReport([staleWarning, timeProblem], 2)).toEqual({
      files: 2,
      errors: 1,
      warnings: 1,
      problems: [
        {
          ...timeProblem,
          field: 'schedule[1].end',
          message: '"19.00" is not a time',
          hint: 'write the time in quotes as HH:MM, e.g. "19:00"',
        },
        {
          ...staleWarning,
          field: 'verified',
          message: 'last verified on 2025-01-10, more than 12 months ago',
          hint: 'ask the organisation to check the entry and update verified: to today',
        },
      ],
    });
  });

  test('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(toJsonReport([timeProblem], 1, 'fi'))).problems[0].message).toBe('"19.00" ei ole kellonaika');
  });
});

describe('GitHub annotations', () => {
  test('one workflow command per problem', () => {
    expect(toGithubAnnotations([staleWarning, timeProblem, fileProblem]).split('\n')).toEqual([
      '::error file=content/activities/mieli/ryhma.yaml,line=8,col=5,title=schedule[1].end::"19.00" is not a time — write the time in quotes as HH:MM, e.g. "19:00"',
      '::error file=content/activities/mieli/Ryhma.yaml,line=1,col=1,title=file.id::"Ryhma" is not a valid id — use lowercase letters a–z, digits and single hyphens, e.g. "ryhma"',
      '::warning file=content/organisations/mieli.yaml,line=12,col=11,title=verified::last verified on 2025-01-10, more than 12 months ago — ask the organisation to check the entry and update verified: to today',
    ]);
  });

  test('escapes what would end the command or a property', () => {
    const tricky: Problem = {
      file: 'content/activities/a,b/c:d%.yaml',
      line: 2,
      column: 3,
      path: ['name', 'fi'],
      code: 'yaml.syntax',
      params: { reason: '100% wrong\r\nnext line' },
      severity: 'error',
    };
    expect(toGithubAnnotations([tricky])).toBe(
      '::error file=content/activities/a%2Cb/c%3Ad%25.yaml,line=2,col=3,title=name.fi::the YAML cannot be read: 100%25 wrong%0D%0Anext line — check quotes, colons and indentation on this line and the one before',
    );
  });

  test('nothing to annotate', () => {
    expect(toGithubAnnotations([])).toBe('');
  });
});
