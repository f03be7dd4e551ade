import { describe, expect, test } from 'vitest';
import { readContentDirectory } from './content-files.ts';
import {
  emptyForm,
  entryToForm,
  formText,
  formToEntry,
  githubEditUrl,
  githubNewFileUrl,
  githubRepository,
  mailtoUrl,
  MAX_GITHUB_URL_LENGTH,
  parseEditParameter,
  parseEntryPath,
  readEntryData,
  serialiseEntry,
  type EntrySource,
} from './submission.ts';
import { validateContent, type ContentFile } from './validate.ts';

const settings = { languages: ['fi', 'sv', 'en'] };
const clock = { today: '2026-11-23', now: '2026-11-23T12:00' };
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const tree = readContentDirectory('content');

/** A sample event, since the sample content has none: every event field is used. */
const SAMPLE_EVENT = `name:
  fi: Omaishoitajien joulujuhla
  sv: Närståendevårdarnas julfest
summary: Joulujuhla omaishoitajille ja heidän läheisilleen.
situations: [caregiving]
audiences: [caregivers]
ageMin: 18
languages: [fi, sv]
modes: [in-person, online]
area: { municipalities: ["297"] }
locations:
  - street: Puijonkatu 22
    postalCode: "70100"
    municipality: "297"
start: "2027-12-05T14:00"
end: "2027-12-05T17:00"
sessions:
  - { start: "2027-12-12T14:00", end: "2027-12-12T16:00" }
cost: { fee: 5 € }
registration: { required: true, url: https://example.org/ilmo, note: Viimeistään 1.12. }
contact: { email: info@example.org }
partners: [hopeahuvila]
keywords: [joulu, juhla]
status: postponed
activity: omaishoitajien-vertaisryhma-kuopio
verified: 2026-11-01
`;

const EXTRA: ContentFile[] = [
  { relativePath: 'events/kuopion-omaisvoima/joulujuhla.yaml', displayPath: 'content/events/kuopion-omaisvoima/joulujuhla.yaml', bytes: encoder.encode(SAMPLE_EVENT) },
];
const files = [...tree, ...EXTRA];

function validatedData(all: readonly ContentFile[], source: EntrySource): unknown {
  const result = validateContent(all, { clock });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  expect(errors).toEqual([]);
  const list = source.kind === 'organisation' ? result.organisations : source.kind === 'activity' ? result.activities : result.events;
  return list.find((entry) => entry.org === source.org && entry.id === source.id)?.data;
}

/** Strings as the schema reads them: surrounding white space does not matter. */
function trimStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimStrings(item)]));
  return value;
}

const entryFiles = files.filter((file) => parseEntryPath(file.relativePath));

describe('round trip: file → form → file gives the same entry', () => {
  test('the sample has entries of every kind', () => {
    const kinds = new Set(entryFiles.map((file) => parseEntryPath(file.relativePath)!.kind));
    expect([...kinds].sort()).toEqual(['activity', 'event', 'organisation']);
    expect(entryFiles.length).toBeGreaterThan(60);
  });

  const original = validateContent(files, { clock });

  test.each(entryFiles.map((file) => [file.relativePath, file] as const))('%s', (_, file) => {
    const source = parseEntryPath(file.relativePath)!;
    const raw = readEntryData(decoder.decode(file.bytes), source.extension, 'fi');
    const form = entryToForm(source, raw, settings);
    const data = formToEntry(form, settings);
    const text = serialiseEntry(source.kind, data, source.extension, settings);

    // The same data as written, apart from white space at the ends of texts.
    expect(trimStrings(readEntryData(text, source.extension, 'fi'))).toEqual(trimStrings(raw));

    // And exactly the same entry once validated, with no new problem anywhere.
    const replaced = files.map((item) => (item === file ? { ...item, bytes: encoder.encode(text) } : item));
    const before = original[source.kind === 'organisation' ? 'organisations' : source.kind === 'activity' ? 'activities' : 'events'].find(
      (entry) => entry.org === source.org && entry.id === source.id,
    )?.data;
    expect(before).toBeDefined();
    expect(validatedData(replaced, source)).toEqual(before);
  });
});

