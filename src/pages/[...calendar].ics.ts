/** Every .ics file of the site (see `calendarFiles`): entries' "add to calendar" and subscriptions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFiles, renderCalendarFile, type CalendarFile } from '../lib/calendars.ts';
import { getDirectory } from '../lib/collections.ts';
import { entryCalendarKey } from '../lib/page-keys.ts';
import { getClock } from '../lib/today.ts';

export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  const { now } = getClock(directory.site.timezone);
  // An entry's own file is reused by an incremental build while the entry and the day are the same;
  // the subscribable ones (a county's, a situation's…) gather many entries and are always written.
  return calendarFiles(directory, now).map((file) => ({
    params: { calendar: file.path.replace(/\.ics$/, '') },
    props: { file },
    ...(file.target.type === 'entry' ? { cacheKey: entryCalendarKey(directory, file.target.kind, file.target.key, file.lang, now) } : {}),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CalendarFile }> = async ({ props }) => {
  const directory = await getDirectory();
  const { now } = getClock(directory.site.timezone);
  return new Response(renderCalendarFile(directory, now, props.file), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
