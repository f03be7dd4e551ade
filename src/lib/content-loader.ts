/**
 * The Astro content-layer loader for Tukiverkko content. It runs the validator over the whole
 * content directory once per build and fails the build with the validator's report on any error,
 * so nothing invalid or half-read reaches dist/. Entries are stored exactly as validated.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentDirectory, readContentDirectory } from './content-files.ts';
import { formatReport } from './problems.ts';
import { validateContent, type ValidationResult } from './validate.ts';

let validation: ValidationResult | undefined;

/** The environment variable naming a JSON file with an error-free validation result. */
export const VALIDATED_ENV = 'TUKIVERKKO_VALIDATED';

/** What the loaders need of a validation result, as JSON for `VALIDATED_ENV`. */
export function validatedJson(result: ValidationResult): string {
  const { site, taxonomies, organisations, activities, events } = result;
  return JSON.stringify({ problems: [], filesChecked: result.filesChecked, site, taxonomies, organisations, activities, events, pages: [] });
}

/** Validates once per process; every collection's loader shares the result. */
export function loadValidatedContent(): ValidationResult {
  if (validation) return validation;
  // scripts/build.ts has just validated the same directory and hands over its result, so that
  // a large directory is not read, parsed and checked twice.
  const handedOver = process.env[VALIDATED_ENV];
  if (handedOver && existsSync(handedOver)) {
    validation = JSON.parse(readFileSync(handedOver, 'utf8')) as ValidationResult;
    return validation;
  }
  const files = readContentDirectory(contentDirectory());
  const result = validateContent(files);
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const error = new Error(`Content has errors; nothing was built.\n\n${formatReport(result.problems, result.filesChecked)}`);
    error.name = 'TukiverkkoContentError';
    throw error;
  }
  validation = result;
  return result;
}

export type CollectionName = 'organisations' | 'activities' | 'events' | 'site' | 'taxonomies';
const COLLECTIONS = 5;
const loaded = new Set<CollectionName>();

export function tukiverkkoLoader(collection: CollectionName): Loader {
  return {
    name: `tukiverkko-${collection}`,
    load: async ({ store, generateDigest, logger }) => {
      const result = loadValidatedContent();
      const items = entriesOf(result, collection);
      const keep = new Set(items.map((item) => item.id));
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      for (const item of items) {
        const digest = generateDigest(item.data);
        // Astro takes only paths inside the project; content elsewhere (TUKIVERKKO_CONTENT, a
        // benchmark fixture) has relative-outside or absolute display paths, which are left out.
        const inProject = item.filePath && !item.filePath.startsWith('..') && !path.isAbsolute(item.filePath);
        store.set({ id: item.id, data: item.data, digest, ...(inProject ? { filePath: item.filePath } : {}) });
      }
      logger.info(`${items.length} ${collection} loaded`);
      // Once every collection has its entries, the store holds them: let the result go, so that a
      // large directory is not kept in memory twice for the rest of the build.
      loaded.add(collection);
      if (loaded.size === COLLECTIONS) {
        validation = undefined;
        loaded.clear();
      }
    },
  };
}

function entriesOf(result: ValidationResult, collection: CollectionName): { id: string; data: Record<string, unknown>; filePath?: string }[] {
  switch (collection) {
    case 'organisations':
    case 'activities':
    case 'events':
      return result[collection].map((entry) => ({ id: entry.key, data: entry.data as unknown as Record<string, unknown>, filePath: entry.file }));
    case 'site':
      return [{ id: 'site', data: result.site as unknown as Record<string, unknown> }];
    case 'taxonomies':
      return Object.entries(result.taxonomies).map(([name, terms]) => ({ id: name, data: { terms } }));
  }
}
