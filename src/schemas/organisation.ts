/** An organisation: `content/organisations/<org>.yaml`. */
import { z } from 'zod';
import {
  AreaSchema,
  BusinessIdSchema,
  DateSchema,
  EmailSchema,
  LocalizedTextSchema,
  MarkdownSchema,
  PhoneSchema,
  shortText,
  UrlSchema,
} from './shared.ts';

export const OrganisationSchema = z
  .strictObject({
    name: shortText(160).meta({ description: 'Name of the organisation.' }),
    summary: shortText(300).meta({ description: 'What the organisation does, at most 300 characters.' }),
    description: MarkdownSchema.optional(),
    businessId: BusinessIdSchema.optional(),
    website: UrlSchema.optional(),
    contact: z
      .strictObject({
        email: EmailSchema.optional(),
        phone: PhoneSchema.optional(),
        address: LocalizedTextSchema.optional().meta({ description: 'Postal or visiting address: "Kauppakatu 40, 70100 Kuopio".' }),
      })
      .optional()
      .meta({ description: 'General contact details.' }),
    area: AreaSchema,
    verified: DateSchema.meta({ description: 'The date the organisation last confirmed its information (YYYY-MM-DD).' }),
  })
  .meta({ title: 'Tukiverkko organisation', description: 'An association or foundation in the directory.' });

export type Organisation = z.output<typeof OrganisationSchema>;
export type OrganisationInput = z.input<typeof OrganisationSchema>;
