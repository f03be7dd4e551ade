/**
 * npm run new -- activity|event|organisation [flags]
 *
 * Writes a new entry as a commented YAML file that passes `npm run validate`. In a terminal it
 * asks for whatever the flags leave out; otherwise (in scripts and CI) it takes flags only and
 * says which are missing. It proposes the id from the name (ä, ö, å → a, o, a), never overwrites
 * an entry, and checks the file with the validator before writing it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDirectory, readContentDirectory } from '../src/lib/content-files.ts';
import { isValidId, proposeId } from '../src/lib/ids.ts';
import { formatProblem } from '../src/lib/problems.ts';
import {
  parseList,
  parseTimeRange,
  resolveMunicipalities,
  resolveTerms,
  resolveWeekdays,
  scaffoldData,
  scaffoldText,
  type ScaffoldAnswers,
} from '../src/lib/scaffold.ts';
import { entryFilePath, ENTRY_KINDS, type EntryKind } from '../src/lib/submission.ts';
import { getClock } from '../src/lib/today.ts';
import { validateContent } from '../src/lib/validate.ts';
import { DateSchema, LocalDateTimeSchema } from '../src/schemas/shared.ts';
import type { Term } from '../src/schemas/taxonomy.ts';

const USAGE = `Usage: npm run new -- activity|event|organisation [flags]

  --org <id>               organisation (folder) of an activity or event
  --name <text>            name, in the site's default language
  --id <id>                file name; proposed from the name when left out
  --summary <text>         one or two sentences, at most 300 characters
  --type <code>            activity type, e.g. peer-support-group
  --situation <codes>      life situations, e.g. caregiving,grief (repeatable)
  --language <codes>       languages it is held in (default: the site's first language)
  --mode <codes>           in-person, online, phone, chat
  --national | --county <codes> | --municipality <codes or names>   where people can take part
  --street <text> --postal-code <digits> --place-municipality <code or name> [--place-name <text>]
                           the place, when it meets in person
  --weekly <days> --time <17:30-19:00>   activity: meets every week on these days
  --start <YYYY-MM-DDTHH:MM> --end <YYYY-MM-DDTHH:MM>   event: when it is
  --website --email --phone --business-id   organisation: contact details
  --verified <YYYY-MM-DD>  default: today
  --dry-run                print the file instead of writing it
  --force                  replace an existing file

In a terminal, anything left out is asked for.`;

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    org: { type: 'string' },
    name: { type: 'string' },
    id: { type: 'string' },
    summary: { type: 'string' },
    type: { type: 'string' },
    situation: { type: 'string', multiple: true },
    language: { type: 'string', multiple: true },
    mode: { type: 'string', multiple: true },
    national: { type: 'boolean' },
    county: { type: 'string', multiple: true },
    municipality: { type: 'string', multiple: true },
    street: { type: 'string' },
    'postal-code': { type: 'string' },
    'place-municipality': { type: 'string' },
    'place-name': { type: 'string' },
    weekly: { type: 'string', multiple: true },
    time: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    website: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    'business-id': { type: 'string' },
    verified: { type: 'string' },
    'dry-run': { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const requested = positionals[0] as EntryKind | undefined;
if (!requested || !ENTRY_KINDS.includes(requested)) {
  console.error(`Say what to create: activity, event or organisation.\n\n${USAGE}`);
  process.exit(2);
}
const kind: EntryKind = requested;

const contentDir = contentDirectory();
const files = readContentDirectory(contentDir);
const directory = validateContent(files);
if (!directory.site) {
  console.error(`content/site.yaml is missing or invalid; run npm run validate first.`);
  process.exit(2);
}
const site = directory.site;
const settings = { languages: site.languages };
const interactive = process.stdin.isTTY === true || process.env.TUKIVERKKO_INTERACTIVE === '1';
const readline = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const lines = readline?.[Symbol.asyncIterator]();
const missing: string[] = [];
const invalid: string[] = [];

type Parsed<T> = { value: T } | { error: string };

/**
 * One answer: from its flag, or asked for in a terminal (again until it reads right), or the
 * default. Without a terminal a missing required flag is collected and reported at the end.
 */
