/**
 * The parameters of the lock-in economics, each with a stated default and the reason for it.
 * A model overrides any of them in its `economics` section; every value used is reported with
 * where it came from, so no figure rests on a hidden number.
 */
import type { ResolvedModel } from '../model/resolved-model.js';

export const PARAMETER_DEFAULTS = {
  sim_swap_cost: {
    value: 5,
    reason:
      'card, logistics and handling of one replacement SIM (no public per-SIM figure; mvno-domain.md §2.7)',
  },
  swap_attrition: {
    value: 0.1,
    reason:
      'a tenth of subscribers asked to swap a SIM or port leave instead ("migration attrition", mvno-domain.md §2.2; no public rate exists)',
  },
  customer_value_months: {
    value: 24,
    reason: 'two years of margin: a typical expected lifetime at 4% monthly churn',
  },
  porting_cost_per_number: {
    value: 2,
    reason:
      'per-number porting handling where numbers are sub-allocated (Ofcom 2012, mvno-domain.md §2.6)',
  },
  swap_campaign_months: {
    value: 12,
    reason:
      'a base-wide SIM swap takes a year or more (Asda 2021; Virgin Mobile 2019–2021, mvno-domain.md §2.7)',
  },
  integration_day_rate: { value: 700, reason: 'a blended telecom integration day rate' },
  integration_team_size: { value: 6, reason: 'one integration team working in parallel' },
  integration_growth_per_year: {
    value: 0.1,
    reason: 'integrations deepen as products and reports are added to them',
  },
  model_rebuild_person_days: {
    value: 120,
    reason: 'six person-months to rebuild and retrain a production model elsewhere',
  },
  history_person_days_per_month: {
    value: 3,
    reason:
      "re-collecting and relabelling one month of operating history (outcomes, feedback, labels) that stays inside a vendor's model: data gravity, a judgement (no public figure)",
  },
  default_training_history_months: {
    value: 12,
    reason:
      'months a model has learnt from when its use case states no training history and no contract dates the platform',
  },
  replatform_person_days_per_workload: {
    value: 40,
    reason:
      "moving one of the operator's own workloads (a warehouse, a service, a model's serving) to another cloud: rebuild, data transfer and cut-over, a judgement",
  },
  replatform_person_days_per_integration: {
    value: 5,
    reason: 're-pointing and re-testing one link of a moved workload',
  },
  data_recovery_person_days: {
    value: 40,
    reason: 'extracting and reconciling a data class without a data-return clause',
  },
  reversibility_threshold_months: {
    value: 12,
    reason:
      'besides its cash, an operator can fund an exit from a year of the operating margin it projects at that month',
  },
  price_volatility: {
    value: 0.2,
    reason: 'yearly volatility of wholesale and platform prices against alternatives',
  },
  alternative_price_gap: {
    value: 0.1,
    reason: 'the best alternative offer is a tenth cheaper than the incumbent',
  },
  bargaining_power: { value: 0.5, reason: 'equal bargaining power (the symmetric Nash solution)' },
  supplier_margin: {
    value: 0.4,
    reason: "a supplier's margin on wholesale and platform fees: its cost is the remaining 60%",
  },
} as const;

export type ParameterName = keyof typeof PARAMETER_DEFAULTS;

export interface ParameterUse {
  readonly name: ParameterName;
  readonly value: number;
  readonly source: 'model' | 'default';
  readonly reason: string;
}

export type Parameters = Readonly<Record<ParameterName, number>>;

export function economicsParameters(model: ResolvedModel): {
  values: Parameters;
  used: ParameterUse[];
} {
  const given = model.economics ?? {};
  const used: ParameterUse[] = [];
  const values = {} as Record<ParameterName, number>;
  for (const name of Object.keys(PARAMETER_DEFAULTS) as ParameterName[]) {
    const stated = given[name];
    const { value, reason } = PARAMETER_DEFAULTS[name];
    values[name] = stated ?? value;
    used.push({
      name,
      value: stated ?? value,
      source: stated === undefined ? 'default' : 'model',
      reason,
    });
  }
  return { values, used };
}
