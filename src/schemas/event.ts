/** A dated event: `content/events/<org>/<id>.yaml|.md`. */
import { z } from 'zod';
import { checkEntry, sharedEntryFields } from './entry-fields.ts';
import { code, DateSchema, IdSchema, LocalDateTimeSchema } from './shared.ts';

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;

const SessionSchema = z
  .strictObject({
    start: LocalDateTimeSchema,
    end: LocalDateTimeSchema,
  })
  .superRefine((session, context) => {
    if (session.end <= session.start) {
      context.addIssue({ code: 'custom', message: code('dateTime.endBeforeStart'), path: ['end'], input: session.end });
    }
  })
  .meta({ description: 'A further session: { start: "2026-12-12T18:00", end: "2026-12-12T20:00" }.' });

export const EventSchema = z
  .strictObject({
    ...sharedEntryFields,
    start: LocalDateTimeSchema.meta({ description: 'Start, local time: "2026-12-05T18:00".' }),
    end: LocalDateTimeSchema.meta({ description: 'End, local time, after the start: "2026-12-05T20:00".' }),
    sessions: z
      .array(SessionSchema, { error: code('list.type') })
      .optional()
      .meta({ description: 'Further sessions of a multi-session event.' }),
    status: z
      .enum(EVENT_STATUSES, { error: code('status.invalid') })
      .default('scheduled')
      .meta({ description: 'scheduled (default), cancelled, postponed or moved-online.' }),
    activity: IdSchema.optional().meta({ description: "Id of the organisation's activity this event belongs to." }),
    verified: DateSchema.optional().meta({ description: 'The date the organisation last checked this entry (optional for events).' }),
  })
  .superRefine((event, context) => {
    checkEntry(event, context);
    if (event.end <= event.start) {
      context.addIssue({ code: 'custom', message: code('dateTime.endBeforeStart'), path: ['end'], input: event.end });
    }
  })
  .meta({ title: 'Tukiverkko event', description: 'A dated event of an organisation.' });

export type TukiverkkoEvent = z.output<typeof EventSchema>;
export type EventInput = z.input<typeof EventSchema>;
