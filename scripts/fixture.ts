/**
 * npm run fixture -- --entries N --out DIR [--seed S] [--today YYYY-MM-DD]
 *
 * Writes a synthetic, valid content directory of N activities (plus about N/5 events and N/4
 * organisations) to DIR, for benchmarks (src/lib/fixture.ts). Taxonomies and editorial pages are
 * copied from this project's content directory. The same seed and day give the same files; the
 * day defaults to TUKIVERKKO_TODAY / TUKIVERKKO_NOW, else today.
 */
import { parseArgs } from 'node:util';
import { writeFixture } from '../src/lib/fixture-files.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || !values.out) {
  console.log('Usage: npm run fixture -- --entries N --out DIR [--seed S] [--today YYYY-MM-DD]');
  process.exit(values.help ? 0 : 2);
}
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 1) {
  console.error(`--entries must be a positive whole number, not "${values.entries}".`);
  process.exit(2);
}
const started = performance.now();
const written = writeFixture({ entries, seed: Number(values.seed), out: values.out, today: values.today });
console.log(`Wrote ${written.files} files (${written.organisations} organisations, ${written.activities} activities, ${written.events} events) to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
