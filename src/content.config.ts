import { defineCollection } from 'astro:content';
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
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDirectory()}/pages` }),
    schema: z.strictObject({ title: z.string().min(1), description: z.string().optional() }),
  }),
};
