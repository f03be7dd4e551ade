/**
 * Recurring schedules and event times as dated occurrences in the site's time zone.
 *
 * Rules are wall-clock times: a group that meets "Tuesdays 18:00" meets at 18:00 local time on
 * both sides of a daylight-saving change. Each occurrence is therefore built from its local date
 * and time first and only then converted to an instant, never by adding days to an instant.
 *
 * Decisions (also in README, "Content guide → Schedules"):
 * - A start time that does not exist that day (the spring-forward gap, in Finland 03:00–03:59 on
 *   the last Sunday of March) skips the occurrence and reports it, as RFC 5545 does for
 *   recurrence instances. An end time in the gap is read with the offset before the gap
 *   (RFC 5545 §3.3.5), so the session keeps its length and ends at the real clock time after it.
 * - A time that occurs twice (the autumn fall-back hour) means the first of the two (RFC 5545).
 * - An `end` earlier than `start` means the session runs past midnight and ends the next day.
 * - `every` on a weekly rule counts weeks (Monday to Sunday) from the week of `from`; without
 *   `from`, from the week that starts on Monday 1969-12-29 (the week of the Unix epoch), so the
 *   weeks never depend on which dates a page happens to ask for. On a monthly rule it counts
 *   months from the month of `from`, or from January 1970.
 * - Monthly `nth` 5 in a month with only four such weekdays gives no occurrence that month.
 * - `expandSchedule` returns the occurrences that START within `from`..`to` (inclusive dates).
 */
import { IANAZone } from 'luxon';
import type { TukiverkkoEvent } from '../schemas/event.ts';
import type { DatesRule, MonthlyRule, Schedule, ScheduleRule, Weekday, WeeklyRule } from '../schemas/schedule.ts';
import { ScheduleRuleSchema, WEEKDAYS } from '../schemas/schedule.ts';

export { describeRule, describeSchedule, formatDateRange, formatOccurrence } from './schedule-text.ts';

/** One dated session. */
export interface Occurrence {
  /** Local wall-clock start `YYYY-MM-DDTHH:MM` in the site time zone. */
  start: string;
  /** Local wall-clock end `YYYY-MM-DDTHH:MM` in the site time zone. */
  end: string;
  /** The start as an instant, ISO 8601 in UTC: `2026-12-01T15:30:00Z`. */
  startUtc: string;
  /** The end as an instant, ISO 8601 in UTC. */
  endUtc: string;
}

/** A rule occurrence left out because its start time does not exist that day. */
export interface SkippedOccurrence {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** The rule's start time, `HH:MM`. */
  time: string;
}

export interface ExpandOptions {
  /** First date, `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last date, `YYYY-MM-DD`, inclusive. */
  to: string;
  /** IANA time zone of the rules' wall-clock times. */
  timezone: string;
}

export interface Expansion {
  occurrences: Occurrence[];
  skipped: SkippedOccurrence[];
}

const DAY_MS = 86_400_000;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

