/** The JSON Schema of data/tukiverkko.json, generated from the content schemas. */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/collections.ts';
import { exportJsonSchema } from '../../lib/exports.ts';

export const GET: APIRoute = async () => {
  const { site } = await getDirectory();
  return new Response(`${JSON.stringify(exportJsonSchema(site.url), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
