import { describe, expect, test } from 'vitest';
import { schemaOutput, schemaProblems } from '../../tests/support/schema-problems.ts';
import { ScheduleSchema } from './schedule.ts';

const rule = (fields: string) => `- ${fields}\n`;

describe('schedules that are right', () => {
  test.each([
    [rule('{ weekly: [tue], start: "17:30", end: "19:00" }'), [{ weekly: ['tue'], start: '17:30', end: '19:00' }]],
    [
      rule('{ weekly: [mon, wed, fri], every: 2, start: "09:00", end: "10:30", from: 2026-09-01, until: 2026-12-15, except: [2026-10-20] }'),
      [{ weekly: ['mon', 'wed', 'fri'], every: 2, start: '09:00', end: '10:30', from: '2026-09-01', until: '2026-12-15', except: ['2026-10-20'] }],
    ],
    [rule('{ monthly: { weekday: sat, nth: [1, -1] }, start: "10:00", end: "12:00" }'), [{ monthly: { weekday: 'sat', nth: [1, -1] }, start: '10:00', end: '12:00' }]],
    [rule('{ monthly: { weekday: thu, nth: [2] }, every: 3, start: "18:00", end: "20:00" }'), [{ monthly: { weekday: 'thu', nth: [2] }, every: 3, start: '18:00', end: '20:00' }]],
    [rule('{ dates: [2026-12-05, 2026-12-12], start: "12:00", end: "15:00" }'), [{ dates: ['2026-12-05', '2026-12-12'], start: '12:00', end: '15:00' }]],
    // A night shift runs past midnight: the end is earlier than the start.
    [rule('{ weekly: [fri], start: "22:00", end: "02:00" }'), [{ weekly: ['fri'], start: '22:00', end: '02:00' }]],
    ['{ byAppointment: true }', { byAppointment: true }],
    ['{ alwaysOpen: true }', { alwaysOpen: true }],
  ])('%s', (written, expected) => {
    expect(schemaOutput(ScheduleSchema, written)).toEqual(expected);
  });
});

