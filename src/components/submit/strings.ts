/** The UI strings the form's script needs in the browser, in one language. */
import { dictionaries } from '../../i18n/index.ts';
import type { Lang } from '../../lib/routes.ts';

const CLIENT_PREFIXES = ['submit.js.', 'submit.inLanguage.'];

export function clientStrings(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => CLIENT_PREFIXES.some((prefix) => key.startsWith(prefix))));
}