describe('serialiseEntry', () => {
  test('a .yaml file starts with the editor-schema line', () => {
    const text = serialiseEntry('activity', { name: 'Ryhmä' }, '.yaml', settings);
    expect(text).toBe('# yaml-language-server: $schema=../../../public/schemas/activity.schema.json\nname: Ryhmä\n');
  });

  test('an organisation points two folders up', () => {
    expect(serialiseEntry('organisation', { name: 'Yhdistys ry' }, '.yaml', settings)).toBe(
      '# yaml-language-server: $schema=../../public/schemas/organisation.schema.json\nname: Yhdistys ry\n',
    );
  });

  test('a .md file keeps a default-language description as its body', () => {
    const text = serialiseEntry('activity', { name: 'Ryhmä', description: { fi: 'Tervetuloa!\n\n- kahvia' } }, '.md', settings);
    expect(text).toBe('---\nname: Ryhmä\n---\nTervetuloa!\n\n- kahvia\n');
  });

  test('a .md file with a translated description keeps it in the front matter', () => {
    const text = serialiseEntry('activity', { name: 'Ryhmä', description: { fi: 'Moi', sv: 'Hej' } }, '.md', settings);
    expect(text).toBe('---\nname: Ryhmä\ndescription:\n  fi: Moi\n  sv: Hej\n---\n');
  });

  test('values that YAML would misread are quoted', () => {
    const form = emptyForm('activity');
    form.schedule = { kind: 'rules', rules: [{ ...form.schedule.rules[0]!, kind: 'weekly', weekdays: ['tue'], every: '2', monthlyWeekday: '', nth: [], dates: [], start: '17:30', end: '19:00', from: '2026-09-01', until: '', except: ['2026-10-20'] }] };
    form.area = { kind: 'municipalities', counties: [], municipalities: ['091'] };
    const text = serialiseEntry('activity', formToEntry(form, settings), '.yaml', settings);
    expect(text).toContain('start: "17:30"');
    expect(text).toContain('- "091"');
    expect(text).toContain('from: "2026-09-01"');
    expect(text).toContain('every: 2\n');
  });
});

describe('formToEntry', () => {
  test('an empty form gives an entry with only the defaults left out', () => {
    expect(formToEntry(emptyForm('activity'), settings)).toEqual({ situations: [], languages: [], modes: [] });
    expect(formToEntry(emptyForm('organisation'), settings)).toEqual({});
  });

  test('a weekly rule as people say it: every Tuesday 17:30–19:00 from September to December, not 20 October', () => {
    const form = emptyForm('activity');
    form.schedule = {
      kind: 'rules',
      rules: [{ kind: 'weekly', weekdays: ['tue'], every: '', monthlyWeekday: '', nth: [], dates: [], start: '17:30', end: '19:00', from: '2026-09-01', until: '2026-12-31', except: ['2026-10-20', ''] }],
    };
    expect(formToEntry(form, settings).schedule).toEqual([
      { weekly: ['tue'], start: '17:30', end: '19:00', from: '2026-09-01', until: '2026-12-31', except: ['2026-10-20'] },
    ]);
  });

  test('a monthly rule keeps positions as numbers', () => {
    const form = emptyForm('activity');
    form.schedule = {
      kind: 'rules',
      rules: [{ kind: 'monthly', weekdays: [], every: '2', monthlyWeekday: 'sat', nth: ['1', '-1'], dates: [], start: '10:00', end: '12:00', from: '', until: '', except: [] }],
    };
    expect(formToEntry(form, settings).schedule).toEqual([{ monthly: { weekday: 'sat', nth: [1, -1] }, every: 2, start: '10:00', end: '12:00' }]);
  });

  test('an incomplete place stays in, so that the validator can point at the missing street', () => {
    const form = emptyForm('activity');
    form.locations = [{ ...entryToForm({ kind: 'activity', org: 'a', id: 'b', extension: '.yaml' }, { locations: [{}] }, settings).locations[0]!, postalCode: '70100' }];
    expect(formToEntry(form, settings).locations).toEqual([{ postalCode: '70100' }]);
  });

  test('text that is not a number is kept for the validator to report', () => {
    const form = emptyForm('activity');
    form.ageMin = '12,5';
    form.ageMax = ' 18 ';
    expect(formToEntry(form, settings)).toMatchObject({ ageMin: '12,5', ageMax: 18 });
  });

  test('keywords are split at commas', () => {
    const form = emptyForm('activity');
    form.keywords = 'suru,  vertaistuki , , leski';
    expect(formToEntry(form, settings).keywords).toEqual(['suru', 'vertaistuki', 'leski']);
  });

  test('status equal to the default is left out', () => {
    const activity = emptyForm('activity');
    const event = emptyForm('event');
    event.status = 'cancelled';
    expect(formToEntry(activity, settings).status).toBeUndefined();
    expect(formToEntry(event, settings).status).toBe('cancelled');
  });
});

