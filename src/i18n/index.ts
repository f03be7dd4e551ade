/** UI strings: flat dot keys with {var} placeholders, one JSON file per language. */
import en from './en.json' with { type: 'json' };
import fi from './fi.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };
import type { Lang } from '../lib/routes.ts';

export type MessageKey = keyof typeof fi;

export const dictionaries: Record<Lang, Record<string, string>> = { fi, sv, en };

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key] ?? dictionaries.fi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
