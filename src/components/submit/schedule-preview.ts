/**
 * The schedule in words while it is being entered: one line per complete rule ("tiistaisin klo
 * 17.30–19.00") and the next dates it gives, so that the writer sees at once whether the rules
 * say what they meant. Incomplete rules are left out until they are complete.
 */
import type { Lang } from '../../lib/routes.ts';
import { describeSchedule, formatOccurrence, nextOccurrences } from '../../lib/schedule.ts';
import { ruleToEntry, type RuleInput } from '../../lib/submission.ts';
import { ScheduleRuleSchema, type ScheduleRule } from '../../schemas/schedule.ts';

export interface SchedulePreview {
  /** A description per rule, undefined for a rule that is not complete yet. */
  lines: (string | undefined)[];
  /** The next occurrences of all complete rules, formatted. */
  next: string[];
}

export function describeRules(rules: readonly RuleInput[], options: { lang: Lang; timezone: string; now: string; count?: number }): SchedulePreview {
  const parsed = rules.map((rule) => {
    const checked = ScheduleRuleSchema.safeParse(ruleToEntry(rule));
    return checked.success ? checked.data : undefined;
  });
  const complete = parsed.filter((rule): rule is ScheduleRule => rule !== undefined);
  const lines = parsed.map((rule) => (rule ? describeSchedule([rule], options.lang)[0] : undefined));
  const next =
    complete.length > 0
      ? nextOccurrences(complete, { now: options.now, timezone: options.timezone, count: options.count ?? 5 }).map((occurrence) => formatOccurrence(occurrence, options.lang))
      : [];
  return { lines, next };
}
