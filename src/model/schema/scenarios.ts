import { z } from 'zod';
import { Fraction, Id, Quantity, Text } from './primitives.js';

/**
 * Stress-test scenarios: overrides of the built-in shocks' frequency and severity, by kind
 * (src/stress/shock-library.ts lists them with their defaults and reasons).
 */
/** The built-in shocks (src/stress/shock-library.ts gives each its default frequency and severity). */
export const SHOCK_KINDS = [
  'host_outage',
  'provider_outage',
  'wholesale_price_rise',
  'host_refuses_renewal',
  'enabler_insolvency',
  'cloud_price_spike',
  'energy_price_spike',
  'ai_price_spike',
  'fx_move',
  'provider_breach',
  'data_localisation_rule',
  'vendor_acquired',
] as const;

export const ScenarioSchema = z.strictObject({
  id: Id,
  kind: z.enum(SHOCK_KINDS),
  probability: Fraction.optional().meta({
    description: 'Yearly probability of the shock (for shocks that happen at most once a year).',
  }),
  rate_per_year: Quantity.optional().meta({
    description: 'Expected number of events a year (for shocks that recur).',
  }),
  severity: z
    .strictObject({ min: z.number(), mode: z.number(), max: z.number() })
    .refine((s) => s.min <= s.mode && s.mode <= s.max, { error: 'expected min ≤ mode ≤ max' })
    .optional()
    .meta({ description: 'Triangular severity (a proportion, or hours for outages).' }),
  notes: Text.optional(),
});

export const ScenariosSchema = z.array(ScenarioSchema).meta({
  description: 'Stress-test scenarios: the built-in shocks with your own frequency or severity.',
});
