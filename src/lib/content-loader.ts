/**
 * The Astro content-layer loader for Tukiverkko content. It runs the validator over the whole
 * content directory once per build and fails the build with the validator's report on any error,
 * so nothing invalid or half-read reaches dist/.
 *
 * Only the site settings go into Astro's content store (the `site` collection, whose loader this
 * is). The taxonomies, organisations, activities and events do not: Astro bundles its store into
 * the build as one JavaScript module and keeps that module's text, its parsed form and the store
 * made from it in memory for the whole build (at 50,000 activities a 115 MB module, about 1 GB in
 * all). The loader hands the validated directory to the pages in the same process instead
 * (`publishedDirectory`), exactly as validated, and the pages read it through `getDirectory()` in
 * collections.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { contentDirectory, readContentDirectory } from './content-files.ts';
import { formatReport } from './problems.ts';
import { validateContent, type ValidationResult } from './validate.ts';

/** The environment variable naming a JSON file with an error-free validation result. */
export const VALIDATED_ENV = 'TUKIVERKKO_VALIDATED';

/** What the loaders need of a validation result, as JSON for `VALIDATED_ENV`. */
export function validatedJson(result: ValidationResult): string {
  const { site, taxonomies, organisations, activities, events } = result;
  return JSON.stringify({ problems: [], filesChecked: result.filesChecked, site, taxonomies, organisations, activities, events, pages: [] });
}

/** The content, validated; throws the validator's report when it has errors. */
export function loadValidatedContent(): ValidationResult {
  // scripts/build.ts has just validated the same directory and hands over its result, so that
  // a large directory is not read, parsed and checked twice.
  const handedOver = process.env[VALIDATED_ENV];
  if (handedOver && existsSync(handedOver)) return JSON.parse(readFileSync(handedOver, 'utf8')) as ValidationResult;
  const files = readContentDirectory(contentDirectory());
  const result = validateContent(files);
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const error = new Error(`Content has errors; nothing was built.\n\n${formatReport(result.problems, result.filesChecked)}`);
    error.name = 'TukiverkkoContentError';
    throw error;
  }
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

/**
 * The loader of the `site` collection: validates the content (again on every load, so a dev
 * server's reload sees changes), hands the directory to the pages and stores the site settings.
 */
export function tukiverkkoLoader(): Loader {
  return {
    name: 'tukiverkko',
    load: async ({ store, generateDigest, logger }) => {
      const { site, organisations, activities, events } = publish(loadValidatedContent());
      logger.info(`${organisations.length} organisations, ${activities.length} activities and ${events.length} events loaded`);
      for (const id of store.keys()) if (id !== 'site') store.delete(id);
      const data = site as unknown as Record<string, unknown>;
      store.set({ id: 'site', data, digest: generateDigest(data) });
    },
  };
}
