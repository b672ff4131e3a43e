import { z } from 'zod';
import { Fraction, Id, quantityUpTo, Text } from './primitives.js';

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

/**
 * A severity point: a proportion (−1 is a price falling to nothing) or hours of outage, which
 * cannot outlast the 8,760 hours of the trial year.
 */
const Severity = z
  .number({ error: 'expected a number (a proportion, or hours for outages)' })
  .min(-1, { error: 'expected a severity of at least −1 (a price cannot fall below nothing)' })
  .max(8760, { error: 'expected a severity of at most 8,760 (the hours of a year)' });

export const ScenarioSchema = z.strictObject({
  id: Id,
  kind: z.enum(SHOCK_KINDS),
  probability: Fraction.optional().meta({
    description: 'Yearly probability of the shock (for shocks that happen at most once a year).',
  }),
  rate_per_year: quantityUpTo(
    365,
    'one a day; the stress test draws at most 1,000 events of a kind a year',
  )
    .optional()
    .meta({
      description: 'Expected number of events a year (for shocks that recur).',
    }),
  severity: z
    .strictObject({ min: Severity, mode: Severity, max: Severity })
    .refine((s) => s.min <= s.mode && s.mode <= s.max, { error: 'expected min ≤ mode ≤ max' })
    .optional()
    .meta({ description: 'Triangular severity (a proportion, or hours for outages).' }),
  notes: Text.optional(),
});

export const ScenariosSchema = z.array(ScenarioSchema).meta({
  description: 'Stress-test scenarios: the built-in shocks with your own frequency or severity.',
});
