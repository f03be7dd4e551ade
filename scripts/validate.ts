/**
 * npm run validate [--format text|json|github] [--lang en|fi|sv] [paths…]
 *
 * Checks the whole content directory and prints every problem, then a summary. With paths, only
 * problems in those files are shown (the whole tree is still read, for cross-file checks). Exits
 * 1 when there is any error; warnings do not fail. In GitHub Actions it also prints annotations.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory, readContentDirectory, toDisplayPath } from '../src/lib/content-files.ts';
import { formatReport, toGithubAnnotations, toJsonReport } from '../src/lib/problems.ts';
import { validateContent } from '../src/lib/validate.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text' },
    lang: { type: 'string', default: process.env.TUKIVERKKO_LANG ?? 'en' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('Usage: npm run validate -- [--format text|json|github] [--lang en|fi|sv] [paths…]');
  process.exit(0);
}
if (!['en', 'fi', 'sv'].includes(values.lang!)) {
  console.error(`Unknown --lang "${values.lang}": use en, fi or sv.`);
  process.exit(2);
}
const language = values.lang as 'en' | 'fi' | 'sv';
if (!['text', 'json', 'github'].includes(values.format!)) {
  console.error(`Unknown --format "${values.format}": use text, json or github.`);
  process.exit(2);
}

const contentDir = contentDirectory();
let files;
try {
  files = readContentDirectory(contentDir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const result = validateContent(files);
const only = positionals.map((item) => toDisplayPath(path.resolve(item), process.cwd()));
const problems = only.length
  ? result.problems.filter((problem) => only.some((prefix) => problem.file === prefix || problem.file.startsWith(`${prefix.replace(/\/$/, '')}/`)))
  : result.problems;
const checked = only.length ? files.filter((file) => only.some((prefix) => file.displayPath === prefix || file.displayPath.startsWith(`${prefix.replace(/\/$/, '')}/`))).length : files.length;

if (values.format === 'json') {
  console.log(JSON.stringify(toJsonReport(problems, checked, language), null, 2));
} else {
  if (values.format === 'github' && problems.length) console.log(toGithubAnnotations(problems, language));
  console.log(formatReport(problems, checked, language));
}
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
