/**
 * A small iCalendar (RFC 5545) writer for "add to calendar" files and subscribable calendars.
 *
 * Times are written as local wall-clock times with a TZID, and each calendar carries a
 * VTIMEZONE for that zone generated from the IANA rules, so calendar programs keep a weekly
 * 18:00 at 18:00 across daylight-saving changes. Lines are folded at 75 octets, end in CRLF, and
 * text values are escaped.
 */
import { IANAZone } from 'luxon';
import type { ScheduleRule } from '../schemas/schedule.ts';
import { WEEKDAYS } from '../schemas/schedule.ts';
import { addDays, dayNumber, expandRule, isAmbiguousLocalTime, resolveLocalTime, ruleDates, zoneYear, type Occurrence, type ZoneTransition } from './schedule.ts';

export interface RecurrenceRule {
  freq: 'WEEKLY' | 'MONTHLY';
  /** Every n-th week or month (1 is left out of the rule). */
  interval: number;
  /** `TU`, `TH` for weekly rules; `1SA`, `-1SA` for monthly rules. */
  byDay: string[];
  /** The last possible start, as an instant (ISO 8601 UTC); RFC 5545 requires UTC with a TZID start. */
  until?: string;
}

/** One VEVENT. Local times are `YYYY-MM-DDTHH:MM` in the calendar's time zone. */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  start: string;
  end: string;
  /** When set, DTSTART and DTEND are written as these instants in UTC (ambiguous local times). */
  startUtc?: string;
  endUtc?: string;
  rrule?: RecurrenceRule;
  /** Local start times left out of the recurrence. */
  exdates?: string[];
  /** The date the information was last checked, `YYYY-MM-DD`. */
  lastModified?: string;
  categories?: string[];
}

export interface Calendar {
  /** `-//Tukiverkko//tukiverkko.example.org//FI`. */
  prodId: string;
  name: string;
  description?: string;
  /** Language of the texts (BCP 47), written as LANGUAGE on SUMMARY and DESCRIPTION. */
  lang: string;
  timezone: string;
  /** When the file was made: an instant, ISO 8601 (written as DTSTAMP on every event). */
  generated: string;
  /**
   * The events; any iterable, so that a large calendar can make them one entry at a time while
   * it is written (calendarPieces), with `years` given up front.
   */
  events: Iterable<CalendarEvent>;
  /** The first and last year the events touch (`eventYears`), when `events` is not an array. */
  years?: [number, number];
  /** The calendar's own address, for subscriptions (RFC 7986 SOURCE). */
  source?: string;
}

