/**
 * What `npm run new` writes: a new entry as a commented YAML file. The values come from the
 * answers (or flags) through the submission form's own mapping (`formToEntry`), so the scaffolder
 * and the form write the same fields in the same order; each field gets its description from the
 * Zod schema as a comment, and the optional fields follow as commented-out examples. Values are
 * written by the YAML serialiser; only the comment lines are added around its output.
 */
import type { z } from 'zod';
import { ActivitySchema } from '../schemas/activity.ts';
import { EventSchema } from '../schemas/event.ts';
import { OrganisationSchema } from '../schemas/organisation.ts';
import type { Municipality, Term } from '../schemas/taxonomy.ts';
import { suggestTime } from './zod-issues.ts';
import { emptyForm, formToEntry, schemaComment, type AreaKind, type EntryKind, type SubmissionSettings } from './submission.ts';
import { dumpYaml } from './yaml.ts';

/** The answers the scaffolder collects. */
export interface ScaffoldAnswers {
  org: string;
  id: string;
  name: string;
  summary: string;
  verified: string;
  area: { kind: Exclude<AreaKind, ''>; codes: string[] };
  // Activity and event
  type?: string;
  situations?: string[];
  languages?: string[];
  modes?: string[];
  location?: { name?: string; street: string; postalCode: string; municipality: string };
  /** Activity: meets weekly on these days at `time`. */
  weekly?: string[];
  time?: { start: string; end: string };
  // Event
  start?: string;
  end?: string;
  // Organisation
  website?: string;
  email?: string;
  phone?: string;
  businessId?: string;
}

const SCHEMAS: Record<EntryKind, z.ZodObject> = {
  activity: ActivitySchema as unknown as z.ZodObject,
  event: EventSchema as unknown as z.ZodObject,
  organisation: OrganisationSchema as unknown as z.ZodObject,
};

/** Examples for the optional fields, written commented out below the filled ones. */
const EXAMPLES: Record<string, unknown> = {
  description: 'Kerro tarkemmin, mitä ryhmässä tehdään ja miten mukaan pääsee.\n\nTyhjä rivi aloittaa uuden kappaleen.',
  plainSummary: 'Ryhmä on ihmisille, jotka hoitavat läheistään kotona. Ryhmä on ilmainen.',
  audiences: ['caregivers', 'older-people'],
  ageMin: 18,
  ageMax: 29,
  locations: [{ name: 'Järjestötalo, kokoushuone 2', street: 'Kauppakatu 40', postalCode: '70100', municipality: '297', accessibility: ['step-free-access', 'accessible-toilet'] }],
  schedule: [{ weekly: ['tue'], start: '17:30', end: '19:00', from: '2026-09-01', until: '2026-12-15', except: ['2026-10-20'] }],
  scheduleNote: 'Ei kesä–heinäkuussa.',
  cost: 'free',
  registration: { required: true, url: 'https://example.org/ilmoittaudu', note: 'Ilmoittaudu viimeistään edellisenä päivänä.' },
  anonymous: true,
  contact: { email: 'ryhma@example.org', phone: '040 123 4567' },
  partners: ['toinen-yhdistys'],
  keywords: ['vertaistuki', 'ryhmä'],
  status: 'paused',
  sessions: [{ start: '2026-12-12T18:00', end: '2026-12-12T20:00' }],
  activity: 'vertaistukiryhma',
  verified: '2026-11-23',
  businessId: '1234567-1',
  website: 'https://example.org/',
};

/** The schema's description of a field (looking through optional and default wrappers). */
export function fieldDescription(kind: EntryKind, key: string): string | undefined {
  let schema: unknown = SCHEMAS[kind].shape[key];
  while (schema) {
    const described = (schema as { description?: string }).description;
    if (described) return described;
    const def = (schema as { _zod?: { def?: { innerType?: unknown } } })._zod?.def;
    schema = def?.innerType;
  }
  return undefined;
}

const comment = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `# ${line}` : '#'))
    .join('\n');

/** The entry's data from the answers, through the form's mapping. */
export function scaffoldData(kind: EntryKind, answers: ScaffoldAnswers, settings: SubmissionSettings): Record<string, unknown> {
  const lang = settings.languages[0] ?? 'fi';
  const form = emptyForm(kind);
  form.org = answers.org;
  form.id = answers.id;
  form.name = { values: { [lang]: answers.name }, map: false };
  form.summary = { values: { [lang]: answers.summary }, map: false };
  form.verified = answers.verified;
  form.area = {
    kind: answers.area.kind,
    counties: answers.area.kind === 'counties' ? answers.area.codes : [],
    municipalities: answers.area.kind === 'municipalities' ? answers.area.codes : [],
  };
  if (kind === 'organisation') {
    form.website = answers.website ?? '';
    form.businessId = answers.businessId ?? '';
    form.contact = { email: answers.email ?? '', phone: answers.phone ?? '', website: '' };
    return formToEntry(form, settings);
  }
  form.type = answers.type ?? '';
  form.situations = answers.situations ?? [];
  form.languages = answers.languages ?? [];
  form.modes = answers.modes ?? [];
  if (answers.location) {
    form.locations = [
      {
        name: { values: answers.location.name ? { [lang]: answers.location.name } : {}, map: false },
        street: answers.location.street,
        postalCode: answers.location.postalCode,
        municipality: answers.location.municipality,
        latitude: '',
        longitude: '',
        accessibility: [],
        accessibilityNote: { values: {}, map: false },
      },
    ];
  }
  if (kind === 'activity' && answers.weekly?.length && answers.time) {
    form.schedule = {
      kind: 'rules',
      rules: [{ kind: 'weekly', weekdays: answers.weekly, every: '', monthlyWeekday: '', nth: [], dates: [], start: answers.time.start, end: answers.time.end, from: '', until: '', except: [] }],
    };
  }
  form.start = answers.start ?? '';
  form.end = answers.end ?? '';
  return formToEntry(form, settings);
}

