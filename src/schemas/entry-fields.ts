/** Fields that activities and events share (content-model.md, "Event"). */
import { z } from 'zod';
import {
  AreaSchema,
  code,
  EmailSchema,
  IdSchema,
  LocalizedTextSchema,
  MarkdownSchema,
  MunicipalityCodeSchema,
  PhoneSchema,
  PostalCodeSchema,
  shortText,
  TermCodeSchema,
  LanguageCodeSchema,
  UrlSchema,
  uniqueList,
} from './shared.ts';

export const MODES = ['in-person', 'online', 'phone', 'chat'] as const;

/** A bounding box around Finland, Åland included, in decimal degrees. */
export const FINLAND = { latitude: [59, 70.2], longitude: [19, 31.6] } as const;

/** True when the point lies inside the bounding box of Finland. */
export function inFinland(latitude: number, longitude: number): boolean {
  return (
    latitude >= FINLAND.latitude[0] && latitude <= FINLAND.latitude[1] && longitude >= FINLAND.longitude[0] && longitude <= FINLAND.longitude[1]
  );
}

export const ModeSchema = z
  .enum(MODES, { error: code('mode.invalid') })
  .meta({ description: 'How people take part: in-person, online, phone or chat.' });

export const LocationSchema = z
  .strictObject({
    name: LocalizedTextSchema.optional().meta({ description: 'Name of the place: "Järjestötalo, kokoushuone 2".' }),
    street: z.string({ error: code('text.type') }).trim().min(1, { error: code('text.empty') }).meta({
      description: 'Street address: "Kauppakatu 40".',
    }),
    postalCode: PostalCodeSchema,
    municipality: MunicipalityCodeSchema,
    coordinates: z
      .tuple([z.number({ error: code('coordinates.type') }), z.number({ error: code('coordinates.type') })], {
        error: code('coordinates.type'),
      })
      .superRefine(([latitude, longitude], context) => {
        if (inFinland(latitude, longitude)) return;
        context.addIssue({
          code: 'custom',
          // Maps and GIS tools disagree on the order; a pair that fits the other way round was swapped.
          message: code(inFinland(longitude, latitude) ? 'coordinates.swapped' : 'coordinates.finland'),
          input: [latitude, longitude],
          params: { latitude: String(latitude), longitude: String(longitude) },
        });
      })
      .optional()
      .meta({
        description: `Latitude and longitude in decimal degrees, latitude first: [62.8924, 27.6783]. In Finland the latitude is ${FINLAND.latitude.join('–')} and the longitude ${FINLAND.longitude.join('–')}.`,
      }),
    accessibility: z
      .array(TermCodeSchema, { error: code('list.type') })
      .optional()
      .meta({ description: 'Accessibility feature codes from content/taxonomies/accessibility.yaml.' }),
    accessibilityNote: LocalizedTextSchema.optional().meta({
      description: 'Anything else about access: "The entrance is from the yard, ring the bell."',
    }),
  })
  .meta({ description: 'A place where the activity meets.' });

export const CostSchema = z
  .union([
    z.enum(['free', 'membership'], { error: code('cost.invalid') }),
    z.strictObject({
      fee: LocalizedTextSchema.meta({ description: 'The fee in words: "5 € / kerta".' }),
    }),
  ])
  .meta({ description: 'free, membership (free for members), or { fee: "5 € per time" }.' });

export const RegistrationSchema = z
  .strictObject({
    required: z.boolean({ error: code('boolean.type') }).meta({ description: 'true if people must sign up in advance.' }),
    referral: z.boolean({ error: code('boolean.type') }).optional().meta({
      description: 'true if a referral from a professional is needed.',
    }),
    url: UrlSchema.optional().meta({ description: 'Sign-up page.' }),
    phone: PhoneSchema.optional(),
    email: EmailSchema.optional(),
    note: LocalizedTextSchema.optional().meta({ description: 'How and by when to sign up.' }),
  })
  .meta({ description: 'How to sign up: { required: true, url: https://…, note: "by 1 December" }.' });

export const EntryContactSchema = z
  .strictObject({
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
    website: UrlSchema.optional(),
  })
  .meta({ description: "Contact for this entry; when left out, the organisation's contact is shown." });

/** Fields shared by activities and events. */
export const sharedEntryFields = {
  name: shortText(120).meta({ description: 'Name of the activity or event.' }),
  summary: shortText(300).meta({ description: 'One or two sentences, at most 300 characters: what it is and for whom.' }),
  description: MarkdownSchema.optional().meta({
    description: 'Longer description in Markdown. In a .md file, write it as the body below the front matter instead.',
  }),
  plainSummary: LocalizedTextSchema.optional().meta({
    description: 'The summary in plain language (selkokieli / lättläst): short sentences, common words.',
  }),
  situations: uniqueList(TermCodeSchema, 'Life situations (content/taxonomies/situations.yaml): [loneliness, grief].'),
  audiences: z
    .array(TermCodeSchema, { error: code('list.type') })
    .optional()
    .meta({ description: 'Target groups (content/taxonomies/audiences.yaml): [older-people, caregivers].' }),
  ageMin: z
    .int({ error: code('integer.type') })
    .min(0, { error: code('age.range') })
    .max(120, { error: code('age.range') })
    .optional()
    .meta({ description: 'Youngest age, 0–120.' }),
  ageMax: z
    .int({ error: code('integer.type') })
    .min(0, { error: code('age.range') })
    .max(120, { error: code('age.range') })
    .optional()
    .meta({ description: 'Oldest age, 0–120.' }),
  languages: uniqueList(LanguageCodeSchema, 'Languages it is held in: [fi], [sv, fi], [fse] (Finnish Sign Language).'),
  modes: uniqueList(ModeSchema, 'How people take part: [in-person], [online, phone].'),
  area: AreaSchema,
  locations: z
    .array(LocationSchema, { error: code('list.type') })
    .optional()
    .meta({ description: 'Places where it meets; required when modes include in-person.' }),
  cost: CostSchema.optional(),
  registration: RegistrationSchema.optional(),
  contact: EntryContactSchema.optional(),
  partners: z
    .array(IdSchema, { error: code('list.type') })
    .optional()
    .meta({ description: 'Ids of partner organisations (file names in content/organisations/).' }),
  keywords: z
    .array(z.string({ error: code('text.type') }).trim().min(1, { error: code('text.empty') }), { error: code('list.type') })
    .optional()
    .meta({ description: 'Extra search words: synonyms and parts of compound words ("vertaistuki", "ryhmä").' }),
};

/** Cross-field rules shared by activities and events. */
export function checkEntry(
  entry: { ageMin?: number | undefined; ageMax?: number | undefined; modes: string[]; locations?: unknown[] | undefined },
  context: z.RefinementCtx,
): void {
  if (entry.ageMin !== undefined && entry.ageMax !== undefined && entry.ageMin > entry.ageMax) {
    context.addIssue({
      code: 'custom',
      message: code('age.order'),
      path: ['ageMax'],
      input: entry.ageMax,
      params: { ageMin: String(entry.ageMin), ageMax: String(entry.ageMax) },
    });
  }
  if (entry.modes.includes('in-person') && (!entry.locations || entry.locations.length === 0)) {
    context.addIssue({ code: 'custom', message: code('locations.required'), path: ['locations'], input: undefined });
  }
}
