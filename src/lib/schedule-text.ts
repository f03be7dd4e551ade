/**
 * Schedules and occurrences in words, in Finnish, Swedish and English.
 *
 * The phrases are built by grammar (Finnish adverbial plurals "tiistaisin", genitive ordinals
 * "joka toisen kuukauden", Swedish definite forms "lördagen", English am/pm ranges), which flat
 * UI strings with placeholders cannot express; so the word forms live here, in one table per
 * language, rather than in src/i18n.
 */
import type { Lang } from './routes.ts';
import type { DatesRule, MonthlyRule, Schedule, ScheduleRule, Weekday, WeeklyRule } from '../schemas/schedule.ts';
import { WEEKDAYS } from '../schemas/schedule.ts';

/** Only what formatting needs of an occurrence (see `Occurrence` in schedule.ts). */
interface LocalSpan {
  start: string;
  end: string;
}

interface Grammar {
  /** "tiistaisin" / "tisdagar" / "Tuesdays". */
  weekdayPlural: Record<Weekday, string>;
  /** "tiistai" / "tisdag" / "Tuesday". */
  weekdaySingular: Record<Weekday, string>;
  /** "ti" / "tis" / "Tue". */
  weekdayShort: Record<Weekday, string>;
  and: string;
  everyDay: string;
  weekdays: string;
  /** "joka toinen tiistai". */
  everyNthWeekday: (every: number, weekday: Weekday) => string;
  /** "joka toinen viikko tiistaisin ja torstaisin". */
  everyNthWeek: (every: number, days: string) => string;
  /** "kuukauden ensimmäinen ja viimeinen lauantai". */
  monthly: (positions: string, weekday: Weekday, every: number) => string;
  nth: Record<number, string>;
  time: (start: string, end: string) => string;
  date: (date: string, withYear: boolean) => string;
  period: (from: string | undefined, until: string | undefined) => string;
  except: (dates: string[]) => string;
  byAppointment: string;
  alwaysOpen: string;
  occurrence: (start: string, end: string) => string;
}

const parts = (date: string) => ({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });

function weekdayOf(date: string): Weekday {
  const { year, month, day } = parts(date);
  return WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!;
}

/** "a", "a ja b", "a, b ja c". */
function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** Finnish and Swedish clock time "17.30", "9.00". */
function nordicTime(time: string): string {
  return `${Number(time.slice(0, 2))}.${time.slice(3, 5)}`;
}

/** Finnish and Swedish date "1.12.2026" or "1.12.". */
function nordicDate(date: string, withYear: boolean): string {
  const { year, month, day } = parts(date);
  return withYear ? `${day}.${month}.${year}` : `${day}.${month}.`;
}

/** "1.9.–15.12.2026", or "1.9.2026–15.1.2027" across a year. */
function nordicRange(from: string, until: string): string {
  return from.slice(0, 4) === until.slice(0, 4) ? `${nordicDate(from, false)}–${nordicDate(until, true)}` : `${nordicDate(from, true)}–${nordicDate(until, true)}`;
}

/** English clock time without its am/pm: "5:30", "7"; noon and midnight as words. */
function englishClock(time: string): { text: string; period: 'am' | 'pm' | '' } {
  const hour = Number(time.slice(0, 2));
  const minute = time.slice(3, 5);
  if (minute === '00' && hour === 12) return { text: 'noon', period: '' };
  if (minute === '00' && hour === 0) return { text: 'midnight', period: '' };
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return { text: minute === '00' ? String(hour12) : `${hour12}:${minute}`, period: hour < 12 ? 'am' : 'pm' };
}

const englishFull = (time: string) => {
  const clock = englishClock(time);
  return clock.period ? `${clock.text} ${clock.period}` : clock.text;
};

