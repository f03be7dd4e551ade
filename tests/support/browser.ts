/**
 * Launch options for Debian's Chromium (Playwright's own browser download cannot work here).
 * Background networking is off: the machine has no internet, and Chromium would otherwise keep
 * trying to reach Google's services.
 */
import { existsSync } from 'node:fs';

export function chromiumExecutable(): string {
  const candidates = [process.env.TUKIVERKKO_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('Chromium not found: install it with `apt-get install chromium` or set TUKIVERKKO_CHROMIUM.');
  return found;
}

export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumExecutable(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      '--metrics-recording-only',
      '--no-default-browser-check',
    ],
  };
}
