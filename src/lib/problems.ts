/** Validation problems and how they are reported: text, JSON and GitHub annotations. */
import { renderMessage, type MessageLanguage, type Params } from './messages.ts';
import type { PathSegment } from './yaml.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** File path as shown to people, relative to the project root: content/activities/x/y.yaml. */
  file: string;
  line: number;
  column: number;
  /** Field path inside the file, e.g. ["schedule", 1, "end"]; empty for the whole file. */
  path: PathSegment[];
  code: string;
  params: Params;
  severity: Severity;
}

/** `schedule[1].end` for ["schedule", 1, "end"]. */
export function formatFieldPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

/** One line: `content/activities/mieli/ryhma.yaml:8:5  schedule[1].end  "19.00" is not a time — write …`. */
export function formatProblem(problem: Problem, language: MessageLanguage = 'en'): string {
  const { message, hint } = renderMessage(problem.code, problem.params, language);
  const field = formatFieldPath(problem.path);
  const location = `${problem.file}:${problem.line}:${problem.column}`;
  const prefix = problem.severity === 'warning' ? ({ fi: 'varoitus: ', sv: 'varning: ', en: 'warning: ' } as const)[language] : '';
  return `${location}  ${field ? `${field}  ` : ''}${prefix}${message}${hint ? ` — ${hint}` : ''}`;
}

export function summarise(problems: readonly Problem[], files: number, language: MessageLanguage = 'en'): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const withErrors = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file)).size;
  if (language === 'fi') {
    // After 1 the noun stays in the nominative ("1 virhe"), after other numbers it takes the partitive ("2 virhettä").
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const checked = `${count(files, 'tiedosto', 'tiedostoa')} tarkistettu`;
    const warned = warnings ? `, ${count(warnings, 'varoitus', 'varoitusta')}` : '';
    if (errors === 0) return `✓ ${checked}: ei virheitä${warned}.`;
    return `✗ ${checked}: ${count(errors, 'virhe', 'virhettä')} ${withErrors} tiedostossa${warned}. Korjaa virheet ja aja tarkistus uudelleen.`;
  }
  if (language === 'sv') {
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const checked = `${count(files, 'fil kontrollerad', 'filer kontrollerade')}`;
    const warned = warnings ? `, ${count(warnings, 'varning', 'varningar')}` : '';
    if (errors === 0) return `✓ ${checked}: inga fel${warned}.`;
    return `✗ ${checked}: ${errors} fel i ${count(withErrors, 'fil', 'filer')}${warned}. Rätta felen och kör kontrollen igen.`;
  }
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const checked = `${count(files, 'file')} checked`;
  const warned = warnings ? `, ${count(warnings, 'warning')}` : '';
  if (errors === 0) return `✓ ${checked}: no errors${warned}.`;
  return `✗ ${checked}: ${count(errors, 'error')} in ${count(withErrors, 'file')}${warned}. Fix the errors and run the check again.`;
}

/** The whole report as text, problems sorted by file and line, then the summary. */
export function formatReport(problems: readonly Problem[], files: number, language: MessageLanguage = 'en'): string {
  const lines = [...problems].sort(compareProblems).map((problem) => formatProblem(problem, language));
  return [...lines, ...(lines.length ? [''] : []), summarise(problems, files, language)].join('\n');
}

/** Problems as JSON for tools: every field plus the rendered message and hint. */
export function toJsonReport(problems: readonly Problem[], files: number, language: MessageLanguage = 'en') {
  return {
    files,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning').length,
    problems: [...problems].sort(compareProblems).map((problem) => ({
      ...problem,
      field: formatFieldPath(problem.path),
      ...renderMessage(problem.code, problem.params, language),
    })),
  };
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands, so problems show on the changed lines of a pull request. */
export function toGithubAnnotations(problems: readonly Problem[], language: MessageLanguage = 'en'): string {
  return [...problems]
    .sort(compareProblems)
    .map((problem) => {
      const { message, hint } = renderMessage(problem.code, problem.params, language);
      const field = formatFieldPath(problem.path);
      const title = field ? `${field}` : problem.code;
      const text = `${message}${hint ? ` — ${hint}` : ''}`;
      return `::${problem.severity} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(title)}::${escapeData(text)}`;
    })
    .join('\n');
}