async function answer<T>(options: {
  flag: string;
  given: string | undefined;
  question: string;
  parse: (text: string) => Parsed<T>;
  fallback?: string | undefined;
  optional?: boolean;
}): Promise<T | undefined> {
  let text = options.given;
  for (;;) {
    if (text === undefined && interactive) {
      const suffix = options.fallback ? ` [${options.fallback}]` : options.optional ? ' (optional, Enter to skip)' : '';
      process.stdout.write(`${options.question}${suffix}: `);
      const next = await lines!.next();
      text = next.done ? '' : next.value.trim();
      if (next.done && !options.fallback && !options.optional) {
        missing.push(`--${options.flag}`);
        return undefined;
      }
    }
    if (text === undefined || text === '') {
      if (options.fallback !== undefined) text = options.fallback;
      else if (options.optional) return undefined;
      else if (!interactive) {
        missing.push(`--${options.flag}`);
        return undefined;
      } else {
        console.log('  This one is needed.');
        text = undefined;
        continue;
      }
    }
    const parsed = options.parse(text);
    if ('value' in parsed) return parsed.value;
    if (!interactive) {
      invalid.push(`--${options.flag}: ${parsed.error}`);
      return undefined;
    }
    console.log(`  ${parsed.error}`);
    text = undefined;
  }
}

const ok = <T>(value: T): Parsed<T> => ({ value });
const text = (value: string): Parsed<string> => ok(value.trim());
const list = (value: string | readonly string[] | undefined) => (value === undefined || (Array.isArray(value) && value.length === 0) ? undefined : parseList(value).join(','));

function terms(all: readonly Term[], what: string) {
  return (value: string): Parsed<string[]> => {
    const resolved = resolveTerms(parseList(value), all);
    return 'codes' in resolved ? ok(resolved.codes) : { error: `"${resolved.unknown}" is not one of the ${what}: ${all.map((term) => term.code).join(', ')}` };
  };
}

function showChoices(all: readonly Term[]): void {
  if (!interactive) return;
  all.forEach((term, index) => console.log(`  ${String(index + 1).padStart(2)}  ${term.code.padEnd(28)} ${term.name.fi} / ${term.name.en}`));
}

const dateOf = (what: string) => (value: string): Parsed<string> =>
  DateSchema.safeParse(value).success ? ok(value) : { error: `${what} is written YYYY-MM-DD, e.g. 2026-11-23` };
const dateTimeOf = (value: string): Parsed<string> =>
  LocalDateTimeSchema.safeParse(value).success ? ok(value) : { error: 'write the date and time as YYYY-MM-DDTHH:MM, e.g. 2026-12-05T18:00' };

const organisationIds = directory.organisations.map((organisation) => organisation.id);

