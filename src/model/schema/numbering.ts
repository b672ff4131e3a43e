import { z } from 'zod';
import { IsoDate, Ref, Text } from './primitives.js';

export const GLOBAL_TITLE_SOURCES = ['own', 'leased', 'host', 'none'] as const;

export const NumberingSchema = z.strictObject({
  mcc_mnc: z
    .array(z.string().regex(/^\d{3}-\d{2,3}$/, { error: 'expected MCC-MNC such as "234-15"' }))
    .optional()
    .meta({ description: "The operator's own MCC-MNC codes, if it holds any." }),
  msisdn_holder: Ref('the operator or provider that holds the MSISDN range').optional(),
  msisdn_sub_allocated: z.boolean().optional().meta({
    description:
      'Numbers are sub-allocated from the holder: each subscriber must port alone to leave.',
  }),
  global_titles: z
    .strictObject({
      source: z.enum(GLOBAL_TITLE_SOURCES),
      lessor: Ref('the provider leasing the global titles').optional(),
      lease_ends: IsoDate.optional(),
    })
    .optional(),
  notes: Text.optional(),
});
