/** Reads a content directory from disk into `ContentFile`s for the validator. */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from './validate.ts';

/**
 * Every file under `contentDir` (symbolic links reported, not followed). `displayRoot` is what
 * paths in messages are relative to, normally the project root, so that they read
 * `content/activities/…`.
 */
export function readContentDirectory(contentDir: string, displayRoot = process.cwd()): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = path.join(directory, entry.name);
      const relativePath = path.relative(contentDir, absolute).split(path.sep).join('/');
      const displayPath = toDisplayPath(absolute, displayRoot);
      if (entry.isSymbolicLink()) {
        files.push({ relativePath, displayPath, bytes: new Uint8Array(), isSymlink: true });
      } else if (entry.isDirectory()) {
        walk(absolute);
      } else if (entry.isFile()) {
        files.push({ relativePath, displayPath, bytes: readFileSync(absolute) });
      }
    }
  };
  if (!lstatSync(contentDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`Content directory not found: ${contentDir}`);
  }
  walk(contentDir);
  return files;
}

export function toDisplayPath(absolute: string, displayRoot: string): string {
  const relative = path.relative(displayRoot, absolute);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
}

/** The content directory of this project: TUKIVERKKO_CONTENT, or `content/` in the working directory. */
export function contentDirectory(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.TUKIVERKKO_CONTENT ?? 'content');
}
