/**
 * node scripts/pr-hygiene.ts <base-commit> [<head-commit>]
 *
 * The pull-request check that runs before `npm ci`: it needs nothing but Node and git. Lists the
 * files the pull request changes, fails on symbolic links, MDX entries, oversized files and unsafe
 * file names, and marks files outside the entry folders for a maintainer's review. In GitHub
 * Actions it writes annotations, a job summary, and the outputs `entries` (entry files to
 * validate, one per line) and `outside-entries` (true when a maintainer must review).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { checkChangedFiles, formatHygieneLog, formatHygieneSummary, parseRawDiff, type ChangedFile } from '../src/lib/pr-hygiene.ts';

const [base, head = 'HEAD'] = process.argv.slice(2);
const REVISION = /^[\w./~^-]+$/;
if (!base || !REVISION.test(base) || !REVISION.test(head)) {
  console.error('Usage: node scripts/pr-hygiene.ts <base-commit> [<head-commit>]');
  process.exit(2);
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const files: ChangedFile[] = parseRawDiff(git('diff', '--raw', '-z', '--no-renames', '--no-abbrev', base, head)).map((file) => {
  const blob = file.status !== 'D' && /^100/.test(file.mode);
  return blob ? { ...file, size: Number(git('cat-file', '-s', file.blob).trim()) } : file;
});

const report = checkChangedFiles(files);
const inActions = process.env.GITHUB_ACTIONS === 'true';
console.log(formatHygieneLog(report, inActions));
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, formatHygieneSummary(report));
if (process.env.GITHUB_OUTPUT) {
  const delimiter = `EOF_${Math.random().toString(36).slice(2)}`;
  appendFileSync(process.env.GITHUB_OUTPUT, `entries<<${delimiter}\n${report.entries.join('\n')}\n${delimiter}\noutside-entries=${report.review.length > 0}\n`);
}
process.exitCode = report.errors.length > 0 ? 1 : 0;
