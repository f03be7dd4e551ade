import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { ActivitySchema } from './schemas/activity.ts';
import { EventSchema } from './schemas/event.ts';
import { OrganisationSchema } from './schemas/organisation.ts';
import { SiteSchema } from './schemas/site.ts';
import { tukiverkkoLoader } from './lib/content-loader.ts';
import { contentDirectory } from './lib/content-files.ts';

export const collections = {
  organisations: defineCollection({ loader: tukiverkkoLoader('organisations'), schema: OrganisationSchema }),
  activities: defineCollection({ loader: tukiverkkoLoader('activities'), schema: ActivitySchema }),
  events: defineCollection({ loader: tukiverkkoLoader('events'), schema: EventSchema }),
  site: defineCollection({ loader: tukiverkkoLoader('site'), schema: SiteSchema }),
  taxonomies: defineCollection({ loader: tukiverkkoLoader('taxonomies'), schema: z.object({ terms: z.array(z.record(z.string(), z.unknown())) }) }),
  // Editorial pages are optional: a directory without content/pages/ (a generated fixture, a new
  // network's first checkout) builds without them instead of failing on the loader's warning.
  pages: defineCollection({
    loader: existsSync(`${contentDirectory()}/pages`) ? glob({ pattern: '*.mdx', base: `${contentDirectory()}/pages` }) : () => [],
    schema: z.strictObject({ title: z.string().min(1), description: z.string().optional() }),
  }),
};
