import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';

const port = Number(process.env.TUKIVERKKO_PORT ?? 4321);

/** Browser tests run against the built site in dist/, served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    browserName: 'chromium',
  },
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
