/**
 * Property tests: whatever a contributor's editor produces — random text, or a valid file with
 * lines deleted, repeated, swapped, re-indented or typed over — the validator never crashes,
 * every problem points at a real place in a real file with a message people can read, and every
 * entry is either published once or named in an error. Nothing is lost in silence.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasMessage, renderMessage } from '../src/lib/messages.ts';
import { validateContent, type ContentFile } from '../src/lib/validate.ts';
import { combine, contentFile, FIXED_CLOCK, readTree, VALID_DIR } from './support/content-tree.ts';

const valid = readTree(VALID_DIR);
// Random files need the site, the code lists and the organisations around them, not other entries.
const context = valid.filter((file) => !/^(activities|events)\//.test(file.relativePath));
// PROPERTY_RUNS=5000 npx vitest run tests/validator-properties.test.ts searches longer.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const LIMITS = { timeout: Math.max(20_000, RUNS * 200) };

const text = (file: ContentFile) => new TextDecoder().decode(file.bytes);

/** Checks every invariant of one validation run; returns nothing, throws on a broken one. */
function checkRun(files: readonly ContentFile[]): void {
  const result = validateContent(files, { clock: FIXED_CLOCK });
  const byPath = new Map(files.map((file) => [file.displayPath, file]));
  for (const problem of result.problems) {
    const where = `${problem.file}:${problem.line}:${problem.column} ${problem.code}`;
    expect(hasMessage(problem.code), where).toBe(true);
    for (const language of ['en', 'fi'] as const) {
      const { message, hint } = renderMessage(problem.code, problem.params, language);
      expect(`${message} ${hint ?? ''}`, where).not.toMatch(/\bundefined\b|\[object Object\]/);
    }
    expect(problem.line, where).toBeGreaterThanOrEqual(1);
    expect(problem.column, where).toBeGreaterThanOrEqual(1);
    if (problem.code === 'file.missing') continue;
    const file = byPath.get(problem.file);
    expect(file, `${where}: names a file that does not exist`).toBeDefined();
    const lines = text(file!).split('\n');
    expect(problem.line, where).toBeLessThanOrEqual(lines.length + 1);
    if (problem.line <= lines.length) expect(problem.column, where).toBeLessThanOrEqual(lines[problem.line - 1]!.length + 1);
  }
  // No silent loss: each entry file is published exactly once, or an error names it.
  const failed = new Set(result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
  const published = [...result.organisations, ...result.activities, ...result.events].map((entry) => entry.file);
  for (const file of files) {
    if (!/^(organisations\/[^/]+\.yaml|(activities|events)\/[^/]+\/[^/]+\.(yaml|md))$/.test(file.relativePath)) continue;
    const times = published.filter((path) => path === file.displayPath).length;
    expect({ file: file.displayPath, published: times, failed: failed.has(file.displayPath) }).toEqual({
      file: file.displayPath,
      published: failed.has(file.displayPath) ? 0 : 1,
      failed: failed.has(file.displayPath),
    });
  }
}

// Pieces of YAML, Markdown and the mistakes people make with them.
const TOKENS = [
  'name', 'summary', 'type', 'situations', 'area', 'schedule', 'weekly', 'start', 'end', 'verified', 'fi', 'sv', 'x',
  ':', ': ', ' ', '  ', '\t', '\n', '\r\n', '- ', '-', '---', '...', '[', ']', '{', '}', ',', '"', "'", '#', '&a', '*a',
  '!tag', '!!str', '<<', '|', '>', '?', '%', '@', '`', '\\', '\u00a0', '\uFEFF', 'ä', '🙂', '0', '17:30', '2026-02-30',
  '"17.30"', 'true', '~', 'null', '-1', '1e9', '00100', 'javascript:x', 'https://x.fi',
];
const yamlish = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('random text', LIMITS, () => {
  test('as an activity .yaml file', () => {
    fc.assert(
      fc.property(yamlish, (written) => {
        checkRun(combine(context, contentFile('activities/demo-org/satunnainen.yaml', written)));
      }),
      { numRuns: RUNS },
    );
  });

  test('as the front matter and body of an event .md file', () => {
    fc.assert(
      fc.property(yamlish, yamlish, fc.boolean(), (frontMatter, body, closed) => {
        checkRun(combine(context, contentFile('events/demo-org/satunnainen.md', `---\n${frontMatter}\n${closed ? '---\n' : ''}${body}`)));
      }),
      { numRuns: RUNS },
    );
  });

  test('as random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        checkRun(combine(context, contentFile('organisations/satunnainen.yaml', bytes)));
      }),
      { numRuns: RUNS },
    );
  });
});

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'inject'; at: number; column: number; insert: string }
  | { kind: 'replaceValue'; at: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), column: fc.nat(), insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })) }),
  fc.record({
    kind: fc.constant('replaceValue' as const),
    at: fc.nat(),
    value: fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String), fc.double({ noNaN: true }).map(String), fc.constantFrom(...TOKENS)),
  }),
);

function mutate(source: string, mutations: readonly Mutation[]): string {
  const lines = source.split('\n');
  for (const change of mutations) {
    if (lines.length === 0) break;
    const at = change.at % lines.length;
    const line = lines[at]!;
    switch (change.kind) {
      case 'delete':
        lines.splice(at, 1);
        break;
      case 'duplicate':
        lines.splice(at, 0, line);
        break;
      case 'swap': {
        const other = change.with % lines.length;
        [lines[at], lines[other]] = [lines[other]!, line];
        break;
      }
      case 'indent':
        lines[at] = change.by >= 0 ? `${' '.repeat(change.by)}${line}` : line.replace(new RegExp(`^ {0,${-change.by}}`), '');
        break;
      case 'inject': {
        const column = change.column % (line.length + 1);
        lines[at] = `${line.slice(0, column)}${change.insert}${line.slice(column)}`;
        break;
      }
      case 'replaceValue':
        lines[at] = line.replace(/^(\s*(?:-\s+)?[^:#]+:\s*).*$/, `$1${change.value}`);
        break;
    }
  }
  return lines.join('\n');
}

describe('mutated fixture files', LIMITS, () => {
  const targets = valid.filter((file) => /\.(yaml|md|csv)$/.test(file.relativePath));

  test.each(targets.map((file) => [file.relativePath, file] as const))('%s', (_name, file) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        checkRun(combine(valid, contentFile(file.relativePath, mutate(text(file), mutations))));
      }),
      { numRuns: RUNS / 4 },
    );
  });

  test('any entry file, many mutations', () => {
    const entries = targets.filter((file) => /^(organisations|activities|events)\//.test(file.relativePath));
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.array(mutation, { minLength: 1, maxLength: 12 }), (file, mutations) => {
        checkRun(combine(valid, contentFile(file.relativePath, mutate(text(file), mutations))));
      }),
      { numRuns: RUNS },
    );
  });
});
