import { describe, expect, test } from 'vitest';
import { decodeUtf8, dumpYaml, parseContentFile, parseYamlDocument, YamlReadError, type PathSegment } from './yaml.ts';

/** The code, line, column and params of the error reading `text`, or the data if it reads. */
function read(text: string | Uint8Array, extension = '.yaml') {
  try {
    return { data: parseContentFile(text, extension).data };
  } catch (error) {
    if (!(error instanceof YamlReadError)) throw error;
    const { reason: _reason, ...params } = error.params;
    return { code: error.code, at: `${error.line}:${error.column}`, params };
  }
}

describe('scalars: YAML 1.2 with a small set of implicit types', () => {
  test.each([
    ['00100', '00100'],
    ['17:30', '17:30'],
    ['1:30:00', '1:30:00'],
    ['2026-03-29', '2026-03-29'],
    ['2026-03-29T10:00:00Z', '2026-03-29T10:00:00Z'],
    ['0401234567', '0401234567'],
    ['+358 40 123 4567', '+358 40 123 4567'],
    ['017', '017'],
    ['08', '08'],
    ['0o17', '0o17'],
    ['0x1F', '0x1F'],
    ['1_000', '1_000'],
    ['1e3', '1e3'],
    ['.5', '.5'],
    ['.inf', '.inf'],
    ['NaN', 'NaN'],
    ['yes', 'yes'],
    ['no', 'no'],
    ['on', 'on'],
    ['off', 'off'],
    ['y', 'y'],
    ['12', 12],
    ['0', 0],
    ['-3', -3],
    ['+4', 4],
    ['1.5', 1.5],
    ['62.8924', 62.8924],
    ['1.0e3', 1000],
    ['true', true],
    ['True', true],
    ['false', false],
    ['null', null],
    ['~', null],
    ['"12"', '12'],
    ["'true'", 'true'],
  ])('%s reads as %j', (written, expected) => {
    expect(read(`value: ${written}\n`)).toEqual({ data: { value: expected } });
  });

  test('a %YAML 1.1 directive does not bring back 1.1 booleans', () => {
    expect(read('%YAML 1.1\n---\nanonymous: yes\n')).toEqual({ data: { anonymous: 'yes' } });
  });

  test('block scalars keep their lines', () => {
    expect(read('a: |\n  line\n  two\nb: >-\n  folded\n  text\n')).toEqual({ data: { a: 'line\ntwo\n', b: 'folded text' } });
  });

  test.each([
    ['', null],
    ['# only a comment\n', null],
    ['- a\n- b\n', ['a', 'b']],
    ['just text\n', 'just text'],
    ['---\na: 1\n...\n', { a: 1 }],
  ])('document %j reads as %j', (text, expected) => {
    expect(read(text)).toEqual({ data: expected });
  });
});

