/**
 * The one place the build learns what day it is. Set TUKIVERKKO_TODAY=YYYY-MM-DD (and optionally
 * TUKIVERKKO_NOW=YYYY-MM-DDTHH:MM) to fix it, as the tests do; otherwise it is the current date in
 * the site's time zone.
 */
import { DateTime } from 'luxon';

export interface Clock {
  /** Today's date, YYYY-MM-DD, in the site time zone. */
  today: string;
  /** The current local wall-clock time, YYYY-MM-DDTHH:MM, in the site time zone. */
  now: string;
}

export function getClock(timezone = 'Europe/Helsinki', env: Record<string, string | undefined> = process.env): Clock {
  const fixedToday = env.TUKIVERKKO_TODAY;
  const fixedNow = env.TUKIVERKKO_NOW;
  if (fixedNow) return { today: fixedNow.slice(0, 10), now: fixedNow };
  if (fixedToday) return { today: fixedToday, now: `${fixedToday}T00:00` };
  const current = DateTime.now().setZone(timezone);
  return { today: current.toFormat('yyyy-MM-dd'), now: current.toFormat("yyyy-MM-dd'T'HH:mm") };
}
