/**
 * The submission form's data model and its mapping to and from content entries.
 *
 * The form works on `SubmissionForm`: plain strings and string lists, exactly what HTML inputs
 * hold. `entryToForm` fills it from an entry as written in its file (for "suggest a change"),
 * `formToEntry` turns it back into entry data in the content model's field order, and
 * `serialiseEntry` writes that data with the YAML serialiser — never with string templates. An
 * entry loaded, put through the form and written out reads back as the same data
 * (`submission.test.ts` proves it for every sample entry).
 *
 * Pure: no DOM, no node: imports, so the browser form, the scaffolder and the tests share it.
 */
import { dumpYaml, parseContentFile } from './yaml.ts';

export type EntryKind = 'activity' | 'event' | 'organisation';
export const ENTRY_KINDS: readonly EntryKind[] = ['activity', 'event', 'organisation'];

export type Extension = '.yaml' | '.md';

/** A LocalizedText field: one input per site language. */
export interface TextInput {
  /** Text per language code; empty strings are left out of the entry. */
  values: Record<string, string>;
  /** Written as a `{ fi: …, sv: … }` map even when only the default language is filled. */
  map: boolean;
}

export type Tristate = '' | 'true' | 'false';

export interface LocationInput {
  name: TextInput;
  street: string;
  postalCode: string;
  municipality: string;
  latitude: string;
  longitude: string;
  accessibility: string[];
  accessibilityNote: TextInput;
}

export type RuleKind = 'weekly' | 'monthly' | 'dates';

export interface RuleInput {
  kind: RuleKind;
  /** Weekly: the weekdays (mon … sun). */
  weekdays: string[];
  /** Weekly or monthly interval; '' means every week or month. */
  every: string;
  /** Monthly: the weekday and its positions in the month ("1" … "5", "-1", "-2"). */
  monthlyWeekday: string;
  nth: string[];
  /** Dates rule: the dates. */
  dates: string[];
  start: string;
  end: string;
  from: string;
  until: string;
  except: string[];
}

export interface SessionInput {
  start: string;
  end: string;
}

export type AreaKind = '' | 'national' | 'counties' | 'municipalities';
export type ScheduleKind = '' | 'rules' | 'byAppointment' | 'alwaysOpen';
export type CostKind = '' | 'free' | 'membership' | 'fee';

/** Everything the form holds. Fields that do not belong to `kind` are ignored. */
export interface SubmissionForm {
  kind: EntryKind;
  /** The organisation folder of an activity or event. */
  org: string;
  id: string;
  extension: Extension;
  name: TextInput;
  summary: TextInput;
  description: TextInput;
  plainSummary: TextInput;
  // Organisation
  businessId: string;
  website: string;
  address: TextInput;
  // Organisation, activity and event
  contact: { email: string; phone: string; website: string };
  area: { kind: AreaKind; counties: string[]; municipalities: string[] };
  verified: string;
  // Activity and event
  type: string;
  situations: string[];
  audiences: string[];
  ageMin: string;
  ageMax: string;
  languages: string[];
  modes: string[];
  locations: LocationInput[];
  schedule: { kind: ScheduleKind; rules: RuleInput[] };
  scheduleNote: TextInput;
  cost: { kind: CostKind; fee: TextInput };
  registration: { required: Tristate; referral: Tristate; url: string; phone: string; email: string; note: TextInput };
  anonymous: Tristate;
  partners: string[];
  /** Comma-separated search words. */
  keywords: string;
  status: string;
  /** The entry says its status even when it is the default; kept so that a change does not drop the line. */
  statusWritten: boolean;
  // Event
  start: string;
  end: string;
  sessions: SessionInput[];
  activity: string;
}

/** The site settings the mapping needs: its languages, the first being the default. */
export interface SubmissionSettings {
  languages: readonly string[];
}

/** Default values of status: a status equal to it is written by leaving the field out. */
export const DEFAULT_STATUS: Record<EntryKind, string> = { activity: 'active', event: 'scheduled', organisation: '' };

export function emptyText(): TextInput {
  return { values: {}, map: false };
}

export function emptyLocation(): LocationInput {
  return {
    name: emptyText(),
    street: '',
    postalCode: '',
    municipality: '',
    latitude: '',
    longitude: '',
    accessibility: [],
    accessibilityNote: emptyText(),
  };
}

export function emptyRule(kind: RuleKind = 'weekly'): RuleInput {
  return { kind, weekdays: [], every: '', monthlyWeekday: '', nth: [], dates: [], start: '', end: '', from: '', until: '', except: [] };
}

