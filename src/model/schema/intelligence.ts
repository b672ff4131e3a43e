import { z } from 'zod';
import { Currency, Id, Money, Months, PersonDays, quantityUpTo, Ref, Text } from './primitives.js';

export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;

export const AiUseCaseSchema = z.strictObject({
  id: Id,
  name: Text,
  decides: Text.meta({ description: 'What the use case decides or produces.' }),
  criticality: z.enum(CRITICALITIES),
  runs_on: Ref('the operator or provider where inference runs'),
  model_controlled_by: Ref('the party that controls the model'),
  training_data_controlled_by: Ref('the party that controls the training data'),
  trained_on_operator_data: z.boolean().optional(),
  model_export: z
    .boolean()
    .optional()
    .meta({ description: 'The operator can export the trained model.' }),
  training_data_export: z.boolean().optional().meta({
    description:
      'The training data (labels, outcomes, feedback the model learnt from) can be taken out at exit, separately from any data-return clause.',
  }),
  training_history_months: Months.optional().meta({
    description:
      "Months of the operator's history the model has learnt from at as_of; it grows a month a month. Omitted: since the start of the earliest contract with the platform it runs on, else 12.",
  }),
  retraining_person_days: PersonDays.optional().meta({
    description:
      'Person-days to rebuild and retrain the model elsewhere from exported data. Omitted: economics.model_rebuild_person_days.',
  }),
  data: z.array(Ref('a data class')).optional(),
  inferences_per_month: quantityUpTo(
    1e15,
    'a thousand trillion a month, some 400 million a second',
  ).optional(),
  cost_per_1k_inferences: Money.optional(),
  currency: Currency.optional().meta({
    description: "Currency of the inference prices, when not the operator's.",
  }),
  monthly_cost_cap: Money.optional().meta({
    description: 'Contractual cap on the monthly inference bill.',
  }),
  notes: Text.optional(),
});
