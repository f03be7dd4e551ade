import type { APIContext } from 'astro';
import { getDirectory } from '../../../../../lib/collections.ts';
import { entryKey, readSubmissionSources } from '../../../../../lib/submission-sources.ts';

export async function getStaticPaths() {
  const { activities } = await getDirectory();
  const { entries } = readSubmissionSources();
  return activities.map((entry) => ({
    params: { org: entry.org, id: entry.id },
    props: { data: entries.get(entryKey('activity', entry.org, entry.id))! },
  }));
}

export function GET({ props }: APIContext) {
  return Response.json(props.data);
}
