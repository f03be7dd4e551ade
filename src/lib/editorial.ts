/**
 * Editorial pages (content/pages/<id>.<lang>.mdx): which file a language shows, and the ids the
 * site links to from its header and footer. An id is shared by the language versions of a page,
 * so `sivu/saavutettavuus/`, `sv/sida/saavutettavuus/` and `en/page/saavutettavuus/` are one page.
 */
import type { Lang } from './routes.ts';

/** The editorial pages every deployment is expected to have, by what they are for. */
export const PAGE_IDS = {
  about: 'tietoa',
  accessibility: 'saavutettavuus',
  privacy: 'tietosuoja',
  contribute: 'mukaan',
} as const;

/** The page id and language of a file name such as tietoa.sv; undefined for a name of another form. */
export function parsePageEntryId(entryId: string): { id: string; lang: string } | undefined {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2,3})$/.exec(entryId.replace(/\.mdx$/, ''));
  return match ? { id: match[1]!, lang: match[2]! } : undefined;
}

export interface PageVersion<T> {
  id: string;
  /** The language the page is shown in (its URL's language). */
  lang: Lang;
  /** The version shown: the page's own language, or else the default language's. */
  source: T;
  /** The language the shown text is written in. */
  sourceLang: string;
  fallback: boolean;
}

/**
 * One version per page id and site language. A language without its own file shows the
 * default-language file (marked as a fallback); a page without a default-language file is built
 * only in the languages it has.
 */
export function pageVersions<T extends { id: string }>(entries: readonly T[], languages: readonly Lang[]): PageVersion<T>[] {
  const byId = new Map<string, Map<string, T>>();
  for (const entry of entries) {
    const parsed = parsePageEntryId(entry.id);
    if (!parsed) continue;
    const versions = byId.get(parsed.id) ?? new Map<string, T>();
    versions.set(parsed.lang, entry);
    byId.set(parsed.id, versions);
  }
  const defaultLang = languages[0] ?? 'fi';
  const result: PageVersion<T>[] = [];
  for (const [id, versions] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    for (const lang of languages) {
      const own = versions.get(lang);
      const fallback = versions.get(defaultLang);
      if (own) result.push({ id, lang, source: own, sourceLang: lang, fallback: false });
      else if (fallback) result.push({ id, lang, source: fallback, sourceLang: defaultLang, fallback: true });
    }
  }
  return result;
}
