/**
 * What the submission form fetches, built from the content files as written: the files every
 * check needs (site.yaml and the taxonomies) in one JSON, and one small JSON per entry with its
 * file's text. The form reads that text with the same YAML reader as the validator and passes
 * the organisation's file to `validateContent` in the browser, so the checks there are the
 * build's checks. One file per entry keeps the page light however large the directory grows.
 */
import { contentDirectory, readContentDirectory } from './content-files.ts';
import { decodeUtf8 } from './yaml.ts';
import { parseEntryPath, type EntryKind, type EntrySource } from './submission.ts';
import type { ContentFile } from './validate.ts';

/** A file for the browser: its path under content/ and its text. */
export interface SourceFile {
  relativePath: string;
  text: string;
}

/** `context.json`: the files that every entry is checked against. */
export interface ContextData {
  files: SourceFile[];
}

/** `<kind>/<org>/<id>.json`: one entry's file. */
export interface EntryData extends EntrySource {
  file: SourceFile;
  /** Organisations only: the organisation's activities (for an event's "part of" choice) and events, to tell a new id from a taken one. */
  activities?: { id: string; name: unknown }[];
  events?: { id: string; name: unknown }[];
}

const CONTEXT_FILE = /^(site\.yaml|taxonomies\/[^/]+\.(yaml|csv))$/;

export function contextData(files: readonly ContentFile[]): ContextData {
  return {
    files: files
      .filter((file) => !file.isSymlink && CONTEXT_FILE.test(file.relativePath))
      .map((file) => ({ relativePath: file.relativePath, text: decodeUtf8(file.bytes) })),
  };
}

/** Every entry file keyed `<kind>/<org>/<id>` (organisations: `organisation/<id>`). */
export function entrySources(files: readonly ContentFile[]): Map<string, EntryData> {
  const entries = new Map<string, EntryData>();
  for (const file of files) {
    const source = file.isSymlink ? undefined : parseEntryPath(file.relativePath);
    if (!source) continue;
    entries.set(entryKey(source.kind, source.org, source.id), {
      ...source,
      file: { relativePath: file.relativePath, text: decodeUtf8(file.bytes) },
    });
  }
  return entries;
}

export function entryKey(kind: EntryKind, org: string, id: string): string {
  return kind === 'organisation' ? `organisation/${id}` : `${kind}/${org}/${id}`;
}

let cache: { context: ContextData; entries: Map<string, EntryData> } | undefined;

/** The form's data from the content directory, read once per build. */
export function readSubmissionSources(): { context: ContextData; entries: Map<string, EntryData> } {
  if (!cache) {
    const files = readContentDirectory(contentDirectory());
    cache = { context: contextData(files), entries: entrySources(files) };
  }
  return cache;
}
