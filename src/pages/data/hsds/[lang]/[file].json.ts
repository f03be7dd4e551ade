/** The Open Referral HSDS 3.0 export, per language: organizations.json and services.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../../lib/collections.ts';
import { hsdsDocument } from '../../../../lib/hsds.ts';
import { jsonStream } from '../../../../lib/json-stream.ts';
import { wholeDirectoryKey } from '../../../../lib/page-keys.ts';
import { LANGUAGES, type Lang } from '../../../../lib/routes.ts';
import { getClock } from '../../../../lib/today.ts';

export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  const { today } = getClock(directory.site.timezone);
  // An incremental build reuses the files while no entry has changed, on the same day.
  return LANGUAGES.flatMap((lang) => (['organizations', 'services'] as const).map((file) => ({ params: { lang, file }, cacheKey: wholeDirectoryKey(directory, `hsds/${lang}/${file}`, today) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const directory = await getDirectory();
  const { today } = getClock(directory.site.timezone);
  const lang = params.lang as Lang;
  const document = hsdsDocument(directory, lang, today, params.file as 'organizations' | 'services');
  // Without indentation: at 10,000 activities the indented files were ~94 MB each, a third of it
  // spaces. Written a batch of items at a time: at 50,000 activities a file is some 350 MB.
  return new Response(jsonStream(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
