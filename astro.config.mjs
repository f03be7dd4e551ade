// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { tukiverkko } from './src/lib/integration.ts';
import { isNoindexUrl } from './src/lib/publishing.ts';
import { readSiteSettings } from './src/lib/site-settings.ts';

// The deployed URL and its path come from content/site.yaml (or TUKIVERKKO_SITE_URL), so a
// GitHub Pages project site at https://user.github.io/repo/ builds with base "/repo/".
const settings = readSiteSettings();
const outDir = process.env.TUKIVERKKO_OUT_DIR ?? './dist';

export default defineConfig({
  site: settings.origin,
  base: settings.base,
  trailingSlash: 'always',
  outDir,
  cacheDir: process.env.TUKIVERKKO_CACHE_DIR ?? './.cache/astro',
  i18n: {
    locales: ['fi', 'sv', 'en'],
    defaultLocale: 'fi',
    routing: { prefixDefaultLocale: false },
  },
  // Pages that tell robots not to index them (past events) stay out of the sitemap too; the
  // filter runs after the pages are written, so it reads their robots meta tag.
  integrations: [mdx(), sitemap({ filter: (page) => !isNoindexUrl(path.resolve(outDir), settings.base, page) }), tukiverkko()],
  // A Content-Security-Policy in every page (<meta http-equiv>), with hashes of Astro's own
  // scripts and styles. 'self' lets the search page load Pagefind's bundle and
  // 'wasm-unsafe-eval' lets it compile Pagefind's WebAssembly; nothing else runs. Headers that a
  // meta tag cannot carry (frame-ancestors) are in public/_headers and the README's server examples.
  // Shiki's inline colour styles would need 'unsafe-inline' under the CSP; the editorial pages have no code blocks.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  build: { format: 'directory' },
  // Reuse the previous build's entry pages, calendar and form-data files whose cache key (everything
  // the page shows, src/lib/page-keys.ts) and code are unchanged; keep the cache folder between
  // builds (TUKIVERKKO_CACHE_DIR, default .cache/astro) to benefit. Astro does not hash the
  // integrations: after changing one, `npm run build -- --force` renders everything once.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
});
