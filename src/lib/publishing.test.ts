import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatUrlList, isNoindexUrl, lostUrls, parseUrlList, publishedUrls, readHtmlHead, robotsTxt } from './publishing.ts';

test('robots.txt names the sitemap under the base path', () => {
  expect(robotsTxt('https://user.github.io/repo/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://user.github.io/repo/sitemap-index.xml\n');
  expect(robotsTxt('https://tukiverkko.fi')).toContain('Sitemap: https://tukiverkko.fi/sitemap-index.xml');
});

describe('a built directory', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tukiverkko-publishing-'));
    write('index.html', '<title>home</title>');
    write('toiminta/a/b/index.html', '<head><meta name="robots" content="noindex"></head>');
    write('jarjesto/a/index.html', '<head></head>');
    write('kalenteri.ics', '');
    write('kalenteri/tapahtuma/a/b.ics', '');
    write('sv/kalender/verksamhet/a/b.ics', '');
    write('pagefind/pagefind.js', '');
    write('_astro/x.css', '');
    write('data/tukiverkko.json', '{}');
    write('alue/13/index.html', '');
    write('alue/13/sivu/2/index.html', '');
    write('sv/omrade/13/grief/sida/2/index.html', '');
    write('en/events/page/3/index.html', '');
    write('sivu/tietoa/index.html', '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('published addresses leave out machinery, single-entry calendar files and later pages of lists', () => {
    expect(publishedUrls(dir)).toEqual(['', 'alue/13/', 'data/tukiverkko.json', 'jarjesto/a/', 'kalenteri.ics', 'sivu/tietoa/', 'toiminta/a/b/']);
  });

  test('noindex pages are found from their URL, with or without a base path', () => {
    expect(isNoindexUrl(dir, '/repo/', 'https://user.github.io/repo/toiminta/a/b/')).toBe(true);
    expect(isNoindexUrl(dir, '/', 'https://x.fi/toiminta/a/b/')).toBe(true);
    expect(isNoindexUrl(dir, '/', 'https://x.fi/jarjesto/a/')).toBe(false);
    expect(isNoindexUrl(dir, '/', 'https://x.fi/missing/')).toBe(false);
  });

  test('only the head counts: a long head is read to its end, a page that only talks of noindex is indexed', () => {
    const longHead = `<html><head><title>${'ä'.repeat(20_000)}</title><meta name="robots" content="noindex"></head><body></body></html>`;
    write('sivu/pitka/index.html', longHead);
    write('sivu/ohje/index.html', '<html><head><title>Ohje</title></head><body><pre>&lt;meta name="robots" content="noindex"&gt; or <meta name="robots" content="noindex"></pre></body></html>');
    expect(isNoindexUrl(dir, '/', 'https://x.fi/sivu/pitka/')).toBe(true);
    expect(isNoindexUrl(dir, '/', 'https://x.fi/sivu/ohje/')).toBe(false);
    expect(readHtmlHead(path.join(dir, 'sivu/pitka/index.html'))).toBe(longHead.slice(0, longHead.indexOf('</head>')));
  });
});

test('the URL list reads back what it wrote, and a lost address is reported unless redirected', () => {
  const urls = ['', 'toiminta/a/b/', 'kalenteri.ics'];
  expect(parseUrlList(formatUrlList(urls))).toEqual(urls);
  expect(lostUrls(urls, [''], { 'toiminta/a/b/': 'toiminta/a/c/' })).toEqual(['kalenteri.ics']);
});
