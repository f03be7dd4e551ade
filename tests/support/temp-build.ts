/** Runs the real build (validator, Astro, Pagefind) of a content directory into a temporary directory. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXED_NOW } from './clock.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function buildInto(workspace: string, env: Record<string, string>): { status: number | null; output: string; outDir: string } {
  const outDir = path.join(workspace, 'dist');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      TUKIVERKKO_NOW: FIXED_NOW,
      TUKIVERKKO_OUT_DIR: outDir,
      TUKIVERKKO_CACHE_DIR: path.join(workspace, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      GITHUB_ACTIONS: '',
      ...env,
    },
    // Astro logs a line per file written (with colours when CI is set): a few thousand pages
    // overflow spawnSync's default 1 MB, which kills the build.
    maxBuffer: 256 * 1024 * 1024,
  });
  // A build that could not run or was killed says so, instead of failing with only its log.
  const failure = result.error ? `\n${result.error.message}` : result.signal ? `\nKilled by ${result.signal}.` : '';
  return { status: result.status, output: `${result.stdout}${result.stderr}${failure}`, outDir };
}
