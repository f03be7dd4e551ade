/** The deployment: `content/site.yaml`. */
import { z } from 'zod';
import { code, CountyCodeSchema, EmailSchema, LocalizedTextSchema, UrlSchema, uniqueList } from './shared.ts';

/** Languages the user interface is translated into. */
export const UI_LANGUAGES = ['fi', 'sv', 'en'] as const;

export const SiteSchema = z
  .strictObject({
    name: LocalizedTextSchema.meta({ description: 'Name of the directory.' }),
    tagline: LocalizedTextSchema.meta({ description: 'One line under the name.' }),
    url: UrlSchema.meta({ description: 'The deployed base URL, e.g. https://tukiverkko.example.fi/ or https://user.github.io/repo/.' }),
    languages: uniqueList(
      z.enum(UI_LANGUAGES, { error: code('siteLanguage.invalid') }),
      'UI languages, the first is the default: [fi, sv, en].',
    ),
    timezone: z
      .string({ error: code('text.type') })
      .refine(isTimeZone, { error: code('timezone.invalid') })
      .default('Europe/Helsinki')
      .meta({ description: 'IANA time zone of all times in the content (default Europe/Helsinki).' }),
    counties: z
      .union([z.literal('all', { error: code('site.counties') }), z.array(CountyCodeSchema, { error: code('list.type') }).min(1, { error: code('list.empty') })], {
        error: code('site.counties'),
      })
      .default('all')
      .meta({ description: 'County codes this directory covers, or "all".' }),
    repository: z
      .strictObject({
        url: UrlSchema.meta({ description: 'The GitHub repository: https://github.com/org/repo.' }),
        branch: z
          .string({ error: code('text.type') })
          .min(1, { error: code('text.empty') })
          .default('main')
          .meta({ description: 'The branch that is published (default main).' }),
      })
      .meta({ description: 'Where "suggest a change" and the submission form send people.' }),
    contactEmail: EmailSchema.meta({ description: "The maintainers' address." }),
    staleAfterMonths: z
      .int({ error: code('integer.type') })
      .min(1, { error: code('staleAfterMonths.range') })
      .max(60, { error: code('staleAfterMonths.range') })
      .default(12)
      .meta({ description: 'Warn about entries not verified for this many months (default 12).' }),
    demo: z.boolean({ error: code('boolean.type') }).default(false).meta({ description: 'true shows a demo-data notice.' }),
  })
  .meta({ title: 'Tukiverkko site', description: 'The settings of one directory deployment.' });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export type Site = z.output<typeof SiteSchema>;
export type SiteInput = z.input<typeof SiteSchema>;