describe('schedule mistakes', () => {
  const nth = 'is not a position in the month — write 1 (first), 2, 3, 4, 5, -1 (last) or -2 (second to last)';
  test.each([
    [rule('{ weekly: [tiistai], start: "17:30", end: "19:00" }'), ['1:14  [0].weekly[0]  "tiistai" is not a weekday — did you mean tue? Weekdays: mon tue wed thu fri sat sun']],
    [rule('{ weekly: [Tue], start: "17:30", end: "19:00" }'), ['1:14  [0].weekly[0]  "Tue" is not a weekday — did you mean tue? Weekdays: mon tue wed thu fri sat sun']],
    [rule('{ weekly: [tues], start: "17:30", end: "19:00" }'), ['1:14  [0].weekly[0]  "tues" is not a weekday — did you mean tue? Weekdays: mon tue wed thu fri sat sun']],
    [rule('{ weekly: [], start: "17:30", end: "19:00" }'), ['1:13  [0].weekly  the list is empty — add at least one item']],
    [rule('{ weekly: [tue, tue], start: "17:30", end: "19:00" }'), ['1:19  [0].weekly[1]  "tue" is listed twice — remove the repeat']],
    [rule('{ weekly: tue, start: "17:30", end: "19:00" }'), ['1:13  [0].weekly  expected a list, found "tue" — write a list in brackets, e.g. [tue], or one "- item" per line']],
    [rule('{ weekly: [tue], every: 0, start: "17:30", end: "19:00" }'), ['1:27  [0].every  every: 0 is out of range — write 1 for every week or month, 2 for every second, and so on']],
    [rule('{ weekly: [tue], every: 53, start: "17:30", end: "19:00" }'), ['1:27  [0].every  every: 53 is out of range — write 1 for every week or month, 2 for every second, and so on']],
    [rule('{ weekly: [tue], every: 1.5, start: "17:30", end: "19:00" }'), ['1:27  [0].every  expected a whole number, found 1.5 — write a number without quotes, e.g. 2']],
    [rule('{ weekly: [tue], start: "17:30", end: "17:30" }'), ['1:41  [0].end  the end time is the same as the start time — write when it ends, e.g. start: "17:30" and end: "19:00"']],
    [rule('{ weekly: [tue], start: "17:30" }'), ['1:3  [0].end  the required field "end" is missing — add it, e.g. end: "19:00"']],
    [
      rule('{ weekly: [tue], start: "17:30", end: "19:00", from: 2027-01-10, until: 2026-12-15 }'),
      ['1:75  [0].until  the rule ends (until: 2026-12-15) before it starts (from: 2027-01-10) — swap the two dates or correct one of them'],
    ],
    [rule('{ weekly: [tue], start: "17:30", end: "19:00", except: 2026-12-22 }'), ['1:58  [0].except  expected a list, found "2026-12-22" — write a list in brackets, e.g. [2026-12-22], or one "- item" per line']],
    [rule('{ weekly: [tue], start: "17:30", end: "19:00", except: [22.12.2026] }'), ['1:59  [0].except[0]  "22.12.2026" is not a date in the form YYYY-MM-DD — write 2026-12-22']],
    [rule('{ monthly: { weekday: sat, nth: [0, 6, -3] }, start: "10:00", end: "12:00" }'), [`1:36  [0].monthly.nth[0]  0 ${nth}`, `1:39  [0].monthly.nth[1]  6 ${nth}`, `1:42  [0].monthly.nth[2]  -3 ${nth}`]],
    [rule('{ monthly: { weekday: lauantai, nth: [1] }, start: "10:00", end: "12:00" }'), ['1:25  [0].monthly.weekday  "lauantai" is not a weekday — did you mean sat? Weekdays: mon tue wed thu fri sat sun']],
    [rule('{ monthly: { weekday: sat }, start: "10:00", end: "12:00" }'), ['1:5  [0].monthly.nth  the required field "nth" is missing — add it, e.g. nth: [1, -1]']],
    [rule('{ monthly: { weekday: sat, nth: [1] }, every: 13, start: "10:00", end: "12:00" }'), ['1:49  [0].every  every: 13 is out of range — write 1 for every week or month, 2 for every second, and so on']],
    [rule('{ dates: [2026-12-05], from: 2026-12-01, start: "12:00", end: "15:00" }'), ['1:26  [0].from  "from" is not a known field here — known fields: dates, start, end']],
    [rule('{ dates: [2026-02-30], start: "12:00", end: "15:00" }'), ['1:13  [0].dates[0]  "2026-02-30" is not a date in the calendar — check the day and the month']],
    [rule('{ weekly: [tue], start: 17.30, end: "19:00" }'), ['1:27  [0].start  17.30 is not a time — write the time in quotes as HH:MM, e.g. "17:30"']],
    [rule('{ start: "10:00", end: "12:00" }'), ['1:3  [0]  this schedule rule has no weekly:, monthly: or dates: field — start the rule with e.g. "- weekly: [tue]", "- monthly: { weekday: sat, nth: [1] }" or "- dates: [2026-12-05]"']],
    [rule('{ wekly: [tue], start: "10:00", end: "12:00" }'), ['1:5  [0].wekly  "wekly" is not a known field here — did you mean "weekly"?']],
    ['[]', ['1:1  the list is empty — add at least one item']],
    ['tiistaisin klo 17', ['1:1  "tiistaisin klo 17" is not a schedule — write a list of rules (- weekly: [tue] …), or { byAppointment: true }, or { alwaysOpen: true }']],
    ['{ weekly: [tue], start: "17:30", end: "19:00" }', ['1:1  the schedule rules must be a list — start each rule with "- ", e.g. "  - weekly: [tue]" on the line below schedule:']],
    ['{ byAppointment: false }', ['1:18  byAppointment  this must be true — write { byAppointment: true } or { alwaysOpen: true }, or remove it']],
    ['{ byApointment: true }', ['1:3  byApointment  "byApointment" is not a known field here — did you mean "byAppointment"?']],
  ])('%s', (written, expected) => {
    expect(schemaProblems(ScheduleSchema, written)).toEqual(expected);
  });
});
