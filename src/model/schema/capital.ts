import { z } from 'zod';
import { Fraction, Id, IsoDate, MAX_MONTHS, Money, quantityUpTo, Ref, Text } from './primitives.js';

export const INVESTOR_KINDS = [
  'founder',
  'financial',
  'strategic',
  'public_market',
  'parent',
] as const;
export const FUNDING_KINDS = ['equity', 'debt', 'grant', 'vendor_financing', 'revenue'] as const;

export const InvestorSchema = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(INVESTOR_KINDS),
  stake: Fraction.optional(),
  group: Ref('the ownership group the investor belongs to (links stakes to suppliers)').optional(),
  board_seat: z.boolean().optional(),
  notes: Text.optional(),
});

export const FundingEventSchema = z.strictObject({
  date: IsoDate,
  kind: z.enum(FUNDING_KINDS),
  amount: Money,
  from: z.array(Ref('an investor')).optional(),
  notes: Text.optional(),
});

export const CapitalSchema = z.strictObject({
  cash: Money.optional().meta({ description: 'Cash and committed undrawn funding today.' }),
  monthly_burn: Money.optional().meta({
    description: 'Net cash consumed per month (0 when cash-generative).',
  }),
  runway_months: quantityUpTo(MAX_MONTHS, 'a century').optional().meta({
    description: 'Months of runway; derived from cash ÷ burn when absent.',
  }),
  investors: z.array(InvestorSchema).optional(),
  funding: z.array(FundingEventSchema).optional(),
  notes: Text.optional(),
});
