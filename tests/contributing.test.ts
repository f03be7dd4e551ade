/**
 * The examples in CONTRIBUTING.md and CONTRIBUTING.fi.md are real: every complete example file
 * validates in the sample directory, and every schedule example is a valid schedule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContentDirectory } from '../src/lib/content-files.ts';
import { validateContent } from '../src/lib/validate.ts';
import { parseYamlDocument } from '../src/lib/yaml.ts';
import { ScheduleSchema } from '../src/schemas/schedule.ts';

const clock = { today: '2026-11-23', now: '2026-11-23T12:00' };
const tree = readContentDirectory('content');

function yamlBlocks(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe.each(['CONTRIBUTING.md', 'CONTRIBUTING.fi.md'])('%s', (guide) => {
  const blocks = yamlBlocks(guide);
  const files = blocks.filter((block) => block.startsWith('# content/'));
  const schedules = blocks.filter((block) => block.startsWith('schedule:'));

  test('has example files and a schedule example', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(schedules).toHaveLength(1);
  });

  test.each(files.map((block) => [block.split('\n')[0]!.slice('# content/'.length), block] as const))('%s validates', (relativePath, block) => {
    const result = validateContent([...tree, { relativePath, displayPath: `content/${relativePath}`, bytes: new TextEncoder().encode(block) }], { clock });
    expect(result.problems.filter((problem) => problem.file === `content/${relativePath}`)).toEqual([]);
  });

  test('the schedule example is a valid schedule', () => {
    const { data } = parseYamlDocument(schedules[0]!);
    expect(ScheduleSchema.safeParse((data as { schedule: unknown }).schedule).success).toBe(true);
  });
});