// ---- Civil dates as day numbers (days since 1970-01-01); no time zone involved. ----

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  if (!DATE_SHAPE.test(date)) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
  const { year, month, dayOfMonth } = civilFromDays(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

/**
 * Year, month (1–12) and day of a day number, without a Date object: a long calendar formats
 * millions of times (H. Hinnant's days-from-civil inverse, exact for the proleptic Gregorian
 * calendar).
 */
function civilFromDays(days: number): { year: number; month: number; dayOfMonth: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DDTHH:MM` of an instant read as UTC (what toISOString().slice(0, 16) gives). */
function minuteStamp(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const minutes = Math.floor((ms - day * DAY_MS) / 60_000);
  return `${dateOfDay(day)}T${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** The weekday code (`mon` … `sun`) of a date. */
export function weekdayOf(date: string): Weekday {
  // 1970-01-01 was a Thursday (index 3 in WEEKDAYS, which starts on Monday).
  const index = (((dayNumber(date) + 3) % 7) + 7) % 7;
  return WEEKDAYS[index]!;
}

/** Weeks (Monday to Sunday) since the week that began on Monday 1969-12-29. */
function weekIndex(day: number): number {
  return Math.floor((day + 3) / 7);
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

const mod = (value: number, divisor: number) => ((value % divisor) + divisor) % divisor;

// ---- Wall-clock time ↔ instant ----

const zones = new Map<string, IANAZone>();

function zoneOf(timezone: string): IANAZone {
  let zone = zones.get(timezone);
  if (!zone) {
    zone = IANAZone.create(timezone);
    if (!zone.isValid) throw new RangeError(`"${timezone}" is not an IANA time zone`);
    zones.set(timezone, zone);
  }
  return zone;
}

/** A change of UTC offset: at `ms` the offset goes from `from` to `to` minutes. */
export interface ZoneTransition {
  ms: number;
  from: number;
  to: number;
}

/**
 * Every UTC-offset change of `timezone` between two instants, to the minute. (Six-hour steps:
 * no zone changes its offset twice within six hours.)
 */
export function zoneTransitions(timezone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const zone = zoneOf(timezone);
  const found: ZoneTransition[] = [];
  const step = 6 * 3_600_000;
  for (let t = fromMs; t < toMs; t += step) {
    const before = zone.offset(t);
    const after = zone.offset(Math.min(t + step, toMs));
    if (before === after) continue;
    let low = t;
    let high = Math.min(t + step, toMs);
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (zone.offset(middle) === before) low = middle;
      else high = middle;
    }
    found.push({ ms: high, from: before, to: after });
  }
  return found;
}

// The offsets of a zone for a whole year, worked out once: asking Intl for every occurrence of
// every rule is what would make long calendars slow.
const yearTables = new Map<string, { start: number; changes: ZoneTransition[] }>();

/** The offset of `timezone` at the start of a (UTC) year and its changes during the year. */
export function zoneYear(timezone: string, year: number): { start: number; changes: ZoneTransition[] } {
  const key = `${timezone}|${year}`;
  let table = yearTables.get(key);
  if (!table) {
    const start = Date.UTC(year, 0, 1);
    table = { start: zoneOf(timezone).offset(start), changes: zoneTransitions(timezone, start, Date.UTC(year + 1, 0, 1)) };
    yearTables.set(key, table);
  }
  return table;
}

// The year table last asked for: a calendar or a schedule asks about the same zone and year
// millions of times in a large build, so this skips the look-up by key.
let lastYear: { timezone: string; from: number; to: number; table: { start: number; changes: ZoneTransition[] } } | undefined;

/** The UTC offset of `timezone` at an instant, in minutes. */
export function zoneOffset(timezone: string, ms: number): number {
  let table: { start: number; changes: ZoneTransition[] };
  if (lastYear && lastYear.timezone === timezone && ms >= lastYear.from && ms < lastYear.to) table = lastYear.table;
  else {
    const year = new Date(ms).getUTCFullYear();
    table = zoneYear(timezone, year);
    lastYear = { timezone, from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), table };
  }
  let offset = table.start;
  for (const change of table.changes) if (ms >= change.ms) offset = change.to;
  return offset;
}

function wallClockMs(local: string): number {
  if (!LOCAL_SHAPE.test(local)) throw new RangeError(`"${local}" is not a YYYY-MM-DDTHH:MM local time`);
  // The shape is checked, so the fields are at fixed places.
  return Date.UTC(digits(local, 0, 4), digits(local, 5, 7) - 1, digits(local, 8, 10), digits(local, 11, 13), digits(local, 14, 16));
}

/** The number written in `text` from `start` to `end` (ASCII digits only, already checked). */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

export interface ResolvedTime {
  /** Milliseconds since the epoch. */
  ms: number;
  /** False when the wall-clock time does not exist (it fell into a spring-forward gap). */
  exists: boolean;
}

/**
 * The instant of a local wall-clock time in `timezone`. A time that occurs twice is the first
 * of the two; a time that does not exist is read with the UTC offset in force before the gap
 * (RFC 5545 §3.3.5) and flagged with `exists: false`.
 */
export function resolveLocalTime(local: string, timezone: string): ResolvedTime {
  zoneOf(timezone);
  const wall = wallClockMs(local);
  // Offsets in force a day either side bracket any single transition near this time.
  const offsetBefore = zoneOffset(timezone, wall - DAY_MS);
  const offsetAfter = zoneOffset(timezone, wall + DAY_MS);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wall - offset * 60_000)
    .filter((ms) => wall - zoneOffset(timezone, ms) * 60_000 === ms)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return { ms: candidates[0]!, exists: true };
  return { ms: wall - offsetBefore * 60_000, exists: false };
}

/**
 * True when the wall-clock time occurs twice in `timezone` (the hour the clocks go back). Such
 * times mean the first of the two here; calendar programs do not all agree, so calendar files
 * write them as UTC.
 */
export function isAmbiguousLocalTime(local: string, timezone: string): boolean {
  zoneOf(timezone);
  const wall = wallClockMs(local);
  const offsets = new Set([zoneOffset(timezone, wall - DAY_MS), zoneOffset(timezone, wall + DAY_MS)]);
  return [...offsets].filter((offset) => wall - zoneOffset(timezone, wall - offset * 60_000) * 60_000 === wall - offset * 60_000).length > 1;
}

/** The local wall-clock time `YYYY-MM-DDTHH:MM` of an instant in `timezone`. */
export function toLocalTime(ms: number, timezone: string): string {
  return minuteStamp(ms + zoneOffset(timezone, ms) * 60_000);
}

function isoUtc(ms: number): string {
  return `${minuteStamp(ms)}:00Z`;
}

/** True when `local` is a wall-clock time that exists in `timezone`. */
export function localTimeExists(local: string, timezone: string): boolean {
  return resolveLocalTime(local, timezone).exists;
}

/**
 * The occurrence of a session given as local start and end. `end` may be given as a time only
 * when the session is built from a rule; an end before the start then means the next day.
 */
function buildOccurrence(start: string, end: string, timezone: string): Occurrence {
  const startTime = resolveLocalTime(start, timezone);
  const endTime = resolveLocalTime(end, timezone);
  return {
    start: toLocalTime(startTime.ms, timezone),
    end: toLocalTime(endTime.ms, timezone),
    startUtc: isoUtc(startTime.ms),
    endUtc: isoUtc(endTime.ms),
  };
}

// ---- Rules ----

function isWeekly(rule: ScheduleRule): rule is WeeklyRule {
  return 'weekly' in rule;
}

/** The civil date of a day number as year, month (1–12), day and weekday index (0 = Monday). */
function civil(day: number): { year: number; month: number; dayOfMonth: number; weekday: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate(), weekday: mod(day + 3, 7) };
}

