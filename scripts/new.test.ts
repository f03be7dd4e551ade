import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

/** npm run new against a copy of content/, so that the real directory is never touched. */
let root: string;
let content: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tukiverkko-new-'));
  content = path.join(root, 'content');
  cpSync('content', content, { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(args: string[], options: { input?: string; interactive?: boolean } = {}) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, TUKIVERKKO_CONTENT: content, TUKIVERKKO_TODAY: '2026-11-23', TUKIVERKKO_NOW: '', TUKIVERKKO_INTERACTIVE: options.interactive ? '1' : '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function validate(file: string) {
  const result = spawnSync(process.execPath, ['scripts/validate.ts', file], {
    encoding: 'utf8',
    env: { ...process.env, TUKIVERKKO_CONTENT: content, TUKIVERKKO_TODAY: '2026-11-23', TUKIVERKKO_NOW: '', GITHUB_ACTIONS: '' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const ACTIVITY_FLAGS = [
  'activity',
  '--org', 'suruvalo',
  '--name', 'Sururyhmä Jyväskylässä',
  '--summary', 'Vertaisryhmä läheisensä menettäneille Jyväskylässä.',
  '--type', 'peer-support-group',
  '--situation', 'grief',
  '--mode', 'in-person',
  '--municipality', 'Jyväskylä',
  '--street', 'Kauppakatu 1',
  '--postal-code', '40100',
  '--weekly', 'ti',
  '--time', '17.30-19',
];

describe('npm run new', () => {
  test('writes an activity from flags, with the id from the name, that validates', () => {
    const result = run(ACTIVITY_FLAGS);
    const file = path.join(content, 'activities/suruvalo/sururyhma-jyvaskylassa.yaml');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Wrote ');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../public/schemas/activity.schema.json');
    expect(text).toContain('# Name of the activity or event.\nname: Sururyhmä Jyväskylässä\n');
    expect(text).toContain('area:\n  municipalities:\n    - "179"\n');
    expect(text).toContain('schedule:\n  - weekly:\n      - tue\n    start: "17:30"\n    end: "19:00"\n');
    expect(text).toContain('verified: "2026-11-23"\n');
    expect(text).toContain('# cost: free\n');
    const validated = validate(file);
    expect(validated.output).toContain('✓ 1 file checked: no errors.');
    expect(validated.status).toBe(0);
  });

  test('writes an event and an organisation that validate', () => {
    const event = run(['event', '--org', 'suruvalo', '--name', 'Muistohetki ja kynttilät', '--summary', 'Yhteinen muistohetki pyhäinpäivän alla.', '--situation', 'grief', '--mode', 'online', '--national', '--start', '2027-10-30T18:00', '--end', '2027-10-30T19:30']);
    expect(event.stderr).toBe('');
    expect(event.status).toBe(0);
    const eventFile = path.join(content, 'events/suruvalo/muistohetki-ja-kynttilat.yaml');
    const eventText = readFileSync(eventFile, 'utf8');
    expect(eventText).toContain('# Start, local time: "2026-12-05T18:00".\nstart: 2027-10-30T18:00\n');
    expect(eventText).toContain('\nend: 2027-10-30T19:30\n');
    expect(validate(eventFile).status).toBe(0);

    const organisation = run(['organisation', '--name', 'Äänekosken Ystävät ry', '--summary', 'Ystävätoimintaa Äänekoskella.', '--municipality', '992', '--email', 'info@example.org', '--business-id', '1234567-1']);
    expect(organisation.stderr).toBe('');
    expect(organisation.status).toBe(0);
    const organisationFile = path.join(content, 'organisations/aanekosken-ystavat-ry.yaml');
    const text = readFileSync(organisationFile, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../public/schemas/organisation.schema.json');
    expect(text).toContain('contact:\n  email: info@example.org\n');
    expect(validate(organisationFile).status).toBe(0);
  });

  test('asks for what is missing when run in a terminal', () => {
    const answers = [
      'suruvalo', // organisation
      'Surukahvila Oulussa', // name
      '', // id: take the proposal
      'Avoin kahvila surun keskellä eläville.', // summary
      'drop-in', // type
      'ei-ole, 2', // life situations: an unknown one first, asked again
      '2', // situations: the second in the list (grief)
      '', // languages: the site's default
      'online', // modes
      'municipalities Oulu', // area
      'maanantai, to', // weekdays
      '18-20', // time
      '', // verified: today
    ].join('\n');
    const result = run(['activity'], { input: `${answers}\n`, interactive: true });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('"ei-ole" is not one of the life situations');
    expect(result.status).toBe(0);
    const file = path.join(content, 'activities/suruvalo/surukahvila-oulussa.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('situations:\n  - grief\n');
    expect(text).toContain('languages:\n  - fi\n');
    expect(text).toContain('  - weekly:\n      - mon\n      - thu\n    start: "18:00"\n    end: "20:00"\n');
    expect(validate(file).status).toBe(0);
  });

  test('without a terminal, says which flags are missing and writes nothing', () => {
    const result = run(['activity', '--org', 'suruvalo', '--name', 'Ryhmä']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Missing: --summary, --type, --situation, --mode, --national | --county | --municipality (or run this in a terminal to be asked)');
    expect(existsSync(path.join(content, 'activities/suruvalo/ryhma.yaml'))).toBe(false);
  });

  test('reports wrong values in plain words', () => {
    const result = run([...ACTIVITY_FLAGS.slice(0, 1), '--org', 'suruvalo-ry', ...ACTIVITY_FLAGS.slice(3)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Not valid: --org: there is no organisation "suruvalo-ry"; add it first with npm run new -- organisation');
  });

  test('never overwrites an existing entry', () => {
    const result = run(['activity', '--org', 'suruvalo', '--name', 'Surupuhelin', '--summary', 'x', '--type', 'helpline', '--situation', 'grief', '--mode', 'phone', '--national']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Not valid: --id: surupuhelin already exists; choose another id (or --force to replace it)');
  });

  test('refuses a value the validator rejects, and writes nothing', () => {
    const result = run(['organisation', '--name', 'Uusi yhdistys', '--summary', 'Yhdistys.', '--national', '--email', 'info(at)example.org']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('contact.email  "info(at)example.org" is not an e-mail address');
    expect(result.stderr).toContain('The file was not written');
    expect(existsSync(path.join(content, 'organisations/uusi-yhdistys.yaml'))).toBe(false);
  });
});