export function emptyForm(kind: EntryKind = 'activity'): SubmissionForm {
  return {
    kind,
    org: '',
    id: '',
    extension: '.yaml',
    name: emptyText(),
    summary: emptyText(),
    description: emptyText(),
    plainSummary: emptyText(),
    businessId: '',
    website: '',
    address: emptyText(),
    contact: { email: '', phone: '', website: '' },
    area: { kind: '', counties: [], municipalities: [] },
    verified: '',
    type: '',
    situations: [],
    audiences: [],
    ageMin: '',
    ageMax: '',
    languages: [],
    modes: [],
    locations: [],
    schedule: { kind: '', rules: [] },
    scheduleNote: emptyText(),
    cost: { kind: '', fee: emptyText() },
    registration: { required: '', referral: '', url: '', phone: '', email: '', note: emptyText() },
    anonymous: '',
    partners: [],
    keywords: '',
    status: DEFAULT_STATUS[kind],
    statusWritten: false,
    start: '',
    end: '',
    sessions: [],
    activity: '',
  };
}

// ---------------------------------------------------------------------------------------------
// Reading an entry file

export interface EntrySource {
  kind: EntryKind;
  org: string;
  id: string;
  extension: Extension;
}

/** `activities/suruvalo/surupuhelin.yaml` → its kind, organisation, id and extension. */
export function parseEntryPath(relativePath: string): EntrySource | undefined {
  const organisation = /^organisations\/([a-z0-9-]+)\.yaml$/.exec(relativePath);
  if (organisation) return { kind: 'organisation', org: organisation[1]!, id: organisation[1]!, extension: '.yaml' };
  const entry = /^(activities|events)\/([a-z0-9-]+)\/([a-z0-9-]+)(\.yaml|\.md)$/.exec(relativePath);
  if (!entry) return undefined;
  return { kind: entry[1] === 'activities' ? 'activity' : 'event', org: entry[2]!, id: entry[3]!, extension: entry[4] as Extension };
}

/** Path of an entry's file relative to content/. */
export function entryFilePath(source: EntrySource): string {
  if (source.kind === 'organisation') return `organisations/${source.id}.yaml`;
  return `${source.kind === 'activity' ? 'activities' : 'events'}/${source.org}/${source.id}${source.extension}`;
}

/**
 * The data of an entry file as the validator sees it before the schema: the YAML (or front
 * matter), with a `.md` body as the description in the default language.
 */
export function readEntryData(text: string, extension: Extension, defaultLanguage: string): Record<string, unknown> {
  const parsed = parseContentFile(text, extension);
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  if (parsed.body !== undefined && parsed.body.trim() !== '') {
    return { ...data, description: { [defaultLanguage]: parsed.body.trim() } };
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Entry → form

type Data = Record<string, unknown>;

const asString = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(asString) : []);
const asRecord = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {});
const asTristate = (value: unknown): Tristate => (value === true ? 'true' : value === false ? 'false' : '');

function textInput(value: unknown, defaultLanguage: string): TextInput {
  if (value === undefined || value === null) return emptyText();
  if (typeof value === 'object' && !Array.isArray(value)) {
    return { values: Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, asString(text)])), map: true };
  }
  return { values: { [defaultLanguage]: asString(value) }, map: false };
}