/** True when the rule applies on day `day` (ignoring from/until/except, which the caller checks). */
function ruleMatches(rule: WeeklyRule | MonthlyRule, day: number): boolean {
  const { year, month, dayOfMonth, weekday } = civil(day);
  const every = rule.every ?? 1;
  if (isWeekly(rule)) {
    if (!rule.weekly.includes(WEEKDAYS[weekday]!)) return false;
    const anchor = rule.from ? weekIndex(dayNumber(rule.from)) : 0;
    return mod(weekIndex(day) - anchor, every) === 0;
  }
  if (rule.monthly.weekday !== WEEKDAYS[weekday]) return false;
  const anchor = rule.from ? monthIndex(rule.from) : 0;
  if (mod(year * 12 + month - 1 - anchor, every) !== 0) return false;
  const monthLength = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const fromStart = Math.floor((dayOfMonth - 1) / 7) + 1;
  const fromEnd = -(Math.floor((monthLength - dayOfMonth) / 7) + 1);
  return rule.monthly.nth.includes(fromStart) || rule.monthly.nth.includes(fromEnd);
}

/** The dates within `from`..`to` on which `rule` has a session, in order. */
export function ruleDates(rule: ScheduleRule, from: string, to: string): string[] {
  if ('dates' in rule) {
    return [...new Set((rule as DatesRule).dates)].filter((date) => date >= from && date <= to).sort();
  }
  const first = rule.from && rule.from > from ? rule.from : from;
  const last = rule.until && rule.until < to ? rule.until : to;
  const except = new Set(rule.except ?? []);
  const dates: string[] = [];
  for (let day = dayNumber(first), end = dayNumber(last); day <= end; day += 1) {
    if (!ruleMatches(rule, day)) continue;
    const date = dateOfDay(day);
    if (!except.has(date)) dates.push(date);
  }
  return dates;
}

