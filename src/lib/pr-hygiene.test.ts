import { describe, expect, test } from 'vitest';
import { checkChangedFiles, ENTRY_SIZE_LIMIT, formatHygieneLog, formatHygieneSummary, parseRawDiff, type ChangedFile } from './pr-hygiene.ts';
import { SIZE_LIMITS } from './validate.ts';

const file = (path: string, extra: Partial<ChangedFile> = {}): ChangedFile => ({ path, status: 'A', mode: '100644', blob: 'b'.repeat(40), size: 900, ...extra });

describe('parseRawDiff', () => {
  test('reads git diff --raw -z output', () => {
    const output = ':000000 100644 0000000000000000000000000000000000000000 1111111111111111111111111111111111111111 A\0content/activities/a/b.yaml\0:100644 000000 2222222222222222222222222222222222222222 0000000000000000000000000000000000000000 D\0README.md\0:100644 120000 3333333333333333333333333333333333333333 4444444444444444444444444444444444444444 T\0content/x\ny.yaml\0';
    expect(parseRawDiff(output)).toEqual([
      { path: 'content/activities/a/b.yaml', status: 'A', mode: '100644', blob: '1111111111111111111111111111111111111111' },
      { path: 'README.md', status: 'D', mode: '000000', blob: '0000000000000000000000000000000000000000' },
      { path: 'content/x\ny.yaml', status: 'T', mode: '120000', blob: '4444444444444444444444444444444444444444' },
    ]);
  });

  test('an empty diff is no files', () => {
    expect(parseRawDiff('')).toEqual([]);
  });
});

describe('checkChangedFiles', () => {
  test('entry files pass and are listed for the validator; deleted ones are not', () => {
    const report = checkChangedFiles([file('content/activities/suruvalo/ryhma.yaml'), file('content/events/suruvalo/ilta.md'), file('content/organisations/old.yaml', { status: 'D', mode: '000000' })]);
    expect(report.errors).toEqual([]);
    expect(report.review).toEqual([]);
    expect(report.entries).toEqual(['content/activities/suruvalo/ryhma.yaml', 'content/events/suruvalo/ilta.md']);
    expect(report.changed).toHaveLength(3);
  });

  test.each([
    [file('content/activities/a/b.yaml', { mode: '120000' }), 'symbolic links are not allowed; add the file itself'],
    [file('docs/link', { mode: '120000' }), 'symbolic links are not allowed; add the file itself'],
    [file('content/activities/a/b.mdx'), 'MDX can run code, so entries must be .yaml or .md; rename the file to .md'],
    [file('content/activities/a/b.yaml', { mode: '100755' }), 'entry files must not be executable; remove the executable bit (git update-index --chmod=-x)'],
    [file('content/activities/a/b.yaml', { size: ENTRY_SIZE_LIMIT + 1 }), 'the file is 257 KB; at most 256 KB is allowed'],
    [file('public/huge.png', { size: 3 * 1024 * 1024 }), 'the file is 3072 KB; at most 1024 KB is allowed'],
    [file('content/activities/a/b\n::error::x.yaml'), 'the file name contains a control character or a backslash; rename the file'],
    [file('vendor/lib', { mode: '160000' }), 'submodules are not allowed'],
  ])('%j fails: %s', (changed, message) => {
    expect(checkChangedFiles([changed]).errors).toEqual([{ path: changed.path, message }]);
  });

  test('files outside the entry folders go to a maintainer, without failing', () => {
    const report = checkChangedFiles([file('package.json'), file('content/site.yaml'), file('content/taxonomies/situations.yaml'), file('content/pages/about.fi.mdx')]);
    expect(report.errors).toEqual([]);
    expect(report.review).toEqual(['package.json', 'content/site.yaml', 'content/taxonomies/situations.yaml', 'content/pages/about.fi.mdx']);
  });

  test('the entry limit is the validator’s', () => {
    expect(ENTRY_SIZE_LIMIT).toBe(SIZE_LIMITS.entry);
  });
});

describe('reports', () => {
  const report = checkChangedFiles([file('content/activities/a/b.mdx'), file('src/x,y:z.ts'), file('content/activities/a/c.yaml')]);

  test('annotations escape file names so that they cannot start another command', () => {
    expect(formatHygieneLog(report, true)).toBe(
      [
        '::error file=content/activities/a/b.mdx,title=File check::MDX can run code, so entries must be .yaml or .md; rename the file to .md',
        '::notice file=src/x%2Cy%3Az.ts,title=Maintainer review::this file is outside the entry folders; a maintainer reviews it',
        '✗ 3 changed files: 1 cannot be accepted (see above).',
      ].join('\n'),
    );
    const injected = checkChangedFiles([file('a%0A::error::b')]);
    expect(formatHygieneLog(injected, true)).toContain('file=a%250A%3A%3Aerror%3A%3Ab,');
  });

  test('the job summary lists what fails and what a maintainer reviews', () => {
    expect(formatHygieneSummary(report)).toBe(
      '## Files in this pull request\n\nThese files cannot be accepted:\n\n- `content/activities/a/b.mdx`: MDX can run code, so entries must be .yaml or .md; rename the file to .md\n\nThese files are outside the entry folders, so a maintainer reviews them (CODEOWNERS):\n\n- `src/x,y:z.ts`\n',
    );
  });
});