/** Fills the form from an entry's data (as read by `readEntryData`). */
export function entryToForm(source: EntrySource, data: Data, settings: SubmissionSettings): SubmissionForm {
  const lang = settings.languages[0] ?? 'fi';
  const form = emptyForm(source.kind);
  form.org = source.org;
  form.id = source.id;
  form.extension = source.extension;
  form.name = textInput(data.name, lang);
  form.summary = textInput(data.summary, lang);
  form.description = textInput(data.description, lang);
  form.plainSummary = textInput(data.plainSummary, lang);
  form.verified = asString(data.verified);

  const area = asRecord(data.area);
  if (area.national === true) form.area = { kind: 'national', counties: [], municipalities: [] };
  else if ('counties' in area) form.area = { kind: 'counties', counties: asList(area.counties), municipalities: [] };
  else if ('municipalities' in area) form.area = { kind: 'municipalities', counties: [], municipalities: asList(area.municipalities) };

  const contact = asRecord(data.contact);
  form.contact = { email: asString(contact.email), phone: asString(contact.phone), website: asString(contact.website) };

  if (source.kind === 'organisation') {
    form.businessId = asString(data.businessId);
    form.website = asString(data.website);
    form.address = textInput(contact.address, lang);
    return form;
  }

  form.type = asString(data.type);
  form.situations = asList(data.situations);
  form.audiences = asList(data.audiences);
  form.ageMin = asString(data.ageMin);
  form.ageMax = asString(data.ageMax);
  form.languages = asList(data.languages);
  form.modes = asList(data.modes);
  form.locations = (Array.isArray(data.locations) ? data.locations : []).map((item) => {
    const location = asRecord(item);
    const coordinates = Array.isArray(location.coordinates) ? location.coordinates : [];
    return {
      name: textInput(location.name, lang),
      street: asString(location.street),
      postalCode: asString(location.postalCode),
      municipality: asString(location.municipality),
      latitude: asString(coordinates[0]),
      longitude: asString(coordinates[1]),
      accessibility: asList(location.accessibility),
      accessibilityNote: textInput(location.accessibilityNote, lang),
    };
  });

  const schedule = data.schedule;
  if (Array.isArray(schedule)) form.schedule = { kind: 'rules', rules: schedule.map((rule) => ruleInput(asRecord(rule))) };
  else if (asRecord(schedule).byAppointment === true) form.schedule = { kind: 'byAppointment', rules: [] };
  else if (asRecord(schedule).alwaysOpen === true) form.schedule = { kind: 'alwaysOpen', rules: [] };
  form.scheduleNote = textInput(data.scheduleNote, lang);

  if (data.cost === 'free' || data.cost === 'membership') form.cost = { kind: data.cost, fee: emptyText() };
  else if (data.cost !== undefined) form.cost = { kind: 'fee', fee: textInput(asRecord(data.cost).fee, lang) };

  if (data.registration !== undefined) {
    const registration = asRecord(data.registration);
    form.registration = {
      required: asTristate(registration.required),
      referral: asTristate(registration.referral),
      url: asString(registration.url),
      phone: asString(registration.phone),
      email: asString(registration.email),
      note: textInput(registration.note, lang),
    };
  }
  form.anonymous = asTristate(data.anonymous);
  form.partners = asList(data.partners);
  form.keywords = asList(data.keywords).join(', ');
  form.status = data.status === undefined ? DEFAULT_STATUS[source.kind] : asString(data.status);
  form.statusWritten = data.status !== undefined;

  form.start = asString(data.start);
  form.end = asString(data.end);
  form.sessions = (Array.isArray(data.sessions) ? data.sessions : []).map((item) => ({
    start: asString(asRecord(item).start),
    end: asString(asRecord(item).end),
  }));
  form.activity = asString(data.activity);
  return form;
}

function ruleInput(rule: Data): RuleInput {
  const base = {
    ...emptyRule(),
    start: asString(rule.start),
    end: asString(rule.end),
    from: asString(rule.from),
    until: asString(rule.until),
    except: asList(rule.except),
  };
  const every = asString(rule.every);
  if ('monthly' in rule) {
    const monthly = asRecord(rule.monthly);
    return { ...base, kind: 'monthly', every, monthlyWeekday: asString(monthly.weekday), nth: asList(monthly.nth) };
  }
  if ('dates' in rule) return { ...base, kind: 'dates', dates: asList(rule.dates) };
  return { ...base, kind: 'weekly', every, weekdays: asList(rule.weekly) };
}

// ---------------------------------------------------------------------------------------------
// Form → entry

/**
 * A LocalizedText value from the inputs: a plain string when only the default language is
 * filled (and the field was not a map), otherwise a map in the site's language order.
 */
export function formText(input: TextInput, settings: SubmissionSettings): string | Record<string, string> | undefined {
  const order = [...settings.languages, ...Object.keys(input.values).filter((lang) => !settings.languages.includes(lang))];
  const filled = order.flatMap((lang) => {
    const text = (input.values[lang] ?? '').trim();
    return text ? [[lang, text] as const] : [];
  });
  if (filled.length === 0) return undefined;
  if (!input.map && filled.length === 1 && filled[0]![0] === settings.languages[0]) return filled[0]![1];
  return Object.fromEntries(filled);
}

/** A number typed into an input: a number when it reads as one, else the text for the validator to report. */
function formNumber(value: string): number | string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

const trimmed = (value: string): string | undefined => value.trim() || undefined;
const tristate = (value: Tristate): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);
const filledList = (values: string[]): string[] => values.map((value) => value.trim()).filter(Boolean);