/** The occurrences of one rule starting within the window, and those skipped for a DST gap. */
export function expandRule(rule: ScheduleRule, options: ExpandOptions): Expansion {
  const occurrences: Occurrence[] = [];
  const skipped: SkippedOccurrence[] = [];
  for (const date of ruleDates(rule, options.from, options.to)) {
    const start = `${date}T${rule.start}`;
    if (!localTimeExists(start, options.timezone)) {
      skipped.push({ date, time: rule.start });
      continue;
    }
    const endDate = rule.end < rule.start ? addDays(date, 1) : date;
    occurrences.push(buildOccurrence(start, `${endDate}T${rule.end}`, options.timezone));
  }
  return { occurrences, skipped };
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.startUtc < b.startUtc ? -1 : a.startUtc > b.startUtc ? 1 : a.endUtc < b.endUtc ? -1 : a.endUtc > b.endUtc ? 1 : 0;
}

function checkWindow(options: { from: string; to: string }): void {
  dayNumber(options.from);
  dayNumber(options.to);
}

/**
 * Every occurrence of `schedule` that starts on a date within `from`..`to` (inclusive), in time
 * order, and the dates skipped because the start time does not exist that day. Schedules given
 * as `{ byAppointment }` or `{ alwaysOpen }` have no occurrences.
 */
export function expandSchedule(schedule: Schedule | undefined, options: ExpandOptions): Expansion {
  checkWindow(options);
  zoneOf(options.timezone);
  if (!Array.isArray(schedule)) return { occurrences: [], skipped: [] };
  const seen = new Set<string>();
  const occurrences: Occurrence[] = [];
  const skipped: SkippedOccurrence[] = [];
  for (const rule of schedule) {
    const expansion = expandRule(rule, options);
    for (const occurrence of expansion.occurrences) {
      const key = `${occurrence.startUtc}/${occurrence.endUtc}`;
      if (seen.has(key)) continue;
      seen.add(key);
      occurrences.push(occurrence);
    }
    skipped.push(...expansion.skipped);
  }
  skipped.sort((a, b) => (a.date + a.time < b.date + b.time ? -1 : 1));
  return { occurrences: occurrences.sort(byStart), skipped };
}

export interface NextOptions {
  /** The current local wall-clock time `YYYY-MM-DDTHH:MM` (from `getClock`). */
  now: string;
  timezone: string;
  /** At most this many occurrences. */
  count: number;
  /** How far ahead to look, in days (default 366). */
  horizonDays?: number;
}

/**
 * The next `count` occurrences that have not ended by `now`: a session under way is included,
 * so "Tuesdays 17:30–19:00" at 18:00 on a Tuesday lists today's session first.
 */
