/**
 * The Tukiverkko Astro integration: after the build, index the entry pages with Pagefind (one
 * index per <html lang>) and fail if the index does not hold exactly one record per entry page.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { LANGUAGES, routePath, SEGMENTS, type Lang } from './routes.ts';
import { filterChunkName, insertIntoHead, moduleScripts, searchPreloadTags, type PagefindEntry } from './search-preloads.ts';
import { isNoindexFile } from './publishing.ts';
import { planShards, shardFolder, shardOrderFile, shardPagesLimit, type ShardPage } from './search-shards.ts';

/** The folders of one language's activity, event and organisation pages: `toiminta`, `sv/verksamhet` … */
export function entryFolders(lang: Lang): string[] {
  return [SEGMENTS[lang].activity, SEGMENTS[lang].event, SEGMENTS[lang].organisation].map((segment) => `${lang === 'fi' ? '' : `${lang}/`}${segment}`);
}

const ENTRY_ROUTES = new Set(LANGUAGES.flatMap((lang) => entryFolders(lang).map((folder) => `${folder}/`)));

/** The files Pagefind reads for one language: the HTML under that language's entry folders. */
export function entryPageGlob(lang: Lang): string {
  return `{${entryFolders(lang).join(',')}}/**/*.html`;
}

/** True for the path of an activity, event or organisation page (the pages Pagefind indexes). */
export function isEntryPagePath(pathname: string): boolean {
  const clean = pathname.replace(/^\/+/, '');
  for (const prefix of ENTRY_ROUTES) if (clean.startsWith(prefix) && clean.length > prefix.length) return true;
  return false;
}

export function tukiverkko(): AstroIntegration {
  let base = '/';
  return {
    name: 'tukiverkko',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        // A past event keeps its page for old links, but noindex and outside the search index.
        const entryPages = pages.filter((page) => isEntryPagePath(page.pathname) && !isNoindexPage(outDir, page.pathname)).length;
        // scripts/build.ts indexes after Astro has exited, so that Pagefind does not run while
        // Astro still holds the whole directory in memory; a plain `astro build` indexes here.
        const handOver = process.env[INDEX_LATER_ENV];
        if (handOver) {
          writeFileSync(handOver, JSON.stringify({ outDir, base, entryPages }));
          return;
        }
        logger.info(await indexSite(outDir, base, entryPages));
      },
    },
  };
}

/** The environment variable naming a file where the build leaves what `indexSite` needs. */
export const INDEX_LATER_ENV = 'TUKIVERKKO_INDEX_LATER';

/**
 * Indexes the entry pages in `outDir` with Pagefind, checks that the index holds exactly
 * `entryPages` pages and writes the search pages' preloads. Returns the line to log.
 *
 * One language at a time, each in a Pagefind process of its own: Pagefind holds every page it
 * indexes until it writes the index (3.9 GB for the 43,000 pages of 10,000 activities at once).
 * Its languages are separate indexes anyway (by <html lang>), so the files are the same. A
 * language with more than `limit` pages is split into shards of at most `limit` pages, each its
 * own bundle and process (search-shards.ts).
 */
