/**
 * node scripts/pr-summary.ts <base-commit> [<head-commit>]
 *
 * Prints, as Markdown, what a pull request adds, changes and removes in the directory, with the
 * next dates of every schedule it touches. The pull-request workflow appends it to the job
 * summary ($GITHUB_STEP_SUMMARY).
 */
import { execFileSync } from 'node:child_process';
import { contentDirectory, readContentDirectory } from '../src/lib/content-files.ts';
import { parseRawDiff } from '../src/lib/pr-hygiene.ts';
import { buildPrSummary } from '../src/lib/pr-summary.ts';
import { getClock } from '../src/lib/today.ts';
import { validateContent } from '../src/lib/validate.ts';

const REVISION = /^[\w./~^-]+$/;
const [base, head = 'HEAD'] = process.argv.slice(2);
if (!base || !REVISION.test(base) || !REVISION.test(head)) {
  console.error('Usage: node scripts/pr-summary.ts <base-commit> [<head-commit>]');
  process.exit(2);
}

const changes = parseRawDiff(execFileSync('git', ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', base, head], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
const result = validateContent(readContentDirectory(contentDirectory()));
process.stdout.write(buildPrSummary(changes, result, { now: getClock(result.site?.timezone).now }));
