// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { tukiverkko } from './src/lib/integration.ts';
import { readSiteSettings } from './src/lib/site-settings.ts';

// The deployed URL and its path come from content/site.yaml (or TUKIVERKKO_SITE_URL), so a
// GitHub Pages project site at https://user.github.io/repo/ builds with base "/repo/".
const settings = readSiteSettings();

export default defineConfig({
  site: settings.origin,
  base: settings.base,
  trailingSlash: 'always',
  outDir: process.env.TUKIVERKKO_OUT_DIR ?? './dist',
  cacheDir: process.env.TUKIVERKKO_CACHE_DIR ?? './.cache/astro',
  i18n: {
    locales: ['fi', 'sv', 'en'],
    defaultLocale: 'fi',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), sitemap(), tukiverkko()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
