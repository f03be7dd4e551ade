/** The JSON export of the whole directory (documented by tukiverkko.schema.json beside it). */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/collections.ts';
import { directoryExportDocument } from '../../lib/exports.ts';
import { jsonStream } from '../../lib/json-stream.ts';
import { getClock } from '../../lib/today.ts';

export const GET: APIRoute = async () => {
  const directory = await getDirectory();
  const { now } = getClock(directory.site.timezone);
  // Without indentation, like the HSDS export, and written a batch of entries at a time: the file grows with the directory.
  return new Response(jsonStream(directoryExportDocument(directory, now)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
