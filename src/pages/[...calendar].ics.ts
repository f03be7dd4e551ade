/** Every .ics file of the site (see `calendarFiles`): entries' "add to calendar" and subscriptions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFiles, calendarFileStream, type CalendarFile } from '../lib/calendars.ts';
import { getDirectory } from '../lib/collections.ts';
import { entryCalendarKey, scopeCalendarKey } from '../lib/page-keys.ts';
import { getClock } from '../lib/today.ts';

export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  const { now } = getClock(directory.site.timezone);
  // An incremental build reuses a file while the entries in it and the day are the same.
  return calendarFiles(directory, now).map((file) => ({
    params: { calendar: file.path.replace(/\.ics$/, '') },
    props: { file },
    cacheKey: file.target.type === 'entry' ? entryCalendarKey(directory, file.target.kind, file.target.key, file.lang, now) : scopeCalendarKey(directory, file.target.scope, file.lang, now),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CalendarFile }> = async ({ props }) => {
  const directory = await getDirectory();
  const { now } = getClock(directory.site.timezone);
  return new Response(calendarFileStream(directory, now, props.file), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
