import { gzipSync, gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { filterChunkName, formatFilterChunks, insertIntoHead, moduleScripts, parseFilterChunks, searchPreloadTags } from './search-preloads.ts';

const entry = { languages: { fi: { hash: 'fi_ad91f4165c', wasm: 'fi', page_count: 100 }, sv: { hash: 'sv_c0696d9f73', wasm: 'sv', page_count: 100 } } };

test('the Finnish search page preloads Pagefind, its WebAssembly, the entry file, its metadata and its one index chunk, but no filter chunk', () => {
  expect(
    searchPreloadTags({
      base: '/repo',
      lang: 'fi',
      entry,
      indexFiles: ['sv_2.pf_index', 'fi_1.pf_index'],
      cacheTag: 'abc123',
      pageScripts: ['/repo/_astro/SearchPage.abc.js'],
    })
      .split('><')
      .join('>\n<'),
  ).toBe(
    [
      '<meta name="pagefind-cache-tag" content="abc123">',
      '<link rel="modulepreload" href="/repo/_astro/SearchPage.abc.js">',
      '<link rel="modulepreload" href="/repo/pagefind/pagefind.js">',
      '<link rel="preload" href="/repo/pagefind/wasm.fi.pagefind" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/repo/pagefind/pagefind-entry.json?ts=abc123" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/repo/pagefind/pagefind.fi_ad91f4165c.pf_meta" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/repo/pagefind/index/fi_1.pf_index" as="fetch" crossorigin="anonymous">',
    ].join('\n'),
  );
});

test('no index chunk is preloaded when the words decide which one a search needs', () => {
  const tags = searchPreloadTags({ base: '/', lang: 'sv', entry, indexFiles: ['sv_1.pf_index', 'sv_2.pf_index'], cacheTag: 't' });
  expect(tags).not.toContain('pf_index');
  expect(tags).toContain('href="/pagefind/pagefind.sv_c0696d9f73.pf_meta"');
});

test('a split index: the shard count, and every shard’s script, WebAssembly, entry file and metadata; no index chunk', () => {
  const shard = (hash: string) => ({ languages: { fi: { hash, wasm: 'fi', page_count: 40 } } });
  const tags = searchPreloadTags({ base: '/', lang: 'fi', entry, shardEntries: [shard('fi_2222'), shard('fi_3333')], indexFiles: ['fi_1.pf_index'], cacheTag: 't' }).split('><').join('>\n<');
  expect(tags).toBe(
    [
      '<meta name="pagefind-cache-tag" content="t">',
      '<meta name="tukiverkko-search-shards" content="3">',
      '<link rel="modulepreload" href="/pagefind/pagefind.js">',
      '<link rel="modulepreload" href="/pagefind/shard-2/pagefind.js">',
      '<link rel="modulepreload" href="/pagefind/shard-3/pagefind.js">',
      '<link rel="preload" href="/pagefind/wasm.fi.pagefind" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=t" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/pagefind/pagefind.fi_ad91f4165c.pf_meta" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/pagefind/shard-2/wasm.fi.pagefind" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/pagefind/shard-2/pagefind-entry.json?ts=t" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/pagefind/shard-2/pagefind.fi_2222.pf_meta" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/pagefind/shard-3/wasm.fi.pagefind" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/pagefind/shard-3/pagefind-entry.json?ts=t" as="fetch" crossorigin="anonymous">',
      '<link rel="preload" href="/pagefind/shard-3/pagefind.fi_3333.pf_meta" as="fetch" crossorigin="anonymous">',
    ].join('\n'),
  );
  // A language no shard has is not split.
  expect(searchPreloadTags({ base: '/', lang: 'sv', entry, shardEntries: [shard('fi_2222')], indexFiles: [], cacheTag: 't' })).not.toContain('shard');
});

test('the page names each filter’s chunk, for the search page to preload its link’s own; not for a split index', () => {
  const filterChunks = new Map([['situation', 'fi_813e318'], ['reach', 'fi_47c0cbf']]);
  const tags = searchPreloadTags({ base: '/', lang: 'fi', entry, indexFiles: [], cacheTag: 't', filterChunks });
  expect(tags).toContain('<meta name="tukiverkko-filter-chunks" content="reach:fi_47c0cbf situation:fi_813e318">');
  expect(tags).not.toContain('.pf_filter');
  const shard = { languages: { fi: { hash: 'fi_2222', wasm: 'fi', page_count: 40 } } };
  expect(searchPreloadTags({ base: '/', lang: 'fi', entry, shardEntries: [shard], indexFiles: [], cacheTag: 't', filterChunks })).not.toContain('tukiverkko-filter-chunks');
});

test('the filter chunk names read back as written; anything malformed is left out', () => {
  const chunks = new Map([['situation', 'fi_813e318'], ['municipality', 'sv_a155de7']]);
  expect(parseFilterChunks(formatFilterChunks(chunks))).toEqual(chunks);
  expect(parseFilterChunks(' situation:fi_813e318  bad reach:../x Reach:fi_1 day:fi_zz  last:en_3cfbc97 ')).toEqual(
    new Map([['situation', 'fi_813e318'], ['last', 'en_3cfbc97']]),
  );
  expect(formatFilterChunks(new Map([['a b', 'fi_1'], ['ok', 'fi_2']]))).toBe('ok:fi_2');
});

test('filterChunkName reads the filter a Pagefind chunk holds', () => {
  // pagefind_dcd, then CBOR [filter, [[value, [pages]]]] as Pagefind writes it.
  const chunk = (name: string) => Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x82]), name.length < 24 ? Buffer.from([0x60 + name.length]) : Buffer.from([0x78, name.length]), Buffer.from(name), Buffer.from([0x81, 0x82, 0x62, 0x6f, 0x6b, 0x81, 0x01])]);
  expect(filterChunkName(gunzipSync(gzipSync(chunk('situation'))))).toBe('situation');
  expect(filterChunkName(chunk('a-filter-name-of-thirty-chars'))).toBe('a-filter-name-of-thirty-chars');
  expect(filterChunkName(Buffer.from('not a chunk at all'))).toBeUndefined();
  expect(filterChunkName(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x82, 0x01])]))).toBeUndefined();
  expect(filterChunkName(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x82, 0x69, 0x73])]))).toBeUndefined();
});

test('nothing for a language the index does not have', () => {
  expect(searchPreloadTags({ base: '/', lang: 'en', entry, indexFiles: [], cacheTag: 't' })).toBe('');
});

test.each([
  ['<html><head><title>Haku</title></head><body></body></html>', '<meta x>', '<html><head><title>Haku</title><meta x></head><body></body></html>'],
  ['<html><body>no head</body></html>', '<meta x>', '<html><body>no head</body></html>'],
  ['<html><head></head></html>', '', '<html><head></head></html>'],
])('insertIntoHead (%#)', (html, tags, expected) => {
  expect(insertIntoHead(html, tags)).toBe(expected);
});

test('moduleScripts finds the module scripts of a page, in order, whatever the attribute order', () => {
  expect(
    moduleScripts('<script type="application/json">{}</script><script type="module" src="/_astro/a.js"></script><script src="/_astro/b.js" type="module"></script><script src="/classic.js"></script>'),
  ).toEqual(['/_astro/a.js', '/_astro/b.js']);
});
