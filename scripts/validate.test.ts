/**
 * `npm run validate` as a contributor and a CI job run it: a real process on real files, its
 * output and its exit code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXED_NOW } from '../tests/support/clock.ts';

const SCRIPT = fileURLToPath(new URL('./validate.ts', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));

let workspace: string;

/** A project folder with `content/` = the valid fixture tree plus the given invalid fixtures. */
function project(name: string, invalidFiles: string[]): string {
  const root = path.join(workspace, name);
  cpSync(path.join(FIXTURES, 'valid'), path.join(root, 'content'), { recursive: true });
  for (const file of invalidFiles) {
    mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true });
    cpSync(path.join(FIXTURES, 'invalid', file), path.join(root, 'content', file));
  }
  return root;
}

function validate(root: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TUKIVERKKO_NOW: FIXED_NOW, GITHUB_ACTIONS: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let valid: string;
let invalid: string;
let warnings: string;

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'tukiverkko-cli-'));
  valid = project('valid', []);
  invalid = project('invalid', ['activities/demo-org/time-with-dot.yaml', 'organisations/business-id-check-digit.yaml', 'organisations/warning-stale.yaml']);
  warnings = project('warnings', ['organisations/warning-stale.yaml', 'events/demo-org/warning-past-event.yaml']);
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

const TIME = 'content/activities/demo-org/time-with-dot.yaml:11:12  schedule[0].start  "17.30" is not a time — write the time in quotes as HH:MM, e.g. "17:30"';
const BUSINESS_ID = 'content/organisations/business-id-check-digit.yaml:5:13  businessId  the check digit of business ID "0112038-8" is wrong — copy the ID from ytj.fi; a typo in one digit changes the check digit';
const STALE = 'content/organisations/warning-stale.yaml:5:11  verified  warning: last verified on 2025-09-30, more than 12 months ago — ask the organisation to check the entry and update verified: to today';

