import { describe, expect, test } from 'vitest';
import { sampleDirectory } from '../../tests/support/directory.ts';
import { FIXED_NOW } from '../../tests/support/clock.ts';
import { buildDirectoryExport, directoryExportDocument } from './exports.ts';
import { hsdsDocument, hsdsOrganizations, hsdsServices } from './hsds.ts';
import { jsonDocumentValue, jsonStream, textStream, type JsonDocument } from './json-stream.ts';

async function streamed(document: JsonDocument): Promise<{ text: string; chunks: number }> {
  let chunks = 0;
  const bytes: Uint8Array[] = [];
  for await (const chunk of jsonStream(document)) {
    chunks++;
    bytes.push(chunk);
  }
  return { text: Buffer.concat(bytes).toString('utf8'), chunks };
}

describe('jsonStream', () => {
  test('writes what JSON.stringify writes, a batch of items at a time', async () => {
    const items = Array.from({ length: 1001 }, (_, n) => ({ n, name: `ryhmä – “${n}” 😀`, nested: { list: [n, null, true] } }));
    const document = { name: 'test.json', head: { total: 1001, empty: false, skipped: undefined }, lists: [{ key: 'contents', count: 1001, items: () => items }] };
    const { text, chunks } = await streamed(document);
    expect(text).toBe(`${JSON.stringify({ total: 1001, empty: false, contents: items })}\n`);
    expect(JSON.parse(text)).toEqual(jsonDocumentValue(document));
    expect(chunks).toBeGreaterThan(3);
  });

  test('empty lists, an empty head, several lists, no lists', async () => {
    const list = (key: string, items: unknown[]) => ({ key, count: items.length, items: () => items });
    expect((await streamed({ name: 'test.json', head: {}, lists: [list('items', [])] })).text).toBe('{"items":[]}\n');
    expect((await streamed({ name: 'test.json', head: { a: 1 }, lists: [list('items', [])] })).text).toBe('{"a":1,"items":[]}\n');
    expect((await streamed({ name: 'test.json', head: { a: 1 }, lists: [list('b', [1, undefined]), list('c', [{ d: 'ä' }])] })).text).toBe(`${JSON.stringify({ a: 1, b: [1, undefined], c: [{ d: 'ä' }] })}\n`);
    expect((await streamed({ name: 'test.json', head: {}, lists: [] })).text).toBe('{}\n');
    expect((await streamed({ name: 'test.json', head: { a: [1] }, lists: [] })).text).toBe('{"a":[1]}\n');
  });

  test('items are made only as the stream is read', async () => {
    let made = 0;
    function* items() {
      for (let n = 0; n < 1000; n++) {
        made++;
        yield n;
      }
    }
    const reader = jsonStream({ name: 'test.json', head: {}, lists: [{ key: 'items', count: 1000, items }] }).getReader();
    await reader.read();
    expect(made).toBeLessThan(1000);
    await reader.cancel();
  });

  test('an item that cannot be made names the file, the list and the item', async () => {
    function* items() {
      yield 1;
      throw new Error('no schedule');
    }
    await expect(streamed({ name: 'data/hsds/fi/services.json', head: {}, lists: [{ key: 'contents', count: 2, items }] })).rejects.toThrow('data/hsds/fi/services.json: writing item 2 of "contents" failed: no schedule');
  });

  test('a list with fewer items than it promised is an error, not a short file', async () => {
    await expect(streamed({ name: 'test.json', head: {}, lists: [{ key: 'items', count: 3, items: () => [1, 2] }] })).rejects.toThrow('test.json: the list "items" promised 3 items but had 2.');
  });
});

describe('the export files', () => {
  test('the directory export: the same text as the whole object', async () => {
    const directory = sampleDirectory();
    expect((await streamed(directoryExportDocument(directory, FIXED_NOW))).text).toBe(`${JSON.stringify(buildDirectoryExport(directory, FIXED_NOW))}\n`);
  });

  test.each(['fi', 'sv', 'en'] as const)('%s: the streamed HSDS files are the documents byte for byte', async (lang) => {
    const directory = sampleDirectory();
    expect((await streamed(hsdsDocument(directory, lang, '2026-11-23', 'services'))).text).toBe(`${JSON.stringify(hsdsServices(directory, lang, '2026-11-23'))}\n`);
    expect((await streamed(hsdsDocument(directory, lang, '2026-11-23', 'organizations'))).text).toBe(`${JSON.stringify(hsdsOrganizations(directory, lang, '2026-11-23'))}\n`);
  });
});

test('textStream makes its pieces only as it is read, 200 to a chunk', async () => {
  let made = 0;
  const stream = textStream(function* () {
    for (let index = 0; index < 450; index++) {
      made++;
      yield `${index};`;
    }
  });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const first = await reader.read();
  expect(made).toBeLessThanOrEqual(201);
  const chunks = [decoder.decode(first.value)];
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(decoder.decode(next.value));
  expect(chunks.map((chunk) => chunk.split(';').length - 1)).toEqual([200, 200, 50]);
  expect(chunks.join('')).toBe(Array.from({ length: 450 }, (_, index) => `${index};`).join(''));
});