/**
 * The file: the editor-schema line, a short note on how to check it, each filled field under its
 * description, then the optional fields as commented-out examples.
 */
export function scaffoldText(kind: EntryKind, relativePath: string, data: Record<string, unknown>): string {
  const parts = [
    schemaComment(kind),
    comment(`A new ${kind} for the directory. Lines starting with # are notes and are ignored.\nCheck the file with: npm run validate -- content/${relativePath}`),
  ];
  for (const [key, value] of Object.entries(data)) {
    const description = fieldDescription(kind, key);
    parts.push(`${description ? `${comment(description)}\n` : ''}${dumpYaml({ [key]: value }).trimEnd()}`);
  }
  const optional = Object.keys(SCHEMAS[kind].shape).filter((key) => !(key in data) && key in EXAMPLES);
  if (optional.length > 0) {
    parts.push(comment('Optional fields: to use one, remove the "# " at the start of its lines and change the example.'));
    for (const key of optional) {
      const description = fieldDescription(kind, key);
      parts.push(comment(`${description ? `${description}\n` : ''}${dumpYaml({ [key]: EXAMPLES[key] }).trimEnd()}`));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading answers

/** "tue, thu" or ["tue", "thu,fri"] → ["tue", "thu", "fri"]. */
export function parseList(values: string | readonly string[] | undefined): string[] {
  const list = typeof values === 'string' ? [values] : (values ?? []);
  return list.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

/**
 * Codes from what someone typed: codes, numbers from the printed list, or names in any of the
 * taxonomy's languages. Returns the codes, or the first thing that matched nothing.
 */
export function resolveTerms(input: readonly string[], terms: readonly Term[]): { codes: string[] } | { unknown: string } {
  const codes: string[] = [];
  for (const item of input) {
    const lower = item.toLowerCase();
    const byNumber = /^\d+$/.test(item) ? terms[Number(item) - 1] : undefined;
    const term = byNumber ?? terms.find((candidate) => candidate.code === lower || Object.values(candidate.name).some((name) => name.toLowerCase() === lower));
    if (!term) return { unknown: item };
    if (!codes.includes(term.code)) codes.push(term.code);
  }
  return { codes };
}

/** Municipality codes from codes ("297", "91") or names ("Kuopio", "Vasa"). */
export function resolveMunicipalities(input: readonly string[], municipalities: readonly Municipality[]): { codes: string[] } | { unknown: string } {
  const codes: string[] = [];
  for (const item of input) {
    const lower = item.toLowerCase();
    const code = /^\d{1,3}$/.test(item) ? item.padStart(3, '0') : undefined;
    const found = municipalities.find((municipality) => municipality.code === code || municipality.name_fi.toLowerCase() === lower || municipality.name_sv.toLowerCase() === lower);
    if (!found) return { unknown: item };
    if (!codes.includes(found.code)) codes.push(found.code);
  }
  return { codes };
}

/** "17:30-19:00", "17.30–19", "9-11" → { start: "17:30", end: "19:00" }. */
export function parseTimeRange(text: string): { start: string; end: string } | undefined {
  const match = /^\s*(\S+?)\s*[-–—]\s*(\S+)\s*$/.exec(text);
  if (!match) return undefined;
  const start = suggestTime(match[1]!);
  const end = suggestTime(match[2]!);
  return start && end ? { start, end } : undefined;
}

const WEEKDAY_WORDS: Record<string, string> = {
  ma: 'mon', maanantai: 'mon', maanantaisin: 'mon', må: 'mon', måndag: 'mon', monday: 'mon',
  ti: 'tue', tiistai: 'tue', tiistaisin: 'tue', tis: 'tue', tisdag: 'tue', tuesday: 'tue',
  ke: 'wed', keskiviikko: 'wed', keskiviikkoisin: 'wed', ons: 'wed', onsdag: 'wed', wednesday: 'wed',
  to: 'thu', torstai: 'thu', torstaisin: 'thu', tor: 'thu', torsdag: 'thu', thursday: 'thu',
  pe: 'fri', perjantai: 'fri', perjantaisin: 'fri', fre: 'fri', fredag: 'fri', friday: 'fri',
  la: 'sat', lauantai: 'sat', lauantaisin: 'sat', lör: 'sat', lördag: 'sat', saturday: 'sat',
  su: 'sun', sunnuntai: 'sun', sunnuntaisin: 'sun', sön: 'sun', söndag: 'sun', sunday: 'sun',
};

/** Weekdays as codes: "tue", "ti", "tiistai", "tisdag" → "tue"; the first unknown word otherwise. */
export function resolveWeekdays(input: readonly string[]): { codes: string[] } | { unknown: string } {
  const codes: string[] = [];
  for (const item of input) {
    const lower = item.toLowerCase();
    const code = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].includes(lower) ? lower : WEEKDAY_WORDS[lower];
    if (!code) return { unknown: item };
    if (!codes.includes(code)) codes.push(code);
  }
  return { codes };
}
