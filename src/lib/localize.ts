/** Choosing the text to show for a LocalizedText value. */
import type { LocalizedText } from '../schemas/shared.ts';

export interface ShownText {
  text: string;
  /** The language the text is actually in. */
  lang: string;
  /** True when the text is not in the language asked for (a fallback). */
  fallback: boolean;
}

/**
 * The text in `lang` if there is one; otherwise the default language, otherwise the first given.
 * A plain string is in the default language.
 */
export function localize(value: LocalizedText, lang: string, defaultLang: string): ShownText {
  if (typeof value === 'string') return { text: value, lang: defaultLang, fallback: lang !== defaultLang };
  const direct = value[lang];
  if (direct !== undefined) return { text: direct, lang, fallback: false };
  const fallbackLang = value[defaultLang] !== undefined ? defaultLang : Object.keys(value)[0]!;
  return { text: value[fallbackLang]!, lang: fallbackLang, fallback: true };
}

/** Just the string, for places such as <title> and search records. */
export function localizeText(value: LocalizedText | undefined, lang: string, defaultLang: string): string {
  return value === undefined ? '' : localize(value, lang, defaultLang).text;
}
