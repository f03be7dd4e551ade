import type { APIContext } from 'astro';
import { getDirectory } from '../../../../lib/collections.ts';
import { entryKey, readSubmissionSources } from '../../../../lib/submission-sources.ts';

export async function getStaticPaths() {
  const { organisations, activities, events } = await getDirectory();
  const { entries } = readSubmissionSources();
  return organisations.map((organisation) => ({
    params: { org: organisation.id },
    props: {
      data: {
        ...entries.get(entryKey('organisation', organisation.id, organisation.id))!,
        activities: activities.filter((activity) => activity.org === organisation.id).map((activity) => ({ id: activity.id, name: activity.data.name })),
        events: events.filter((event) => event.org === organisation.id).map((event) => ({ id: event.id, name: event.data.name })),
      },
    },
  }));
}

export function GET({ props }: APIContext) {
  return Response.json(props.data);
}
