import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hasMessage, MESSAGE_CODES, renderMessage } from './messages.ts';

/**
 * Problem codes are plain string literals ("yaml.tab", code('time.format')) in the modules that
 * find problems. Every one of them must be explained, in English and in Finnish.
 */
const SOURCES = ['src/lib', 'src/schemas'].flatMap((folder) =>
  readdirSync(new URL(`../../${folder}/`, import.meta.url))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'messages.ts')
    .map((name) => ({ file: `${folder}/${name}`, text: readFileSync(new URL(`../../${folder}/${name}`, import.meta.url), 'utf8') })),
);
const UI_KEYS = new Set(Object.keys(JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8')) as object));
const NOT_CODES = /\.(yaml|yml|csv|md|mdx|ts|js|json|html|xml|ics|txt|fi|org|com|net|io)$/;

function codesInSources(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const { file, text } of SOURCES) {
    for (const match of text.matchAll(/['`]([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)['`]/g)) {
      const found = match[1]!;
      const looksLikeCode = hasMessage(found) || (!NOT_CODES.test(found) && !UI_KEYS.has(found));
      if (looksLikeCode && !codes.has(found)) codes.set(found, file);
    }
    // digitCode(2, 'county', …) raises county.type and county.format.
    for (const match of text.matchAll(/digitCode\(\s*\d+,\s*'([a-zA-Z]+)'/g)) {
      codes.set(`${match[1]}.type`, file);
      codes.set(`${match[1]}.format`, file);
    }
  }
  return codes;
}

describe('problem messages', () => {
  const codes = codesInSources();

  test('the scan finds the codes of every kind of module', () => {
    expect([...codes.keys()]).toEqual(expect.arrayContaining(['yaml.tab', 'file.encoding', 'field.unknown', 'time.format', 'county.format', 'schedule.gap', 'ref.term']));
  });

  test('every code used in src/ has a message', () => {
    expect([...codes].filter(([code]) => !hasMessage(code)).map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });

  test('every message is used somewhere', () => {
    expect(MESSAGE_CODES.filter((code) => !codes.has(code))).toEqual([]);
  });

  // Every parameter a message might read is given, so a missing one would show as "undefined".
  const everyParam = new Proxy({} as Record<string, string>, { get: (_target, key) => (typeof key === 'string' ? `‹${key}›` : undefined), has: () => true });

  test.each(MESSAGE_CODES)('%s reads well in English and Finnish', (code) => {
    const en = renderMessage(code, everyParam, 'en');
    const fi = renderMessage(code, everyParam, 'fi');
    for (const text of [en.message, en.hint, fi.message, fi.hint]) {
      expect(text ?? '').not.toMatch(/undefined|null|\[object/);
    }
    expect(en.message).not.toBe('');
    expect(fi.message).not.toBe(en.message);
    expect(fi.hint === undefined).toBe(en.hint === undefined);
    if (en.hint) expect(fi.hint).not.toBe(en.hint);
  });

  test('an unknown code falls back to its name, not to a crash', () => {
    expect(renderMessage('no.suchCode', {})).toEqual({ message: 'no.suchCode' });
    expect(hasMessage('no.suchCode')).toBe(false);
  });
});
