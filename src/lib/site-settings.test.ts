import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSiteSettings } from './site-settings.ts';

function contentWithUrl(url: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tukiverkko-site-'));
  mkdirSync(path.join(dir, 'content'));
  writeFileSync(path.join(dir, 'content', 'site.yaml'), `url: ${url}\n`);
  return path.join(dir, 'content');
}

describe('readSiteSettings', () => {
  test.each([
    ['https://tukiverkko.example.fi/', 'https://tukiverkko.example.fi', '/'],
    ['https://user.github.io/tukiverkko/', 'https://user.github.io', '/tukiverkko/'],
    ['https://user.github.io/tukiverkko', 'https://user.github.io', '/tukiverkko/'],
    ['https://example.org/a/b/', 'https://example.org', '/a/b/'],
  ])('site.yaml url %s gives origin %s and base %s', (url, origin, base) => {
    expect(readSiteSettings({ TUKIVERKKO_CONTENT: contentWithUrl(url) })).toEqual({ origin, base });
  });

  test('TUKIVERKKO_SITE_URL overrides site.yaml, for a build under another base path', () => {
    const env = { TUKIVERKKO_CONTENT: contentWithUrl('https://a.example.fi/'), TUKIVERKKO_SITE_URL: 'https://b.example.fi/repo/' };
    expect(readSiteSettings(env)).toEqual({ origin: 'https://b.example.fi', base: '/repo/' });
  });

  test('a missing or unreadable site.yaml falls back to localhost at the root (the validator reports the file)', () => {
    expect(readSiteSettings({ TUKIVERKKO_CONTENT: path.join(tmpdir(), 'does-not-exist') })).toEqual({ origin: 'http://localhost', base: '/' });
  });
});
