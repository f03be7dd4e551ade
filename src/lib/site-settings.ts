/** What astro.config.mjs needs from content/site.yaml before the content layer runs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDirectory } from './content-files.ts';
import { parseContentFile } from './yaml.ts';

export interface SiteSettings {
  /** Origin of the deployed site, e.g. https://user.github.io */
  origin: string;
  /** Base path with leading and trailing slash, e.g. /repo/ or / */
  base: string;
}

/**
 * The deployed URL: TUKIVERKKO_SITE_URL if set, else `url` in site.yaml. Problems with the file
 * itself are left to the validator, which runs first in every build.
 */
export function readSiteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  let url = env.TUKIVERKKO_SITE_URL;
  if (!url) {
    try {
      const file = path.join(contentDirectory(env), 'site.yaml');
      const data = parseContentFile(readFileSync(file), '.yaml').data as { url?: unknown };
      if (typeof data?.url === 'string') url = data.url;
    } catch {
      url = undefined;
    }
  }
  let parsed: URL;
  try {
    parsed = new URL(url ?? 'http://localhost/');
  } catch {
    parsed = new URL('http://localhost/');
  }
  const base = `/${parsed.pathname.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { origin: parsed.origin, base };
}
