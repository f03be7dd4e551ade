import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { INVALID_DIR, readTree, VALID_DIR } from '../../tests/support/content-tree.ts';
import { readContentDirectory } from './content-files.ts';
import { EDITOR_SCHEMAS, editorSchema, editorSchemaFiles, SCHEMA_FILES, type EditorSchemaName } from './json-schema.ts';
import type { ContentFile } from './validate.ts';
import { parseContentFile } from './yaml.ts';

const PUBLIC_SCHEMAS = new URL('../../public/schemas/', import.meta.url);
const NAMES = Object.keys(EDITOR_SCHEMAS) as EditorSchemaName[];

type JsonSchema = Record<string, unknown>;

/** Every node of a JSON Schema with its place, for checks that must hold everywhere. */
function nodes(schema: unknown, at = '#'): [string, JsonSchema][] {
  if (!schema || typeof schema !== 'object') return [];
  const node = schema as JsonSchema;
  const found: [string, JsonSchema][] = [[at, node]];
  for (const [key, value] of Object.entries(node.properties ?? {})) found.push(...nodes(value, `${at}/${key}`));
  for (const key of ['items', 'additionalProperties', 'propertyNames']) found.push(...nodes(node[key], `${at}/${key}`));
  for (const key of ['anyOf', 'oneOf', 'allOf', 'items']) {
    if (Array.isArray(node[key])) (node[key] as unknown[]).forEach((item, index) => found.push(...nodes(item, `${at}/${key}/${index}`)));
  }
  return found;
}

describe('JSON Schema files for editors', () => {
  test('the committed files in public/schemas/ are up to date (run `npm run schemas` after changing a schema)', () => {
    const files = editorSchemaFiles();
    expect(readdirSync(PUBLIC_SCHEMAS).toSorted()).toEqual(Object.keys(files).toSorted());
    for (const [name, text] of Object.entries(files)) expect(readFileSync(new URL(name, PUBLIC_SCHEMAS), 'utf8'), name).toBe(text);
  });

  test.each(NAMES)('%s: a titled draft-07 schema, as the VS Code YAML extension reads it', (name) => {
    const schema = editorSchema(name);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(JSON.stringify(schema)).not.toMatch(/"(prefixItems|\$defs|unevaluatedProperties|dependentRequired)"/);
    expect(schema.title).toMatch(/^Tukiverkko /);
    expect(schema.description).toEqual(expect.any(String));
  });

  test.each(NAMES)('%s: every field has a description for hover help', (name) => {
    const undocumented = nodes(editorSchema(name)).flatMap(([at, node]) =>
      Object.entries((node.properties ?? {}) as Record<string, JsonSchema>)
        .filter(([, property]) => typeof property.description !== 'string' || property.description === '')
        .map(([key]) => `${at}/${key}`),
    );
    expect(undocumented).toEqual([]);
  });

  test.each(NAMES)('%s: every object with fields is strict, so a typo is underlined', (name) => {
    const open = nodes(editorSchema(name))
      .filter(([, node]) => node.properties && node.additionalProperties !== false)
      .map(([at]) => at);
    expect(open).toEqual([]);
  });

  test('integer fields carry no safe-integer noise', () => {
    expect(JSON.stringify(editorSchema('activity'))).not.toContain('9007199254740991');
  });

  test('the editor settings map each schema to its files', () => {
    const settings = JSON.parse(readFileSync(new URL('../../.vscode/settings.json', import.meta.url), 'utf8')) as { 'yaml.schemas': Record<string, string | string[]> };
    const mapped = Object.fromEntries(Object.entries(settings['yaml.schemas']).map(([file, globs]) => [file, [globs].flat()]));
    expect(mapped).toEqual(Object.fromEntries(NAMES.map((name) => [`./public/schemas/${name}.schema.json`, SCHEMA_FILES[name]])));
  });
});

describe('the editor schemas agree with the validator', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validators = Object.fromEntries(NAMES.map((name) => [name, ajv.compile(editorSchema(name))]));

  const schemaFor = (relativePath: string): EditorSchemaName | undefined => {
    if (relativePath === 'site.yaml') return 'site';
    if (/^taxonomies\/[^/]+\.yaml$/.test(relativePath)) return 'taxonomy';
    if (/^organisations\/[^/]+\.yaml$/.test(relativePath)) return 'organisation';
    if (/^activities\/[^/]+\/[^/]+\.(yaml|md)$/.test(relativePath)) return 'activity';
    if (/^events\/[^/]+\/[^/]+\.(yaml|md)$/.test(relativePath)) return 'event';
    return undefined;
  };

  /** The editor's complaints about a file: `instancePath keyword`, empty when it is happy. */
  const complaints = (file: ContentFile): string[] => {
    const name = schemaFor(file.relativePath)!;
    const { data } = parseContentFile(file.bytes, file.relativePath.endsWith('.md') ? '.md' : '.yaml');
    const validate = validators[name]!;
    return validate(data) ? [] : [...new Set((validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.keyword}`))];
  };

  const checkable = (files: ContentFile[]) => files.filter((file) => schemaFor(file.relativePath));

  test.each(checkable(readTree(VALID_DIR)).map((file) => [file.relativePath, file] as const))('fixture %s raises no false alarm', (_name, file) => {
    expect(complaints(file)).toEqual([]);
  });

  test('no file of the sample content raises a false alarm', () => {
    const sample = checkable(readContentDirectory(fileURLToPath(new URL('../../content/', import.meta.url))));
    expect(sample.length).toBeGreaterThan(20);
    expect(sample.flatMap((file) => complaints(file).map((complaint) => `${file.relativePath}: ${complaint}`))).toEqual([]);
  });

  const invalid = readTree(INVALID_DIR);
  test.each([
    ['activities/demo-org/unknown-field.yaml', ['/ additionalProperties']],
    ['activities/demo-org/missing-verified.yaml', ['/ required']],
    ['activities/demo-org/time-with-dot.yaml', ['/schedule anyOf', '/schedule/0 anyOf', '/schedule/0/start pattern']],
    ['activities/demo-org/weekday-finnish.yaml', ['/schedule anyOf', '/schedule/0 anyOf', '/schedule/0/weekly/0 enum']],
    ['activities/demo-org/mode-typo.yaml', ['/modes/1 enum']],
    ['activities/demo-org/situations-not-a-list.yaml', ['/situations type']],
    ['activities/demo-org/url-without-scheme.yaml', ['/contact/website format']],
    ['activities/demo-org/summary-too-long.yaml', ['/summary anyOf', '/summary maxLength', '/summary type']],
    ['organisations/business-id-format.yaml', ['/businessId pattern']],
  ])('the editor underlines %s', (path, expected) => {
    const file = invalid.find((each) => each.relativePath === path)!;
    expect(complaints(file).filter((complaint) => expected.includes(complaint)).toSorted()).toEqual(expected.toSorted());
  });
});
