/**
 * npm run bench -- [--entries N] [--seed S] [--no-browser] [--no-baseline] [--no-rebuild] [--out FILE]
 *
 * Generates a synthetic directory of N activities (scripts/fixture.ts), then validates, builds
 * and indexes it as `npm run build` does, rebuilds after editing one entry, builds a bare Astro
 * site with the same entries as plain pages (the baseline that makes numbers comparable across
 * machines) and measures first searches in headless Chromium. Prints tables and writes JSON
 * (default scripts/bench/results/bench-<N>.json). Work files go to .bench/ (git-ignored) and a
 * temporary directory; the project's own content/ and dist/ are not touched.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { checkBudgets, formatBench, type BenchResult, type PhaseResult, type SearchResult } from '../src/lib/bench-report.ts';
import { FIXTURE_TIME_ZONE } from '../src/lib/fixture.ts';
import { RESULTS_MARK } from '../src/lib/search-query.ts';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: npm run bench -- [--entries N] [--seed S] [--no-browser] [--no-baseline] [--no-rebuild] [--runs R] [--out FILE]');
  process.exit(0);
}
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 1) {
  console.error(`--entries must be a positive whole number, not "${values.entries}".`);
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs) || 3);
const root = process.cwd();
const work = path.join(root, '.bench');
const contentDir = path.join(work, `content-${entries}`);
const outDir = path.join(work, `dist-${entries}`);
const cacheDir = path.join(work, `cache-${entries}`);
const resultFile = path.resolve(values.out ?? path.join('scripts', 'bench', 'results', `bench-${entries}.json`));
// A fixed "now", so that the fixture's events and schedules and the build agree on the day: noon
// of today in the fixture's time zone, which is also the day the browser's real clock is on (a
// UTC date made the browser a day ahead after 22:00 UTC, and the search page then also loaded
// the chunk that hides events ended since the build). The browser's clock is not faked, since
// Playwright's fake clock also empties Resource Timing.
const now = process.env.TUKIVERKKO_NOW ?? `${new Intl.DateTimeFormat('sv-SE', { timeZone: FIXTURE_TIME_ZONE }).format(new Date())}T12:00`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TUKIVERKKO_NOW: now, TUKIVERKKO_CONTENT: contentDir, TUKIVERKKO_OUT_DIR: outDir, TUKIVERKKO_CACHE_DIR: cacheDir, FORCE_COLOR: '0' };
const GNU_TIME = '/usr/bin/time';

mkdirSync(work, { recursive: true });
const phases: PhaseResult[] = [];

/** Sum of the resident sets of `pid` and all its descendants (Linux /proc), in bytes. */
function treeRss(pid: number): number {
  if (!existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Runs one phase as a child process and measures it; its output goes to `log` as it comes (follow a long run with `tail -f`). */
async function run(name: string, command: string[], options: { cwd?: string; log: string; env?: NodeJS.ProcessEnv }): Promise<PhaseResult & { output: string }> {
  const timeFile = path.join(work, 'time.txt');
  rmSync(timeFile, { force: true });
  const useTime = existsSync(GNU_TIME);
  const argv = useTime ? [GNU_TIME, '-f', '%e %U %S %M', '-o', timeFile, ...command] : command;
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd ?? root, env: options.env ?? env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  writeFileSync(options.log, '');
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    appendFileSync(options.log, chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakTree = 0;
  const sampler = setInterval(() => {
    peakTree = Math.max(peakTree, treeRss(child.pid!));
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  const result: PhaseResult & { output: string } = { name, wallMs, ok: code === 0, output, ...(peakTree ? { peakTreeRssBytes: peakTree } : {}) };
  if (useTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!;
    const [, user, system, maxKb] = last.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(maxKb)) Object.assign(result, { cpuMs: (user! + system!) * 1000, peakRssBytes: maxKb! * 1024 });
  }
  if (!result.ok) {
    result.note = `exit ${code}, see ${path.relative(root, options.log)}`;
    console.log(output.split('\n').slice(-30).join('\n'));
  }
  console.log(`  ${(wallMs / 1000).toFixed(1)} s${result.ok ? '' : ` — FAILED (${result.note})`}`);
  const { output: _output, ...recorded } = result;
  phases.push(recorded);
  return result;
}

/** Astro's "generating static routes … ✓ Completed in 5m 1s." as milliseconds. */
function renderingMs(log: string): number | undefined {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  const match = /generating static routes[\s\S]*?Completed in ((?:\d+m )?[\d.]+m?s)/.exec(plain);
  if (!match) return undefined;
  let ms = 0;
  for (const [, amount, unit] of match[1]!.matchAll(/([\d.]+)(ms|m|s)/g)) ms += Number(amount) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
  return ms;
}

function walk(directory: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  const stack = [directory];
  while (stack.length) {
    const current = stack.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else {
        files++;
        bytes += statSync(full).size;
        if (entry.name.endsWith('.html')) pages++;
      }
    }
  }
  return { files, bytes, pages };
}

/** The command of a package.json script that runs `node …`, with this Node. */
function npmScript(name: string): string[] {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [program, ...args] = scripts[name]!.trim().split(/\s+/);
  if (program !== 'node') throw new Error(`npm run ${name} does not start with node: ${scripts[name]}`);
  return [process.execPath, ...args];
}

// 1. The fixture.
const fixture = await run('fixture', [process.execPath, 'scripts/fixture.ts', '--entries', String(entries), '--out', contentDir, '--seed', values.seed!, '--today', now.slice(0, 10)], { log: path.join(work, 'fixture.log') });
if (!fixture.ok) process.exit(1);
const counted = /(\d+) files \((\d+) organisations, (\d+) activities, (\d+) events\)/.exec(fixture.output);
const counts = { contentFiles: Number(counted?.[1] ?? 0), organisations: Number(counted?.[2] ?? 0), activities: Number(counted?.[3] ?? 0), events: Number(counted?.[4] ?? 0) };

// 2. Validation alone, with the command of `npm run validate` (its Node options included), without npm.
await run('validate', npmScript('validate'), { log: path.join(work, 'validate.log') });

// 3. A cold build (no cache, no output), then a rebuild after one entry changed.
rmSync(outDir, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });
const build = await run('build (cold)', [process.execPath, 'scripts/build.ts'], { log: path.join(work, 'build.log') });
const indexSeconds = /Search index: \d+ entry pages in ([\d.]+) s/.exec(build.output.replace(/\u001b\[[0-9;]*m/g, ''))?.[1];
if (indexSeconds) phases.push({ name: '  of which search index', wallMs: Number(indexSeconds) * 1000, ok: true });
const rendering = renderingMs(build.output);
if (rendering !== undefined) phases.push({ name: '  of which page rendering', wallMs: rendering, ok: true });
const output = build.ok ? walk(outDir) : { files: 0, bytes: 0, pages: 0 };
const index = build.ok && existsSync(path.join(outDir, 'pagefind')) ? walk(path.join(outDir, 'pagefind')) : { files: 0, bytes: 0 };

if (build.ok && !values['no-rebuild']) {
  const orgs = readdirSync(path.join(contentDir, 'activities')).sort();
  const folder = path.join(contentDir, 'activities', orgs[Math.floor(orgs.length / 2)]!);
  const file = path.join(folder, readdirSync(folder).sort()[0]!);
  // A changed verification date: a one-line edit that changes what the entry's pages show.
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^verified: .*$/m, `verified: "${now.slice(0, 10)}"`));
  await run('rebuild (1 entry edited)', [process.execPath, 'scripts/build.ts'], { log: path.join(work, 'rebuild.log') });
}

// 4. The bare Astro baseline: the same entries, one plain page per entry and site language.
let baselinePages: number | undefined;
if (!values['no-baseline']) {
  const bare = mkdtempSync(path.join(os.tmpdir(), 'tukiverkko-bare-'));
  try {
    symlinkSync(path.join(root, 'node_modules'), path.join(bare, 'node_modules'), 'dir');
    for (const folder of ['organisations', 'activities', 'events']) cpSync(path.join(contentDir, folder), path.join(bare, 'content', folder), { recursive: true });
    mkdirSync(path.join(bare, 'src', 'pages'), { recursive: true });
    writeFileSync(path.join(bare, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
    writeFileSync(path.join(bare, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n");
    writeFileSync(
      path.join(bare, 'src', 'content.config.ts'),
      `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const collection = (folder: string) => defineCollection({ loader: glob({ pattern: '**/*.{yaml,md}', base: './content/' + folder }) });
export const collections = { organisations: collection('organisations'), activities: collection('activities'), events: collection('events') };
`,
    );
    writeFileSync(
      path.join(bare, 'src', 'pages', '[...path].astro'),
      `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  const all = [...(await getCollection('organisations')), ...(await getCollection('activities')), ...(await getCollection('events'))];
  return all.flatMap((entry) => ['fi', 'sv', 'en'].map((lang) => ({ params: { path: lang + '/' + entry.collection + '/' + entry.id }, props: { entry, lang } })));
}
const { entry, lang } = Astro.props;
const text = (value: unknown): string => (typeof value === 'string' ? value : ((value as Record<string, string> | undefined)?.[lang] ?? (value as Record<string, string> | undefined)?.fi ?? ''));
---
<html lang={lang}><head><meta charset="utf-8" /><title>{text(entry.data.name)}</title></head>
<body><h1>{text(entry.data.name)}</h1><p>{text(entry.data.summary)}</p><div>{text(entry.data.description)}</div></body></html>
`,
    );
    const baseline = await run('bare Astro baseline', [process.execPath, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: bare, log: path.join(work, 'baseline.log'), env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
    if (baseline.ok) baselinePages = walk(path.join(bare, 'dist')).pages;
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
}

// 5. First searches in headless Chromium against a small static server of the output.
const SEARCHES = [
  'haku/?q=vertaistukiryhmä',
  'haku/?q=yksinäisyys&county=90',
  'haku/?situation=grief&municipality=837',
  'haku/?type=helpline&mode=phone&language=sv',
  'sv/sok/?q=stöd&county=15',
  'en/search/?situation=caregiving&audience=older-people&cost=free',
];
const search: SearchResult[] = [];
if (build.ok && !values['no-browser']) {
  const server = await serve(outDir);
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    console.log('\n▶ search in headless Chromium');
    for (const link of SEARCHES) {
      let measured: Omit<SearchResult, 'url'>;
      try {
        measured = await measureSearch(browser, `http://127.0.0.1:${port}/${link}`);
      } catch (error) {
        console.log(`  ${link}: failed — ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      search.push({ url: link, ...measured });
      console.log(`  ${link}: ${measured.results} results, ${(measured.coldBytes / 1024).toFixed(1)} KB before results (${((measured.settledBytes ?? 0) / 1024).toFixed(1)} KB with counts), cold ${measured.coldMs.toFixed(0)} ms, warm ${measured.warmMs.toFixed(0)} ms, typed ${measured.typedMs.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

function median(list: number[]): number {
  return list.slice().sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
}

/** Cold: a fresh browser context (empty cache). Warm: the same context loads the link again, then new words are typed. */
async function measureSearch(browser: Browser, url: string): Promise<Omit<SearchResult, 'url'>> {
  const cold: number[] = [];
  const warm: number[] = [];
  const typed: number[] = [];
  let bytes = 0;
  let settledBytes = 0;
  let files: { path: string; bytes: number }[] = [];
  let results = 0;
  for (let attempt = 0; attempt < runs; attempt++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const timing = async () => {
        await page.waitForSelector('search-page[data-shown]', { timeout: 30_000 });
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, RESULTS_MARK);
        return page.evaluate((mark) => {
          const shown = performance.getEntriesByName(mark)[0] as PerformanceMark;
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const all = [navigation, ...resources];
          // What had arrived when the results were on screen; the rest (the counts' filter chunks) came after.
          const first = all.filter((entry) => entry.responseEnd <= shown.startTime);
          const sum = (entries: PerformanceResourceTiming[]) => entries.reduce((total, entry) => total + entry.decodedBodySize, 0);
          const files = first
            .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.decodedBodySize }))
            .sort((a, b) => b.bytes - a.bytes)
            .slice(0, 12);
          return { ms: shown.startTime, bytes: sum(first), settledBytes: sum(all), files, total: (shown.detail as { total: number }).total };
        }, RESULTS_MARK);
      };
      await page.goto(url);
      const first = await timing();
      cold.push(first.ms);
      if (first.bytes >= bytes) files = first.files;
      bytes = Math.max(bytes, first.bytes);
      settledBytes = Math.max(settledBytes, first.settledBytes);
      results = first.total;
      await page.goto(url);
      warm.push((await timing()).ms);
      // New words typed into the open page and submitted: to the next results mark.
      try {
        const before = await page.evaluate((mark) => performance.getEntriesByName(mark).length, RESULTS_MARK);
        const words = ['perhe', 'suru', 'kahvia'][attempt % 3]!;
        await page.fill('input[name=q]', words);
        const started = await page.evaluate(() => performance.now());
        await page.press('input[name=q]', 'Enter');
        await page.waitForFunction(([mark, count]) => performance.getEntriesByName(mark as string).length > (count as number), [RESULTS_MARK, before] as const, { timeout: 60_000 });
        const done = await page.evaluate((mark) => (performance.getEntriesByName(mark).at(-1) as PerformanceMark).startTime, RESULTS_MARK);
        typed.push(done - started);
      } catch (error) {
        console.log(`  typing new words did not show results: ${(error as Error).message.split('\n')[0]}`);
        typed.push(Number.POSITIVE_INFINITY);
      }
    } finally {
      await context.close();
    }
  }
  return { results, coldBytes: bytes, settledBytes, largestFiles: files, coldMs: median(cold), warmMs: median(warm), typedMs: median(typed) };
}

/** A static file server for `directory` (index.html for folders; long cache lifetimes, as on a CDN). */
function serve(directory: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.ics': 'text/calendar', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_filter': 'application/octet-stream', '.pf_fragment': 'application/octet-stream' };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(directory, pathname);
    if (!file.startsWith(directory)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600' });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const partial: Omit<BenchResult, 'budgets'> = {
  date: new Date().toISOString(),
  machine: { cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryBytes: os.totalmem(), node: process.versions.node, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg() },
  entries: counts,
  phases,
  output: { pages: output.pages, files: output.files, bytes: output.bytes, indexFiles: index.files, indexBytes: index.bytes, ...(baselinePages === undefined ? {} : { baselinePages }) },
  search,
};
const result: BenchResult = { ...partial, budgets: checkBudgets(partial) };
mkdirSync(path.dirname(resultFile), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\n${formatBench(result)}\n\nJSON: ${path.relative(root, resultFile)}`);
process.exitCode = phases.every((item) => item.ok) ? 0 : 1;
