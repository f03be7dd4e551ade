/**
 * The Tukiverkko Astro integration: after the build, index the entry pages with Pagefind (one
 * index per <html lang>) and fail if the index does not hold exactly one record per entry page.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LANGUAGES, routePath, SEGMENTS, type Lang } from './routes.ts';
import { insertIntoHead, moduleScripts, searchPreloadTags, type PagefindEntry } from './search-preloads.ts';

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
 */
export async function indexSite(outDir: string, base: string, entryPages: number): Promise<string> {
  const started = performance.now();
  const target = path.join(outDir, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  // One language at a time, each in a Pagefind process of its own: Pagefind holds every page it
  // indexes until it writes the index, 3.9 GB for the 43,000 pages of 10,000 activities at once.
  // Its languages are separate indexes anyway (by <html lang>), so the files are the same.
  const languages: Record<string, unknown> = {};
  let entry: Record<string, unknown> | undefined;
  for (const lang of LANGUAGES) {
    const scratch = path.join(outDir, `.pagefind-${lang}`);
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      // Only the entry pages' folders: Pagefind reads every file its glob matches, and the browse,
      // editorial and search pages (a fifth of the HTML) have nothing to index.
      const added = await index.addDirectory({ path: outDir, glob: entryPageGlob(lang) });
      if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: scratch });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    const own = JSON.parse(readFileSync(path.join(scratch, 'pagefind-entry.json'), 'utf8')) as Record<string, unknown> & { languages: Record<string, unknown> };
    Object.assign(languages, own.languages);
    entry ??= own;
    mergeInto(scratch, target);
    rmSync(scratch, { recursive: true, force: true });
  }
  if (entry) {
    const sorted = Object.fromEntries(Object.keys(languages).sort().map((code) => [code, languages[code]]));
    writeFileSync(path.join(target, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages: sorted }));
  }
  const indexed = countIndexedPages(`${outDir}/pagefind/pagefind-entry.json`);
  if (indexed !== entryPages) {
    throw new Error(`The search index has ${indexed} pages but the build made ${entryPages} entry pages: an entry was lost or a non-entry page was indexed.`);
  }
  addSearchPreloads(outDir, base);
  // scripts/bench.ts reads the time from this line.
  return `Search index: ${indexed} entry pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
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
  return existsSync(file) && /<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));
}

/** Pages in the search index, over all languages (Pagefind's own count of indexed pages). */
export function countIndexedPages(entryFile: string): number {
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

/**
 * Writes into each search page the preload links of the Pagefind files its first search needs
 * (search-preloads.ts); they are known only now, after indexing.
 */
export function addSearchPreloads(outDir: string, base: string): void {
  const entryText = readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  const cacheTag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const list = (folder: string) => (existsSync(path.join(outDir, 'pagefind', folder)) ? readdirSync(path.join(outDir, 'pagefind', folder)) : []);
  const indexFiles = list('index');
  for (const lang of LANGUAGES) {
    const page = path.join(outDir, routePath(lang, 'search'), 'index.html');
    if (!existsSync(page)) continue;
    const html = readFileSync(page, 'utf8');
    const tags = searchPreloadTags({ base, lang, entry, indexFiles, cacheTag, pageScripts: moduleScripts(html) });
    writeFileSync(page, insertIntoHead(html, tags));
  }
}
