/**
 * The search page's performance budget (issue: "a first search downloads at most 250 KB, all
 * files uncompressed, the search UI's own code included, and shows results in under 300 ms in
 * headless Chromium"). A measurement, not a test: `npm run bench` reports it.
 *
 * A first search is a cold visit (empty cache) to a search link with words and filters: the
 * page, its CSS and script, Pagefind's script, WebAssembly, metadata, index and filter chunks
 * and the fragments of the results shown. Bytes are the decoded (uncompressed) body sizes the
 * browser reports for everything loaded until the page has settled (results, filter counts and
 * any "no results" suggestions); time is from the start of navigation to the moment the page
 * marks its results as shown (the counts follow).
 */
import type { Browser } from 'playwright-core';
import { RESULTS_MARK } from '../../src/lib/search-query.ts';

export const SEARCH_BUDGET = { bytes: 250 * 1024, milliseconds: 300 };

/** Search links measured by default: Finnish words + a county, Swedish filters only. */
export const BUDGET_SEARCHES = ['haku/?q=suru&county=13', 'sv/sok/?municipality=499&situation=memory-disorder'];

export interface SearchMeasurement {
  url: string;
  /** Sum of the decoded body sizes of every file the page loaded for its first search. */
  bytes: number;
  /** Milliseconds from the start of navigation to results on screen. */
  milliseconds: number;
  results: number;
  files: { url: string; bytes: number }[];
  withinBudget: boolean;
}

/**
 * Measures a first search at `url` (absolute) in a fresh browser context, so nothing is cached.
 * Runs it `runs` times and reports the median time (bytes do not vary between runs).
 */
export async function measureFirstSearch(browser: Browser, url: string, runs = 5): Promise<SearchMeasurement> {
  const measurements: SearchMeasurement[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(url);
      // search-page.ts sets data-shown once results and counts are on screen.
      await page.waitForSelector('search-page[data-shown]', { timeout: 15_000 });
      const measured = await page.evaluate((mark) => {
        const shown = performance.getEntriesByName(mark)[0] as PerformanceMark;
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const files = [navigation, ...resources].map((entry) => ({ url: entry.name, bytes: entry.decodedBodySize }));
        return { milliseconds: shown.startTime, files, results: (shown.detail as { total: number }).total };
      }, RESULTS_MARK);
      const bytes = measured.files.reduce((total, file) => total + file.bytes, 0);
      measurements.push({ url, bytes, ...measured, withinBudget: bytes <= SEARCH_BUDGET.bytes && measured.milliseconds <= SEARCH_BUDGET.milliseconds });
    } finally {
      await context.close();
    }
  }
  measurements.sort((a, b) => a.milliseconds - b.milliseconds);
  const median = measurements[Math.floor(measurements.length / 2)]!;
  const worstBytes = Math.max(...measurements.map((measurement) => measurement.bytes));
  return { ...median, bytes: worstBytes, withinBudget: worstBytes <= SEARCH_BUDGET.bytes && median.milliseconds <= SEARCH_BUDGET.milliseconds };
}

/** A measurement as lines a person reads. */
export function formatMeasurement(measurement: SearchMeasurement): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    `${measurement.url}: ${measurement.results} results, ${kb(measurement.bytes)} (budget ${kb(SEARCH_BUDGET.bytes)}), ${measurement.milliseconds.toFixed(0)} ms (budget ${SEARCH_BUDGET.milliseconds} ms) ${measurement.withinBudget ? '✓' : '✗ over budget'}`,
    ...measurement.files
      .slice()
      .sort((a, b) => b.bytes - a.bytes)
      .map((file) => `  ${kb(file.bytes).padStart(9)}  ${new URL(file.url).pathname}`),
  ].join('\n');
}
