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
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, outDir };
}
