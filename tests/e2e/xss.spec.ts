/**
 * Contributor text cannot run code. A copy of the sample content gets organisations, activities
 * and events whose every text field holds an XSS payload; the site is built from it and every
 * page of those entries is opened in Chromium, served with the headers of public/_headers.
 * Nothing may execute: no `window.__xss`, no dialog, no element or event-handler attribute the
 * payloads try to create, no javascript: link.
 */
import { expect, test } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LANGUAGES, routePath } from '../../src/lib/routes.ts';
import { serveStatic, staticHostHeaders } from '../support/static-server.ts';
import { buildInto, ROOT } from '../support/temp-build.ts';

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2" id="xss-img">',
  '"><svg onload=window.__xss=3 id="xss-svg">',
  "'><b onmouseover='window.__xss=4' id=\"xss-b\">x</b>",
  '</script><script>window.__xss=5;alert(5)</script>',
  '<iframe srcdoc="<script>parent.__xss=6</script>" id="xss-frame"></iframe>',
  '<a href="javascript:window.__xss=7" id="xss-link">click</a> & &amp; &lt;',
  '{{constructor.constructor("window.__xss=8")()}} ${window.__xss=8} <!-- <style>body{display:none}</style>',
];

// Markdown-only attacks on top of the payload: links and images with script URLs, raw HTML.
const MARKDOWN = (payload: string) =>
  `${payload}\n\n[link](javascript:window.__xss=9) [data](data:text/html,<script>window.__xss=10</script>) ![img](javascript:window.__xss=11)\n\n<div onclick="window.__xss=12" id="xss-div">raw</div>\n\n<script>window.__xss=13</script>\n\n<a href="vbscript:x" id="xss-vb">vb</a>`;

const text = (payload: string, index: number) => (index % 2 === 0 ? { fi: payload, sv: payload, en: payload } : payload);

function entries(payload: string, index: number) {
  const t = text(payload, index);
  const location = { name: t, street: 'Kauppakatu 40', postalCode: '70100', municipality: '297', accessibility: ['lift'], accessibilityNote: t };
  const shared = {
    name: t,
    summary: t,
    description: typeof t === 'string' ? MARKDOWN(t) : { fi: MARKDOWN(payload), sv: MARKDOWN(payload), en: MARKDOWN(payload) },
    plainSummary: t,
    situations: ['caregiving'],
    languages: ['fi'],
    modes: ['in-person', 'online', 'phone'],
    area: { counties: ['13'] },
    locations: [location],
    cost: { fee: t },
    registration: { required: true, note: t, phone: '040 123 4567', email: 'a@example.org' },
    contact: { phone: '040 123 4567', email: 'b@example.org', website: 'https://example.org/?q="><script>window.__xss=14</script>' },
    keywords: [payload],
  };
  return {
    organisation: { name: t, summary: t, description: typeof t === 'string' ? MARKDOWN(t) : MARKDOWN(payload), contact: { address: t, phone: '09 123 4567', email: 'c@example.org' }, area: { counties: ['13'] }, verified: '2026-10-01' },
    activity: { ...shared, type: 'peer-support-group', schedule: [{ weekly: ['tue'], start: '17:00', end: '18:00' }], scheduleNote: t, anonymous: true, verified: '2026-10-01' },
    event: { ...shared, start: '2026-12-10T18:00', end: '2026-12-10T20:00', status: index % 3 === 0 ? 'cancelled' : 'scheduled' },
  };
}

let workspace: string;
let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  test.setTimeout(240_000);
  workspace = mkdtempSync(path.join(tmpdir(), 'tukiverkko-xss-'));
  const content = path.join(workspace, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  PAYLOADS.forEach((payload, index) => {
    const org = `xss-${index}`;
    const { organisation, activity, event } = entries(payload, index);
    // JSON is YAML: the payloads are written as quoted strings, exactly as given.
    writeFileSync(path.join(content, 'organisations', `${org}.yaml`), JSON.stringify(organisation, null, 2));
    mkdirSync(path.join(content, 'activities', org), { recursive: true });
    mkdirSync(path.join(content, 'events', org), { recursive: true });
    writeFileSync(path.join(content, 'activities', org, 'ryhma.yaml'), JSON.stringify(activity, null, 2));
    writeFileSync(path.join(content, 'events', org, 'ilta.yaml'), JSON.stringify(event, null, 2));
  });
  const built = buildInto(workspace, { TUKIVERKKO_CONTENT: content });
  expect(built.status, built.output.slice(-4000)).toBe(0);
  server = await serveStatic(built.outDir, '/', staticHostHeaders(path.join(ROOT, 'public/_headers')));
});

test.afterAll(async () => {
  await server?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

test('no payload in any text field of an organisation, activity or event executes', async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const paths = PAYLOADS.flatMap((payload, index) =>
    LANGUAGES.flatMap((lang) =>
      [routePath(lang, 'organisation', `xss-${index}`), routePath(lang, 'activity', `xss-${index}`, 'ryhma'), routePath(lang, 'event', `xss-${index}`, 'ilta')].map((sitePath) => ({ sitePath, payload })),
    ),
  );
  // The search page indexes the same text: its results must stay inert too.
  const searches = LANGUAGES.map((lang) => ({ sitePath: `${routePath(lang, 'search')}?q=xss`, payload: undefined }));
  for (const { sitePath, payload } of [...paths, ...searches]) {
    const response = await page.goto(`${server.url}${sitePath}`);
    expect(response?.status(), sitePath).toBe(200);
    if (sitePath.includes('?q=')) await page.waitForTimeout(1500);
    // The payloads are shown as text…
    if (payload !== undefined) await expect(page.locator('h1'), sitePath).toHaveText(payload);
    const found = await page.evaluate(() => ({
      flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
      injected: [...document.querySelectorAll('[id^="xss-"], iframe, svg, object, embed')].map((element) => element.outerHTML.slice(0, 80)),
      handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `${element.tagName} ${attribute.name}`)),
      badLinks: [...document.querySelectorAll('a[href], img[src]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '').filter((url) => /^\s*(javascript|vbscript|data):/i.test(url)),
      scripts: [...document.scripts].filter((script) => !script.src && script.type !== 'application/ld+json' && script.type !== 'application/json').map((script) => script.textContent?.slice(0, 80)),
    }));
    expect(found, sitePath).toEqual({ flag: null, injected: [], handlers: [], badLinks: [], scripts: [] });
    // The JSON-LD block is whole: the payload did not end it early.
    if (payload !== undefined) {
      const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
      expect(() => JSON.parse(jsonLd ?? ''), sitePath).not.toThrow();
    }
  }
  expect(dialogs).toEqual([]);
});