export async function indexSite(outDir: string, base: string, entryPages: number, limit = shardPagesLimit()): Promise<string> {
  const started = performance.now();
  const target = path.join(outDir, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  /** pagefind-entry.json of each shard's bundle, by shard (1-based). */
  const entries = new Map<number, { base: Record<string, unknown>; languages: Record<string, unknown> }>();
  const addBundle = (scratch: string, shard: number) => {
    const own = JSON.parse(readFileSync(path.join(scratch, 'pagefind-entry.json'), 'utf8')) as Record<string, unknown> & { languages: Record<string, unknown> };
    const entry = entries.get(shard) ?? { base: own, languages: {} };
    Object.assign(entry.languages, own.languages);
    entries.set(shard, entry);
    mergeInto(scratch, path.join(target, shardFolder(shard)));
    rmSync(scratch, { recursive: true, force: true });
  };
  const sharded: string[] = [];
  for (const lang of LANGUAGES) {
    const files = entryPageFiles(outDir, lang);
    // Only the entry pages' folders: Pagefind reads every file its glob matches, and the browse,
    // editorial and search pages (a fifth of the HTML) have nothing to index.
    const plan = files.length > limit ? planShards(readShardPages(outDir, files), limit) : undefined;
    if (!plan || plan.shards.length === 1) {
      const scratch = path.join(outDir, `.pagefind-${lang}`);
      await runPagefind(outDir, entryPageGlob(lang), scratch);
      addBundle(scratch, 1);
      continue;
    }
    for (const [index, pages] of plan.shards.entries()) {
      const shard = index + 1;
      const stage = path.join(outDir, `.pagefind-stage-${lang}-${shard}`);
      const scratch = path.join(outDir, `.pagefind-${lang}-${shard}`);
      try {
        stagePages(outDir, stage, pages.map((page) => page.file));
        await runPagefind(stage, '**/*.html', scratch);
      } finally {
        rmSync(stage, { recursive: true, force: true });
      }
      addBundle(scratch, shard);
    }
    writeFileSync(path.join(target, shardOrderFile(lang)), JSON.stringify({ shards: plan.shards.length, date: plan.dateOrder }));
    sharded.push(`${lang} in ${plan.shards.length} shards`);
  }
  for (const [shard, entry] of entries) {
    const sorted = Object.fromEntries(Object.keys(entry.languages).sort().map((code) => [code, entry.languages[code]]));
    writeFileSync(path.join(target, shardFolder(shard), 'pagefind-entry.json'), JSON.stringify({ ...entry.base, languages: sorted }));
  }
  const indexed = bundleEntryFiles(target).reduce((total, file) => total + countIndexedPages(file), 0);
  if (indexed !== entryPages) {
    throw new Error(`The search index has ${indexed} pages but the build made ${entryPages} entry pages: an entry was lost or a non-entry page was indexed.`);
  }
  addSearchPreloads(outDir, base);
  // scripts/bench.ts reads the time from this line.
  const split = sharded.length > 0 ? ` (${sharded.join(', ')})` : '';
  return `Search index: ${indexed} entry pages in ${((performance.now() - started) / 1000).toFixed(1)} s${split}.`;
}

/** Indexes the HTML files under `root` that `glob` matches into a Pagefind bundle in `outputPath`. */
async function runPagefind(root: string, glob: string, outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: root, glob });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/** The pages (index.html) under one language's entry folders, relative to `outDir`. */
export function entryPageFiles(outDir: string, lang: Lang): string[] {
  return entryFolders(lang).flatMap((folder) => {
    const root = path.join(outDir, folder);
    if (!existsSync(root)) return [];
    return readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file === 'index.html' || file.endsWith(`${path.sep}index.html`))
      .map((file) => path.join(folder, file).split(path.sep).join('/'))
      .sort();
  });
}

/** The pages Pagefind indexes among `files` (those with a data-pagefind-body), with their sort values (a date for events only). */
function readShardPages(outDir: string, files: readonly string[]): ShardPage[] {
  return files.flatMap((file) => {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) return [];
    const name = /data-pagefind-sort="name:([^"]*)"/.exec(html)?.[1];
    const date = /data-pagefind-sort="date:([^"]*)"/.exec(html)?.[1];
    if (name === undefined) throw new Error(`${path.join(outDir, file)}: an indexed entry page without its name sort value (SearchMeta.astro).`);
    return [date === undefined ? { file, name } : { file, name, date }];
  });
}

/** A folder under `stage` holding `files` of `outDir` at the same paths (hard links, or copies). */
function stagePages(outDir: string, stage: string, files: readonly string[]): void {
  rmSync(stage, { recursive: true, force: true });
  for (const file of files) {
    const to = path.join(stage, file);
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      linkSync(path.join(outDir, file), to);
    } catch {
      copyFileSync(path.join(outDir, file), to);
    }
  }
}