describe('rejected constructs are reported at the line and column to fix', () => {
  test.each<[string, string, string, Record<string, string>]>([
    ['name: &nimi Ryhmä\nalias: *nimi\n', 'yaml.anchor', '1:7', { name: 'nimi' }],
    ['summary: *nimi\n', 'yaml.anchor', '1:10', { name: 'nimi' }],
    ['contact:\n  <<: { email: a@b.fi }\n', 'yaml.merge', '2:3', {}],
    ['summary: !markdown Teksti\n', 'yaml.tag', '1:10', { tag: '!markdown' }],
    ['logo: !!binary aGk=\n', 'yaml.tag', '1:7', { tag: '!!binary' }],
    ['when: !!timestamp 2026-01-01\n', 'yaml.tag', '1:7', { tag: '!!timestamp' }],
    ['name: A\nsummary: B\nname: C\n', 'yaml.duplicateKey', '3:1', { key: 'name', line: '1' }],
    ['contact:\n  email: a@b.fi\n  phone: "1"\n  email: c@d.fi\n', 'yaml.duplicateKey', '4:3', { key: 'email', line: '2' }],
    ['name: { fi: A, fi: B }\n', 'yaml.duplicateKey', '1:16', {}],
    ['area:\n\tcounties: ["13"]\n', 'yaml.tab', '2:1', {}],
    ['name: A\n---\nsummary: B\n', 'yaml.multipleDocuments', '2:1', {}],
    ['---\nname: A\n---\nsummary: B\n', 'yaml.multipleDocuments', '3:1', {}],
    ['name: A\n...\nsummary: B\n', 'yaml.multipleDocuments', '2:1', {}],
    ['contact:\n  email: a@b.fi\n phone: "1"\n', 'yaml.indentation', '3:2', {}],
    ['schedule:\n  - weekly: [tue]\n  start: "17:30"\n', 'yaml.indentation', '3:3', {}],
    ['note: Huom: sisään pihalta\n', 'yaml.colonInValue', '1:7', { key: 'note', value: 'Huom: sisään pihalta', quoted: '"Huom: sisään pihalta"' }],
    ['- street: Katu 1\n  note: klo 12: ovi auki # comment\n', 'yaml.colonInValue', '2:9', { key: 'note', value: 'klo 12: ovi auki', quoted: '"klo 12: ovi auki"' }],
    ['name: "Kahvila" Kuopio\n', 'yaml.textAfterQuote', '1:7', { key: 'name', value: '"Kahvila" Kuopio', quoted: '"Kahvila Kuopio"' }],
    ["name: 'Kahvila' Kuopio\n", 'yaml.textAfterQuote', '1:7', { key: 'name', value: "'Kahvila' Kuopio", quoted: "'Kahvila Kuopio'" }],
    ['keywords: [a]\nnote: @yhdistys somessa\n', 'yaml.reservedStart', '2:7', { key: 'note', value: '@yhdistys somessa', quoted: '"@yhdistys somessa"', character: '@' }],
    ['note: `koodi`\n', 'yaml.reservedStart', '1:7', { key: 'note', value: '`koodi`', quoted: '"`koodi`"', character: '`' }],
    ['a: |x\n', 'yaml.syntax', '1:5', {}],
    ['a: "\\q"\n', 'yaml.escape', '1:6', {}],
    ['name: "Ryhmä\nsummary: Teksti\narea: { counties: ["13"] }\n', 'yaml.unclosedQuote', '1:7', {}],
    ["name: 'Ryhmä\n", 'yaml.unclosedQuote', '1:7', {}],
    ['a: 1\r\nb: "x\r\n', 'yaml.unclosedQuote', '2:4', {}],
    ['languages: [fi, sv\nmodes: [online]\n', 'yaml.flow', '1:12', {}],
    ['name: { fi: A\nsummary: B\n', 'yaml.flow', '1:7', {}],
    ['languages: [fi, sv\n', 'yaml.flow', '1:12', {}],
    ['a: b\n  c\nd e\n', 'yaml.mapping', '3:1', {}],
    ['[' .repeat(40) + ']'.repeat(40), 'yaml.depth', '1:32', {}],
  ])('%j → %s at %s', (text, code, at, params) => {
    expect(read(text)).toEqual({ code, at, params });
  });

  test('an error in front matter is reported at its line in the .md file', () => {
    expect(read('---\nname: A\nname: B\n---\nBody\n', '.md')).toEqual({ code: 'yaml.duplicateKey', at: '3:1', params: { key: 'name', line: '2' } });
  });

  test('a .md file without front matter', () => {
    expect(read('name: A\n\nBody\n', '.md')).toEqual({ code: 'md.frontMatter', at: '1:1', params: {} });
  });
});

describe('strict UTF-8', () => {
  test('the first invalid byte is located', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a: 1\nname: Ryhm'), 0xe4, 0x0a]);
    expect(read(bytes)).toEqual({ code: 'file.encoding', at: '2:11', params: {} });
  });

  test.each([
    ['a lone continuation byte', [0x61, 0x80]],
    ['an overlong encoding', [0x61, 0xc0, 0xaf]],
    ['a truncated sequence', [0x61, 0xe2, 0x82]],
    ['a surrogate half', [0x61, 0xed, 0xa0, 0x80]],
  ])('%s is rejected', (_name, bytes) => {
    expect(() => decodeUtf8(new Uint8Array(bytes))).toThrow(YamlReadError);
  });

  test('a byte-order mark is ignored', () => {
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name: Ä\n')]))).toEqual({ data: { name: 'Ä' } });
  });
});

