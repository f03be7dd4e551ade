import type { APIContext } from 'astro';
import { getDirectory } from '../../../../../lib/collections.ts';
import { propsKey } from '../../../../../lib/page-keys.ts';
import { entryKey, readSubmissionSources } from '../../../../../lib/submission-sources.ts';

export async function getStaticPaths() {
  const { events } = await getDirectory();
  const { entries } = readSubmissionSources();
  return events.map((entry) => {
    const data = entries.get(entryKey('event', entry.org, entry.id))!;
    return { params: { org: entry.org, id: entry.id }, props: { data }, cacheKey: propsKey(data) };
  });
}

export function GET({ props }: APIContext) {
  return Response.json(props.data);
}
