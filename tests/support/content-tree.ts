/**
 * Content trees for validator tests: the fixture trees read from disk, combined in memory, with
 * messages naming files as `content/…`, exactly as `npm run validate` shows them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentDirectory } from '../../src/lib/content-files.ts';
import type { Clock } from '../../src/lib/today.ts';
import type { ContentFile } from '../../src/lib/validate.ts';
import { FIXED_NOW } from './clock.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const VALID_DIR = path.join(FIXTURES, 'valid');
export const INVALID_DIR = path.join(FIXTURES, 'invalid');

/** The clock of every validator test: 2026-11-23T12:00 in Helsinki. */
export const FIXED_CLOCK: Clock = { today: FIXED_NOW.slice(0, 10), now: FIXED_NOW };

/** Every file under `directory`, shown as `content/<relative path>`. */
export function readTree(directory: string): ContentFile[] {
  return readContentDirectory(directory).map((file) => ({ ...file, displayPath: `content/${file.relativePath}` }));
}

/** `base` with `extra` added; a file at the same relative path replaces the base one. */
export function combine(base: readonly ContentFile[], ...extra: ContentFile[]): ContentFile[] {
  const replaced = new Set(extra.map((file) => file.relativePath));
  return [...base.filter((file) => !replaced.has(file.relativePath)), ...extra];
}

/** A made-up file at `relativePath` with the given text (or bytes). */
export function contentFile(relativePath: string, text: string | Uint8Array): ContentFile {
  return {
    relativePath,
    displayPath: `content/${relativePath}`,
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
  };
}
