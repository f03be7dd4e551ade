/**
 * The GitHub workflows follow GitHub's guidance for pull requests from forks: checked here so
 * that a later edit cannot quietly undo it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { permissions?: Record<string, string>; steps: Step[]; needs?: string | string[]; if?: string };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };

const read = (name: string) => ({ text: readFileSync(`.github/workflows/${name}`, 'utf8'), data: yaml.load(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow });
const workflows = readdirSync('.github/workflows').filter((name) => name.endsWith('.yml')).map((name) => ({ name, ...read(name) }));
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe.each(workflows)('$name', ({ text, data }) => {
  test('never runs fork code with the base repository’s rights', () => {
    const code = text.replace(/^\s*#.*$/gm, '');
    expect(code).not.toMatch(/pull_request_target|workflow_run/);
  });

  test('the token can only read unless a job asks for more', () => {
    expect(data.permissions).toEqual({ contents: 'read' });
  });

  test('uses no secrets', () => {
    expect(text).not.toMatch(/secrets\./);
  });

  test('no expression is expanded inside a run: line', () => {
    for (const step of steps(data)) if (step.run) expect(step.run).not.toContain('${{');
  });

  test('checkouts do not keep the token', () => {
    for (const step of steps(data).filter((item) => item.uses?.startsWith('actions/checkout@'))) {
      expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  test('Node comes from .nvmrc', () => {
    for (const step of steps(data).filter((item) => item.uses?.startsWith('actions/setup-node@'))) {
      expect(step.with?.['node-version-file']).toBe('.nvmrc');
    }
  });
});

describe('pull requests', () => {
  const { data } = read('pr.yml');

  test('run on pull_request only', () => {
    expect(Object.keys(data.on)).toEqual(['pull_request']);
  });

  test('the first job checks the files before anything is installed', () => {
    const files = data.jobs.files!;
    expect(files.needs).toBeUndefined();
    expect(files.steps.some((step) => step.run?.includes('npm'))).toBe(false);
    expect(files.steps.at(-1)!.run).toBe('node scripts/pr-hygiene.ts HEAD^1 HEAD');
    for (const [name, job] of Object.entries(data.jobs)) if (name !== 'files') expect(job.needs).toBe('files');
  });

  test('validates with annotations, builds and writes the job summary', () => {
    const runs = data.jobs.content!.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npm run validate -- --format github');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('node scripts/pr-summary.ts HEAD^1 HEAD >> "$GITHUB_STEP_SUMMARY"');
    expect(data.jobs.content!.steps.find((step) => step.run?.includes('validate'))!.env).toEqual({ ENTRIES: '${{ needs.files.outputs.entries }}' });
  });
});

describe('deployment', () => {
  const { data } = read('deploy.yml');

  test('keeps the build cache between runs, for incremental builds', () => {
    const cache = data.jobs.build!.steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with).toMatchObject({ path: '.cache/astro', 'restore-keys': 'tukiverkko-build-' });
  });

  test('on push to main, by hand and every night', () => {
    expect(data.on).toEqual({ push: { branches: ['main'] }, schedule: [{ cron: '17 2 * * *' }], workflow_dispatch: null });
  });

  test('only the deploy job may write to Pages', () => {
    expect(data.jobs.build!.permissions).toBeUndefined();
    expect(data.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(data.jobs.build!.steps.map((step) => step.uses?.split('@')[0]).filter(Boolean)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/cache',
      'actions/upload-pages-artifact',
    ]);
    expect(data.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
  });
});
