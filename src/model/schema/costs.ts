import { z } from 'zod';
import { Currency, Fraction, Id, Money, quantityUpTo, Ref, Text } from './primitives.js';

/** The market prices a cost line can float with. */
export const PRICE_DRIVERS = [
  'wholesale',
  'cloud',
  'energy',
  'ai_inference',
  'fx',
  'labour',
  'other',
] as const;

export const USAGE_UNITS = ['gb', 'minute', 'sms', 'inference_1k', 'sim', 'transaction'] as const;

const CostLineBase = {
  id: Id,
  name: Text,
  provider: Ref('the provider paid').optional(),
  driver: z.enum(PRICE_DRIVERS).meta({ description: 'The price this line is chiefly set by.' }),
  currency: Currency.optional().meta({
    description: "Currency paid, when not the operator's (creates FX exposure).",
  }),
  floats_with: z.partialRecord(z.enum(PRICE_DRIVERS), Fraction).optional().meta({
    description: 'Pass-through of market price changes into this line, per driver (energy: "30%").',
  }),
  notes: Text.optional(),
};

/**
 * A cost line. `basis` says how it scales, and each basis has its own fields, so a line
 * cannot be half fixed and half per-unit by accident.
 */
export const CostLineSchema = z.discriminatedUnion(
  'basis',
  [
    z.strictObject({ ...CostLineBase, basis: z.literal('fixed'), monthly_amount: Money }),
    z.strictObject({
      ...CostLineBase,
      basis: z.literal('per_subscriber'),
      per_subscriber_month: Money,
    }),
    z.strictObject({
      ...CostLineBase,
      basis: z.literal('usage'),
      unit: z.enum(USAGE_UNITS),
      unit_price: Money,
      usage_per_subscriber_month: quantityUpTo(
        1e9,
        'a billion units a subscriber a month, beyond any tariff (a GB a second is 2.6 million)',
      ).meta({
        description:
          "Units billed on this line per month, divided by the operator's whole subscriber base (for a host carrying 20% of traffic: 20% of the average usage).",
      }),
    }),
    z.strictObject({
      ...CostLineBase,
      basis: z.literal('revenue_share'),
      share_of_revenue: Fraction,
    }),
  ],
  { error: 'expected `basis`: fixed, per_subscriber, usage or revenue_share' },
);
