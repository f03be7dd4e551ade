/**
 * What a static host needs besides the pages: robots.txt, a sitemap without noindex pages, and
 * the list of published URLs that must keep working (see tests/published-urls.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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
  return existsSync(file) && file.endsWith('.html') && isNoindexHtml(readFileSync(file, 'utf8'));
}

/**
 * Every URL a build publishes, site-relative without the base: pages as `toiminta/org/id/`, other
 * files (calendars, feeds, data) by their path. Pagefind's bundle, hashed assets and the
 * machine-facing files of the submission form are left out: they are not links people keep.
 */
export function publishedUrls(outDir: string): string[] {
  const urls: string[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (/^(pagefind|_astro|schemas)\//.test(relative) || /^(ilmoita|sv\/anmal|en\/submit)\/data\//.test(relative)) continue;
    if (relative === 'index.html') urls.push('');
    else if (relative.endsWith('/index.html')) urls.push(relative.slice(0, -'index.html'.length));
    else if (/\.(ics|xml|json|csv)$/.test(relative) && !/^sitemap-/.test(relative)) urls.push(relative);
  }
  return urls.sort();
}
