/** An ongoing activity, group or helpline: `content/activities/<org>/<id>.yaml|.md`. */
import { z } from 'zod';
import { checkEntry, sharedEntryFields } from './entry-fields.ts';
import { ScheduleNoteSchema, ScheduleSchema } from './schedule.ts';
import { code, DateSchema, TermCodeSchema } from './shared.ts';

export const ACTIVITY_STATUSES = ['active', 'paused', 'ended'] as const;

export const ActivitySchema = z
  .strictObject({
    ...sharedEntryFields,
    type: TermCodeSchema.meta({ description: 'Activity type (content/taxonomies/activity-types.yaml): peer-support-group, helpline …' }),
    schedule: ScheduleSchema.optional(),
    scheduleNote: ScheduleNoteSchema.optional(),
    anonymous: z.boolean({ error: code('boolean.type') }).optional().meta({
      description: 'true if people can take part without giving their name.',
    }),
    status: z
      .enum(ACTIVITY_STATUSES, { error: code('status.invalid') })
      .default('active')
      .meta({ description: 'active (default), paused or ended.' }),
    verified: DateSchema.meta({ description: 'The date the organisation last checked this entry (YYYY-MM-DD).' }),
  })
  .superRefine(checkEntry)
  .meta({ title: 'Tukiverkko activity', description: 'An ongoing activity, group or helpline of an organisation.' });

export type Activity = z.output<typeof ActivitySchema>;
export type ActivityInput = z.input<typeof ActivitySchema>;
