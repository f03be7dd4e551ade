/** Activities and upcoming events as CSV. */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/collections.ts';
import { entriesCsv } from '../../lib/exports.ts';
import { getClock } from '../../lib/today.ts';

export const GET: APIRoute = async () => {
  const directory = await getDirectory();
  const { now } = getClock(directory.site.timezone);
  return new Response(entriesCsv(directory, now), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
