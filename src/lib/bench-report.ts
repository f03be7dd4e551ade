/**
 * The results of `npm run bench` (scripts/bench.ts): their shape, the budgets of issue 7 and the
 * table people read. Pure functions, so the report can be tested without running a build.
 */

export interface PhaseResult {
  name: string;
  /** Wall-clock milliseconds. */
  wallMs: number;
  /** User + system CPU milliseconds of the process and every child it waited for. */
  cpuMs?: number;
  /** Largest resident set of any single process of the phase, in bytes (getrusage). */
  peakRssBytes?: number;
  /** Largest sum of the resident sets of the whole process tree, sampled every 100 ms, in bytes. */
  peakTreeRssBytes?: number;
  ok: boolean;
  note?: string;
}

export interface SearchResult {
  url: string;
  results: number;
  /** Decoded (uncompressed) bytes of everything the cold first search had loaded when its results were on screen. */
  coldBytes: number;
  /** The same once the page had settled: results, filter counts and any "no results" help. */
  settledBytes?: number;
  /** The largest files of `coldBytes`, by site path. */
  largestFiles?: { path: string; bytes: number }[];
  /** Median ms from navigation start to results on screen, empty cache. */
  coldMs: number;
  /** Median ms from navigation start to results on screen, same browser, cache warm. */
  warmMs: number;
  /** Median ms from submitting new words on the open page to the new results on screen. */
  typedMs: number;
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string; loadAverage: number[] };
  entries: { organisations: number; activities: number; events: number; contentFiles: number };
  phases: PhaseResult[];
  output: { pages: number; files: number; bytes: number; indexFiles: number; indexBytes: number; baselinePages?: number };
  search: SearchResult[];
  budgets: BudgetCheck[];
}

export interface BudgetCheck {
  name: string;
  limit: string;
  measured: string;
  met: boolean | null;
}

const phase = (result: Pick<BenchResult, 'phases'>, name: string) => result.phases.find((item) => item.name === name);

/**
 * The budgets of issue 7 that a run at this size can check (null = not measured). Issue 7 sets
 * them for 10,000 activities (validation, build time against bare Astro, 1.5 GB, search), which a
 * smaller run should meet too, and for 50,000 (the build finishes with Node's default heap, in
 * at most 4 GB); a run above 10,000 is held to the latter.
 */
export function checkBudgets(result: Omit<BenchResult, 'budgets'>): BudgetCheck[] {
  const large = result.entries.activities > 10_000;
  const checks: BudgetCheck[] = [];
  const validate = phase(result, 'validate');
  const build = phase(result, 'build (cold)');
  const rebuild = phase(result, 'rebuild (1 entry edited)');
  const baseline = phase(result, 'bare Astro baseline');
  if (validate && !large) checks.push({ name: 'validation', limit: '≤ 3 s', measured: seconds(validate.wallMs), met: validate.ok && validate.wallMs <= 3000 });
  if (build && baseline && !large) {
    const ratio = build.wallMs / baseline.wallMs;
    checks.push({ name: 'build with index vs bare Astro', limit: '≤ 1.5×', measured: `${ratio.toFixed(2)}×`, met: build.ok && baseline.ok && ratio <= 1.5 });
  }
  if (build) {
    const peak = Math.max(build.peakRssBytes ?? 0, build.peakTreeRssBytes ?? 0);
    const limit = large ? 4 : 1.5;
    checks.push({ name: 'build peak memory', limit: `≤ ${limit} GB`, measured: gigabytes(peak), met: build.ok && peak <= limit * 1024 ** 3 });
    if (large) checks.push({ name: "build with Node's default heap", limit: 'finishes', measured: build.ok ? 'finished' : 'failed', met: build.ok });
  }
  if (build && rebuild) {
    checks.push({ name: 'rebuild after one edit', limit: 'clearly faster (≤ 0.75×)', measured: `${(rebuild.wallMs / build.wallMs).toFixed(2)}× of cold`, met: rebuild.ok && rebuild.wallMs <= 0.75 * build.wallMs });
  }
  if (result.search.length) {
    const bytes = Math.max(...result.search.map((item) => item.coldBytes));
    const cold = Math.max(...result.search.map((item) => item.coldMs));
    const warm = Math.max(...result.search.map((item) => Math.max(item.warmMs, item.typedMs)));
    checks.push({ name: 'search: first results, downloaded', limit: '≤ 300 KB', measured: kilobytes(bytes), met: bytes <= 300 * 1024 });
    checks.push({ name: 'search: first results, cold', limit: '≤ 500 ms', measured: `${cold.toFixed(0)} ms`, met: cold <= 500 });
    checks.push({ name: 'search: first results, warm', limit: '≤ 150 ms', measured: `${warm.toFixed(0)} ms`, met: warm <= 150 });
  }
  return checks;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
export function gigabytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The whole result as Markdown tables (readable in a terminal and pasteable into the README). */
export function formatBench(result: BenchResult): string {
  const { entries, output, machine } = result;
  const parts = [
    `Tukiverkko benchmark, ${result.date}: ${entries.activities} activities, ${entries.events} events, ${entries.organisations} organisations (${entries.contentFiles} content files)`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${gigabytes(machine.memoryBytes)} RAM, Node ${machine.node}, load average at start ${machine.loadAverage.map((value) => value.toFixed(1)).join(' ')}`,
    '',
    table(
      ['phase', 'wall', 'CPU', 'peak RSS (largest process)', 'peak RSS (process tree)', 'ok'],
      result.phases.map((item) => [
        item.name,
        seconds(item.wallMs),
        item.cpuMs === undefined ? '–' : seconds(item.cpuMs),
        item.peakRssBytes === undefined ? '–' : megabytes(item.peakRssBytes),
        item.peakTreeRssBytes === undefined ? '–' : megabytes(item.peakTreeRssBytes),
        item.ok ? '✓' : `✗ ${item.note ?? ''}`,
      ]),
    ),
    '',
    table(
      ['output', 'value'],
      [
        ['HTML pages', String(output.pages)],
        ['files in dist/', String(output.files)],
        ['size of dist/', megabytes(output.bytes)],
        ['search index files', String(output.indexFiles)],
        ['search index size', megabytes(output.indexBytes)],
        ...(output.baselinePages === undefined ? [] : [['bare Astro baseline pages', String(output.baselinePages)]]),
      ],
    ),
  ];
  if (result.search.length) {
    parts.push(
      '',
      table(
        ['search link', 'results', 'cold: downloaded before results', 'cold: with counts', 'cold', 'warm (reload)', 'warm (new words typed)'],
        result.search.map((item) => [item.url, String(item.results), kilobytes(item.coldBytes), item.settledBytes === undefined ? '–' : kilobytes(item.settledBytes), `${item.coldMs.toFixed(0)} ms`, `${item.warmMs.toFixed(0)} ms`, Number.isFinite(item.typedMs) ? `${item.typedMs.toFixed(0)} ms` : "timed out"]),
      ),
    );
    const heaviest = result.search.reduce((most, item) => (item.coldBytes > most.coldBytes ? item : most));
    if (heaviest.largestFiles?.length) {
      parts.push('', `Largest files before the first results of ${heaviest.url}:`, table(['file', 'size'], heaviest.largestFiles.map((file) => [file.path, kilobytes(file.bytes)])));
    }
  }
  parts.push('', table(['budget', 'limit', 'measured', 'met'], result.budgets.map((item) => [item.name, item.limit, item.measured, item.met === null ? '–' : item.met ? '✓' : '✗'])));
  return parts.join('\n');
}
