/** Code lists in `content/taxonomies/`. */
import { z } from 'zod';
import { code, TermCodeSchema } from './shared.ts';

const labels = z
  .strictObject({
    fi: z.string({ error: code('text.type') }).min(1, { error: code('text.empty') }).meta({ description: 'In Finnish.' }),
    sv: z.string({ error: code('text.type') }).min(1, { error: code('text.empty') }).meta({ description: 'In Swedish.' }),
    en: z.string({ error: code('text.type') }).min(1, { error: code('text.empty') }).meta({ description: 'In English.' }),
  })
  .meta({ description: 'The label in Finnish, Swedish and English: { fi: …, sv: …, en: … }.' });

/** One term of a YAML code list (situations, audiences, activity types, accessibility, languages). */
export const TermSchema = z
  .strictObject({
    code: z.string({ error: code('code.type') }).min(1, { error: code('text.empty') }).meta({
      description: 'Stable code used in entries and search links.',
    }),
    name: labels,
    description: labels.optional(),
    ptv: z
      .string({ error: code('text.type') })
      .regex(/^KE\d+(\.\d+)*$/, { error: code('ptv.format') })
      .optional()
      .meta({ description: 'Suomi.fi (PTV) life-event code, e.g. KE5.' }),
    keywords: z
      .strictObject({
        fi: z.array(z.string()).optional().meta({ description: 'Finnish search words: [yksinäisyys, ystävä].' }),
        sv: z.array(z.string()).optional().meta({ description: 'Swedish search words: [ensamhet, vän].' }),
        en: z.array(z.string()).optional().meta({ description: 'English search words: [loneliness, friend].' }),
      })
      .optional()
      .meta({ description: 'Search synonyms per language.' }),
  })
  .meta({ description: 'A taxonomy term.' });

export const TermListSchema = z
  .array(TermSchema, { error: code('taxonomy.list') })
  .min(1, { error: code('list.empty') })
  .superRefine((terms, context) => {
    const seen = new Set<string>();
    terms.forEach((term, index) => {
      if (seen.has(term.code)) {
        context.addIssue({ code: 'custom', message: code('taxonomy.duplicate'), path: [index, 'code'], input: term.code });
      }
      seen.add(term.code);
    });
  })
  .meta({ title: 'Tukiverkko code list', description: 'A list of terms, each with a stable code and labels in Finnish, Swedish and English.' });

/** Codes in situations, audiences, activity types and accessibility use the id form. */
export const CodedTermListSchema = z
  .array(TermSchema.extend({ code: TermCodeSchema }), { error: code('taxonomy.list') })
  .pipe(TermListSchema);

export const CountySchema = z.strictObject({
  code: z.string().regex(/^\d{2}$/),
  name_fi: z.string().min(1),
  name_sv: z.string().min(1),
  name_en: z.string().min(1),
});

export const MunicipalitySchema = z.strictObject({
  code: z.string().regex(/^\d{3}$/),
  name_fi: z.string().min(1),
  name_sv: z.string().min(1),
  county_code: z.string().regex(/^(\d{2})?$/),
});

export type Term = z.output<typeof TermSchema>;
export type County = z.output<typeof CountySchema>;
export type Municipality = z.output<typeof MunicipalitySchema>;
