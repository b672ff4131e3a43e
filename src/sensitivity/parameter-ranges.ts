/**
 * The low and high value of every parameter a headline figure rests on, each with its reason:
 * a published range where one exists, else a stated judgement. Sensitivity analysis (DESIGN
 * §4.12) varies each parameter between these ends, one at a time, with the rest as the model
 * has them.
 *
 * The economics table is typed by the lock-in parameters themselves: a parameter added to
 * src/economics/parameters.ts without a range here fails the typecheck. The same holds for the
 * operator and availability defaults of src/model/defaults.ts.
 */
import type { ParameterName } from '../economics/parameters.js';
import type { DEFAULTS } from '../model/defaults.js';

/** What a parameter measures, for printing its values. */
export type ParameterUnit =
  | 'money'
  | 'share'
  | 'share-per-year'
  | 'months'
  | 'person-days'
  | 'people'
  | 'ratio'
  | 'availability';

/**
 * How the range follows a value the model states instead of the default:
 * - `scaled`: both ends scale with the stated value (low × stated ÷ default, high × stated ÷
 *   default), so the judgement of how uncertain the parameter is — "half to twice" — is kept
 *   while the range is centred on what the model says;
 * - `plusMinus`: the stated value ± a fixed amount, for a parameter whose default is 0 (a
 *   scaled range around 0 would have no width).
 */
export type StatedRule = { readonly kind: 'scaled' } | { readonly kind: 'plusMinus'; by: number };

export interface ParameterRange {
  readonly low: number;
  readonly high: number;
  /** Why these two values: the source, or the judgement in words. */
  readonly reason: string;
  readonly unit: ParameterUnit;
  /** The values the model's schema allows; a range never leaves them. */
  readonly min: number;
  readonly max: number;
  readonly stated: StatedRule;
}

const SCALED: StatedRule = { kind: 'scaled' };
const MONEY = { unit: 'money', min: 0, max: Number.POSITIVE_INFINITY, stated: SCALED } as const;
const DAYS = {
  unit: 'person-days',
  min: 0,
  max: Number.POSITIVE_INFINITY,
  stated: SCALED,
} as const;
const MONTHS = { unit: 'months', min: 0, max: Number.POSITIVE_INFINITY, stated: SCALED } as const;
const SHARE = { unit: 'share', min: 0, max: 1, stated: SCALED } as const;

export const ECONOMICS_RANGES: Readonly<Record<ParameterName, ParameterRange>> = {
  sim_swap_cost: {
    low: 2,
    high: 12,
    reason:
      'a bulk card sent by post (2) to a card sent tracked, with handling and a support contact (12); no public per-SIM figure exists (mvno-domain.md §2.7): a judgement',
    ...MONEY,
  },
  swap_attrition: {
    low: 0.03,
    high: 0.25,
    reason:
      'no public attrition rate exists (mvno-domain.md §2.7): 3% for a reachable base offered an incentive, 25% for a prepaid base without full customer details (the Asda 2021 swap): a judgement',
    ...SHARE,
  },
  customer_value_months: {
    low: 12,
    high: 48,
    reason:
      'a customer’s expected lifetime, 1 ÷ monthly churn: about a year at 8% a month (prepaid) to about four years at 2% (contract)',
    ...MONTHS,
  },
  porting_cost_per_number: {
    low: 1,
    high: 5,
    reason: 'half to two and a half times the default per-port handling: a judgement',
    ...MONEY,
  },
  swap_campaign_months: {
    low: 6,
    high: 24,
    reason:
      'six months for a small, reachable base to two years, as Virgin Mobile’s host move took (announced November 2019, completed end of 2021; mvno-domain.md §2.7)',
    ...MONTHS,
  },
  integration_day_rate: {
    low: 450,
    high: 1100,
    reason:
      'a near-shore blended day rate (450) to a specialist telecom contractor in the UK or EU (1,100): a judgement',
    ...MONEY,
  },
  integration_team_size: {
    low: 3,
    high: 12,
    reason: 'half a team to two teams working in parallel: a judgement',
    unit: 'people',
    min: 1,
    max: Number.POSITIVE_INFINITY,
    stated: SCALED,
  },
  integration_growth_per_year: {
    low: 0,
    high: 0.25,
    reason:
      'integrations that stay as built (0) to ones that deepen by a quarter a year: a judgement',
    ...SHARE,
    unit: 'share-per-year',
  },
  model_rebuild_person_days: {
    low: 60,
    high: 240,
    reason: 'three to twelve person-months to rebuild and retrain a model: a judgement',
    ...DAYS,
  },
  history_person_days_per_month: {
    low: 1,
    high: 6,
    reason: 'a third to twice the default effort per month of history re-collected: a judgement',
    ...DAYS,
  },
  default_training_history_months: {
    low: 6,
    high: 36,
    reason: 'half a year to three years of history behind a model that states none: a judgement',
    ...MONTHS,
  },
  replatform_person_days_per_workload: {
    low: 20,
    high: 80,
    reason: 'half to twice the default effort to move one workload: a judgement',
    ...DAYS,
  },
  replatform_person_days_per_integration: {
    low: 2,
    high: 10,
    reason: 'two days to two weeks to re-point and re-test one link: a judgement',
    ...DAYS,
  },
  data_recovery_person_days: {
    low: 20,
    high: 80,
    reason: 'half to twice the default effort to recover one data class: a judgement',
    ...DAYS,
  },
  reversibility_threshold_months: {
    low: 6,
    high: 24,
    reason:
      'half a year of margin (a cautious board) to two years (one ready to borrow against it): a judgement',
    ...MONTHS,
  },
  price_volatility: {
    low: 0.1,
    high: 0.35,
    reason:
      'yearly volatility of negotiated wholesale and platform prices, from stable multi-year deals (10%) to markets in flux (35%): a judgement',
    ...SHARE,
    unit: 'share-per-year',
  },
  alternative_price_gap: {
    low: 0.03,
    high: 0.2,
    reason:
      'an alternative barely cheaper (3%) to one a fifth cheaper, as a new entrant host may bid: a judgement',
    ...SHARE,
    max: 0.95,
  },
  bargaining_power: {
    low: 0.3,
    high: 0.7,
    reason:
      'the symmetric Nash solution ± 0.2: a small operator facing a large supplier to a large brand facing a small one: a judgement',
    ...SHARE,
    unit: 'ratio',
  },
  supplier_margin: {
    low: 0.25,
    high: 0.55,
    reason:
      'a quarter to more than half of the fee as the supplier’s margin, around the 30–40% EBITDA margins large mobile operators report: a judgement',
    ...SHARE,
    max: 0.95,
  },
};

