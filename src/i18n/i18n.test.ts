import { describe, expect, test } from 'vitest';
import { dictionaries, t } from './index.ts';
import { LANGUAGES } from '../lib/routes.ts';

const allKeys = [...new Set(LANGUAGES.flatMap((lang) => Object.keys(dictionaries[lang])))].sort();

describe('UI strings', () => {
  test.each(LANGUAGES)('%s has every key, none empty', (lang) => {
    const dictionary = dictionaries[lang];
    expect(allKeys.filter((key) => !(key in dictionary))).toEqual([]);
    expect(Object.entries(dictionary).filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key)).toEqual([]);
  });

  test.each(LANGUAGES)('%s uses the same placeholders as Finnish', (lang) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const differing = Object.keys(dictionaries.fi).filter((key) => JSON.stringify(placeholders(dictionaries.fi[key]!)) !== JSON.stringify(placeholders(dictionaries[lang][key] ?? '')));
    expect(differing).toEqual([]);
  });

  test('Swedish and English are translations, not copies of the Finnish', () => {
    const copied = (lang: 'sv' | 'en') => Object.keys(dictionaries.fi).filter((key) => dictionaries[lang][key] === dictionaries.fi[key] && /[a-zäö]{4,}/i.test(dictionaries.fi[key]!.replace(/\{\w+\}/g, '')));
    // A few strings are the same in every language (names, codes).
    expect(copied('sv').length).toBeLessThan(10);
    expect(copied('en').length).toBeLessThan(10);
  });

  test('placeholders are filled', () => {
    expect(t('en', 'browse.count', { count: 3 })).toBe('3 activities');
    expect(t('sv', 'print.online', { url: 'https://example.org/' })).toBe('På webben: https://example.org/');
  });
});
