/** Reading .ics files back with an independent parser (ical.js) in tests. */
import ICAL from 'ical.js';

export interface ReadOccurrence {
  uid: string;
  /** Wall-clock start in the event's own zone, as the parser sees it. */
  local: string;
  startUtc: string;
  endUtc: string;
  status: string;
  summary: string;
}

/**
 * Reads an .ics file back with ical.js, using only the VTIMEZONE in the file, and expands every
 * event's occurrences that start before `until` (UTC ISO).
 */
export function readBack(text: string, until: string): ReadOccurrence[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  // Times written in UTC are shown in the calendar's zone, as a calendar program would.
  const zone = ICAL.TimezoneService.get(String(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')));
  const limit = Date.parse(until);
  const found: ReadOccurrence[] = [];
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.toJSDate().getTime() < limit; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      found.push({
        uid: event.uid,
        local: (details.startDate.zone === ICAL.Timezone.utcTimezone && zone ? details.startDate.convertToZone(zone) : details.startDate).toString().slice(0, 16),
        startUtc: details.startDate.toJSDate().toISOString().replace('.000', ''),
        endUtc: details.endDate.toJSDate().toISOString().replace('.000', ''),
        status: String(component.getFirstPropertyValue('status')),
        summary: event.summary,
      });
    }
  }
  return found.sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.uid.localeCompare(b.uid));
}
