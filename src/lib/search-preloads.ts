/**
 * Preload links for a search page, written into its <head> once Pagefind has built the index
 * (integration.ts): what every first search fetches before it can show results (Pagefind's script
 * and WebAssembly, the entry file, the language's metadata and, on a site small enough to have
 * just one, its word index chunk) then loads in parallel with the page instead of one round trip
 * after another. Filter chunks are not named: a link needs only those of its own filters, which
 * Pagefind asks for as soon as its metadata is in, and the filter counts load all of them only
 * after the results are on screen (search-page.ts); preloading every one would put hundreds of
 * kilobytes on a large site in front of the results.
 *
 * Pagefind asks for `pagefind-entry.json?ts=<Date.now()>` unless given a `metaCacheTag`; the
 * page names one in <meta name="pagefind-cache-tag"> that changes whenever the index does, so
 * the preloaded entry file is the one Pagefind asks for and browsers never keep a stale one.
 */

import { SHARDS_META, shardFolder } from './search-shards.ts';

/** The name of the meta element that carries the cache tag to search-page.ts. */
export const CACHE_TAG_META = 'pagefind-cache-tag';

export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

export interface SearchPreloadOptions {
  /** The site base, `/` or `/repo/`. */
  base: string;
  lang: string;
  entry: PagefindEntry;
  /** pagefind-entry.json of the shards after the first (shard-2/, shard-3/ …), when a language is split (search-shards.ts). */
  shardEntries?: readonly PagefindEntry[];
  /** File names in pagefind/index/ (all languages). */
  indexFiles: readonly string[];
  /** Changes with the index (a hash of pagefind-entry.json). */
  cacheTag: string;
  /**
   * The page's own module scripts (moduleScripts): named first, so that they are not discovered
   * at the end of the body behind the preloads.
   */
  pageScripts?: readonly string[];
}

/** The tags to put in the <head> of the search page of `lang`; '' when the index has no such language. */
export function searchPreloadTags(options: SearchPreloadOptions): string {
  const language = options.entry.languages[options.lang];
  if (!language) return '';
  const root = `${options.base.replace(/\/?$/, '/')}pagefind/`;
  const own = (files: readonly string[]) => files.filter((file) => file.startsWith(`${options.lang}_`)).sort();
  const indexChunks = own(options.indexFiles);
  // In the order the first search needs them, so that on HTTP/1.1 (six connections) the files
  // that hold up the results go first. With several word index chunks the words decide which one
  // is needed, so none is preloaded. The filter chunks (one per filter, a few hundred bytes
  // each) come last: a link's filters need some of them, the counts all of them.
  // A split language's other shards are asked at the same time as the first: their WebAssembly,
  // entry file and metadata too (their word chunks depend on the words).
  const shards = (options.shardEntries ?? []).flatMap((entry, index) => {
    const own = entry.languages[options.lang];
    return own ? [{ folder: `${root}${shardFolder(index + 2)}`, language: own }] : [];
  });
  const fetches = [
    `${root}wasm.${language.wasm ?? 'unknown'}.pagefind`,
    `${root}pagefind-entry.json?ts=${encodeURIComponent(options.cacheTag)}`,
    `${root}pagefind.${language.hash}.pf_meta`,
    ...(indexChunks.length === 1 && shards.length === 0 ? [`${root}index/${indexChunks[0]}`] : []),
    ...shards.flatMap(({ folder, language: own }) => [
      `${folder}wasm.${own.wasm ?? 'unknown'}.pagefind`,
      `${folder}pagefind-entry.json?ts=${encodeURIComponent(options.cacheTag)}`,
      `${folder}pagefind.${own.hash}.pf_meta`,
    ]),
  ];
  return [
    `<meta name="${CACHE_TAG_META}" content="${escapeAttribute(options.cacheTag)}">`,
    ...(shards.length > 0 ? [`<meta name="${SHARDS_META}" content="${shards.length + 1}">`] : []),
    ...(options.pageScripts ?? []).map((src) => `<link rel="modulepreload" href="${escapeAttribute(src)}">`),
    `<link rel="modulepreload" href="${escapeAttribute(`${root}pagefind.js`)}">`,
    // search-page.ts loads each shard's own copy of the script (Pagefind's WebAssembly is module-wide).
    ...shards.map(({ folder }) => `<link rel="modulepreload" href="${escapeAttribute(`${folder}pagefind.js`)}">`),
    ...fetches.map((url) => `<link rel="preload" href="${escapeAttribute(url)}" as="fetch" crossorigin="anonymous">`),
  ].join('');
}

/** The src of each `<script type="module" src=…>` of a page, in order. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*>/g), ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*\btype="module"[^>]*>/g)]
    .sort((a, b) => a.index - b.index)
    .map((match) => match[1]!);
}

/** Inserts `tags` before </head>; the page unchanged when it has no </head> or no tags. */
export function insertIntoHead(html: string, tags: string): string {
  const end = html.indexOf('</head>');
  return end === -1 || tags === '' ? html : `${html.slice(0, end)}${tags}${html.slice(end)}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
