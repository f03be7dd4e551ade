/**
 * The Open Referral HSDS 3.0 export, per language: organizations.json and services.json, a long
 * list in pages (HSDS_PAGE_SIZE) (services-2.json, services-3.json …).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../../lib/collections.ts';
import { HSDS_PAGE_SIZE, hsdsDocument, hsdsPageCount, hsdsTotal } from '../../../../lib/hsds.ts';
import { jsonStream } from '../../../../lib/json-stream.ts';
import { wholeDirectoryKey } from '../../../../lib/page-keys.ts';
import { LANGUAGES, type Lang } from '../../../../lib/routes.ts';
import { getClock } from '../../../../lib/today.ts';

interface Props {
  file: 'organizations' | 'services';
  page: number;
}

export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  const { today } = getClock(directory.site.timezone);
  return LANGUAGES.flatMap((lang) =>
    (['organizations', 'services'] as const).flatMap((file) =>
      Array.from({ length: hsdsPageCount(hsdsTotal(directory, file), HSDS_PAGE_SIZE[file]) }, (_, index) => ({
        params: { lang, file: index === 0 ? file : `${file}-${index + 1}` },
        props: { file, page: index + 1 } satisfies Props,
        // An incremental build reuses the files while no entry has changed, on the same day.
        cacheKey: wholeDirectoryKey(directory, `hsds/${lang}/${file}/${index + 1}`, today),
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ params, props }) => {
  const directory = await getDirectory();
  const { today } = getClock(directory.site.timezone);
  const document = hsdsDocument(directory, params.lang as Lang, today, props.file, props.page);
  // Without indentation (a third of the indented files was spaces), written a batch of items at a time.
  return new Response(jsonStream(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