describe('formText', () => {
  test.each([
    [{ values: { fi: ' Ryhmä ' }, map: false }, 'Ryhmä'],
    [{ values: { fi: 'Ryhmä' }, map: true }, { fi: 'Ryhmä' }],
    [{ values: { fi: 'Ryhmä', sv: 'Grupp', en: '' }, map: false }, { fi: 'Ryhmä', sv: 'Grupp' }],
    [{ values: { en: 'Group', fi: 'Ryhmä' }, map: false }, { fi: 'Ryhmä', en: 'Group' }],
    [{ values: { sv: 'Grupp' }, map: false }, { sv: 'Grupp' }],
    [{ values: { fi: '  ', sv: '' }, map: true }, undefined],
  ])('%j → %j', (input, expected) => {
    expect(formText(input, settings)).toEqual(expected);
  });
});

describe('links', () => {
  const repository = { url: 'https://github.com/tukiverkko/tukiverkko', branch: 'main' };

  test.each([
    ['https://github.com/tukiverkko/tukiverkko', 'tukiverkko/tukiverkko'],
    ['https://github.com/tukiverkko/tukiverkko/', 'tukiverkko/tukiverkko'],
    ['https://github.com/tukiverkko/tukiverkko.git', 'tukiverkko/tukiverkko'],
    ['https://gitlab.com/tukiverkko/tukiverkko', undefined],
    ['https://github.com/tukiverkko', undefined],
  ])('githubRepository(%s) = %s', (url, expected) => {
    expect(githubRepository(url)).toBe(expected);
  });

  test('the new-file page gets the file name and the text', () => {
    expect(githubNewFileUrl(repository, 'content/activities/suruvalo/ryhma.yaml', 'name: Ryhmä\n')).toBe(
      'https://github.com/tukiverkko/tukiverkko/new/main?filename=content%2Factivities%2Fsuruvalo%2Fryhma.yaml&value=name%3A%20Ryhm%C3%A4%0A',
    );
  });

  test('a text too long for an address gets no new-file link', () => {
    expect(githubNewFileUrl(repository, 'content/x.yaml', 'a'.repeat(MAX_GITHUB_URL_LENGTH))).toBeUndefined();
  });

  test('the edit page of an existing file', () => {
    expect(githubEditUrl(repository, 'content/activities/suruvalo/surupuhelin.yaml')).toBe(
      'https://github.com/tukiverkko/tukiverkko/edit/main/content/activities/suruvalo/surupuhelin.yaml',
    );
  });

  test('mailto carries subject and body, and gives up when too long', () => {
    expect(mailtoUrl('toimitus@example.org', 'Uusi toiminta', 'name: Ryhmä')).toBe(
      'mailto:toimitus@example.org?subject=Uusi%20toiminta&body=name%3A%20Ryhm%C3%A4',
    );
    expect(mailtoUrl('toimitus@example.org', 'Uusi', 'x'.repeat(2000))).toBeUndefined();
  });
});

describe('parseEditParameter', () => {
  test.each([
    ['activity/suruvalo/surupuhelin', { kind: 'activity', org: 'suruvalo', id: 'surupuhelin' }],
    ['event/suruvalo/joulu-2026', { kind: 'event', org: 'suruvalo', id: 'joulu-2026' }],
    ['organisation/suruvalo', { kind: 'organisation', org: 'suruvalo', id: 'suruvalo' }],
    ['activity/suruvalo', undefined],
    ['activity/../etc', undefined],
    ['activity/Suruvalo/x', undefined],
    ['page/about', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s', (value, expected) => {
    expect(parseEditParameter(value)).toEqual(expected);
  });
});

describe('parseEntryPath', () => {
  test.each([
    ['activities/suruvalo/surupuhelin.yaml', { kind: 'activity', org: 'suruvalo', id: 'surupuhelin', extension: '.yaml' }],
    ['events/suruvalo/ilta.md', { kind: 'event', org: 'suruvalo', id: 'ilta', extension: '.md' }],
    ['organisations/suruvalo.yaml', { kind: 'organisation', org: 'suruvalo', id: 'suruvalo', extension: '.yaml' }],
    ['pages/about.fi.mdx', undefined],
    ['site.yaml', undefined],
  ])('%s', (relativePath, expected) => {
    expect(parseEntryPath(relativePath)).toEqual(expected);
  });
});
