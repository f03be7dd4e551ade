/** Schedule rules of an activity: weekly, monthly and explicit dates (content-model.md). */
import { z } from 'zod';
import { code, DateSchema, LocalizedTextSchema, TimeSchema, uniqueList } from './shared.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const WeekdaySchema = z
  .enum(WEEKDAYS, { error: code('weekday.invalid') })
  .meta({ description: 'A weekday: mon, tue, wed, thu, fri, sat or sun.' });

const timeFields = {
  start: TimeSchema.meta({ description: 'Start time, "HH:MM" in quotes.' }),
  end: TimeSchema.meta({
    description: 'End time, "HH:MM" in quotes. An end earlier than the start means the session runs past midnight.',
  }),
};

const periodFields = {
  from: DateSchema.optional().meta({ description: 'First date the rule applies (YYYY-MM-DD).' }),
  until: DateSchema.optional().meta({ description: 'Last date the rule applies (YYYY-MM-DD).' }),
  except: z
    .array(DateSchema, { error: code('list.type') })
    .optional()
    .meta({ description: 'Dates on which the rule is skipped, e.g. holidays: [2026-12-24].' }),
};

function checkTimesAndPeriod(
  rule: { start: string; end: string; from?: string | undefined; until?: string | undefined },
  context: z.RefinementCtx,
): void {
  if (rule.start === rule.end) {
    context.addIssue({ code: 'custom', message: code('time.endEqualsStart'), path: ['end'], input: rule.end });
  }
  if (rule.from && rule.until && rule.until < rule.from) {
    context.addIssue({
      code: 'custom',
      message: code('date.untilBeforeFrom'),
      path: ['until'],
      input: rule.until,
      params: { from: rule.from, until: rule.until },
    });
  }
}

export const WeeklyRuleSchema = z
  .strictObject({
    weekly: uniqueList(WeekdaySchema, 'Weekdays the group meets: [tue] or [mon, wed, fri].'),
    every: z
      .int({ error: code('integer.type') })
      .min(1, { error: code('every.range') })
      .max(52, { error: code('every.range') })
      .optional()
      .meta({ description: 'Meets every n-th week: 1 every week (default), 2 every second week.' }),
    ...timeFields,
    ...periodFields,
  })
  .superRefine(checkTimesAndPeriod)
  .meta({ description: 'A weekly rule: weekdays, optional interval, start and end times.' });

const NTH_VALUES = [1, 2, 3, 4, 5, -1, -2];

export const MonthlyRuleSchema = z
  .strictObject({
    monthly: z
      .strictObject({
        weekday: WeekdaySchema,
        nth: uniqueList(
          z.int({ error: code('nth.invalid') }).refine((value) => NTH_VALUES.includes(value), { error: code('nth.invalid') }),
          'Which weekdays of the month: 1 first, 2 second … 5 fifth, -1 last, -2 second to last. E.g. [1, -1].',
        ),
      })
      .meta({ description: 'The weekday and its positions in the month: { weekday: sat, nth: [1, -1] }.' }),
    every: z
      .int({ error: code('integer.type') })
      .min(1, { error: code('every.range') })
      .max(12, { error: code('every.range') })
      .optional()
      .meta({ description: 'Meets every n-th month: 1 every month (default), 2 every second month.' }),
    ...timeFields,
    ...periodFields,
  })
  .superRefine(checkTimesAndPeriod)
  .meta({ description: 'A monthly rule, e.g. the first and last Saturday of every month.' });

export const DatesRuleSchema = z
  .strictObject({
    dates: uniqueList(DateSchema, 'The dates the activity meets: [2026-12-05, 2026-12-12].'),
    ...timeFields,
  })
  .superRefine(checkTimesAndPeriod)
  .meta({ description: 'Explicit dates with the same start and end time.' });

export const ScheduleRuleSchema = z.union([WeeklyRuleSchema, MonthlyRuleSchema, DatesRuleSchema], { error: code('schedule.rule') }).meta({
  description: 'One rule: { weekly: [tue], start, end }, { monthly: { weekday, nth }, start, end } or { dates: […], start, end }.',
});

export const ScheduleSchema = z
  .union([
    z.array(ScheduleRuleSchema, { error: code('schedule.type') }).min(1, { error: code('list.empty') }),
    z.strictObject({
      byAppointment: z.literal(true, { error: code('schedule.flagTrue') }).meta({ description: 'By appointment: people agree on a time with the organisation.' }),
    }),
    z.strictObject({
      alwaysOpen: z.literal(true, { error: code('schedule.flagTrue') }).meta({ description: 'Open around the clock, every day (a helpline or chat on duty 24/7).' }),
    }),
  ], { error: code('schedule.type') })
  .meta({
    description: 'When it takes place: a list of rules, or { byAppointment: true }, or { alwaysOpen: true } (around the clock).',
  });

export const ScheduleNoteSchema = LocalizedTextSchema.meta({
  description: 'Anything the rules cannot say: "Not in July", "Ring the doorbell".',
});

export type Weekday = (typeof WEEKDAYS)[number];
export type WeeklyRule = z.output<typeof WeeklyRuleSchema>;
export type MonthlyRule = z.output<typeof MonthlyRuleSchema>;
export type DatesRule = z.output<typeof DatesRuleSchema>;
export type ScheduleRule = z.output<typeof ScheduleRuleSchema>;
export type Schedule = z.output<typeof ScheduleSchema>;
