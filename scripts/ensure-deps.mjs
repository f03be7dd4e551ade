/**
 * Runs before `npm start` and `npm test`: installs the dependencies with `npm install` when
 * node_modules is missing or older than package-lock.json, so the README's two commands are the
 * whole set-up on a fresh machine. Plain JavaScript with Node built-ins only, so that it runs (and
 * explains itself) even on a Node too old for the TypeScript scripts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Tukiverkko needs Node.js 22.12 or newer; this is ${process.versions.node}. See .nvmrc (24).`);
  process.exit(1);
}

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  // npm install keeps the lockfile's versions and an existing node_modules; CI and the workflows
  // use npm ci, which also fails when the lockfile is out of step with package.json.
  console.log('Installing dependencies (npm install)…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
