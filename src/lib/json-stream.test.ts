import { describe, expect, test } from 'vitest';
import { sampleDirectory } from '../../tests/support/directory.ts';
import { hsdsList, hsdsOrganizations, hsdsServices } from './hsds.ts';
import { jsonListStream, type JsonList } from './json-stream.ts';

async function streamed(list: JsonList<unknown>): Promise<{ text: string; chunks: number }> {
  let chunks = 0;
  const bytes: Uint8Array[] = [];
  for await (const chunk of jsonListStream(list)) {
    chunks++;
    bytes.push(chunk);
  }
  return { text: Buffer.concat(bytes).toString('utf8'), chunks };
}

describe('jsonListStream', () => {
  test('writes what JSON.stringify writes, a batch of items at a time', async () => {
    const items = Array.from({ length: 1001 }, (_, n) => ({ n, name: `ryhmä – “${n}” 😀`, nested: { list: [n, null, true] } }));
    const list = { head: { total: 1001, empty: false }, key: 'contents', count: 1001, items: () => items };
    const { text, chunks } = await streamed(list);
    expect(text).toBe(`${JSON.stringify({ total: 1001, empty: false, contents: items })}\n`);
    expect(chunks).toBeGreaterThan(3);
  });

  test('an empty list and an empty head', async () => {
    expect((await streamed({ head: {}, key: 'items', count: 0, items: () => [] })).text).toBe('{"items":[]}\n');
    expect((await streamed({ head: { a: 1 }, key: 'items', count: 0, items: () => [] })).text).toBe('{"a":1,"items":[]}\n');
  });

  test('items are made only as the stream is read', async () => {
    let made = 0;
    function* items() {
      for (let n = 0; n < 1000; n++) {
        made++;
        yield n;
      }
    }
    const reader = jsonListStream({ head: {}, key: 'items', count: 1000, items }).getReader();
    await reader.read();
    expect(made).toBeLessThan(1000);
    await reader.cancel();
  });

  test('a list with fewer items than it promised is an error, not a short file', async () => {
    await expect(streamed({ head: {}, key: 'items', count: 3, items: () => [1, 2] })).rejects.toThrow('promised 3 items but had 2');
  });
});

describe('the HSDS export files', () => {
  test.each(['fi', 'sv', 'en'] as const)('%s: the streamed files are the documents byte for byte', async (lang) => {
    const directory = sampleDirectory();
    expect((await streamed(hsdsList(directory, lang, '2026-11-23', 'services'))).text).toBe(`${JSON.stringify(hsdsServices(directory, lang, '2026-11-23'))}\n`);
    expect((await streamed(hsdsList(directory, lang, '2026-11-23', 'organizations'))).text).toBe(`${JSON.stringify(hsdsOrganizations(directory, lang, '2026-11-23'))}\n`);
  });
});
