/**
 * The benchmark fixture: valid content for the validator (no errors, no warnings), the same files
 * for the same seed, and the shape the benchmark relies on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXED_NOW } from '../../tests/support/clock.ts';
import { readContentDirectory } from './content-files.ts';
import { readTaxonomyCodes, writeFixture } from './fixture-files.ts';
import { generateFixture } from './fixture.ts';
import { getClock } from './today.ts';
import { validateContent } from './validate.ts';

const today = FIXED_NOW.slice(0, 10);
const codes = readTaxonomyCodes(path.resolve('content'));
const workspace = mkdtempSync(path.join(tmpdir(), 'tukiverkko-fixture-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('benchmark fixture', () => {
  test('300 activities pass the validator without errors or warnings', () => {
    const out = path.join(workspace, 'content');
    const written = writeFixture({ entries: 300, seed: 7, out, today });
    expect(written.activities).toBe(300);
    expect(written.events).toBeGreaterThan(0);
    const result = validateContent(readContentDirectory(out, workspace), { clock: getClock('Europe/Helsinki', { TUKIVERKKO_NOW: FIXED_NOW }) });
    expect(result.problems.map((problem) => `${problem.file}:${problem.line} ${problem.code}`)).toEqual([]);
    expect(result.activities).toHaveLength(300);
    expect(result.events).toHaveLength(written.events);
    expect(result.organisations).toHaveLength(written.organisations);
  });

  test('is deterministic for a seed and differs between seeds', () => {
    const first = generateFixture({ entries: 200, seed: 3, today }, codes);
    const again = generateFixture({ entries: 200, seed: 3, today }, codes);
    const other = generateFixture({ entries: 200, seed: 4, today }, codes);
    expect([...again]).toEqual([...first]);
    expect([...other]).not.toEqual([...first]);
  });

  test('looks like a national directory', () => {
    const files = generateFixture({ entries: 2000, seed: 1, today }, codes);
    const activities = [...files].filter(([name]) => name.startsWith('activities/')).map(([, text]) => text);
    const orgs = new Set([...files.keys()].filter((name) => name.startsWith('activities/')).map((name) => name.split('/')[1]));
    // Organisations with several activities.
    expect(activities.length / orgs.size).toBeGreaterThan(2);
    // Most in-person entries in a few large municipalities (Helsinki, Espoo, Tampere, Vantaa, Oulu, Turku…).
    const places = activities.flatMap((text) => [...text.matchAll(/^\s+municipality: "(\d{3})"$/gm)].map((match) => match[1]!));
    const large = places.filter((code) => ['091', '049', '837', '092', '564', '853', '179', '297', '398', '609'].includes(code));
    expect(large.length / places.length).toBeGreaterThan(0.5);
    // Finnish first, with a Swedish and an English share.
    const swedish = activities.filter((text) => /^ {2}sv: /m.test(text)).length;
    const english = activities.filter((text) => /^ {2}en: /m.test(text)).length;
    expect(swedish / activities.length).toBeGreaterThan(0.05);
    expect(english / activities.length).toBeGreaterThan(0.02);
    // Every code of every taxonomy in use.
    const all = [...files.values()].join('\n');
    for (const code of [...codes.situations, ...codes.audiences, ...codes.activityTypes, ...codes.accessibility]) expect(all).toContain(code);
    // Recurring schedules.
    expect(all).toContain('weekly:');
    expect(all).toContain('monthly:');
  });
});
