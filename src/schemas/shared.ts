/**
 * Value types shared by every entity of the content model (../shared/content-model.md).
 *
 * This module imports only zod, so the same schemas run in the Astro build, the validator CLI,
 * the tests and the browser form. Checks that need other files (taxonomy codes, the site's
 * languages and time zone) live in `src/lib/validate.ts`.
 *
 * Custom problems are raised with a message of the form `tv:<code>` and their details in
 * `params`; `src/lib/messages.ts` turns them into plain-language English or Finnish.
 */
import { z } from 'zod';

/** The message of a custom issue: a stable problem code that `src/lib/messages.ts` explains. */
export const code = (name: string) => `tv:${name}`;

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 80;

/** A file-name id: lowercase ASCII letters, digits and single hyphens. */
export const IdSchema = z
  .string({ error: code('id.type') })
  .max(ID_MAX_LENGTH, { error: code('id.tooLong') })
  .regex(ID_PATTERN, { error: code('id.format') })
  .meta({ description: 'An id: lowercase letters a–z, digits and hyphens, e.g. "vertaistukiryhma-kuopio".' });

/** A code from one of the taxonomies (life situations, audiences, activity types …). */
export const TermCodeSchema = z
  .string({ error: code('code.type') })
  .regex(ID_PATTERN, { error: code('code.format') })
  .meta({ description: 'A code from a taxonomy in content/taxonomies/, e.g. "loneliness".' });

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A BCP 47 language tag such as `fi`, `sv`, `en`, `se`, `fse` or `zh-Hant`. */
export const LanguageCodeSchema = z
  .string({ error: code('language.type') })
  .regex(LANGUAGE_TAG, { error: code('language.format') })
  .meta({ description: 'A BCP 47 language code: "fi", "sv", "en", "se", "fse" (Finnish Sign Language) …' });

const nonEmptyText = z
  .string({ error: code('text.type') })
  .trim()
  .min(1, { error: code('text.empty') });

/**
 * Text in the site's default language, or a map of language code to text. The validator checks
 * that the map form includes the default language.
 */
export const LocalizedTextSchema = z
  .union([
    nonEmptyText,
    z
      .record(LanguageCodeSchema, nonEmptyText, { error: code('text.type') })
      .refine((value) => Object.keys(value).length > 0, { error: code('text.emptyMap') }),
  ])
  .meta({
    description:
      'Text in the default language ("Vertaistukiryhmä omaishoitajille"), or one text per language: { fi: "…", sv: "…", en: "…" }.',
  });

/** LocalizedText whose every string is at most `max` characters. */
export function shortText(max: number) {
  const limited = nonEmptyText.max(max, { error: code('text.tooLong') });
  return z
    .union([
      limited,
      z
        .record(LanguageCodeSchema, limited, { error: code('text.type') })
        .refine((value) => Object.keys(value).length > 0, { error: code('text.emptyMap') }),
    ])
    .meta({ description: `Text of at most ${max} characters, in the default language or one per language.` });
}

