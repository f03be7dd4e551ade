/** The Atom feeds of new and changed entries (see `feedFiles`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../lib/collections.ts';
import { buildFeed, feedFiles, writeAtomFeed, type FeedFile } from '../lib/feeds.ts';
import { getClock } from '../lib/today.ts';

export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  return feedFiles(directory).map((file) => ({ params: { feed: file.path.replace(/\.xml$/, '') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: FeedFile }> = async ({ props }) => {
  const directory = await getDirectory();
  const { now } = getClock(directory.site.timezone);
  const feed = writeAtomFeed(buildFeed(directory, props.file.lang, props.file.scope, now));
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