/** The defaults of src/model/defaults.ts. */
export type ModelDefaultName = keyof typeof DEFAULTS;

/** A default that is not varied, and why. */
export interface NotVaried {
  readonly notVaried: string;
}

export const MODEL_DEFAULT_RANGES: Readonly<Record<ModelDefaultName, ParameterRange | NotVaried>> =
  {
    monthly_growth: {
      low: 0,
      high: 0.02,
      reason:
        'a base that adds no one (0) to one adding 2% a month before churn, a fast-growing challenger: a judgement',
      unit: 'share',
      min: 0,
      max: 1,
      stated: { kind: 'plusMinus', by: 0.01 },
    },
    monthly_churn: {
      low: 0.008,
      high: 0.04,
      reason:
        'the band in which European mobile operators report monthly churn: under 1% for contract bases to about 4% for prepaid: a judgement',
      ...SHARE,
    },
    discount_rate: {
      low: 0.06,
      high: 0.15,
      reason:
        'the cost of capital of a large listed telecom operator (6%) to that of a venture-funded small operator (15%): a judgement',
      ...SHARE,
      unit: 'share-per-year',
    },
    availability: {
      low: 0.995,
      high: 0.9999,
      reason:
        'two and a half nines (44 hours down a year) to four nines (53 minutes), the span of telecom supplier SLAs: a judgement',
      unit: 'availability',
      min: 0,
      max: 1,
      stated: SCALED,
    },
    group_availability: {
      low: 0.999,
      high: 0.99999,
      reason: 'a group-wide failure about 9 hours a year to about 5 minutes a year: a judgement',
      unit: 'availability',
      min: 0,
      max: 1,
      stated: SCALED,
    },
    horizon_months: {
      notVaried:
        'the planning horizon is the reader’s choice of how far to look, not an uncertain quantity: set operator.horizon_months to look further',
    },
  };

export function isVaried(range: ParameterRange | NotVaried): range is ParameterRange {
  return !('notVaried' in range);
}

/**
 * The range used for a parameter whose value in the model is `value` (the default or what the
 * model states): the table's range for the default; around a stated value, by the range's rule.
 * The ends stay within what the schema allows, always include the value, and are whole numbers
 * for months.
 */
export function rangeAround(
  range: ParameterRange,
  value: number,
  defaultValue: number,
  stated: boolean,
): { readonly low: number; readonly high: number } {
  let low = range.low;
  let high = range.high;
  // Ends computed from a stated value are rounded to three significant figures: 0.0101, not
  // 0.010133333333333334.
  const tidy = (v: number) => Number(v.toPrecision(3));
  if (stated && range.stated.kind === 'plusMinus') {
    low = tidy(value - range.stated.by);
    high = tidy(value + range.stated.by);
  } else if (stated && defaultValue !== 0) {
    low = tidy((range.low * value) / defaultValue);
    high = tidy((range.high * value) / defaultValue);
  }
  const clamp = (v: number) => Math.min(range.max, Math.max(range.min, v));
  const whole = (v: number) => (range.unit === 'months' ? Math.round(v) : v);
  return { low: whole(clamp(Math.min(low, value))), high: whole(clamp(Math.max(high, value))) };
}
