import { afterEach, describe, expect, test } from 'vitest';
import { loadDirectory, publishedDirectory, tukiverkkoLoader, VALIDATED_ENV } from './content-loader.ts';
import { contentDirectory, readContentDirectory } from './content-files.ts';
import { validateContent } from './validate.ts';

const PUBLISHED = Symbol.for('tukiverkko:directory');
const unpublish = () => {
  delete (globalThis as Record<symbol, unknown>)[PUBLISHED];
};

/** An Astro loader context with just what our loader uses: a store, a digest and a logger. */
function loaderContext() {
  const stored = new Map<string, { id: string; data: Record<string, unknown>; digest: string }>([['stale', { id: 'stale', data: {}, digest: '0' }]]);
  const logged: string[] = [];
  const context = {
    store: {
      keys: () => [...stored.keys()],
      delete: (id: string) => stored.delete(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest: string }) => stored.set(entry.id, entry),
    },
    generateDigest: (data: unknown) => String(JSON.stringify(data).length),
    logger: { info: (line: string) => logged.push(line) },
  };
  return { context, stored, logged };
}

describe('the content loader hands the validated entries to the pages', () => {
  afterEach(unpublish);
  const expected = validateContent(readContentDirectory(contentDirectory({})));

  test('the site loader publishes every organisation, activity and event; Astro stores only the site', async () => {
    unpublish();
    const { context, stored, logged } = loaderContext();
    await tukiverkkoLoader().load(context as never);
    const published = publishedDirectory()!;
    expect(published.activities.map((entry) => entry.key)).toEqual(expected.activities.map((entry) => entry.key));
    expect(published.events.map((entry) => entry.key)).toEqual(expected.events.map((entry) => entry.key));
    expect(published.organisations.map((entry) => entry.key)).toEqual(expected.organisations.map((entry) => entry.key));
    expect(published.activities[0]!.data).toEqual(expected.activities[0]!.data);
    expect([...stored.keys()]).toEqual(['site']);
    expect(logged).toEqual([`${expected.organisations.length} organisations, ${expected.activities.length} activities and ${expected.events.length} events loaded`]);
  });

  test('the taxonomies reach the pages with the entries, one list per taxonomy', async () => {
    const { context } = loaderContext();
    await tukiverkkoLoader().load(context as never);
    expect(Object.keys(publishedDirectory()!.taxonomies).sort()).toEqual(Object.keys(expected.taxonomies).sort());
  });

  test('without a loader in the process, the pages validate the content themselves, once', () => {
    unpublish();
    const previous = process.env[VALIDATED_ENV];
    delete process.env[VALIDATED_ENV];
    try {
      const directory = loadDirectory();
      expect(directory.activities.length).toBe(expected.activities.length);
      expect(publishedDirectory()).toBe(directory);
      expect(loadDirectory()).toBe(directory);
    } finally {
      if (previous !== undefined) process.env[VALIDATED_ENV] = previous;
    }
  });
});