describe('npm run validate', () => {
  test('a valid tree: exit 0 and a one-line summary', () => {
    expect(validate(valid)).toEqual({ status: 0, stdout: '✓ 16 files checked: no errors.\n', stderr: '' });
  });

  test('warnings only: listed, and still exit 0', () => {
    expect(validate(warnings)).toEqual({
      status: 0,
      stdout: [
        'content/events/demo-org/warning-past-event.yaml:9:6  end  warning: the event ended on 2026-10-10 15:00 and is no longer listed — delete the file when it is no longer needed',
        STALE,
        '',
        '✓ 18 files checked: no errors, 2 warnings.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test('errors: every problem, the summary, exit 1', () => {
    expect(validate(invalid)).toEqual({
      status: 1,
      stdout: [TIME, BUSINESS_ID, STALE, '', '✗ 19 files checked: 2 errors in 2 files, 1 warning. Fix the errors and run the check again.', ''].join('\n'),
      stderr: '',
    });
  });

  test('--lang fi', () => {
    const { status, stdout } = validate(invalid, ['--lang', 'fi']);
    expect(status).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'content/activities/demo-org/time-with-dot.yaml:11:12  schedule[0].start  "17.30" ei ole kellonaika — kirjoita aika lainausmerkeissä muodossa TT:MM, esim. "17:30"',
      'content/organisations/business-id-check-digit.yaml:5:13  businessId  Y-tunnuksen "0112038-8" tarkistusnumero on väärin — kopioi tunnus ytj.fi-palvelusta; yksikin väärä numero muuttaa tarkistusnumeron',
      'content/organisations/warning-stale.yaml:5:11  verified  varoitus: tarkistettu viimeksi 2025-09-30, yli 12 kuukautta sitten — pyydä järjestöä tarkistamaan merkintä ja päivittämään verified: tähän päivään',
      '',
      '✗ 19 tiedostoa tarkistettu: 2 virhettä 2 tiedostossa, 1 varoitus. Korjaa virheet ja aja tarkistus uudelleen.',
      '',
    ]);
  });

  test('TUKIVERKKO_LANG=fi does the same', () => {
    expect(validate(valid, [], { TUKIVERKKO_LANG: 'fi' }).stdout).toBe('✓ 16 tiedostoa tarkistettu: ei virheitä.\n');
  });

  test('--format json parses and holds every problem', () => {
    const { status, stdout } = validate(invalid, ['--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { files: number; errors: number; warnings: number; problems: Record<string, unknown>[] };
    expect({ ...report, problems: report.problems.map(({ file, line, column, field, code, severity, message }) => ({ file, line, column, field, code, severity, message })) }).toEqual({
      files: 19,
      errors: 2,
      warnings: 1,
      problems: [
        { file: 'content/activities/demo-org/time-with-dot.yaml', line: 11, column: 12, field: 'schedule[0].start', code: 'time.format', severity: 'error', message: '"17.30" is not a time' },
        { file: 'content/organisations/business-id-check-digit.yaml', line: 5, column: 13, field: 'businessId', code: 'businessId.checkDigit', severity: 'error', message: 'the check digit of business ID "0112038-8" is wrong' },
        { file: 'content/organisations/warning-stale.yaml', line: 5, column: 11, field: 'verified', code: 'entry.stale', severity: 'warning', message: 'last verified on 2025-09-30, more than 12 months ago' },
      ],
    });
  });

  test('--format github prints workflow commands before the report', () => {
    const { status, stdout } = validate(invalid, ['--format', 'github']);
    expect(status).toBe(1);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      '::error file=content/activities/demo-org/time-with-dot.yaml,line=11,col=12,title=schedule[0].start::"17.30" is not a time — write the time in quotes as HH:MM, e.g. "17:30"',
      '::error file=content/organisations/business-id-check-digit.yaml,line=5,col=13,title=businessId::the check digit of business ID "0112038-8" is wrong — copy the ID from ytj.fi; a typo in one digit changes the check digit',
      '::warning file=content/organisations/warning-stale.yaml,line=5,col=11,title=verified::last verified on 2025-09-30, more than 12 months ago — ask the organisation to check the entry and update verified: to today',
    ]);
    expect(stdout).toContain(`\n${TIME}\n`);
  });

  test('in GitHub Actions the annotations come without asking', () => {
    expect(validate(invalid, [], { GITHUB_ACTIONS: 'true' }).stdout.split('\n')[0]).toMatch(/^::error file=content\/activities\/demo-org\/time-with-dot\.yaml,line=11,col=12,/);
  });

  test('paths limit the report to those files or folders', () => {
    expect(validate(invalid, ['content/organisations/business-id-check-digit.yaml'])).toEqual({
      status: 1,
      stdout: `${BUSINESS_ID}\n\n✗ 1 file checked: 1 error in 1 file. Fix the errors and run the check again.\n`,
      stderr: '',
    });
    expect(validate(invalid, ['content/organisations/'])).toMatchObject({
      status: 1,
      stdout: `${BUSINESS_ID}\n${STALE}\n\n✗ 4 files checked: 1 error in 1 file, 1 warning. Fix the errors and run the check again.\n`,
    });
    expect(validate(invalid, ['content/activities/demo-org/vertaisryhma.yaml'])).toEqual({ status: 0, stdout: '✓ 1 file checked: no errors.\n', stderr: '' });
  });

  test('an unknown format is a usage error', () => {
    expect(validate(valid, ['--format', 'xml'])).toEqual({ status: 2, stdout: '', stderr: 'Unknown --format "xml": use text, json or github.\n' });
  });

  test('an unknown message language is a usage error, not a silent fallback to English', () => {
    expect(validate(valid, ['--lang', 'de'])).toEqual({ status: 2, stdout: '', stderr: 'Unknown --lang "de": use en, fi or sv.\n' });
  });

  test('a missing content directory', () => {
    const { status, stderr } = validate(valid, [], { TUKIVERKKO_CONTENT: path.join(workspace, 'nowhere') });
    expect(status).toBe(2);
    expect(stderr).toBe(`Content directory not found: ${path.join(workspace, 'nowhere')}\n`);
  });
});
