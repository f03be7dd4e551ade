import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { SiteSchema } from './schemas/site.ts';
import { tukiverkkoLoader } from './lib/content-loader.ts';
import { contentDirectory } from './lib/content-files.ts';

// The organisations, activities and events are validated by the site's loader and read through
// getDirectory() (src/lib/collections.ts), not from Astro's store: see src/lib/content-loader.ts.
export const collections = {
  site: defineCollection({ loader: tukiverkkoLoader('site'), schema: SiteSchema }),
  taxonomies: defineCollection({ loader: tukiverkkoLoader('taxonomies'), schema: z.object({ terms: z.array(z.record(z.string(), z.unknown())) }) }),
  // Editorial pages are optional: a directory without content/pages/ (a generated fixture, a new
  // network's first checkout) builds without them instead of failing on the loader's warning.
  pages: defineCollection({
    loader: existsSync(`${contentDirectory()}/pages`) ? glob({ pattern: '*.mdx', base: `${contentDirectory()}/pages` }) : () => [],
    schema: z.strictObject({ title: z.string().min(1), description: z.string().optional() }),
  }),
};