describe('positions', () => {
  const text = [
    '# comment', //                        1
    'name: Ryhmä', //                      2
    'contact:', //                         3
    '  email: "a@b.fi"', //                4
    '  phone: 040 123 4567', //            5
    'schedule:', //                        6
    '  - weekly: [tue, thu]', //           7
    '    start: "17:30"', //               8
    '  -   dates:', //                     9
    '        - 2026-12-05', //            10
    'area: { counties: ["13", "90"] }', // 11
    'empty:', //                          12
    'list:', //                           13
    '- a', //                             14
    '- b: 1', //                          15
    '',
  ].join('\n');
  const { positions } = parseYamlDocument(text);

  test.each<[PathSegment[], string, string | undefined, string | undefined]>([
    [['name'], '2:7', '2:1', 'Ryhmä'],
    [['contact'], '4:3', '3:1', undefined],
    [['contact', 'email'], '4:10', '4:3', '"a@b.fi"'],
    [['contact', 'phone'], '5:10', '5:3', '040 123 4567'],
    [['schedule', 0, 'weekly'], '7:13', '7:5', undefined],
    [['schedule', 0, 'weekly', 1], '7:19', undefined, 'thu'],
    [['schedule', 0, 'start'], '8:12', '8:5', '"17:30"'],
    [['schedule', 1], '9:7', undefined, undefined],
    [['schedule', 1, 'dates', 0], '10:11', undefined, '2026-12-05'],
    [['area', 'counties', 1], '11:26', undefined, '"90"'],
    [['empty'], '12:1', '12:1', undefined],
    [['list', 0], '14:3', undefined, 'a'],
    [['list', 1, 'b'], '15:6', '15:3', '1'],
  ])('%j: value at %s, key at %s, written %s', (path, value, key, raw) => {
    const found = positions.get(path)!;
    const format = (position?: { line: number; column: number }) => (position ? `${position.line}:${position.column}` : undefined);
    expect([format(found.value), format(found.key), found.raw]).toEqual([value, key, raw]);
  });

  test.each<[PathSegment[], 'key' | 'value', string]>([
    [['contact', 'email'], 'key', '4:3'],
    [['contact', 'email'], 'value', '4:10'],
    [['contact', 'website'], 'value', '3:1'],
    [['schedule', 0, 'end'], 'value', '7:5'],
    [['missing', 'deeper'], 'value', '2:1'],
  ])('locate(%j, %s) = %s', (path, prefer, expected) => {
    const found = positions.locate(path, prefer);
    expect(`${found.line}:${found.column}`).toBe(expected);
  });

  test('front matter positions are lines of the .md file, and the body follows', () => {
    const parsed = parseContentFile('---\nname: X\nsituations:\n  - grief\n---\n\nBody text\n', '.md');
    expect(parsed.positions.get(['situations', 0])).toEqual({ value: { line: 4, column: 5 }, raw: 'grief' });
    expect(parsed.positions.locate(['verified'])).toEqual({ line: 2, column: 1 });
    expect([parsed.body, parsed.bodyLine]).toEqual(['\nBody text\n', 6]);
  });

  test('front matter with Windows line endings', () => {
    const parsed = parseContentFile('---\r\nname: X\r\nsummary: Y\r\n---\r\nBody\r\n', '.md');
    expect([parsed.data, parsed.positions.get(['summary'])?.value, parsed.bodyLine]).toEqual([{ name: 'X', summary: 'Y' }, { line: 3, column: 10 }, 5]);
  });

  test('empty front matter reads as no data', () => {
    expect(parseContentFile('---\n---\nBody\n', '.md')).toMatchObject({ data: null, body: 'Body\n', bodyLine: 3 });
  });
});

describe('dumpYaml', () => {
  test.each([
    [{ postalCode: '00100', start: '17:30', verified: '2026-03-29', phone: '0401234567', flag: 'yes', number: 12, float: 62.8924 }],
    [{ name: { fi: 'Ryhmä: uusi', sv: 'Grupp # 1' }, list: ['true', 'null', '~', '1e3', '0o17', ''], nested: [{ a: [1, 2], b: null, c: false }] }],
    [{ text: 'line one\nline two\n', quote: 'He said "hi"', apostrophe: "it's", leading: ' space', dash: '- item', star: '*alias', amp: '&anchor', bang: '!tag' }],
  ])('%j reads back unchanged', (data) => {
    expect(parseYamlDocument(dumpYaml(data)).data).toEqual(data);
  });

  test('writes plain, readable YAML', () => {
    expect(dumpYaml({ name: 'Ryhmä', start: '17:30', languages: ['fi', 'sv'], verified: '2026-11-23' })).toBe(
      'name: Ryhmä\nstart: "17:30"\nlanguages:\n  - fi\n  - sv\nverified: "2026-11-23"\n',
    );
  });
});