/** pagefind-entry.json of the bundle in `bundle` and of each of its shards. */
export function bundleEntryFiles(bundle: string): string[] {
  const shards = existsSync(bundle) ? readdirSync(bundle).filter((name) => /^shard-\d+$/.test(name)) : [];
  return [path.join(bundle, 'pagefind-entry.json'), ...shards.sort((a, b) => Number(a.slice(6)) - Number(b.slice(6))).map((name) => path.join(bundle, name, 'pagefind-entry.json'))].filter((file) => existsSync(file));
}

/**
 * Moves the files of one language's Pagefind bundle into the whole bundle. Its language's files
 * are its own (their names start with the language); the script, WebAssembly loader and UI files
 * are the same in every language's bundle and are kept from the first; the entry file is merged
 * by the caller.
 */
function mergeInto(source: string, target: string): void {
  for (const item of readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, item.name);
    const to = path.join(target, item.name);
    if (item.isDirectory()) {
      mkdirSync(to, { recursive: true });
      mergeInto(from, to);
    } else if (item.name !== 'pagefind-entry.json' && !existsSync(to)) {
      mkdirSync(target, { recursive: true });
      renameSync(from, to);
    }
  }
}

/** True when the built page `pathname` under `outDir` tells robots not to index it. */
export function isNoindexPage(outDir: string, pathname: string): boolean {
  const file = path.join(outDir, pathname, 'index.html');
  return isNoindexFile(file);
}

/** Pages in the search index, over all languages (Pagefind's own count of indexed pages). */
export function countIndexedPages(entryFile: string): number {
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

/** The chunk file (without `.pf_filter`) of each filter of `lang`'s index, read from the chunks themselves. */
function filterChunkFiles(folder: string, files: readonly string[], lang: string): Map<string, string> {
  const chunks = new Map<string, string>();
  for (const file of files) {
    if (!file.startsWith(`${lang}_`) || !file.endsWith('.pf_filter')) continue;
    const name = filterChunkName(gunzipSync(readFileSync(path.join(folder, file))));
    if (name === undefined) throw new Error(`${path.join(folder, file)}: not a Pagefind filter chunk this build can read (its format may have changed with a new Pagefind).`);
    chunks.set(name, file.slice(0, -'.pf_filter'.length));
  }
  return chunks;
}

/**
 * Writes into each search page the preload links of the Pagefind files its first search needs
 * (search-preloads.ts); they are known only now, after indexing.
 */
export function addSearchPreloads(outDir: string, base: string): void {
  const entryTexts = bundleEntryFiles(path.join(outDir, 'pagefind')).map((file) => readFileSync(file, 'utf8'));
  const [entry, ...shardEntries] = entryTexts.map((text) => JSON.parse(text) as PagefindEntry);
  if (!entry) throw new Error(`${path.join(outDir, 'pagefind', 'pagefind-entry.json')} is missing: Pagefind wrote no index.`);
  const cacheTag = createHash('sha256').update(entryTexts.join('\n')).digest('hex').slice(0, 12);
  const list = (folder: string) => (existsSync(path.join(outDir, 'pagefind', folder)) ? readdirSync(path.join(outDir, 'pagefind', folder)) : []);
  const indexFiles = list('index');
  const filterFiles = list('filter');
  for (const lang of LANGUAGES) {
    const page = path.join(outDir, routePath(lang, 'search'), 'index.html');
    if (!existsSync(page)) continue;
    const html = readFileSync(page, 'utf8');
    const filterChunks = filterChunkFiles(path.join(outDir, 'pagefind', 'filter'), filterFiles, lang);
    const tags = searchPreloadTags({ base, lang, entry, shardEntries, indexFiles, cacheTag, filterChunks, pageScripts: moduleScripts(html) });
    writeFileSync(page, insertIntoHead(html, tags));
  }
}
