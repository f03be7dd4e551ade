/**
 * What a static host needs besides the pages: robots.txt, a sitemap without noindex pages, and
 * the list of published URLs that must keep working (see tests/published-urls.test.ts).
 */
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** robots.txt: everything may be crawled; the sitemap's absolute URL respects the base path. */
export function robotsTxt(siteUrl: string): string {
  const sitemap = new URL('sitemap-index.xml', siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}

/** True when the HTML tells robots not to index the page. */
export function isNoindexHtml(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

/**
 * True when the built page behind the absolute `url` (under `base`) is noindex — for the sitemap
 * filter, which runs after the pages are written to `outDir`.
 */
export function isNoindexUrl(outDir: string, base: string, url: string): boolean {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const relative = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const file = path.join(outDir, relative, relative === '' || relative.endsWith('/') ? 'index.html' : '');
  return file.endsWith('.html') && isNoindexFile(file);
}

/** True when the built HTML page `file` exists and its head tells robots not to index it. */
export function isNoindexFile(file: string): boolean {
  return existsSync(file) && isNoindexHtml(readHtmlHead(file));
}

const HEAD_CHUNK = 16 * 1024;
const headBuffer = Buffer.alloc(HEAD_CHUNK);

/**
 * A built page up to its `</head>` (all of it when it has none), read a chunk at a time: the
 * robots meta is in the head, and the sitemap's filter and the search integration ask this of
 * every page (233,000 at 50,000 activities), where reading each page whole cost the build
 * process 0.4 GB at its peak.
 */
export function readHtmlHead(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    let text = '';
    for (let position = 0; ; ) {
      const read = readSync(descriptor, headBuffer, 0, HEAD_CHUNK, position);
      if (read === 0) return text + decoder.end();
      text += decoder.write(headBuffer.subarray(0, read));
      position += read;
      const end = text.indexOf('</head>');
      if (end !== -1) return text.slice(0, end);
    }
  } finally {
    closeSync(descriptor);
  }
}

// "Add to calendar" files of single entries come and go with their sessions; they are downloads,
// not addresses people keep. Pagefind's bundle, hashed assets, JSON Schemas for editors and the
// submission form's data files are machinery. The second and later pages of a long list shift as
// the list changes; the list's own address (its first page) is the one to keep.
const NOT_KEPT = [
  /^((sv|en)\/)?(alue|omrade|area|elamantilanne|livssituation|life-situation|tapahtumat|evenemangskalender|events)\/(.+\/)?(sivu|sida|page)\/\d+\/index\.html$/,
  /^(pagefind|_astro|schemas)\//,
  /^(ilmoita|sv\/anmal|en\/submit)\/data\//,
  /^((sv|en)\/)?(kalenteri|kalender|calendar)\/(toiminta|tapahtuma|verksamhet|evenemang|activity|event)\//,
  /^sitemap-/,
];

/**
 * The addresses a build publishes that people may keep (bookmarks, links in leaflets, calendar
 * subscriptions): every page as `toiminta/org/id/`, and the calendars, feeds and data files by
 * their path. Site-relative, without the base path.
 */
export function publishedUrls(outDir: string): string[] {
  const urls: string[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (NOT_KEPT.some((pattern) => pattern.test(relative))) continue;
    if (relative === 'index.html') urls.push('');
    else if (relative.endsWith('/index.html')) urls.push(relative.slice(0, -'index.html'.length));
    else if (/\.(ics|xml|json|csv|txt)$/.test(relative)) urls.push(relative);
  }
  return urls.sort();
}

/** The published-URLs file: a comment header, then one site-relative URL a line (`/` for the home page). */
export function formatUrlList(urls: string[]): string {
  return `${URL_LIST_HEADER}${urls.map((url) => `/${url}`).join('\n')}\n`;
}

export function parseUrlList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.replace(/^\//, ''));
}

const URL_LIST_HEADER = `# Every address the site has published and must keep working (see README, "Stable links and
# redirects"). A test fails when one of them is no longer built and has no redirect in
# src/redirects.ts. After adding pages, or after a deliberate removal with a redirect, update this
# file with: npm run build && npm run urls:update
`;

/** URLs of `listed` that the build no longer has and that no redirect covers. */
export function lostUrls(listed: string[], built: string[], redirects: Record<string, string>): string[] {
  const present = new Set(built);
  return listed.filter((url) => !present.has(url) && !(url in redirects));
}