/** Markdown text: rendered with raw HTML removed and only http(s), mailto and tel links. */
export const MarkdownSchema = LocalizedTextSchema.meta({
  description:
    'Markdown text (paragraphs, lists, **bold**, [links](https://…)); raw HTML is removed and only http(s), mailto and tel links are kept.',
});

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** A calendar date `YYYY-MM-DD`. */
export const DateSchema = z
  .string({ error: code('date.type') })
  .superRefine((value, context) => {
    if (!DATE_SHAPE.test(value)) {
      context.addIssue({ code: 'custom', message: code('date.format'), input: value });
    } else if (!isCalendarDate(value)) {
      context.addIssue({ code: 'custom', message: code('date.notReal'), input: value });
    }
  })
  .meta({ description: 'A date written YYYY-MM-DD, e.g. 2026-09-01.', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

const TIME_SHAPE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A wall-clock time `HH:MM` (24-hour) in the site's time zone. */
export const TimeSchema = z
  .string({ error: code('time.type') })
  .regex(TIME_SHAPE, { error: code('time.format') })
  .meta({ description: 'A time written HH:MM on the 24-hour clock, in quotes: "17:30".', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });

const LOCAL_DATE_TIME_SHAPE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * Local wall-clock date and time `YYYY-MM-DDTHH:MM` in the site's time zone. The validator
 * rejects times that do not exist there (the spring-forward gap).
 */
export const LocalDateTimeSchema = z
  .string({ error: code('dateTime.type') })
  .superRefine((value, context) => {
    const match = LOCAL_DATE_TIME_SHAPE.exec(value);
    if (!match || !TIME_SHAPE.test(match[2]!)) {
      context.addIssue({ code: 'custom', message: code('dateTime.format'), input: value });
    } else if (!isCalendarDate(match[1]!)) {
      context.addIssue({ code: 'custom', message: code('date.notReal'), input: value });
    }
  })
  .meta({
    description: 'A local date and time written YYYY-MM-DDTHH:MM, in quotes: "2026-12-05T18:00".',
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
  });

/** An absolute http(s) URL. (`http://` is accepted with a warning by the validator.) */
export const UrlSchema = z
  .string({ error: code('url.type') })
  .superRefine((value, context) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url) {
      context.addIssue({
        code: 'custom',
        message: code(/^[a-z][a-z0-9+.-]*:/i.test(value) ? 'url.invalid' : 'url.noScheme'),
        input: value,
      });
    } else if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      context.addIssue({ code: 'custom', message: code('url.scheme'), params: { scheme: url.protocol }, input: value });
    } else if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
      context.addIssue({ code: 'custom', message: code('url.invalid'), input: value });
    }
  })
  .meta({ description: 'A full web address starting with https://, e.g. https://example.fi/ryhmat.', format: 'uri' });

/** An e-mail address. */
export const EmailSchema = z
  .string({ error: code('email.type') })
  .trim()
  .regex(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-zA-Z]{2,}$/, { error: code('email.format') })
  .meta({ description: 'An e-mail address, e.g. info@example.fi.', format: 'email' });

// Finnish service and short numbers that are dialled as written and never get +358.
const SERVICE_NUMBER = /^(112|116\d{3}|118|11\d{3}|0(800|700|600|100|200|209|300|75\d)\d{3,8})$/;

/**
 * Normalises a phone number as people write it in Finland. Returns `+358…` for ordinary
 * Finnish numbers, `+…` for foreign numbers, the bare digits of service numbers such as
 * `116111` or `0800001234`, or undefined when the text is not a phone number.
 */
export function normalisePhone(input: string): string | undefined {
  const compact = input.trim().replace(/[\s\-().\u00a0/]/g, '');
  const international = /^\+\d{7,15}$/.test(compact) ? compact : /^00\d{7,15}$/.test(compact) ? `+${compact.slice(2)}` : undefined;
  if (international) {
    if (!international.startsWith('+358')) return international;
    return finnish(international.slice(4).replace(/^0/, ''));
  }
  if (!/^\d+$/.test(compact)) return undefined;
  if (SERVICE_NUMBER.test(compact)) return compact;
  return compact.startsWith('0') ? finnish(compact.slice(1)) : undefined;
}

// A Finnish number without its trunk zero: an area or mobile code and the subscriber number, 6 to
// 12 digits in all ("017 123" is a number cut short, and its tel: link would ring nowhere).
function finnish(national: string): string | undefined {
  return /^[1-9]\d{5,11}$/.test(national) ? `+358${national}` : undefined;
}

/** A phone number, normalised (see `normalisePhone`). */
export const PhoneSchema = z
  .union([z.string(), z.int()], { error: code('phone.type') })
  .transform((value, context) => {
    const normalised = normalisePhone(String(value));
    if (normalised === undefined) {
      context.addIssue({ code: 'custom', message: code('phone.format'), input: value });
      return z.NEVER;
    }
    return normalised;
  })
  .meta({ description: 'A phone number as written in Finland: "040 123 4567", "+358 9 123 4567", or a service number "116 111".' });