export function nextOccurrences(schedule: Schedule | undefined, options: NextOptions): Occurrence[] {
  const today = options.now.slice(0, 10);
  const nowMs = resolveLocalTime(options.now, options.timezone).ms;
  const horizon = options.horizonDays ?? 366;
  // A short window first: most schedules meet within weeks, and the full year costs more.
  for (const days of [Math.min(42, horizon), horizon]) {
    const { occurrences } = expandSchedule(schedule, {
      // From yesterday, for a session that started last night and runs past midnight.
      from: addDays(today, -1),
      to: addDays(today, days),
      timezone: options.timezone,
    });
    const next = occurrences.filter((occurrence) => Date.parse(occurrence.endUtc) > nowMs).slice(0, Math.max(0, options.count));
    if (next.length >= options.count || days === horizon) return next;
  }
  return [];
}

/** The sessions of an event (`start`/`end` and any further `sessions`), in time order. */
export function eventOccurrences(event: Pick<TukiverkkoEvent, 'start' | 'end' | 'sessions'>, timezone: string): Occurrence[] {
  const sessions = [{ start: event.start, end: event.end }, ...(event.sessions ?? [])];
  return sessions.map((session) => buildOccurrence(session.start, session.end, timezone)).sort(byStart);
}

/** The local end of the event's last session, `YYYY-MM-DDTHH:MM`. */
export function eventLastEnd(event: Pick<TukiverkkoEvent, 'end' | 'sessions'>): string {
  return [event.end, ...(event.sessions ?? []).map((session) => session.end)].sort().at(-1)!;
}

/**
 * True when every session of the event has ended by `now` (local wall-clock time in the site's
 * time zone, as `getClock` gives it). An event ending exactly now is past.
 */
export function isEventPast(event: Pick<TukiverkkoEvent, 'end' | 'sessions'>, now: string): boolean {
  return eventLastEnd(event) <= now;
}

/** Local dates from `from` to `to` on which a spring-forward gap begins or ends, in order. */
function gapDays(timezone: string, from: string, to: string): string[] {
  const days = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const change of zoneYear(timezone, year).changes) {
      if (change.to <= change.from) continue;
      for (const local of [change.ms + change.from * 60_000, change.ms + change.to * 60_000 - 60_000]) {
        const date = new Date(local).toISOString().slice(0, 10);
        if (date >= from && date <= to) days.add(date);
      }
    }
  }
  return [...days].sort();
}

/** A warning about one schedule rule, for the validator to place and word. */
export interface ScheduleWarning {
  /** Path inside the schedule list: `[1, 'start']`. */
  path: (string | number)[];
  code: 'schedule.gap' | 'schedule.everyWithoutFrom';
  params: Record<string, string>;
}

/**
 * Warnings about the well-formed rules of a schedule as written (rules that fail their schema
 * are left to the schema's errors): occurrences skipped in the coming year because the start
 * time falls into the spring-forward gap, and `every` above 1 without a `from` date (the weeks
 * or months then count from a fixed epoch, which the writer probably did not mean).
 */
export function scheduleWarnings(schedule: unknown, options: { today: string; timezone: string }): ScheduleWarning[] {
  if (!Array.isArray(schedule)) return [];
  const warnings: ScheduleWarning[] = [];
  schedule.forEach((written: unknown, index) => {
    const parsed = ScheduleRuleSchema.safeParse(written);
    if (!parsed.success) return;
    const rule = parsed.data;
    if (!('dates' in rule) && (rule.every ?? 1) > 1 && !rule.from) {
      warnings.push({ path: [index, 'every'], code: 'schedule.everyWithoutFrom', params: { value: String(rule.every) } });
    }
    const to = addDays(options.today, 365);
    // Only the days of a spring-forward gap can skip an occurrence: check those, not every date.
    const skipped = gapDays(options.timezone, options.today, to).flatMap((date) =>
      ruleDates(rule, date, date).length > 0 && !localTimeExists(`${date}T${rule.start}`, options.timezone) ? [{ date, time: rule.start }] : [],
    );
    for (const gap of skipped) {
      warnings.push({ path: [index, 'start'], code: 'schedule.gap', params: { date: gap.date, time: gap.time, timezone: options.timezone } });
    }
  });
  return warnings;
}
