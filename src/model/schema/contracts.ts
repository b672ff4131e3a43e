import { z } from 'zod';
import {
  CapabilityRef,
  Currency,
  Fraction,
  Id,
  IsoDate,
  MAX_NOTICE_MONTHS,
  Money,
  Months,
  monthsUpTo,
  quantityUpTo,
  Ref,
  Text,
} from './primitives.js';

export const PRICE_MODELS = [
  'retail_minus',
  'cost_plus',
  'unit',
  'capacity',
  'revenue_share',
  'flat_fee',
  'tiered',
  'per_subscriber',
] as const;

export const PRICE_REVIEWS = ['fixed', 'annual_review', 'indexed', 'on_renewal'] as const;

/** Unit prices in the contract's currency: every field names its unit. */
export const UnitPricesSchema = z.strictObject({
  per_gb: Money.optional(),
  per_minute: Money.optional(),
  per_sms: Money.optional(),
  per_subscriber_month: Money.optional(),
  per_sim: Money.optional(),
  per_profile_download: Money.optional(),
  per_1k_inferences: Money.optional(),
  per_transaction: Money.optional(),
  per_contact: Money.optional().meta({ description: 'Per customer-care contact handled.' }),
  monthly_fee: Money.optional(),
});

export const ContractSchema = z.strictObject({
  id: Id,
  provider: Ref('the provider this contract is with'),
  covers: z.array(CapabilityRef()).optional().meta({
    description: 'Capabilities the contract covers. Omitted: everything the provider supplies.',
  }),
  start: IsoDate,
  term_months: Months.meta({ description: 'Initial term in months (0 for rolling monthly).' }),
  notice_months: monthsUpTo(MAX_NOTICE_MONTHS, 'ten years, beyond any telecom or SaaS contract')
    .optional()
    .meta({ description: 'Notice needed to end or not renew.' }),
  auto_renewal: z.boolean().optional(),
  renewal_term_months: Months.optional(),
  exit_fee: Money.optional().meta({ description: 'Fee due on early termination.' }),
  minimum_commitment_per_month: Money.optional(),
  renewal_exit_fee: Money.optional().meta({
    description:
      'Fee due on ending a renewal term early. Omitted: exit_fee (a renewal continues on the same terms), else the minimum commitments still owed for the rest of that term.',
  }),
  renewal_minimum_commitment: Money.optional().meta({
    description:
      'Minimum commitment per month during renewal terms. Omitted: the initial minimum_commitment_per_month.',
  }),
  minimum_traffic_share: Fraction.optional().meta({
    description: "Share of the operator's traffic or subscribers it must keep on this provider.",
  }),
  exclusive: z
    .boolean()
    .optional()
    .meta({ description: 'The operator may not use another supplier for what this covers.' }),
  price_model: z.enum(PRICE_MODELS).optional(),
  retail_discount: Fraction.optional().meta({
    description: 'For retail-minus: the discount off retail the operator pays.',
  }),
  revenue_share: Fraction.optional().meta({
    description: "For revenue share: the provider's share of net revenue.",
  }),
  unit_prices: UnitPricesSchema.optional(),
  price_review: z.enum(PRICE_REVIEWS).optional().meta({
    description: 'fixed: unit prices cannot be reviewed during the term.',
  }),
  currency: Currency.optional().meta({
    description: "Currency of the contract's amounts when not the operator's.",
  }),
  data_return: z
    .boolean()
    .optional()
    .meta({ description: "Clause obliging the provider to return the operator's data at exit." }),
  data_return_days: quantityUpTo(36_500, 'a century of days').optional(),
  model_export: z.boolean().optional().meta({
    description: 'For AI platforms: trained models and features can be exported at exit.',
  }),
  security_requirements: z.boolean().optional().meta({
    description: 'ContractSchema states security requirements (UK CoP M10.02, NIS2 21(2)(d)).',
  }),
  shared_responsibility: z
    .boolean()
    .optional()
    .meta({ description: 'A documented shared-responsibility model exists (M10.03).' }),
  incident_notice_hours: quantityUpTo(8760, 'a year of hours').optional().meta({
    description: 'Hours within which the supplier must notify incidents (M10.11: 48).',
  }),
  exit_assistance_months: monthsUpTo(MAX_NOTICE_MONTHS, 'ten years').optional().meta({
    description: 'Transition period the provider must support after notice.',
  }),
  notes: Text.optional(),
});