/** "5:30–7 pm", "10 am–noon", "11 pm–1 am". */
function englishTimeRange(start: string, end: string): string {
  const from = englishClock(start);
  const to = englishClock(end);
  if (from.period && from.period === to.period && end > start) return `${from.text}–${to.text} ${to.period}`;
  return `${englishFull(start)}–${englishFull(end)}`;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_MONTHS_SHORT = ENGLISH_MONTHS.map((month) => month.slice(0, 3));

function englishDate(date: string, withYear: boolean): string {
  const { year, month, day } = parts(date);
  return withYear ? `${day} ${ENGLISH_MONTHS[month - 1]} ${year}` : `${day} ${ENGLISH_MONTHS[month - 1]}`;
}

function englishOrdinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/** A date with the weekday of the occurrence, "ti 1.12.2026" / "Tue 1 Dec 2026". */
function spanText(
  start: string,
  end: string,
  dateText: (date: string) => string,
  time: (start: string, end: string) => string,
  single: (time: string) => string,
  joiner: string,
): string {
  const [startDate, startTime] = start.split('T') as [string, string];
  const [endDate, endTime] = end.split('T') as [string, string];
  const nextDay = (() => {
    const next = new Date(Date.UTC(parts(startDate).year, parts(startDate).month - 1, parts(startDate).day + 1)).toISOString().slice(0, 10);
    return endDate === next && endTime < startTime;
  })();
  if (endDate === startDate || nextDay) return `${dateText(startDate)}${joiner}${time(startTime, endTime)}`;
  return `${dateText(startDate)}${joiner}${single(startTime)} – ${dateText(endDate)}${joiner}${single(endTime)}`;
}

const FI_ORDINAL = ['', 'ensimmäinen', 'toinen', 'kolmas', 'neljäs', 'viides'];
const FI_ORDINAL_GENITIVE = ['', '', 'toisen', 'kolmannen', 'neljännen', 'viidennen'];
const SV_ORDINAL = ['', 'första', 'andra', 'tredje', 'fjärde', 'femte'];
const EN_ORDINAL = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

const fi: Grammar = {
  weekdayPlural: { mon: 'maanantaisin', tue: 'tiistaisin', wed: 'keskiviikkoisin', thu: 'torstaisin', fri: 'perjantaisin', sat: 'lauantaisin', sun: 'sunnuntaisin' },
  weekdaySingular: { mon: 'maanantai', tue: 'tiistai', wed: 'keskiviikko', thu: 'torstai', fri: 'perjantai', sat: 'lauantai', sun: 'sunnuntai' },
  weekdayShort: { mon: 'ma', tue: 'ti', wed: 'ke', thu: 'to', fri: 'pe', sat: 'la', sun: 'su' },
  and: 'ja',
  everyDay: 'joka päivä',
  weekdays: 'arkisin',
  everyNthWeekday: (every, weekday) => `${fiEvery(every)} ${fi.weekdaySingular[weekday]}`,
  everyNthWeek: (every, days) => `${fiEvery(every)} viikko ${days}`,
  monthly: (positions, weekday, every) =>
    `${every === 1 ? 'kuukauden' : `joka ${every <= 5 ? FI_ORDINAL_GENITIVE[every] : `${every}.`} kuukauden`} ${positions} ${fi.weekdaySingular[weekday]}`,
  nth: { 1: FI_ORDINAL[1]!, 2: FI_ORDINAL[2]!, 3: FI_ORDINAL[3]!, 4: FI_ORDINAL[4]!, 5: FI_ORDINAL[5]!, [-1]: 'viimeinen', [-2]: 'toiseksi viimeinen' },
  time: (start, end) => `klo ${nordicTime(start)}–${nordicTime(end)}`,
  date: nordicDate,
  period: (from, until) => (from && until ? nordicRange(from, until) : from ? `${nordicDate(from, true)} alkaen` : until ? `${nordicDate(until, true)} asti` : ''),
  except: (dates) => `ei ${dates.length === 1 ? dates[0] : `${dates.slice(0, -1).join(', ')} eikä ${dates.at(-1)}`}`,
  byAppointment: 'ajanvarauksella',
  alwaysOpen: 'avoinna ympäri vuorokauden',
  occurrence: (start, end) =>
    spanText(start, end, (date) => `${fi.weekdayShort[weekdayOf(date)]} ${nordicDate(date, true)}`, fi.time, (time) => `klo ${nordicTime(time)}`, ' '),
};

const sv: Grammar = {
  weekdayPlural: { mon: 'måndagar', tue: 'tisdagar', wed: 'onsdagar', thu: 'torsdagar', fri: 'fredagar', sat: 'lördagar', sun: 'söndagar' },
  weekdaySingular: { mon: 'måndag', tue: 'tisdag', wed: 'onsdag', thu: 'torsdag', fri: 'fredag', sat: 'lördag', sun: 'söndag' },
  weekdayShort: { mon: 'mån', tue: 'tis', wed: 'ons', thu: 'tors', fri: 'fre', sat: 'lör', sun: 'sön' },
  and: 'och',
  everyDay: 'varje dag',
  weekdays: 'vardagar',
  everyNthWeekday: (every, weekday) => `${svEvery(every)} ${sv.weekdaySingular[weekday]}`,
  everyNthWeek: (every, days) => `${days} ${svEvery(every)} vecka`,
  monthly: (positions, weekday, every) => `${positions} ${sv.weekdaySingular[weekday]}en ${every === 1 ? 'i månaden' : `${svEvery(every)} månad`}`,
  nth: { 1: SV_ORDINAL[1]!, 2: SV_ORDINAL[2]!, 3: SV_ORDINAL[3]!, 4: SV_ORDINAL[4]!, 5: SV_ORDINAL[5]!, [-1]: 'sista', [-2]: 'näst sista' },
  time: (start, end) => `kl. ${nordicTime(start)}–${nordicTime(end)}`,
  date: nordicDate,
  period: (from, until) =>
    from && until ? nordicRange(from, until) : from ? `från ${nordicDate(from, true)}` : until ? `till och med ${nordicDate(until, true)}` : '',
  except: (dates) => `inte ${dates.length === 1 ? dates[0] : `${dates.slice(0, -1).join(', ')} eller ${dates.at(-1)}`}`,
  byAppointment: 'enligt tidsbokning',
  alwaysOpen: 'öppet dygnet runt',
  occurrence: (start, end) =>
    spanText(start, end, (date) => `${sv.weekdayShort[weekdayOf(date)]} ${nordicDate(date, true)}`, sv.time, (time) => `kl. ${nordicTime(time)}`, ' '),
};

/** "joka toinen", "joka viides", "joka 6.". */
function fiEvery(every: number): string {
  return every <= 5 ? `joka ${FI_ORDINAL[every]}` : `joka ${every}.`;
}

/** "varannan", "var tredje", "var 6:e". */
function svEvery(every: number): string {
  if (every === 2) return 'varannan';
  return every <= 5 ? `var ${SV_ORDINAL[every]}` : `var ${every}:e`;
}

/** "every other", "every third", "every 6th". */
function enEvery(every: number): string {
  if (every === 2) return 'every other';
  return every <= 5 ? `every ${EN_ORDINAL[every]}` : `every ${englishOrdinal(every)}`;
}

const en: Grammar = {
  weekdayPlural: { mon: 'Mondays', tue: 'Tuesdays', wed: 'Wednesdays', thu: 'Thursdays', fri: 'Fridays', sat: 'Saturdays', sun: 'Sundays' },
  weekdaySingular: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  weekdayShort: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  and: 'and',
  everyDay: 'every day',
  weekdays: 'weekdays',
  everyNthWeekday: (every, weekday) => `${enEvery(every)} ${en.weekdaySingular[weekday]}`,
  everyNthWeek: (every, days) => `${days} ${enEvery(every)} week`,
  monthly: (positions, weekday, every) => `${positions} ${en.weekdaySingular[weekday]} of ${every === 1 ? 'the month' : `${enEvery(every)} month`}`,
  nth: { 1: EN_ORDINAL[1]!, 2: EN_ORDINAL[2]!, 3: EN_ORDINAL[3]!, 4: EN_ORDINAL[4]!, 5: EN_ORDINAL[5]!, [-1]: 'last', [-2]: 'second to last' },
  time: englishTimeRange,
  date: englishDate,
  period: (from, until) => {
    if (from && until) {
      return from.slice(0, 4) === until.slice(0, 4) ? `${englishDate(from, false)} – ${englishDate(until, true)}` : `${englishDate(from, true)} – ${englishDate(until, true)}`;
    }
    return from ? `from ${englishDate(from, true)}` : until ? `until ${englishDate(until, true)}` : '';
  },
  except: (dates) => `not ${dates.length === 1 ? dates[0] : `${dates.slice(0, -1).join(', ')} or ${dates.at(-1)}`}`,
  byAppointment: 'by appointment',
  alwaysOpen: 'open around the clock',
  occurrence: (start, end) =>
    spanText(
      start,
      end,
      (date) => {
        const { year, month, day } = parts(date);
        return `${en.weekdayShort[weekdayOf(date)]} ${day} ${ENGLISH_MONTHS_SHORT[month - 1]} ${year}`;
      },
      englishTimeRange,
      englishFull,
      ', ',
    ),
};

const GRAMMAR: Record<Lang, Grammar> = { fi, sv, en };

const WORKING_WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function weeklyPattern(rule: WeeklyRule, grammar: Grammar): string {
  const days = WEEKDAYS.filter((day) => rule.weekly.includes(day));
  const every = rule.every ?? 1;
  let dayText: string;
  if (days.length === 7) dayText = grammar.everyDay;
  else if (days.length === 5 && WORKING_WEEK.every((day) => days.includes(day))) dayText = grammar.weekdays;
  else if (days.length === 1 && every > 1) return grammar.everyNthWeekday(every, days[0]!);
  else dayText = joinList(days.map((day) => grammar.weekdayPlural[day]), grammar.and);
  return every > 1 ? grammar.everyNthWeek(every, dayText) : dayText;
}

function monthlyPattern(rule: MonthlyRule, grammar: Grammar): string {
  const positions = [...rule.monthly.nth].sort((a, b) => (a > 0 && b > 0 ? a - b : a > 0 ? -1 : b > 0 ? 1 : a - b));
  return grammar.monthly(joinList(positions.map((nth) => grammar.nth[nth]!), grammar.and), rule.monthly.weekday, rule.every ?? 1);
}

/** Dates with the year written once per run of dates in the same year: "5.12. ja 12.12.2026". */
function datesText(dates: string[], grammar: Grammar, referenceYear?: string): string[] {
  const sorted = [...new Set(dates)].sort();
  return sorted.map((date, index) => {
    const nextYear = sorted[index + 1]?.slice(0, 4);
    const withYear = referenceYear === undefined ? nextYear !== date.slice(0, 4) : date.slice(0, 4) !== referenceYear;
    return grammar.date(date, withYear);
  });
}

/** One rule in words: "joka toinen tiistai klo 17.30–19.00, 1.9.–15.12.2026, ei 20.10.". */
export function describeRule(rule: ScheduleRule, lang: Lang): string {
  const grammar = GRAMMAR[lang];
  if ('dates' in rule) {
    const dates = datesText((rule as DatesRule).dates, grammar);
    return `${joinList(dates, grammar.and)} ${grammar.time(rule.start, rule.end)}`;
  }
  const pattern = isWeeklyRule(rule) ? weeklyPattern(rule, grammar) : monthlyPattern(rule, grammar);
  const pieces = [`${pattern} ${grammar.time(rule.start, rule.end)}`];
  const period = grammar.period(rule.from, rule.until);
  if (period) pieces.push(period);
  if (rule.except?.length) {
    // The year is left out of exceptions that fall in the year the period ends (or starts).
    const referenceYear = (rule.until ?? rule.from)?.slice(0, 4);
    const dates = referenceYear
      ? [...new Set(rule.except)].sort().map((date) => grammar.date(date, date.slice(0, 4) !== referenceYear))
      : datesText(rule.except, grammar);
    pieces.push(grammar.except(dates));
  }
  return pieces.join(', ');
}

function isWeeklyRule(rule: ScheduleRule): rule is WeeklyRule {
  return 'weekly' in rule;
}

/**
 * The schedule in words, one line per rule, e.g. fi "tiistaisin klo 17.30–19.00", sv
 * "varannan tisdag kl. 17.30–19.00", en "first and last Saturday of the month 10 am–noon".
 * Lines start in lower case unless the language capitalises the first word (English weekdays).
 */
export function describeSchedule(schedule: Schedule | undefined, lang: Lang): string[] {
  if (schedule === undefined) return [];
  if (!Array.isArray(schedule)) return [('byAppointment' in schedule ? GRAMMAR[lang].byAppointment : GRAMMAR[lang].alwaysOpen)];
  return schedule.map((rule) => describeRule(rule, lang));
}

/**
 * One occurrence as people read it: fi "ti 1.12.2026 klo 17.30–19.00", sv "tis 1.12.2026
 * kl. 17.30–19.00", en "Tue 1 Dec 2026, 5:30–7 pm". A session past midnight keeps the short
 * form; one spanning days names both ends.
 */
export function formatOccurrence(occurrence: LocalSpan, lang: Lang): string {
  return GRAMMAR[lang].occurrence(occurrence.start, occurrence.end);
}

/** A range of dates: fi/sv "12.1.–16.2.2027", en "12 January – 16 February 2027"; one date alone when equal. */
export function formatDateRange(from: string, to: string, lang: Lang): string {
  if (from === to) return GRAMMAR[lang].date(from, true);
  return GRAMMAR[lang].period(from, to);
}
