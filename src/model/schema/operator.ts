import { z } from 'zod';
import {
  Count,
  Currency,
  Fraction,
  Id,
  IsoDate,
  Jurisdiction,
  MAX_HORIZON_MONTHS,
  Money,
  monthsUpTo,
  Ref,
  Text,
} from './primitives.js';

/**
 * An exchange rate: units of the operator's currency for one unit of another. Between 1e-9 and
 * 1e9: the widest real pair (a strong unit against one of the weakest) is near 1e5, and within
 * these bounds a converted amount of money stays finite.
 */
const ExchangeRate = z
  .number({ error: 'expected an exchange rate (a number)' })
  .positive({ error: 'an exchange rate must be positive' })
  .min(1e-9, {
    error: 'expected an exchange rate of at least 1e-9 (no real pair is that far apart)',
  })
  .max(1e9, { error: 'expected an exchange rate of at most 1e9 (no real pair is that far apart)' });

export const SEGMENTS = ['consumer', 'iot', 'enterprise', 'travel', 'wholesale'] as const;

export const OperatorOwnerSchema = z.strictObject({
  group: Ref('an ownership group (see `groups`)'),
  stake: Fraction.meta({ description: 'Share of the operator this group owns.' }),
});

export const OperatorSchema = z
  .strictObject({
    id: Id.meta({
      description:
        "The operator's id: other sections name it where the operator itself holds something (an IMSI range, keys).",
    }),
    name: Text,
    country: Jurisdiction.meta({
      description: 'Home country of the operator (ISO 3166-1 alpha-2).',
    }),
    segments: z.array(z.enum(SEGMENTS)).min(1).meta({ description: 'Market segments served.' }),
    subscribers: Count.meta({
      description: 'Active subscribers (or connected devices for IoT) today.',
    }),
    monthly_growth: Fraction.optional().meta({
      description: 'Net subscriber growth per month, before churn. Default 0.',
    }),
    monthly_churn: Fraction.optional().meta({
      description: 'Share of subscribers lost per month. Default stated in the output.',
    }),
    arpu: Money.meta({
      description: "Average revenue per subscriber per month, in the operator's currency.",
    }),
    currency: Currency.meta({
      description: 'Currency of every amount in the model unless a line names another.',
    }),
    horizon_months: monthsUpTo(
      MAX_HORIZON_MONTHS,
      '50 years: curves and lattices run month by month over the horizon',
    )
      .optional()
      .meta({
        description: 'Planning horizon in months. Default stated in the output.',
      }),
    discount_rate: Fraction.optional().meta({
      description: 'Annual discount rate for present values. Default stated in the output.',
    }),
    fx_rates: z
      .record(
        z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code such as USD' }),
        ExchangeRate,
      )
      .optional()
      .meta({
        description:
          "Exchange rates: units of the operator's currency for one unit of each other currency the model uses (in a GBP model, USD: 0.79).",
      }),
    as_of: IsoDate.meta({
      description: 'The date the model describes: contract ages and review ages count from it.',
    }),
    annual_turnover: Money.optional().meta({
      description:
        'Relevant annual turnover (for regulatory tiers); derived from subscribers × ARPU when absent.',
    }),
    group: Ref('the ownership group the operator itself belongs to').optional(),
    owners: z
      .array(OperatorOwnerSchema)
      .optional()
      .meta({ description: 'Who owns the operator (for joint ventures and MNO sub-brands).' }),
    notes: Text.optional(),
  })
  .meta({ description: 'The operator whose stack this model describes.' });
