/**
 * Helpers for the submission-form specs: the page under the site's Content-Security-Policy, and
 * proof that what the form produced passes `npm run validate` unchanged.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIXED_NOW } from '../support/clock.ts';

/** The policy the deployed site sends: no inline script, no eval. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

/**
 * Serves the form's HTML with the CSP header, records any policy violation in
 * `window.cspViolations`, and fixes the browser clock at the tests' "now" (Helsinki time).
 */
export async function openForm(page: Page, url: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${FIXED_NOW}:00+02:00`));
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.route(
    (requested) => requested.pathname === new URL(url, 'http://x').pathname,
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    },
  );
  await page.goto(url);
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * Writes `text` to `relativePath` in a copy of content/ and runs `node scripts/validate.ts` on
 * it, exactly as a maintainer or the pull-request check would.
 */
export function validateInCopy(relativePath: string, text: string): { status: number | null; output: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'tukiverkko-form-'));
  try {
    const content = path.join(root, 'content');
    cpSync('content', content, { recursive: true });
    const file = path.join(content, relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    const result = spawnSync(process.execPath, ['scripts/validate.ts', file], {
      encoding: 'utf8',
      env: { ...process.env, TUKIVERKKO_CONTENT: content, TUKIVERKKO_NOW: FIXED_NOW, GITHUB_ACTIONS: '' },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