/** True when a Finnish business ID (Y-tunnus) `1234567-8` has a correct check digit. */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...match[1]!].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(match[2]);
}

export const BusinessIdSchema = z
  .string({ error: code('businessId.type') })
  .superRefine((value, context) => {
    if (!/^\d{7}-\d$/.test(value)) {
      context.addIssue({ code: 'custom', message: code('businessId.format'), input: value });
    } else if (!isValidBusinessId(value)) {
      context.addIssue({ code: 'custom', message: code('businessId.checkDigit'), input: value });
    }
  })
  .meta({ description: 'A Finnish business ID (Y-tunnus) with its check digit, e.g. "1234567-1".', pattern: '^\\d{7}-\\d$' });

/** A code written as digits; an unquoted number is accepted and padded (`13` → "13", `91` → "091"). */
function digitCode(digits: number, name: string, description: string) {
  const shape = new RegExp(`^\\d{${digits}}$`);
  return z
    .union([z.string(), z.int()], { error: code(`${name}.type`) })
    .transform((value, context) => {
      const text = typeof value === 'number' ? String(value).padStart(digits, '0') : value.trim();
      if (!shape.test(text)) {
        context.addIssue({ code: 'custom', message: code(`${name}.format`), input: value });
        return z.NEVER;
      }
      return text;
    })
    .meta({ description });
}

export const CountyCodeSchema = digitCode(
  2,
  'county',
  'A wellbeing services county code from content/taxonomies/wellbeing-counties.csv, in quotes: "13" (Pohjois-Savo), "90" (Helsinki).',
);

export const MunicipalityCodeSchema = digitCode(
  3,
  'municipality',
  'A municipality code from content/taxonomies/municipalities.csv, in quotes: "091" (Helsinki), "297" (Kuopio).',
);

export const PostalCodeSchema = z
  .union([z.string(), z.int()], { error: code('postalCode.type') })
  .transform((value, context) => {
    const text = typeof value === 'number' ? String(value) : value.trim();
    if (!/^\d{5}$/.test(text)) {
      context.addIssue({ code: 'custom', message: code('postalCode.format'), input: value });
      return z.NEVER;
    }
    return text;
  })
  .meta({ description: 'A Finnish postal code of five digits, in quotes: "00100".' });

/** Where an organisation works or an activity is open to people. */
export const AreaSchema = z
  .union(
    [
      z.strictObject({
        national: z.literal(true, { error: code('area.nationalTrue') }).meta({ description: 'The whole of Finland.' }),
      }),
      z.strictObject({
        counties: z.array(CountyCodeSchema, { error: code('list.type') }).min(1, { error: code('list.empty') }).meta({
          description: 'Wellbeing services county codes: ["13"], or ["90", "04"].',
        }),
      }),
      z.strictObject({
        municipalities: z
          .array(MunicipalityCodeSchema, { error: code('list.type') })
          .min(1, { error: code('list.empty') })
          .meta({ description: 'Municipality codes: ["297"] (Kuopio), or ["091", "049"].' }),
      }),
    ],
    { error: code('area.invalid') },
  )
  .meta({
    description: 'Where people can take part: { national: true }, { counties: ["13"] } or { municipalities: ["297", "749"] }.',
  });

/** A short list of unique items with a friendly message when an item repeats. */
export function uniqueList<T extends z.ZodType>(item: T, description: string) {
  return z
    .array(item, { error: code('list.type') })
    .min(1, { error: code('list.empty') })
    .superRefine((values, context) => {
      const seen = new Set<string>();
      values.forEach((value, index) => {
        const key = JSON.stringify(value);
        if (seen.has(key)) {
          context.addIssue({ code: 'custom', message: code('list.duplicate'), path: [index], input: value });
        }
        seen.add(key);
      });
    })
    .meta({ description });
}

export type LocalizedText = z.output<typeof LocalizedTextSchema>;
export type Area = z.output<typeof AreaSchema>;
