/**
 * The Astro content-layer loader for Tukiverkko content. It runs the validator over the whole
 * content directory once per build and fails the build with the validator's report on any error,
 * so nothing invalid or half-read reaches dist/.
 *
 * The site settings and taxonomies go into Astro's content store. The organisations, activities
 * and events do not: Astro bundles its store into the build as one JavaScript module and keeps
 * that module's text, its parsed form and the store made from it in memory for the whole build
 * (at 50,000 activities a 115 MB module, about 1 GB in all). The loader hands the validated
 * entries to the pages in the same process instead (`publishedDirectory`), exactly as validated,
 * and the pages read them through `getDirectory()` in collections.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
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

/** The validated directory as the loader hands it to the pages. */
export type PublishedDirectory = Pick<ValidationResult, 'taxonomies' | 'organisations' | 'activities' | 'events'> & { site: NonNullable<ValidationResult['site']> };

// On globalThis: the pages run in the loader's process but from their own bundle of this module.
const PUBLISHED = Symbol.for('tukiverkko:directory');

/**
 * The directory the content loader validated in this process, or undefined when none has (the
 * pages then validate the content themselves: `loadDirectory`). A new object after every load,
 * so that a dev server's pages see changed content.
 */
export function publishedDirectory(): PublishedDirectory | undefined {
  return (globalThis as { [PUBLISHED]?: PublishedDirectory })[PUBLISHED];
}

function publish(result: ValidationResult): PublishedDirectory {
  const { site, taxonomies, organisations, activities, events } = result;
  if (!site) throw new Error('The content has no site settings (content/site.yaml).');
  const directory = { site, taxonomies, organisations, activities, events };
  (globalThis as { [PUBLISHED]?: PublishedDirectory })[PUBLISHED] = directory;
  return directory;
}

/** The published directory, or the content validated (and published) now. */
export function loadDirectory(): PublishedDirectory {
  return publishedDirectory() ?? publish(loadValidatedContent());
}

export type CollectionName = 'site' | 'taxonomies';
const COLLECTIONS = 2;
const loaded = new Set<CollectionName>();

export function tukiverkkoLoader(collection: CollectionName): Loader {
  return {
    name: `tukiverkko-${collection}`,
    load: async ({ store, generateDigest, logger }) => {
      const result = loadValidatedContent();
      if (collection === 'site') {
        const { organisations, activities, events } = publish(result);
        logger.info(`${organisations.length} organisations, ${activities.length} activities and ${events.length} events loaded`);
      }
      const items = collection === 'site' ? [{ id: 'site', data: result.site as unknown as Record<string, unknown> }] : Object.entries(result.taxonomies).map(([name, terms]) => ({ id: name, data: { terms } }));
      const keep = new Set(items.map((item) => item.id));
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      for (const item of items) store.set({ id: item.id, data: item.data, digest: generateDigest(item.data) });
      // Once both collections have loaded, the next load (a dev server's, after a change) validates
      // again; the published directory is the only copy kept.
      loaded.add(collection);
      if (loaded.size === COLLECTIONS) {
        validation = undefined;
        loaded.clear();
      }
    },
  };
}
