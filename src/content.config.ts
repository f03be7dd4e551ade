import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { SiteSchema } from './schemas/site.ts';
import { tukiverkkoLoader } from './lib/content-loader.ts';
import { contentDirectory } from './lib/content-files.ts';

// The site collection's loader validates the whole content directory; the taxonomies,
// organisations, activities and events reach the pages through getDirectory()
// (src/lib/collections.ts), not through Astro's store: see src/lib/content-loader.ts.
export const collections = {
  site: defineCollection({ loader: tukiverkkoLoader(), schema: SiteSchema }),
  // Editorial pages are optional: a directory without content/pages/ (a generated fixture, a new
  // network's first checkout) builds without them instead of failing on the loader's warning.
  pages: defineCollection({
    loader: existsSync(`${contentDirectory()}/pages`) ? glob({ pattern: '*.mdx', base: `${contentDirectory()}/pages` }) : () => [],
    schema: z.strictObject({ title: z.string().min(1), description: z.string().optional() }),
  }),
};