/** Drops undefined values, so that the serialiser writes only what is filled. */
function compact(record: Record<string, unknown>): Data {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function nonEmpty(record: Data): Data | undefined {
  return Object.keys(record).length > 0 ? record : undefined;
}

function listOrUndefined(values: string[]): string[] | undefined {
  return values.length > 0 ? values : undefined;
}

/**
 * The entry the form describes, fields in the content model's order. Nothing is dropped that the
 * writer filled in: an incomplete group (a place without a street) stays in, so that the
 * validator points at what is missing.
 */
export function formToEntry(form: SubmissionForm, settings: SubmissionSettings): Data {
  const text = (input: TextInput) => formText(input, settings);
  const area =
    form.area.kind === 'national'
      ? { national: true }
      : form.area.kind === 'counties'
        ? { counties: [...form.area.counties] }
        : form.area.kind === 'municipalities'
          ? { municipalities: [...form.area.municipalities] }
          : undefined;

  if (form.kind === 'organisation') {
    return compact({
      name: text(form.name),
      summary: text(form.summary),
      description: text(form.description),
      businessId: trimmed(form.businessId),
      website: trimmed(form.website),
      contact: nonEmpty(compact({ email: trimmed(form.contact.email), phone: trimmed(form.contact.phone), address: text(form.address) })),
      area,
      verified: trimmed(form.verified),
    });
  }

  const locations = form.locations.map((location) => {
    const coordinates = [formNumber(location.latitude), formNumber(location.longitude)].filter((value) => value !== undefined);
    return compact({
      name: text(location.name),
      street: trimmed(location.street),
      postalCode: trimmed(location.postalCode),
      municipality: trimmed(location.municipality),
      coordinates: coordinates.length > 0 ? coordinates : undefined,
      accessibility: listOrUndefined([...location.accessibility]),
      accessibilityNote: text(location.accessibilityNote),
    });
  });

  const cost =
    form.cost.kind === 'free' || form.cost.kind === 'membership'
      ? form.cost.kind
      : form.cost.kind === 'fee'
        ? { fee: text(form.cost.fee) }
        : undefined;

  const registrationFields = compact({
    required: tristate(form.registration.required),
    referral: tristate(form.registration.referral),
    url: trimmed(form.registration.url),
    phone: trimmed(form.registration.phone),
    email: trimmed(form.registration.email),
    note: text(form.registration.note),
  });

  const keywords = form.keywords.split(',').map((word) => word.trim()).filter(Boolean);
  const status = form.status && (form.statusWritten || form.status !== DEFAULT_STATUS[form.kind]) ? form.status : undefined;

  const shared = {
    name: text(form.name),
    summary: text(form.summary),
    description: text(form.description),
    plainSummary: text(form.plainSummary),
  };
  const audience = {
    situations: [...form.situations],
    audiences: listOrUndefined([...form.audiences]),
    ageMin: formNumber(form.ageMin),
    ageMax: formNumber(form.ageMax),
    languages: [...form.languages],
    modes: [...form.modes],
    area,
    locations: locations.length > 0 ? locations : undefined,
  };
  const practical = {
    cost,
    registration: nonEmpty(registrationFields),
  };
  const contact = nonEmpty(compact({ email: trimmed(form.contact.email), phone: trimmed(form.contact.phone), website: trimmed(form.contact.website) }));

  if (form.kind === 'event') {
    const sessions = form.sessions.map((session) => compact({ start: trimmed(session.start), end: trimmed(session.end) }));
    return compact({
      ...shared,
      ...audience,
      start: trimmed(form.start),
      end: trimmed(form.end),
      sessions: sessions.length > 0 ? sessions : undefined,
      ...practical,
      contact,
      partners: listOrUndefined([...form.partners]),
      keywords: listOrUndefined(keywords),
      status,
      activity: trimmed(form.activity),
      verified: trimmed(form.verified),
    });
  }

  const schedule =
    form.schedule.kind === 'rules'
      ? form.schedule.rules.map(ruleToEntry)
      : form.schedule.kind === 'byAppointment'
        ? { byAppointment: true }
        : form.schedule.kind === 'alwaysOpen'
          ? { alwaysOpen: true }
          : undefined;

  return compact({
    ...shared,
    type: trimmed(form.type),
    ...audience,
    schedule,
    scheduleNote: text(form.scheduleNote),
    ...practical,
    anonymous: tristate(form.anonymous),
    contact,
    partners: listOrUndefined([...form.partners]),
    keywords: listOrUndefined(keywords),
    status,
    verified: trimmed(form.verified),
  });
}

/** One schedule rule as entry data. */
export function ruleToEntry(rule: RuleInput): Data {
  const times = { start: trimmed(rule.start), end: trimmed(rule.end) };
  const period = {
    from: trimmed(rule.from),
    until: trimmed(rule.until),
    except: listOrUndefined(filledList(rule.except)),
  };
  const every = formNumber(rule.every);
  if (rule.kind === 'dates') return compact({ dates: filledList(rule.dates), ...times });
  if (rule.kind === 'monthly') {
    return compact({
      monthly: compact({ weekday: trimmed(rule.monthlyWeekday), nth: rule.nth.map((value) => formNumber(value) ?? value) }),
      every,
      ...times,
      ...period,
    });
  }
  return compact({ weekly: [...rule.weekdays], every, ...times, ...period });
}

// ---------------------------------------------------------------------------------------------
// Writing the file

/** The editor-schema line for a file at `relativePath` (relative to content/). */
export function schemaComment(kind: EntryKind): string {
  const up = kind === 'organisation' ? '../..' : '../../..';
  return `# yaml-language-server: $schema=${up}/public/schemas/${kind}.schema.json`;
}

/**
 * The text of the entry's file. `.yaml`: the editor-schema line and the YAML. `.md`: front
 * matter, then a description that was written in the body (a map with only the default
 * language, which is what the validator makes of a body) as the body again.
 */
export function serialiseEntry(kind: EntryKind, data: Data, extension: Extension, settings: SubmissionSettings): string {
  if (extension === '.md') {
    const description = data.description;
    const defaultLanguage = settings.languages[0] ?? 'fi';
    const inBody =
      description !== null &&
      typeof description === 'object' &&
      Object.keys(description).length === 1 &&
      typeof (description as Record<string, unknown>)[defaultLanguage] === 'string';
    if (inBody) {
      const { description: _, ...frontMatter } = data;
      return `---\n${dumpYaml(frontMatter)}---\n${(description as Record<string, string>)[defaultLanguage]}\n`;
    }
    return `---\n${dumpYaml(data)}---\n`;
  }
  return `${schemaComment(kind)}\n${dumpYaml(data)}`;
}

// ---------------------------------------------------------------------------------------------
// Sending it on

/** GitHub answers very long addresses with an error; the form offers a download instead. */
export const MAX_GITHUB_URL_LENGTH = 8000;
/** Mail programs cut mailto: links at about 2,000 characters. */
export const MAX_MAILTO_LENGTH = 2000;

export interface Repository {
  url: string;
  branch: string;
}

/** `https://github.com/owner/repo` → `owner/repo`, or undefined for a repository elsewhere. */
export function githubRepository(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.hostname !== 'github.com') return undefined;
  const match = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(parsed.pathname);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * GitHub's "new file" page with the file name and text filled in, or undefined when the
 * repository is not on GitHub or the address would be too long.
 */
export function githubNewFileUrl(repository: Repository, filePath: string, text: string): string | undefined {
  const repo = githubRepository(repository.url);
  if (!repo) return undefined;
  const url = `https://github.com/${repo}/new/${encodeURIComponent(repository.branch)}?filename=${encodeURIComponent(filePath)}&value=${encodeURIComponent(text)}`;
  return url.length <= MAX_GITHUB_URL_LENGTH ? url : undefined;
}

/** GitHub's editor for an existing file (it cannot be prefilled: the writer pastes the new text). */
export function githubEditUrl(repository: Repository, filePath: string): string | undefined {
  const repo = githubRepository(repository.url);
  if (!repo) return undefined;
  return `https://github.com/${repo}/edit/${encodeURIComponent(repository.branch)}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

/** A mailto: link with subject and body, or undefined when it would be too long for mail programs. */
export function mailtoUrl(address: string, subject: string, body: string): string | undefined {
  const url = `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return url.length <= MAX_MAILTO_LENGTH ? url : undefined;
}

/** "?edit=activity/suruvalo/surupuhelin" or "?edit=organisation/suruvalo" → what to load. */
export function parseEditParameter(value: string | null | undefined): Omit<EntrySource, 'extension'> | undefined {
  if (!value) return undefined;
  const parts = value.split('/');
  const valid = (part: string | undefined) => part !== undefined && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(part) && part.length <= 80;
  if (parts[0] === 'organisation' && parts.length === 2 && valid(parts[1])) return { kind: 'organisation', org: parts[1]!, id: parts[1]! };
  if ((parts[0] === 'activity' || parts[0] === 'event') && parts.length === 3 && valid(parts[1]) && valid(parts[2])) {
    return { kind: parts[0], org: parts[1]!, id: parts[2]! };
  }
  return undefined;
}

/** Site-relative path of the JSON file that carries an entry's source text for the form. */
export function entryDataPath(source: Omit<EntrySource, 'extension'>): string {
  return source.kind === 'organisation' ? `organisation/${source.id}.json` : `${source.kind}/${source.org}/${source.id}.json`;
}
