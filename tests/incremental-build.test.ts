/**
 * Incremental builds never publish a stale page: after edits, a build that reuses the previous
 * build's pages (astro.config.mjs `experimental.incrementalBuild`, keys from src/lib/page-keys.ts)
 * writes exactly the same files as a cold build of the edited content, while reusing the pages
 * the edits did not touch. The edits reach beyond their own entry: an organisation's new name is
 * shown on its activities' pages and search records, and a removed event takes its pages along.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInto, ROOT } from './support/temp-build.ts';

const ORGANISATION = 'espoon-perheverkosto';
const OLD_NAME = 'Espoon perheverkosto ry';
const NEW_NAME = 'Espoon perheverkosto (uusi nimi) ry';
const REMOVED_EVENT = 'events/hopeahuvila/kevatkonsertti-2027.yaml';

let workspace: string;
let incremental: { status: number | null; output: string; outDir: string };
let cold: { status: number | null; output: string; outDir: string };
let firstOutputFolder: number;

/** Every file under `directory` by relative path. */
function files(directory: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    found.set(path.relative(directory, full), readFileSync(full));
  }
  return found;
}

/** The pages an Astro build log says it copied from the previous build instead of rendering. */
function reused(output: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/[├└]─ (\S+) \((?:cached|restored)\)/g)].map((match) => match[1]!);
}

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'tukiverkko-incremental-'));
  const content = path.join(workspace, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const env = { TUKIVERKKO_CONTENT: content, TUKIVERKKO_CACHE_DIR: path.join(workspace, 'cache') };
  const first = buildInto(path.join(workspace, 'first'), env);
  if (first.status !== 0) throw new Error(`The first build failed:\n${first.output}`);
  firstOutputFolder = statSync(first.outDir).ino;

  const organisationFile = path.join(content, 'organisations', `${ORGANISATION}.yaml`);
  const organisation = readFileSync(organisationFile, 'utf8');
  if (!organisation.includes(`  fi: ${OLD_NAME}\n`)) throw new Error(`${organisationFile} no longer names the organisation "${OLD_NAME}"`);
  writeFileSync(organisationFile, organisation.replace(`  fi: ${OLD_NAME}\n`, `  fi: ${NEW_NAME}\n`));
  rmSync(path.join(content, REMOVED_EVENT));

  // The same output folder and cache as the first build: what a CI that keeps both does.
  incremental = buildInto(path.join(workspace, 'first'), env);
  cold = buildInto(path.join(workspace, 'cold'), { TUKIVERKKO_CONTENT: content });
});

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('incremental build', () => {
  test('both builds succeed', () => {
    expect(incremental.status, incremental.output).toBe(0);
    expect(cold.status, cold.output).toBe(0);
  });

  test('reuses the pages the edits did not touch', () => {
    const pages = reused(incremental.output);
    // (Pages of entries named after the removed event in the name order are rendered again: their
    // search records' name ranks moved up by one.)
    expect(pages).toContain('/toiminta/kriisikeskus-tyyni/erokriisiryhma/index.html');
    expect(pages.length).toBeGreaterThan(300);
    // The cold build reuses nothing.
    expect(reused(cold.output)).toEqual([]);
  });

  test("renders again the pages that show the organisation's name", () => {
    const pages = reused(incremental.output);
    // Its pages and calendar files; the form's data files hold only the entry's own fields.
    const showsName = (page: string) => (page.includes(`/${ORGANISATION}/`) || page.includes(`/${ORGANISATION}.`)) && !page.startsWith('/ilmoita/data/');
    expect(pages.filter(showsName)).toEqual([]);
    const activityPage = readFileSync(path.join(incremental.outDir, 'toiminta', ORGANISATION, 'perhekahvila-tapiola', 'index.html'), 'utf8');
    expect(activityPage).toContain(NEW_NAME);
  });

  test('writes exactly the files a cold build of the edited content writes', () => {
    const after = files(incremental.outDir);
    const expected = files(cold.outDir);
    expect([...after.keys()].sort()).toEqual([...expected.keys()].sort());
    const different = [...expected].filter(([name, body]) => !after.get(name)?.equals(body)).map(([name]) => name);
    expect(different).toEqual([]);
    expect(after.has('tapahtuma/hopeahuvila/kevatkonsertti-2027/index.html')).toBe(false);
  });

  test('the previous output, moved aside for Astro, is gone once the build is done', () => {
    // scripts/build.ts renames the old output folder into the cache and deletes it there (Astro
    // would have emptied the folder itself, keeping it).
    expect(statSync(incremental.outDir).ino).not.toBe(firstOutputFolder);
    expect(incremental.output).not.toContain('could not be deleted');
    expect(readdirSync(path.join(workspace, 'cache')).filter((name) => name.startsWith('previous-output-'))).toEqual([]);
  });
});
