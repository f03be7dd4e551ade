import type { APIContext } from 'astro';
import { getDirectory } from '../../../../lib/collections.ts';
import { propsKey } from '../../../../lib/page-keys.ts';
import { entryKey, readSubmissionSources } from '../../../../lib/submission-sources.ts';

export async function getStaticPaths() {
  const { organisations, activitiesByOrg, eventsByOrg } = await getDirectory();
  const { entries } = readSubmissionSources();
  return organisations.map((organisation) => {
    const data = {
      ...entries.get(entryKey('organisation', organisation.id, organisation.id))!,
      activities: (activitiesByOrg.get(organisation.id) ?? []).map((activity) => ({ id: activity.id, name: activity.data.name })),
      events: (eventsByOrg.get(organisation.id) ?? []).map((event) => ({ id: event.id, name: event.data.name })),
    };
    return { params: { org: organisation.id }, props: { data }, cacheKey: propsKey(data) };
  });
}

export function GET({ props }: APIContext) {
  return Response.json(props.data);
}
