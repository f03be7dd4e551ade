import { describe, expect, test } from 'vitest';
import { checkBudgets, formatBench, type BenchResult } from './bench-report.ts';

const result: Omit<BenchResult, 'budgets'> = {
  date: '2026-11-23T12:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 8 * 1024 ** 3, node: '24.0.0', platform: 'linux', loadAverage: [1, 1, 1] },
  entries: { organisations: 10, activities: 50, events: 10, contentFiles: 80 },
  phases: [
    { name: 'validate', wallMs: 2500, cpuMs: 2600, peakRssBytes: 200 * 1024 ** 2, ok: true },
    { name: 'build (cold)', wallMs: 30_000, cpuMs: 32_000, peakRssBytes: 1024 ** 3, peakTreeRssBytes: 1.6 * 1024 ** 3, ok: true },
    { name: 'rebuild (1 entry edited)', wallMs: 10_000, ok: true },
    { name: 'bare Astro baseline', wallMs: 10_000, ok: true },
  ],
  output: { pages: 100, files: 300, bytes: 1024 ** 2, indexFiles: 50, indexBytes: 1024 },
  search: [
    { url: 'haku/?q=suru', results: 3, coldBytes: 200 * 1024, coldMs: 400, warmMs: 100, typedMs: 160 },
    { url: 'haku/?county=13', results: 9, coldBytes: 250 * 1024, settledBytes: 400 * 1024, largestFiles: [{ path: '/pagefind/wasm.fi.pagefind', bytes: 57 * 1024 }], coldMs: 300, warmMs: 90, typedMs: 120 },
  ],
};

describe('benchmark report', () => {
  test('checks each budget of issue 7 against the measurements', () => {
    const budgets = Object.fromEntries(checkBudgets(result).map((check) => [check.name, check]));
    expect(budgets['validation']!.met).toBe(true);
    expect(budgets['build with index vs bare Astro']).toMatchObject({ measured: '3.00×', met: false });
    // The larger of the two memory measurements counts: 1.6 GB of the process tree.
    expect(budgets['build peak memory']).toMatchObject({ measured: '1.60 GB', met: false });
    expect(budgets['rebuild after one edit']!.met).toBe(true);
    expect(budgets['search: first results, downloaded']!.met).toBe(true);
    expect(budgets['search: first results, cold']!.met).toBe(true);
    // The slower of reload and typed words: 160 ms.
    expect(budgets['search: first results, warm']).toMatchObject({ measured: '160 ms', met: false });
  });

  test('a run above 10,000 activities is held to the 50,000 budgets', () => {
    const large = { ...result, entries: { ...result.entries, activities: 50_000 }, search: [] };
    const budgets = Object.fromEntries(checkBudgets(large).map((check) => [check.name, check]));
    expect(Object.keys(budgets)).toEqual(['build peak memory', "build with Node's default heap", 'rebuild after one edit']);
    expect(budgets['build peak memory']).toMatchObject({ limit: '≤ 4 GB', measured: '1.60 GB', met: true });
    expect(budgets["build with Node's default heap"]!.met).toBe(true);
    const failed = { ...large, phases: large.phases.map((phase) => (phase.name === 'build (cold)' ? { ...phase, ok: false } : phase)) };
    expect(checkBudgets(failed).find((check) => check.name === "build with Node's default heap")).toMatchObject({ measured: 'failed', met: false });
  });

  test('prints tables', () => {
    const text = formatBench({ ...result, budgets: checkBudgets(result) });
    expect(text).toContain('| build (cold)');
    expect(text).toContain('| haku/?q=suru');
    expect(text).toMatch(/\| validation +\| ≤ 3 s +\| 2\.5 s +\| ✓ +\|/);
    // Bytes before the results and with the counts; a run without the second shows a dash.
    expect(text).toMatch(/\| haku\/\?county=13 +\| 9 +\| 250\.0 KB +\| 400\.0 KB +\| 300 ms +\| 90 ms +\| 120 ms +\|/);
    expect(text).toMatch(/\| haku\/\?q=suru +\| 3 +\| 200\.0 KB +\| – +\|/);
    // The heaviest first search's largest files.
    expect(text).toContain('Largest files before the first results of haku/?county=13:');
    expect(text).toMatch(/\| \/pagefind\/wasm\.fi\.pagefind +\| 57\.0 KB \|/);
  });
});
