import { describe, expect, test } from 'vitest';
import { pageVersions, parsePageEntryId } from './editorial.ts';

describe('parsePageEntryId', () => {
  test.each([
    ['tietoa.fi', { id: 'tietoa', lang: 'fi' }],
    ['saavutettavuus.sv.mdx', { id: 'saavutettavuus', lang: 'sv' }],
    ['Tietoa.fi', undefined],
    ['tietoa', undefined],
  ])('%s', (entryId, expected) => {
    expect(parsePageEntryId(entryId)).toEqual(expected);
  });
});

describe('pageVersions', () => {
  test('a missing language shows the default-language version, marked as a fallback', () => {
    const versions = pageVersions([{ id: 'tietoa.fi' }, { id: 'tietoa.sv' }, { id: 'vain-en.en' }], ['fi', 'sv', 'en']);
    expect(versions.map((version) => [version.id, version.lang, version.source.id, version.fallback])).toEqual([
      ['tietoa', 'fi', 'tietoa.fi', false],
      ['tietoa', 'sv', 'tietoa.sv', false],
      ['tietoa', 'en', 'tietoa.fi', true],
      ['vain-en', 'en', 'vain-en.en', false],
    ]);
    expect(versions[2]!.sourceLang).toBe('fi');
  });
});