// ---- Value formatting ----

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // Control characters other than newline and tab are not allowed in a TEXT value.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per line without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most 3 octets (a surrogate pair, 2 units, is 4), so 25 units always fit.
  if (line.length <= 25) return line;
  let total = 0;
  for (const character of line) total += utf8Length(character.codePointAt(0)!);
  if (total <= 75) return line;
  const pieces: string[] = [];
  let current = '';
  let currentBytes = 0;
  let limit = 75;
  for (const character of line) {
    const bytes = utf8Length(character.codePointAt(0)!);
    if (currentBytes + bytes > limit) {
      pieces.push(current);
      current = '';
      currentBytes = 0;
      // Continuation lines start with a space, which counts towards their 75 octets.
      limit = 74;
    }
    current += character;
    currentBytes += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** `2026-12-01T17:30` → `20261201T173000`. */
export function localDateTimeValue(local: string): string {
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** An instant (anything `Date.parse` reads) → `20261201T153000Z`. */
export function utcValue(instant: string | number): string {
  const iso = new Date(typeof instant === 'number' ? instant : Date.parse(instant)).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

function offsetValue(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

function recurrenceValue(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  parts.push(`BYDAY=${rule.byDay.join(',')}`);
  if (rule.freq === 'WEEKLY') parts.push('WKST=MO');
  if (rule.until) parts.push(`UNTIL=${utcValue(rule.until)}`);
  return parts.join(';');
}

// ---- VTIMEZONE ----

function shortZoneName(timezone: string, ms: number): string | undefined {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, timeZoneName: 'short' })
    .formatToParts(new Date(ms))
    .find((part) => part.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{2,6}$/.test(name) ? name : undefined;
}

/** The yearly RRULE that describes a transition's date: `BYMONTH=3;BYDAY=-1SU`. */
function yearlyRuleOf(local: string): { month: number; last: string; nth: string } {
  const month = Number(local.slice(5, 7));
  const day = Number(local.slice(8, 10));
  const weekday = WEEKDAYS[(((dayNumber(local.slice(0, 10)) + 3) % 7) + 7) % 7]!.slice(0, 2).toUpperCase();
  const daysInMonth = new Date(Date.UTC(Number(local.slice(0, 4)), month, 0)).getUTCDate();
  return { month, last: day + 7 > daysInMonth ? `-1${weekday}` : '', nth: `${Math.ceil(day / 7)}${weekday}` };
}

/**
 * The VTIMEZONE component of `timezone`, valid from the start of `fromYear` through `toYear`.
 * Yearly changes that follow one rule (as in the EU: last Sunday of March and of October) become
 * a STANDARD and a DAYLIGHT observance with a yearly RRULE; anything irregular is written
 * observance by observance; a zone without changes gets one STANDARD observance.
 */
export function vtimezoneLines(timezone: string, fromYear: number, toYear: number): string[] {
  // Every calendar file of a build asks for the same component; Intl is slow to build it.
  const key = `${timezone}|${fromYear}|${toYear}`;
  let lines = vtimezoneCache.get(key);
  if (!lines) {
    lines = buildVtimezoneLines(timezone, fromYear, toYear);
    vtimezoneCache.set(key, lines);
  }
  return [...lines];
}

const vtimezoneCache = new Map<string, string[]>();

function buildVtimezoneLines(timezone: string, fromYear: number, toYear: number): string[] {
  const zone = IANAZone.create(timezone);
  if (!zone.isValid) throw new RangeError(`"${timezone}" is not an IANA time zone`);
  // From the year before, so that the first dates of fromYear are covered by an observance.
  const start = Date.UTC(fromYear - 1, 0, 1);
  const changes: ZoneTransition[] = [];
  for (let year = fromYear - 1; year <= toYear; year += 1) changes.push(...zoneYear(timezone, year).changes);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timezone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', dtstart: string, from: number, to: number, ms: number, extra: string[]) => {
    const name = shortZoneName(timezone, ms);
    lines.push(`BEGIN:${kind}`, `DTSTART:${dtstart}`, ...extra, `TZOFFSETFROM:${offsetValue(from)}`, `TZOFFSETTO:${offsetValue(to)}`);
    if (name) lines.push(`TZNAME:${name}`);
    lines.push(`END:${kind}`);
  };
  if (changes.length === 0) {
    const offset = zoneYear(timezone, fromYear - 1).start;
    observance('STANDARD', '19700101T000000', offset, offset, start, []);
    lines.push('END:VTIMEZONE');
    return lines;
  }
  // Each change as the local wall-clock time at which it happens (in the offset before it).
  const described = changes.map((change) => {
    const local = new Date(change.ms + change.from * 60_000).toISOString().slice(0, 16);
    const yearly = yearlyRuleOf(local);
    return { ...change, local, ...yearly, kind: change.to > change.from ? ('DAYLIGHT' as const) : ('STANDARD' as const) };
  });
  const groups = new Map<string, typeof described>();
  for (const change of described) {
    const key = `${change.kind}|${change.from}|${change.to}|${change.month}|${change.local.slice(11)}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  const years = toYear + 1 - (fromYear - 1);
  const regular = [...groups.values()].every(
    (group) =>
      group.length === years &&
      (group.every((change) => change.last && change.last === group[0]!.last) || group.every((change) => change.nth === group[0]!.nth)),
  );
  if (regular) {
    for (const group of groups.values()) {
      const first = group[0]!;
      const byDay = group.every((change) => change.last && change.last === first.last) ? first.last : first.nth;
      observance(first.kind, localDateTimeValue(first.local), first.from, first.to, first.ms, [`RRULE:FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${byDay}`]);
    }
  } else {
    // Observances before the first change in range, then one per change.
    const before = described[0]!;
    observance(before.from > before.to ? 'DAYLIGHT' : 'STANDARD', '19700101T000000', before.from, before.from, start, []);
    for (const change of described) observance(change.kind, localDateTimeValue(change.local), change.from, change.to, change.ms, []);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

// ---- Schedule rules as recurrences ----

const BYDAY: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

/** A VEVENT's times for one schedule rule (see `ruleToEvents`). */
export interface RuleEvent {
  /** '' for the recurring event of the rule; the date `YYYYMMDD` for a single-date event. */
  key: string;
  start: string;
  end: string;
  /** Set when the start or end falls in the repeated autumn hour: DTSTART/DTEND are written in UTC. */
  startUtc?: string;
  endUtc?: string;
  rrule?: RecurrenceRule;
  exdates?: string[];
}

/** The local time, or the UTC instant when the local time is ambiguous. */
function singleEvent(occurrence: Occurrence, timezone: string): RuleEvent {
  const ambiguous = isAmbiguousLocalTime(occurrence.start, timezone) || isAmbiguousLocalTime(occurrence.end, timezone);
  return {
    key: occurrence.start.slice(0, 10).replaceAll('-', ''),
    start: occurrence.start,
    end: occurrence.end,
    ...(ambiguous ? { startUtc: occurrence.startUtc, endUtc: occurrence.endUtc } : {}),
  };
}

/**
 * One schedule rule as VEVENT times, from `from` on (earlier dates are left out).
 *
 * - Weekly and monthly rules become one recurring event: the first occurrence as DTSTART/DTEND
 *   and the rule as RRULE, with EXDATE for `except` dates and for dates whose start time falls
 *   into a spring-forward gap (RFC 5545 drops those itself, but not every program does).
 * - Explicit dates become one event per date. RDATE would say the same in one event, but Outlook
 *   ignores RDATE and ical.js drops DTSTART when an event has RDATE and no RRULE
 *   (https://github.com/kewisch/ical.js/pull/534).
 * - An occurrence starting or ending in the repeated autumn hour is taken out of the RRULE with
 *   an EXDATE and written as its own event in UTC, since programs resolve such local times
 *   differently (RFC 5545 says the first; ical.js takes the second).
 *
 * `horizonDays` (default two years) bounds how far ahead an open-ended rule is searched for such
 * dates; calendars are rebuilt with the site, so the bound moves on.
 */
export function ruleToEvents(rule: ScheduleRule, options: { from: string; timezone: string; horizonDays?: number }): RuleEvent[] {
  // The same rule goes into many calendars (its entry's, its organisation's, its counties' …)
  // in every language: work it out once per build.
  const key = `${options.from}|${options.timezone}|${options.horizonDays ?? ''}`;
  const cached = ruleEventCache.get(rule)?.get(key);
  if (cached) return cached;
  const events = computeRuleEvents(rule, options);
  ruleEventCache.set(rule, (ruleEventCache.get(rule) ?? new Map()).set(key, events));
  return events;
}

const ruleEventCache = new WeakMap<ScheduleRule, Map<string, RuleEvent[]>>();

function computeRuleEvents(rule: ScheduleRule, options: { from: string; timezone: string; horizonDays?: number }): RuleEvent[] {
  const horizon = addDays(options.from, options.horizonDays ?? 2 * 366);
  const last = 'dates' in rule ? horizon : rule.until && rule.until < horizon ? rule.until : horizon;
  const { occurrences, skipped } = expandRule(rule, { from: options.from, to: last, timezone: options.timezone });
  if ('dates' in rule) return occurrences.map((occurrence) => singleEvent(occurrence, options.timezone));
  const isAmbiguous = (occurrence: Occurrence) =>
    isAmbiguousLocalTime(occurrence.start, options.timezone) || isAmbiguousLocalTime(occurrence.end, options.timezone);
  const first = occurrences.find((occurrence) => !isAmbiguous(occurrence));
  const ambiguous = occurrences.filter(isAmbiguous);
  if (!first) return ambiguous.map((occurrence) => singleEvent(occurrence, options.timezone));
  const firstDate = first.start.slice(0, 10);
  const startTime = `T${rule.start}`;
  const exceptions = (rule.except ?? [])
    .filter((date) => date > firstDate && (!rule.until || date <= rule.until))
    // Only dates the rule would otherwise meet on: an EXDATE elsewhere is noise.
    .filter((date) => ruleDates({ ...rule, except: [] }, date, date).length > 0)
    .map((date) => `${date}${startTime}`);
  const gaps = skipped.filter((gap) => gap.date > firstDate).map((gap) => `${gap.date}T${gap.time}`);
  const moved = ambiguous.filter((occurrence) => occurrence.start > first.start).map((occurrence) => occurrence.start);
  const exdates = [...new Set([...exceptions, ...gaps, ...moved])].sort();
  const rrule: RecurrenceRule =
    'weekly' in rule
      ? { freq: 'WEEKLY', interval: rule.every ?? 1, byDay: WEEKDAYS.filter((day) => rule.weekly.includes(day)).map((day) => BYDAY[day]!) }
      : {
          freq: 'MONTHLY',
          interval: rule.every ?? 1,
          byDay: [...rule.monthly.nth].sort((a, b) => (a > 0 && b > 0 ? a - b : a > 0 ? -1 : b > 0 ? 1 : a - b)).map((nth) => `${nth}${BYDAY[rule.monthly.weekday]}`),
        };
  if (rule.until) {
    // The last moment of the until day, so that a session starting that day is included.
    rrule.until = new Date(resolveLocalTime(`${rule.until}T23:59`, options.timezone).ms + 59_000).toISOString();
  }
  const recurring: RuleEvent = { key: '', start: first.start, end: first.end, rrule, ...(exdates.length ? { exdates } : {}) };
  return [recurring, ...ambiguous.map((occurrence) => singleEvent(occurrence, options.timezone))];
}

// ---- The calendar ----

/** The lines of one VEVENT. */
function eventLines(event: CalendarEvent, calendar: Calendar): string[] {
  const tz = `TZID=${calendar.timezone}`;
  const lang = `LANGUAGE=${calendar.lang}`;
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcValue(calendar.generated)}`];
  if (event.startUtc && event.endUtc) lines.push(`DTSTART:${utcValue(event.startUtc)}`, `DTEND:${utcValue(event.endUtc)}`);
  else lines.push(`DTSTART;${tz}:${localDateTimeValue(event.start)}`, `DTEND;${tz}:${localDateTimeValue(event.end)}`);
  if (event.rrule) lines.push(`RRULE:${recurrenceValue(event.rrule)}`);
  if (event.exdates?.length) lines.push(`EXDATE;${tz}:${event.exdates.map(localDateTimeValue).join(',')}`);
  lines.push(`SUMMARY;${lang}:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION;${lang}:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION;${lang}:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL;VALUE=URI:${event.url}`);
  if (event.categories?.length) lines.push(`CATEGORIES;${lang}:${event.categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${event.status}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcValue(`${event.lastModified}T00:00:00Z`)}`);
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** The times of an event that decide which years its calendar's VTIMEZONE must cover. */
export type EventTimes = Pick<CalendarEvent, 'start' | 'end' | 'rrule'>;

/**
 * The first and last year that any of `events` touches, for the VTIMEZONE (`fallback`, the
 * calendar's own year, when there are none).
 */
export function eventYears(events: Iterable<EventTimes>, fallback: number): [number, number] {
  // A loop, not Math.min(...years): the whole-site calendar of a national directory has hundreds
  // of thousands of events, more arguments than a call can take.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    const start = Number(event.start.slice(0, 4));
    const end = Number(event.end.slice(0, 4));
    // A recurring event needs the zone's rules as far as it runs (five years when open-ended).
    const until = event.rrule ? (event.rrule.until ? Number(event.rrule.until.slice(0, 4)) : start + 5) : end;
    first = Math.min(first, start, end, until);
    last = Math.max(last, start, end, until);
  }
  return first === Number.POSITIVE_INFINITY ? [fallback, fallback] : [first, last];
}

/** The years any event of the calendar touches. */
function yearsOf(calendar: Calendar): [number, number] {
  return calendar.years ?? eventYears(calendar.events, new Date(calendar.generated).getUTCFullYear());
}

/** The whole iCalendar file: CRLF line ends, lines folded at 75 octets. */
export function writeCalendar(calendar: Calendar): string {
  let text = '';
  for (const piece of calendarPieces(calendar)) text += piece;
  return text;
}

/**
 * The same file in pieces (the head, each event, the end), for writing a large calendar a
 * batch of events at a time (textStream in json-stream.ts): the whole-site calendar of a
 * national directory is some 44 MB per language.
 */
export function* calendarPieces(calendar: Calendar): Generator<string> {
  const lines = (items: readonly string[]) => `${items.map(foldLine).join('\r\n')}\r\n`;
  const [fromYear, toYear] = yearsOf(calendar);
  yield lines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME;LANGUAGE=${calendar.lang}:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`DESCRIPTION;LANGUAGE=${calendar.lang}:${escapeText(calendar.description)}`, `X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    `X-WR-TIMEZONE:${calendar.timezone}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...(calendar.source ? [`SOURCE;VALUE=URI:${calendar.source}`] : []),
    ...vtimezoneLines(calendar.timezone, fromYear, toYear),
  ]);
  for (const event of calendar.events) yield lines(eventLines(event, calendar));
  yield lines(['END:VCALENDAR']);
}

/** `tukiverkko.example.org` from the site URL, for UIDs and PRODID. */
export function siteHost(siteUrl: string): string {
  return new URL(siteUrl).host;
}

