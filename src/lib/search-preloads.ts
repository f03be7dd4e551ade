/**
 * Preload links for a search page, written into its <head> once Pagefind has built the index
 * (integration.ts): what every first search fetches before it can show results (Pagefind's script
 * and WebAssembly, the entry file, the language's metadata and, on a site small enough to have
 * just one, its word index chunk) then loads in parallel with the page instead of one round trip
 * after another. Filter chunks are not preloaded here: a link needs only those of its own filters,
 * and the filter counts load all of them only after the results are on screen (search-page.ts);
 * preloading every one would put hundreds of kilobytes on a large site in front of the results.
 * Instead the page names each filter's chunk (FILTER_CHUNKS_META), and the search page starts the
 * downloads of its link's own as soon as it has read the link: Pagefind would ask for them only
 * once its metadata is in and decoded (about 300 ms later at 10,000 activities, plus a round trip).
 *
 * Pagefind asks for `pagefind-entry.json?ts=<Date.now()>` unless given a `metaCacheTag`; the
 * page names one in <meta name="pagefind-cache-tag"> that changes whenever the index does, so
 * the preloaded entry file is the one Pagefind asks for and browsers never keep a stale one.
 */

import { SHARDS_META, shardFolder } from './search-shards.ts';

/** The name of the meta element that carries the cache tag to search-page.ts. */
export const CACHE_TAG_META = 'pagefind-cache-tag';

/** The name of the meta element that names each filter's chunk file: `situation:fi_813e318 reach:fi_47c0cbf`. */
export const FILTER_CHUNKS_META = 'tukiverkko-filter-chunks';

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
  /** The chunk file (in pagefind/filter/, without `.pf_filter`) of each filter of the language; not used when it is split. */
  filterChunks?: ReadonlyMap<string, string>;
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
  // A split language's shards each have chunks of their own; their filters load as Pagefind asks.
  const chunks = shards.length === 0 && options.filterChunks && options.filterChunks.size > 0 ? formatFilterChunks(options.filterChunks) : '';
  return [
    `<meta name="${CACHE_TAG_META}" content="${escapeAttribute(options.cacheTag)}">`,
    ...(shards.length > 0 ? [`<meta name="${SHARDS_META}" content="${shards.length + 1}">`] : []),
    ...(chunks ? [`<meta name="${FILTER_CHUNKS_META}" content="${escapeAttribute(chunks)}">`] : []),
    ...(options.pageScripts ?? []).map((src) => `<link rel="modulepreload" href="${escapeAttribute(src)}">`),
    `<link rel="modulepreload" href="${escapeAttribute(`${root}pagefind.js`)}">`,
    // search-page.ts loads each shard's own copy of the script (Pagefind's WebAssembly is module-wide).
    ...shards.map(({ folder }) => `<link rel="modulepreload" href="${escapeAttribute(`${folder}pagefind.js`)}">`),
    ...fetches.map((url) => `<link rel="preload" href="${escapeAttribute(url)}" as="fetch" crossorigin="anonymous">`),
  ].join('');
}

const CHUNK_ITEM = /^([a-z][a-z0-9_-]*):([a-z]{2}_[0-9a-f]+)$/;

/** FILTER_CHUNKS_META's content for a filter → chunk file map, in filter order; malformed pairs are left out. */
export function formatFilterChunks(chunks: ReadonlyMap<string, string>): string {
  return [...chunks]
    .filter((item) => CHUNK_ITEM.test(item.join(':')))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([filter, file]) => `${filter}:${file}`)
    .join(' ');
}

/** The filter → chunk file map of FILTER_CHUNKS_META's content; anything malformed is left out. */
export function parseFilterChunks(content: string): Map<string, string> {
  const chunks = new Map<string, string>();
  for (const item of content.split(/\s+/)) {
    const match = CHUNK_ITEM.exec(item);
    if (match) chunks.set(match[1]!, match[2]!);
  }
  return chunks;
}

/**
 * The name of the filter a Pagefind filter chunk holds, from the chunk as stored (gzip, then
 * `pagefind_dcd` and CBOR `[filter, values]`); undefined for anything else.
 */
export function filterChunkName(decompressed: Uint8Array): string | undefined {
  const signature = 'pagefind_dcd';
  if (new TextDecoder().decode(decompressed.subarray(0, signature.length)) !== signature) return undefined;
  let at = signature.length;
  if (decompressed[at++] !== 0x82) return undefined;
  const head = decompressed[at++];
  if (head === undefined || head >> 5 !== 3) return undefined;
  let length = head & 0x1f;
  if (length === 24) length = decompressed[at++] ?? 0;
  else if (length > 24) return undefined;
  if (at + length > decompressed.length) return undefined;
  return new TextDecoder().decode(decompressed.subarray(at, at + length));
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
