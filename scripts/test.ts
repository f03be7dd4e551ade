/**
 * npm test: every test. Unit and integration tests (Vitest), then the sample site is built with a
 * fixed clock and the browser tests (Playwright on the system Chromium) run against dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { FIXED_NOW } from '../tests/support/clock.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TUKIVERKKO_NOW: FIXED_NOW };
const bin = (name: string) => `node_modules/.bin/${name}`;

function run(label: string, command: string, args: string[]): void {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

run('Unit and integration tests (Vitest)', bin('vitest'), ['run']);
const specs = existsSync('tests/e2e') ? readdirSync('tests/e2e').filter((name) => name.endsWith('.spec.ts')) : [];
if (specs.length > 0) {
  run(`Build the sample site (clock fixed at ${FIXED_NOW})`, process.execPath, ['scripts/build.ts']);
  run('Browser tests (Playwright, system Chromium)', bin('playwright'), ['test']);
}
console.log('\n✓ All tests passed.');
