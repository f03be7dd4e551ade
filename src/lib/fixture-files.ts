/** Writes a synthetic content directory to disk (see fixture.ts); used by scripts/fixture.ts and scripts/bench.ts. */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { getClock } from './today.ts';
import { fixtureSite, generateFixture, type TaxonomyCodes } from './fixture.ts';

export interface WriteFixtureOptions {
  entries: number;
  seed?: number;
  out: string;
  today?: string | undefined;
  /** Where taxonomies/ and pages/ are copied from; the project's content/ by default. */
  source?: string;
}

/** The taxonomy codes of a content directory, for the generator. */
export function readTaxonomyCodes(contentDir: string): TaxonomyCodes {
  const codesOf = (name: string) => (yaml.load(readFileSync(path.join(contentDir, 'taxonomies', name), 'utf8')) as { code: string }[]).map((term) => term.code);
  const municipalities = new Map<string, string>();
  const municipalityNames = new Map<string, string>();
  for (const line of readFileSync(path.join(contentDir, 'taxonomies', 'municipalities.csv'), 'utf8').split('\n').slice(1)) {
    const [code, nameFi, , county] = line.trim().split(',');
    if (!code || !county) continue;
    municipalities.set(code, county);
    municipalityNames.set(code, nameFi!);
  }
  return {
    situations: codesOf('situations.yaml'),
    audiences: codesOf('audiences.yaml'),
    activityTypes: codesOf('activity-types.yaml'),
    accessibility: codesOf('accessibility.yaml'),
    municipalities,
    municipalityNames,
  };
}

export function writeFixture(options: WriteFixtureOptions): { files: number; organisations: number; activities: number; events: number } {
  const source = path.resolve(options.source ?? 'content');
  const out = path.resolve(options.out);
  const codes = readTaxonomyCodes(source);
  const today = options.today ?? getClock().today;
  const files = generateFixture({ entries: options.entries, seed: options.seed ?? 1, today }, codes);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(path.join(source, 'taxonomies'), path.join(out, 'taxonomies'), { recursive: true });
  if (existsSync(path.join(source, 'pages'))) cpSync(path.join(source, 'pages'), path.join(out, 'pages'), { recursive: true });
  const counties = readFileSync(path.join(source, 'taxonomies', 'wellbeing-counties.csv'), 'utf8').split('\n').slice(1).map((line) => line.split(',')[0]!).filter(Boolean);
  writeFileSync(path.join(out, 'site.yaml'), fixtureSite(counties));
  const folders = new Set<string>();
  for (const [relative, text] of files) {
    const folder = path.dirname(path.join(out, relative));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(path.join(out, relative), text);
  }
  const count = (prefix: string) => [...files.keys()].filter((key) => key.startsWith(prefix)).length;
  return { files: files.size + 1, organisations: count('organisations/'), activities: count('activities/'), events: count('events/') };
}