async function collect(): Promise<ScaffoldAnswers | undefined> {
  const org =
    kind === 'organisation'
      ? ''
      : await answer({
          flag: 'org',
          given: flags.org,
          question: `Organisation (${organisationIds.join(', ')})`,
          parse: (value) => (organisationIds.includes(value) ? ok(value) : { error: `there is no organisation "${value}"; add it first with npm run new -- organisation` }),
        });
  const name = await answer({ flag: 'name', given: flags.name, question: 'Name', parse: text });
  const proposed = name ? proposeId(name) : undefined;
  const taken = (id: string) => {
    const source = { kind, org: kind === 'organisation' ? id : (org ?? ''), id };
    return ['.yaml', '.md'].some((extension) => existsSync(path.join(contentDir, entryFilePath({ ...source, extension: extension as '.yaml' | '.md' }))));
  };
  const id = await answer({
    flag: 'id',
    given: flags.id ?? (interactive ? undefined : proposed),
    question: 'Id (the file name)',
    fallback: proposed,
    parse: (value) =>
      !isValidId(value)
        ? { error: `"${value}" is not an id: use lowercase letters a–z, digits and hyphens, e.g. "${proposeId(value) || 'vertaistukiryhma'}"` }
        : taken(value) && !flags.force
          ? { error: `${value} already exists; choose another id (or --force to replace it)` }
          : ok(value),
  });
  const summary = await answer({ flag: 'summary', given: flags.summary, question: 'Summary (one or two sentences)', parse: text });

  let type: string | undefined;
  let situations: string[] | undefined;
  let languages: string[] | undefined;
  let modes: string[] | undefined;
  if (kind !== 'organisation') {
    if (kind === 'activity') {
      if (flags.type === undefined) showChoices(directory.taxonomies.activityTypes);
      type = (await answer({ flag: 'type', given: flags.type, question: 'Activity type (number or code)', parse: terms(directory.taxonomies.activityTypes, 'activity types') }))?.[0];
    }
    if (list(flags.situation) === undefined) showChoices(directory.taxonomies.situations);
    situations = await answer({ flag: 'situation', given: list(flags.situation), question: 'Life situations (numbers or codes, comma-separated)', parse: terms(directory.taxonomies.situations, 'life situations') });
    languages = await answer({
      flag: 'language',
      given: list(flags.language),
      question: 'Languages it is held in',
      fallback: site.languages[0],
      parse: terms(directory.taxonomies.languages, 'languages'),
    });
    modes = await answer({
      flag: 'mode',
      given: list(flags.mode),
      question: 'How people take part (in-person, online, phone, chat)',
      parse: (value) => {
        const chosen = parseList(value);
        const wrong = chosen.find((mode) => !['in-person', 'online', 'phone', 'chat'].includes(mode));
        return wrong ? { error: `"${wrong}" is not one of in-person, online, phone, chat` } : ok(chosen);
      },
    });
  }

  const areaGiven = flags.national ? 'national' : list(flags.county) !== undefined ? `counties ${list(flags.county)}` : list(flags.municipality) !== undefined ? `municipalities ${list(flags.municipality)}` : undefined;
  const area = await answer({
    flag: 'national | --county | --municipality',
    given: areaGiven,
    question: 'Where can people take part? "national", "counties 13,90" or "municipalities Kuopio, 749"',
    parse: (value): Parsed<ScaffoldAnswers['area']> => {
      const [word = '', ...rest] = value.split(/\s+/);
      const items = parseList(rest.join(' '));
      if (/^(national|koko)/i.test(word)) return ok({ kind: 'national', codes: [] });
      if (/^count/i.test(word)) {
        const known = directory.taxonomies.counties.map((county) => county.code);
        const codes = items.map((item) => item.padStart(2, '0'));
        const wrong = codes.find((code) => !known.includes(code));
        return wrong || codes.length === 0 ? { error: `give county codes from content/taxonomies/wellbeing-counties.csv, e.g. "counties 13"` } : ok({ kind: 'counties', codes });
      }
      if (/^municipalit/i.test(word)) {
        const resolved = resolveMunicipalities(items, directory.taxonomies.municipalities);
        return 'codes' in resolved && resolved.codes.length > 0
          ? ok({ kind: 'municipalities', codes: resolved.codes })
          : { error: `"${'unknown' in resolved ? resolved.unknown : ''}" is not a municipality; give names or codes, e.g. "municipalities Kuopio, 749"` };
      }
      return { error: 'start with national, counties or municipalities' };
    },
  });

  let location: ScaffoldAnswers['location'];
  if (modes?.includes('in-person')) {
    const street = await answer({ flag: 'street', given: flags.street, question: 'Street address of the place', parse: text });
    const postalCode = await answer({
      flag: 'postal-code',
      given: flags['postal-code'],
      question: 'Postal code',
      parse: (value) => (/^\d{5}$/.test(value) ? ok(value) : { error: 'a postal code is five digits, e.g. 70100' }),
    });
    const placeMunicipality = await answer({
      flag: 'place-municipality',
      given: flags['place-municipality'],
      question: 'Municipality of the place',
      fallback: area?.kind === 'municipalities' ? area.codes[0] : undefined,
      parse: (value) => {
        const resolved = resolveMunicipalities([value], directory.taxonomies.municipalities);
        return 'codes' in resolved ? ok(resolved.codes[0]!) : { error: `"${value}" is not a municipality` };
      },
    });
    const placeName = await answer({ flag: 'place-name', given: flags['place-name'], question: 'Name of the place', optional: true, parse: text });
    if (street && postalCode && placeMunicipality) location = { street, postalCode, municipality: placeMunicipality, ...(placeName ? { name: placeName } : {}) };
  }

  let weekly: string[] | undefined;
  let time: ScaffoldAnswers['time'];
  if (kind === 'activity') {
    weekly = await answer({
      flag: 'weekly',
      given: list(flags.weekly),
      question: 'Weekdays it meets every week (e.g. tue, thu)',
      optional: true,
      parse: (value) => {
        const resolved = resolveWeekdays(parseList(value));
        return 'codes' in resolved ? ok(resolved.codes) : { error: `"${resolved.unknown}" is not a weekday: mon, tue, wed, thu, fri, sat, sun` };
      },
    });
    if (weekly?.length) {
      time = await answer({
        flag: 'time',
        given: flags.time,
        question: 'Time (e.g. 17:30-19:00)',
        parse: (value) => {
          const range = parseTimeRange(value);
          return range && range.start !== range.end ? ok(range) : { error: 'write the start and end time, e.g. 17:30-19:00' };
        },
      });
    }
  }

  let start: string | undefined;
  let end: string | undefined;
  if (kind === 'event') {
    start = await answer({ flag: 'start', given: flags.start, question: 'Starts (YYYY-MM-DDTHH:MM)', parse: dateTimeOf });
    end = await answer({
      flag: 'end',
      given: flags.end,
      question: 'Ends (YYYY-MM-DDTHH:MM)',
      parse: (value) => {
        const parsed = dateTimeOf(value);
        return 'value' in parsed && start && parsed.value <= start ? { error: 'the end must be after the start' } : parsed;
      },
    });
  }

  const contacts: Pick<ScaffoldAnswers, 'website' | 'email' | 'phone' | 'businessId'> = {};
  if (kind === 'organisation') {
    const website = await answer({ flag: 'website', given: flags.website, question: 'Website', optional: true, parse: text });
    const email = await answer({ flag: 'email', given: flags.email, question: 'E-mail', optional: true, parse: text });
    const phone = await answer({ flag: 'phone', given: flags.phone, question: 'Phone', optional: true, parse: text });
    const businessId = await answer({ flag: 'business-id', given: flags['business-id'], question: 'Business ID (1234567-8)', optional: true, parse: text });
    Object.assign(contacts, { website, email, phone, businessId });
  }

  const verified = await answer({ flag: 'verified', given: flags.verified, question: 'Checked on', fallback: getClock(site.timezone).today, parse: dateOf('verified') });

  if (missing.length > 0 || invalid.length > 0) return undefined;
  return {
    org: org ?? '',
    id: id!,
    name: name!,
    summary: summary!,
    verified: verified!,
    area: area!,
    ...(type ? { type } : {}),
    ...(situations ? { situations } : {}),
    ...(languages ? { languages } : {}),
    ...(modes ? { modes } : {}),
    ...(location ? { location } : {}),
    ...(weekly?.length ? { weekly } : {}),
    ...(time ? { time } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...Object.fromEntries(Object.entries(contacts).filter(([, value]) => value !== undefined)),
  };
}

const answers = await collect();
readline?.close();
if (!answers) {
  if (missing.length) console.error(`Missing: ${missing.join(', ')}${interactive ? '' : ' (or run this in a terminal to be asked)'}`);
  for (const line of invalid) console.error(`Not valid: ${line}`);
  console.error('\nnpm run new -- --help lists every flag.');
  process.exit(2);
}

const source = { kind, org: kind === 'organisation' ? answers.id : answers.org, id: answers.id, extension: '.yaml' as const };
const relativePath = entryFilePath(source);
const data = scaffoldData(kind, answers, settings);
const fileText = scaffoldText(kind, relativePath, data);

// The same check as npm run validate, on the tree with the new file in it.
const target = path.join(contentDir, relativePath);
const entryFile = { relativePath, displayPath: path.relative(process.cwd(), target).split(path.sep).join('/'), bytes: new TextEncoder().encode(fileText) };
const checked = validateContent([...files.filter((file) => file.relativePath !== relativePath), entryFile]);
const problems = checked.problems.filter((problem) => problem.file === entryFile.displayPath);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.some((problem) => problem.severity === 'error')) {
  console.error('\nThe file was not written: fix the values above and run the command again.');
  process.exit(1);
}

if (flags['dry-run']) {
  process.stdout.write(fileText);
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, fileText, { flag: flags.force ? 'w' : 'wx' });
  console.log(`Wrote ${entryFile.displayPath}. Fill in the optional fields you need, then run: npm run validate -- ${entryFile.displayPath}`);
}
