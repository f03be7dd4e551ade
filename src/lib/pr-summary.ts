/**
 * The job summary of a pull-request check: what the pull request adds, changes and removes, each
 * entry by its name with a link-free file path, the schedule in words and its next five dates,
 * and how many problems the validator found in it. Everything shown from an entry is
 * contributor text, so it is escaped for Markdown and HTML and kept on one line.
 */
import type { Activity } from '../schemas/activity.ts';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { localizeText } from './localize.ts';
import type { ChangedFile } from './pr-hygiene.ts';
import { describeSchedule, eventOccurrences, formatOccurrence, nextOccurrences } from './schedule.ts';
import { parseEntryPath } from './submission.ts';
import type { LoadedEntry, ValidationResult } from './validate.ts';

export interface SummaryOptions {
  /** Local wall-clock time in the site's time zone, `YYYY-MM-DDTHH:MM`. */
  now: string;
  /** How many upcoming dates to list per entry. */
  count?: number;
}

/** Contributor text made safe for a Markdown table cell: no markup, no HTML, one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
}

const STATUS_WORD: Record<string, string> = { A: 'Added', M: 'Changed', T: 'Changed', D: 'Removed' };

type AnyEntry = LoadedEntry<Activity> | LoadedEntry<TukiverkkoEvent> | LoadedEntry<Organisation>;

/** The Markdown summary of the entries a pull request touches. */
export function buildPrSummary(changes: readonly Pick<ChangedFile, 'path' | 'status'>[], result: ValidationResult, options: SummaryOptions): string {
  const site = result.site;
  const defaultLang = site?.languages[0] ?? 'fi';
  const timezone = site?.timezone ?? 'Europe/Helsinki';
  const count = options.count ?? 5;
  const entryChanges = changes.filter((change) => change.path.startsWith('content/') && parseEntryPath(change.path.slice('content/'.length)));
  if (entryChanges.length === 0) return '## Entries\n\nThis pull request does not add, change or remove any entry.\n';

  const find = (path: string): { kind: string; entry: AnyEntry } | undefined => {
    for (const [kind, list] of [['organisation', result.organisations], ['activity', result.activities], ['event', result.events]] as const) {
      const entry = (list as AnyEntry[]).find((item) => item.file === path);
      if (entry) return { kind, entry };
    }
    return undefined;
  };

  const sections: string[] = [];
  const rows: string[] = [];
  for (const change of entryChanges) {
    const source = parseEntryPath(change.path.slice('content/'.length))!;
    const problems = result.problems.filter((problem) => problem.file === change.path);
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    const warnings = problems.length - errors;
    const found = change.status === 'D' ? undefined : find(change.path);
    const name = found ? escapeMarkdown(localizeText(found.entry.data.name, defaultLang, defaultLang)) : '';
    const checks = change.status === 'D' ? '–' : errors ? `✗ ${errors} error${errors === 1 ? '' : 's'}` : warnings ? `⚠ ${warnings} warning${warnings === 1 ? '' : 's'}` : '✓';
    rows.push(`| ${STATUS_WORD[change.status] ?? change.status} | ${source.kind} | ${name || '–'} | \`${change.path.replace(/`/g, '')}\` | ${checks} |`);

    if (!found || found.kind === 'organisation') continue;
    const lines: string[] = [];
    if (found.kind === 'activity') {
      const activity = found.entry.data as Activity;
      for (const line of describeSchedule(activity.schedule, 'en')) lines.push(`- ${escapeMarkdown(line)}`);
      const next = nextOccurrences(activity.schedule, { now: options.now, timezone, count });
      if (Array.isArray(activity.schedule)) {
        lines.push(next.length ? `- Next: ${next.map((occurrence) => escapeMarkdown(formatOccurrence(occurrence, 'en'))).join('; ')}` : '- No dates in the coming year.');
      }
      if (!activity.schedule) lines.push('- No schedule.');
    } else {
      const event = found.entry.data as TukiverkkoEvent;
      const sessions = eventOccurrences(event, timezone).filter((occurrence) => occurrence.end > options.now);
      lines.push(sessions.length ? `- Next: ${sessions.slice(0, count).map((occurrence) => escapeMarkdown(formatOccurrence(occurrence, 'en'))).join('; ')}` : '- Already over: it will not be listed.');
    }
    sections.push(`### ${name}\n\n${lines.join('\n')}`);
  }

  return [
    '## Entries',
    '| | Kind | Name | File | Checks |\n| --- | --- | --- | --- | --- |\n' + rows.join('\n'),
    ...(sections.length ? ['## When', ...sections] : []),
  ].join('\n\n') + '\n';
}
