/** The `alternates` of a page that exists in every language: its path in each, from one route function. */
import { LANGUAGES, type Lang } from './routes.ts';

export function alternatesOf(pathIn: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, pathIn(lang)])) as Record<Lang, string>;
}
