/**
 * The defaults and parameters a figure rests on, stated in words beside it: values the model
 * left to mvnoscope (its `assumptions`), and the lock-in economics' parameters with where each
 * came from. Values read as in every other output (src/assumptions.ts): percentages for
 * fractions, money with its currency, months as months. Nothing a figure depends on is
 * silently taken.
 */
import { assumedValue, loaderAssumption, parameterUnit } from '../../assumptions.js';
import type { ParameterName, ParameterUse } from '../../economics/parameters.js';
import type { Assumption } from '../../model/resolved-model.js';

/** The model's defaulted or derived values whose path passes `about`, one sentence each. */
export function modelDefaults(
  assumptions: readonly Assumption[],
  about: (path: readonly (string | number)[]) => boolean,
  currency: string,
): string[] {
  return assumptions
    .filter((a) => about(a.path))
    .map((a) => loaderAssumption(a, currency))
    .map((a) => `${a.path} = ${a.shown} (${a.basis}: ${a.reason})`);
}

/** The named parameters, each with its value and whether the model or the default set it. */
export function parameters(
  used: readonly ParameterUse[],
  names: readonly ParameterName[],
  currency: string,
): string[] {
  return used
    .filter((p) => names.includes(p.name))
    .map(
      (p) =>
        `economics.${p.name} = ${assumedValue(parameterUnit(p.name), p.value, currency)} (${p.source === 'default' ? `default: ${p.reason}` : 'from the model'})`,
    );
}

/** The operator's horizon and discount rate, as every money-over-time figure uses them. */
export function horizonAndRate(operator: {
  readonly horizon_months: number;
  readonly discount_rate: number;
}): string {
  return `Horizon ${operator.horizon_months} months; discount rate ${(operator.discount_rate * 100).toFixed(1)}% a year.`;
}
