import { z } from 'zod';
import { countUpTo, Id, Jurisdiction, Ref, Text } from './primitives.js';

export const DATA_CATEGORIES = [
  'subscriber_identity',
  'authentication_keys',
  'usage_records',
  'location',
  'payment',
  'customer_profile',
  'communications_content',
  'network_configuration',
  'ai_training_data',
  'ai_model',
  'other',
] as const;

/** Categories that identify or describe subscribers (network configuration and AI artefacts do not). */
export const SUBSCRIBER_LINKED_CATEGORIES: ReadonlySet<string> = new Set([
  'subscriber_identity',
  'location',
  'payment',
  'customer_profile',
  'usage_records',
  'communications_content',
  'authentication_keys',
]);

/** Ordered from least to most sensitive. */
export const SENSITIVITIES = ['public', 'internal', 'confidential', 'restricted'] as const;

export const DataClassSchema = z.strictObject({
  id: Id,
  name: Text,
  category: z.enum(DATA_CATEGORIES),
  sensitivity: z.enum(SENSITIVITIES),
  held_by: z.array(Ref('the operator or a provider holding this data')).min(1, {
    error: 'name at least one holder of the data (the operator id or a provider id)',
  }),
  residency: z
    .array(Jurisdiction)
    .optional()
    .meta({ description: 'Jurisdictions where the data is held or processed.' }),
  residency_required: z.array(Jurisdiction).optional().meta({
    description: 'Jurisdictions the data must stay in (law or contract).',
  }),
  records: countUpTo(
    1e15,
    'a thousand trillion records: usage records of years of traffic, still a safe integer',
  )
    .optional()
    .meta({
      description: 'Records held; subscriber-linked classes default to the subscriber count.',
    }),
  notes: Text.optional(),
});
