import { z } from 'zod';
import { CapabilityRef, Id, IsoDate, Money, Ref, Text } from './primitives.js';

export const CRITERIA = [
  'time_to_launch',
  'cost',
  'coverage',
  'control',
  'resilience',
  'security',
  'compliance',
  'flexibility',
  'partner_relationship',
  'other',
] as const;

/** One entry of the decision log: how a piece of the architecture came to be. */
export const DecisionSchema = z.strictObject({
  id: Id,
  title: Text,
  date: IsoDate,
  chosen: Text.meta({ description: 'What was chosen.' }),
  providers: z.array(Ref('a provider the decision brought in')).optional(),
  capabilities: z.array(CapabilityRef('a capability the decision settled')).optional(),
  alternatives: z
    .array(Text)
    .optional()
    .meta({ description: 'Alternatives considered (empty: none).' }),
  criteria: z.array(z.enum(CRITERIA)).optional(),
  interactions_assessed: z.boolean().optional().meta({
    description: 'Whether effects on other layers and earlier decisions were assessed.',
  }),
  exit_plan: Text.optional().meta({ description: 'How the operator would undo this decision.' }),
  benefit_per_year: Money.optional().meta({
    description:
      'The yearly benefit the decision was taken for (saving or revenue), to weigh against the lock-in it brings.',
  }),
  last_review: IsoDate.optional(),
  owner: Text.optional(),
  notes: Text.optional(),
});
