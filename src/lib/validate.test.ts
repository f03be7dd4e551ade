/**
 * Rules about the content tree as a whole: required files, code lists, hygiene, site settings.
 * (One-fault entry files are in tests/validator-corpus.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { combine, contentFile, FIXED_CLOCK, readTree, VALID_DIR } from '../../tests/support/content-tree.ts';
import { compareProblems, formatProblem } from './problems.ts';
import { areaIncludes, existsInZone, validateContent, type ContentFile } from './validate.ts';

const valid = readTree(VALID_DIR);
const without = (relativePath: string) => valid.filter((file) => file.relativePath !== relativePath);

function lines(files: readonly ContentFile[], clock = FIXED_CLOCK): string[] {
  return [...validateContent(files, { clock }).problems].sort(compareProblems).map((problem) => formatProblem(problem));
}

const LAYOUT = 'site.yaml, taxonomies/, organisations/<org>.yaml, activities/<org>/<id>.yaml|.md, events/<org>/<id>.yaml|.md, pages/<id>.<lang>.mdx';
const missing = (what: string) => `content/${what}:1:1  content/${what} is missing — add content/${what}: see "Content guide" in README.md`;

describe('required files', () => {
  test('an empty directory lists every file it needs', () => {
    expect(lines([])).toEqual([
      missing('site.yaml'),
      missing('taxonomies/accessibility.yaml'),
      missing('taxonomies/activity-types.yaml'),
      missing('taxonomies/audiences.yaml'),
      missing('taxonomies/languages.yaml'),
      missing('taxonomies/municipalities.csv'),
      missing('taxonomies/situations.yaml'),
      missing('taxonomies/wellbeing-counties.csv'),
    ]);
  });

  test.each(['site.yaml', 'taxonomies/situations.yaml', 'taxonomies/wellbeing-counties.csv'])('without %s', (file) => {
    expect(lines(without(file))).toEqual([missing(file)]);
  });
});

describe('code lists', () => {
  test('a municipality list with the wrong header is not read, and nothing is guessed from it', () => {
    expect(lines(combine(valid, contentFile('taxonomies/municipalities.csv', 'koodi,nimi\n091,Helsinki\n')))).toEqual([
      'content/taxonomies/municipalities.csv:1:1  the first line must be the header "code,name_fi,name_sv,county_code" — copy the file again from ../shared/reference/',
    ]);
  });

  test('bad rows are reported at their line and left out', () => {
    const csv = [
      'code,name_fi,name_sv,county_code',
      '091,Helsinki,Helsingfors,90',
      '91,Helsinki,Helsingfors,90',
      '297,Kuopio',
      '091,Helsinki,Helsingfors,90',
      '297,Kuopio,Kuopio,13',
      '749,Siilinjärvi,Siilinjärvi,13',
      '905,Vaasa,Vasa,17',
      '',
    ].join('\n');
    const files = combine(valid, contentFile('taxonomies/municipalities.csv', csv));
    expect(lines(files)).toEqual([
      'content/taxonomies/municipalities.csv:3:1  this row is not valid: code "91" is not three digits — check the row against the header',
      'content/taxonomies/municipalities.csv:4:1  this row is not valid: 2 columns instead of 4 — check the row against the header',
      'content/taxonomies/municipalities.csv:5:1  this row is not valid: code 091 appears twice — check the row against the header',
    ]);
    expect(validateContent(files, { clock: FIXED_CLOCK }).taxonomies.municipalities.map((row) => row.code)).toEqual(['091', '297', '749', '905']);
  });

  test('a byte-order mark and Windows line endings are fine', () => {
    const csv = '\uFEFFcode,name_fi,name_sv,name_en\r\n13,Pohjois-Savo,Norra Savolax,North Savo\r\n17,Pohjanmaa,Österbotten,Ostrobothnia\r\n90,Helsinki,Helsingfors,Helsinki\r\n';
    const result = validateContent(combine(valid, contentFile('taxonomies/wellbeing-counties.csv', csv)), { clock: FIXED_CLOCK });
    expect(result.problems).toEqual([]);
    expect(result.taxonomies.counties.map((county) => [county.code, county.name_en])).toEqual([['13', 'North Savo'], ['17', 'Ostrobothnia'], ['90', 'Helsinki']]);
  });

  test('a code list with a code twice', () => {
    const terms = ['caregivers', 'caregivers', 'older-people', 'young-people'].map((code) => `- code: ${code}\n  name: { fi: A, sv: B, en: C }\n`).join('');
    expect(lines(combine(valid, contentFile('taxonomies/audiences.yaml', terms)))).toEqual([
      'content/taxonomies/audiences.yaml:3:9  [1].code  the code "caregivers" is used twice in this list — give each term its own code',
    ]);
  });
});

describe('repository hygiene', () => {
  test('a symbolic link', () => {
    expect(lines(combine(valid, { ...contentFile('activities/demo-org/linkki.yaml', ''), isSymlink: true }))).toEqual([
      'content/activities/demo-org/linkki.yaml:1:1  symbolic links are not allowed in content/ — replace the link with the file itself',
    ]);
  });

  test('a file over the size limit', () => {
    expect(lines(combine(valid, contentFile('activities/demo-org/iso.yaml', `name: x\n# ${'x'.repeat(300 * 1024)}\n`)))).toEqual([
      'content/activities/demo-org/iso.yaml:1:1  the file is 301 KB; at most 256 KB is allowed — shorten the description or split the entry',
    ]);
  });

  test.each([
    ['activities/demo-org/ryhmat/ryhma.yaml', `content/activities/demo-org/ryhmat/ryhma.yaml:1:1  this file is not part of the content layout (${LAYOUT}) — move or rename it, or delete it (see "Content guide" in README.md)`],
    ['activities/ryhma.yaml', `content/activities/ryhma.yaml:1:1  this file is not part of the content layout (${LAYOUT}) — move or rename it, or delete it (see "Content guide" in README.md)`],
    ['taxonomies/extra.yaml', `content/taxonomies/extra.yaml:1:1  this file is not part of the content layout (${LAYOUT}) — move or rename it, or delete it (see "Content guide" in README.md)`],
    ['organisations/uusi.md', 'content/organisations/uusi.md:1:1  files here must end in .yaml — rename the file to end in .yaml'],
    ['organisations/uusi.mdx', 'content/organisations/uusi.mdx:1:1  MDX can run code, so entries from organisations must be .yaml or .md — rename the file to .md (Markdown) or .yaml'],
    ['events/demo-org/juhla.yml', 'content/events/demo-org/juhla.yml:1:1  files here must end in .yaml or .md — rename the file to end in .yaml or .md'],
    ['activities/Demo-Org/ryhma.yaml', 'content/activities/Demo-Org/ryhma.yaml:1:1  "Demo-Org" is not a valid id — use lowercase letters a–z, digits and single hyphens, e.g. "demo-org"'],
    ['organisations/yhdistys ry.yaml', 'content/organisations/yhdistys ry.yaml:1:1  "yhdistys ry" is not a valid id — use lowercase letters a–z, digits and single hyphens, e.g. "yhdistys-ry"'],
    ['pages/about.mdx', 'content/pages/about.mdx:1:1  files here must end in .<lang>.mdx (about.fi.mdx) — rename the file to end in .<lang>.mdx (about.fi.mdx)'],
    ['pages/about.de.mdx', 'content/pages/about.de.mdx:1:1  warning: "de" is not one of the site\'s languages (fi, sv, en), so this text is never shown — check the language code'],
  ])('%s', (path, expected) => {
    expect(lines(combine(valid, contentFile(path, 'name: x\n')))).toEqual([expected]);
  });

  test('placeholders and notes are allowed', () => {
    expect(lines(combine(valid, contentFile('events/.gitkeep', ''), contentFile('taxonomies/SOURCES.md', '# Sources\n'), contentFile('pages/about.fi.mdx', '---\ntitle: Tietoa\n---\n')))).toEqual([]);
  });

  test('an id longer than 80 characters', () => {
    const id = 'a'.repeat(81);
    expect(lines(combine(valid, contentFile(`organisations/${id}.yaml`, 'name: x\n')))).toEqual([
      `content/organisations/${id}.yaml:1:1  "${id}" is not a valid id — use lowercase letters a–z, digits and single hyphens, e.g. "${'a'.repeat(80)}"`,
    ]);
  });
});

describe('site settings reach every entry', () => {
  test('the first language is the one every text map needs', () => {
    const site = 'name: A\ntagline: { en: B }\nurl: https://x.fi/\nlanguages: [en, fi]\nrepository: { url: https://github.com/a/b }\ncontactEmail: a@b.fi\n';
    expect(lines(combine(valid, contentFile('site.yaml', site))).filter((line) => line.includes('toinen-yhdistys.yaml'))).toEqual([
      'content/organisations/toinen-yhdistys.yaml:2:3  name  the text has no version in en, the site\'s default language — add en: "…" to the map',
      'content/organisations/toinen-yhdistys.yaml:3:3  name.sv  warning: "sv" is not one of the site\'s languages (en, fi), so this text is never shown — check the language code',
    ]);
  });

  test('staleAfterMonths sets when an entry counts as stale', () => {
    const site = readTextOf('site.yaml').replace('staleAfterMonths: 12', 'staleAfterMonths: 3');
    expect(lines(combine(valid, contentFile('site.yaml', site)))).toEqual([
      'content/activities/toinen-yhdistys/surukahvila.md:16:11  verified  warning: last verified on 2026-05-05, more than 3 months ago — ask the organisation to check the entry and update verified: to today',
      'content/organisations/toinen-yhdistys.yaml:9:11  verified  warning: last verified on 2026-06-15, more than 3 months ago — ask the organisation to check the entry and update verified: to today',
    ]);
  });

  test('an entry verified exactly staleAfterMonths ago is not yet stale', () => {
    const organisation = (verified: string) => contentFile('organisations/kolmas.yaml', `name: K\nsummary: K.\narea: { national: true }\nverified: ${verified}\n`);
    expect(lines(combine(valid, organisation('2025-11-23')))).toEqual([]);
    expect(lines(combine(valid, organisation('2025-11-22')))).toEqual([
      'content/organisations/kolmas.yaml:4:11  verified  warning: last verified on 2025-11-22, more than 12 months ago — ask the organisation to check the entry and update verified: to today',
    ]);
  });

  test('an invalid site.yaml is reported and the entries are still checked', () => {
    const site = readTextOf('site.yaml').replace('timezone: Europe/Helsinki', 'timezone: Mars/Olympus');
    expect(lines(combine(valid, contentFile('site.yaml', site)))).toEqual([
      'content/site.yaml:9:11  timezone  "Mars/Olympus" is not a time zone — write an IANA time zone, e.g. Europe/Helsinki',
    ]);
  });
});

describe('time', () => {
  const event = (times: string) =>
    contentFile('events/demo-org/kurssi.yaml', `name: K\nsummary: K.\nsituations: [grief]\nlanguages: [fi]\nmodes: [online]\narea: { national: true }\n${times}\n`);

  test('an event is past only when its last session has ended', () => {
    const times = 'start: "2026-10-01T18:00"\nend: "2026-10-01T20:00"\nsessions:\n  - { start: "2026-11-23T10:00", end: "2026-11-23T12:30" }';
    expect(lines(combine(valid, event(times)))).toEqual([]);
    expect(lines(combine(valid, event(times)), { today: '2026-11-23', now: '2026-11-23T12:29' })).toEqual([]);
    // At the minute it ends the lists drop it (isEventPast), so the warning says so from then on.
    for (const now of ['2026-11-23T12:30', '2026-11-23T12:31']) {
      expect(lines(combine(valid, event(times)), { today: '2026-11-23', now })).toEqual([
        'content/events/demo-org/kurssi.yaml:8:6  end  warning: the event ended on 2026-11-23 12:30 and is no longer listed — delete the file when it is no longer needed',
      ]);
    }
  });

  test('a session in the spring-forward gap', () => {
    const times = 'start: "2027-03-27T18:00"\nend: "2027-03-27T20:00"\nsessions:\n  - { start: "2027-03-28T03:15", end: "2027-03-28T05:00" }';
    expect(lines(combine(valid, event(times)))).toEqual([
      'content/events/demo-org/kurssi.yaml:10:14  sessions[0].start  "2027-03-28T03:15" does not exist in Europe/Helsinki: the clocks go forward from 03:00 to 04:00 that night — choose a time before 03:00 or from 04:00 on',
    ]);
  });

  test.each([
    ['2027-03-28T02:59', true],
    ['2027-03-28T03:00', false],
    ['2027-03-28T03:59', false],
    ['2027-03-28T04:00', true],
    ['2026-10-25T03:30', true], // the autumn hour happens twice, but it exists
    ['2026-03-29T03:30', false],
    ['2026-02-30T10:00', false],
  ])('existsInZone(%s) = %s', (local, exists) => {
    expect(existsInZone(local, 'Europe/Helsinki')).toBe(exists);
  });

  test('the spring-forward gap of another zone', () => {
    expect(existsInZone('2027-03-28T02:30', 'Europe/Stockholm')).toBe(false);
    expect(existsInZone('2027-03-28T03:30', 'Europe/Stockholm')).toBe(true);
  });
});

describe('areaIncludes', () => {
  const countyOf = new Map([['297', '13'], ['749', '13'], ['091', '90']]);
  test.each([
    [{ national: true as const }, '091', true],
    [{ counties: ['13'] }, '297', true],
    [{ counties: ['13'] }, '091', false],
    [{ municipalities: ['297'] }, '297', true],
    [{ municipalities: ['297'] }, '749', false],
    [undefined, '297', true],
  ])('%j includes %s: %s', (area, municipality, included) => {
    expect(areaIncludes(area, municipality, countyOf)).toBe(included);
  });
});

function readTextOf(relativePath: string): string {
  return new TextDecoder().decode(valid.find((file) => file.relativePath === relativePath)!.bytes);
}
