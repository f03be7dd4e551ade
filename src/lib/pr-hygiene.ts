/**
 * The first check on a pull request, before anything is installed: which files it changes and
 * whether they are the kind a contribution may contain. Organisations add and change entries
 * under content/organisations, content/activities and content/events; anything else (code, site
 * settings, taxonomies, editorial pages) is marked for a maintainer's review. Symbolic links,
 * MDX in entry folders, oversized files and file names with control characters fail the check.
 *
 * Runs on plain Node (no dependencies): it imports nothing but types.
 */

/** One line of `git diff --raw -z --no-renames`, with the size of the new file when it exists. */
export interface ChangedFile {
  path: string;
  /** A added, M modified, D deleted, T type changed. */
  status: string;
  /** The new mode: 100644 file, 100755 executable, 120000 symbolic link, 160000 submodule, 000000 deleted. */
  mode: string;
  /** Blob id of the new content (0… when deleted). */
  blob: string;
  size?: number;
}

export interface HygieneProblem {
  path: string;
  message: string;
}

export interface HygieneReport {
  errors: HygieneProblem[];
  /** Changed files outside the entry folders: a maintainer reviews them (CODEOWNERS). */
  review: string[];
  /** Changed entry files that still exist, for the validator. */
  entries: string[];
  /** Every changed path, deleted ones too. */
  changed: string[];
}

/** Entry files are at most this large; the same limit as `SIZE_LIMITS.entry` in validate.ts. */
export const ENTRY_SIZE_LIMIT = 256 * 1024;
/** No file in a pull request may be larger than this. */
export const FILE_SIZE_LIMIT = 1024 * 1024;

const ENTRY_FOLDERS = /^content\/(organisations|activities|events)\//;
const UNSAFE_NAME = /[\u0000-\u001f\u007f\\]/;

/** Parses `git diff --raw -z --no-renames` output. */
export function parseRawDiff(output: string): Omit<ChangedFile, 'size'>[] {
  const fields = output.split('\0');
  const files: Omit<ChangedFile, 'size'>[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const header = fields[index]!;
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(header);
    if (!match) throw new Error(`Unexpected git diff line: ${JSON.stringify(header)}`);
    files.push({ path: fields[index + 1]!, status: match[5]!, mode: match[2]!, blob: match[4]! });
  }
  return files;
}

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

export function checkChangedFiles(files: readonly ChangedFile[]): HygieneReport {
  const report: HygieneReport = { errors: [], review: [], entries: [], changed: [] };
  for (const file of files) {
    report.changed.push(file.path);
    const deleted = file.status === 'D';
    if (UNSAFE_NAME.test(file.path)) {
      report.errors.push({ path: file.path, message: 'the file name contains a control character or a backslash; rename the file' });
      continue;
    }
    if (!deleted && file.mode === '120000') {
      report.errors.push({ path: file.path, message: 'symbolic links are not allowed; add the file itself' });
      continue;
    }
    if (!deleted && file.mode === '160000') {
      report.errors.push({ path: file.path, message: 'submodules are not allowed' });
      continue;
    }
    const entry = ENTRY_FOLDERS.test(file.path);
    if (!entry) {
      report.review.push(file.path);
    } else if (!deleted && /\.mdx$/i.test(file.path)) {
      report.errors.push({ path: file.path, message: 'MDX can run code, so entries must be .yaml or .md; rename the file to .md' });
      continue;
    } else if (!deleted && file.mode === '100755') {
      report.errors.push({ path: file.path, message: 'entry files must not be executable; remove the executable bit (git update-index --chmod=-x)' });
      continue;
    }
    if (!deleted && file.size !== undefined) {
      const limit = entry ? ENTRY_SIZE_LIMIT : FILE_SIZE_LIMIT;
      if (file.size > limit) {
        report.errors.push({ path: file.path, message: `the file is ${kilobytes(file.size)}; at most ${kilobytes(limit)} is allowed` });
        continue;
      }
    }
    if (entry && !deleted) report.entries.push(file.path);
  }
  return report;
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The report for the log: GitHub annotations (when asked) and plain lines. */
export function formatHygieneLog(report: HygieneReport, annotations: boolean): string {
  const lines: string[] = [];
  for (const error of report.errors) {
    lines.push(annotations ? `::error file=${escapeProperty(error.path)},title=File check::${escapeData(error.message)}` : `✗ ${JSON.stringify(error.path)}: ${error.message}`);
  }
  for (const path of report.review) {
    lines.push(annotations ? `::notice file=${escapeProperty(path)},title=Maintainer review::${escapeData('this file is outside the entry folders; a maintainer reviews it')}` : `• ${JSON.stringify(path)}: outside the entry folders, a maintainer reviews it`);
  }
  const summary =
    report.errors.length > 0
      ? `✗ ${report.changed.length} changed files: ${report.errors.length} cannot be accepted (see above).`
      : `✓ ${report.changed.length} changed files: ${report.entries.length} entry files to validate${report.review.length ? `, ${report.review.length} for maintainer review` : ''}.`;
  return [...lines, summary].join('\n');
}

/** Markdown for the job summary. Paths are shown as code, with backticks removed. */
export function formatHygieneSummary(report: HygieneReport): string {
  const code = (path: string) => `\`${path.replace(/`/g, '')}\``;
  const parts = ['## Files in this pull request'];
  if (report.errors.length > 0) {
    parts.push('These files cannot be accepted:', report.errors.map((error) => `- ${code(error.path)}: ${error.message}`).join('\n'));
  }
  if (report.review.length > 0) {
    parts.push('These files are outside the entry folders, so a maintainer reviews them (CODEOWNERS):', report.review.map((path) => `- ${code(path)}`).join('\n'));
  }
  if (report.errors.length === 0 && report.review.length === 0) parts.push(`All ${report.changed.length} changed files are entries.`);
  return `${parts.join('\n\n')}\n`;
}
