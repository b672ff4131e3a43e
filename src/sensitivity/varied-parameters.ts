/**
 * The parameters a sensitivity run varies for one model: every lock-in economics parameter,
 * the operator's growth, churn and discount rate, and the availability defaults where the model
 * leaves a provider's or a group's availability to them. Each with the value the model uses
 * (stated or default), the low and high ends it is varied between and why.
 */

import {
  economicsParameters,
  PARAMETER_DEFAULTS,
  type ParameterName,
} from '../economics/parameters.js';
import { DEFAULTS } from '../model/defaults.js';
import type { Assumption, ResolvedModel } from '../model/resolved-model.js';
import { counted } from '../text/whole-number.js';
import {
  ECONOMICS_RANGES,
  isVaried,
  MODEL_DEFAULT_RANGES,
  type ModelDefaultName,
  type ParameterUnit,
  rangeAround,
} from './parameter-ranges.js';

/** Where a parameter lives in the model, which decides how it is pinned. */
export type ParameterTarget =
  | { readonly kind: 'economics'; readonly name: ParameterName }
  | {
      readonly kind: 'operator';
      readonly name: 'monthly_growth' | 'monthly_churn' | 'discount_rate';
    }
  /** The default availability, on the providers (or groups) at these indices that state none. */
  | { readonly kind: 'provider_availability'; readonly indices: readonly number[] }
  | { readonly kind: 'group_availability'; readonly indices: readonly number[] };

export interface VariedParameter {
  /** The parameter's name: an `economics` key or a default of the model's defaults. */
  readonly name: string;
  /** Where in the model it is written, e.g. `economics.sim_swap_cost`. */
  readonly path: string;
  readonly unit: ParameterUnit;
  /** The value every headline figure uses. */
  readonly value: number;
  readonly source: 'model' | 'default';
  readonly low: number;
  readonly high: number;
  /** Why these ends, and how they follow a stated value. */
  readonly reason: string;
  readonly target: ParameterTarget;
}

export interface UnvariedParameter {
  readonly name: string;
  readonly reason: string;
}

export interface ParameterSet {
  readonly varied: readonly VariedParameter[];
  readonly notVaried: readonly UnvariedParameter[];
}

const OPERATOR_PARAMETERS = ['monthly_growth', 'monthly_churn', 'discount_rate'] as const;

export function variedParameters(
  model: ResolvedModel,
  assumptions: readonly Assumption[],
): ParameterSet {
  const varied: VariedParameter[] = [];
  const notVaried: UnvariedParameter[] = [];
  for (const use of economicsParameters(model).used) {
    const range = ECONOMICS_RANGES[use.name];
    varied.push({
      name: use.name,
      path: `economics.${use.name}`,
      unit: range.unit,
      value: use.value,
      source: use.source,
      ...rangeAround(range, use.value, PARAMETER_DEFAULTS[use.name].value, use.source === 'model'),
      reason: reasonFor(range.reason, range.stated, use.source),
      target: { kind: 'economics', name: use.name },
    });
  }
  const defaulted = (path: (a: Assumption) => boolean) =>
    assumptions.filter((a) => a.basis === 'default' && path(a));
  for (const name of OPERATOR_PARAMETERS) {
    const range = MODEL_DEFAULT_RANGES[name];
    if (!isVaried(range)) continue;
    const source =
      defaulted((a) => a.path[0] === 'operator' && a.path[1] === name).length > 0
        ? 'default'
        : 'model';
    const value = model.operator[name];
    varied.push({
      name,
      path: `operator.${name}`,
      unit: range.unit,
      value,
      source,
      ...rangeAround(range, value, DEFAULTS[name].value, source === 'model'),
      reason: reasonFor(range.reason, range.stated, source),
      target: { kind: 'operator', name },
    });
  }
  const availability = (
    name: 'availability' | 'group_availability',
    section: 'providers' | 'groups',
  ) => {
    const range = MODEL_DEFAULT_RANGES[name];
    if (!isVaried(range)) return;
    const indices = defaulted(
      (a) => a.path[0] === section && a.path[2] === 'availability' && a.path.length === 3,
    ).map((a) => a.path[1] as number);
    if (indices.length === 0) {
      notVaried.push({
        name,
        reason: `every ${section === 'providers' ? 'provider' : 'ownership group of two or more'} in the model states its availability; stated availabilities are the suppliers' own figures and are not varied`,
      });
      return;
    }
    const value = DEFAULTS[name].value;
    varied.push({
      name,
      path: `${section}[].availability`,
      unit: range.unit,
      value,
      source: 'default',
      ...rangeAround(range, value, value, false),
      reason: `${range.reason}; applied to the ${counted(indices.length, section === 'providers' ? 'provider' : 'group')} that state no availability`,
      target:
        section === 'providers'
          ? { kind: 'provider_availability', indices }
          : { kind: 'group_availability', indices },
    });
  };
  availability('availability', 'providers');
  availability('group_availability', 'groups');
  for (const [name, range] of Object.entries(MODEL_DEFAULT_RANGES) as [
    ModelDefaultName,
    (typeof MODEL_DEFAULT_RANGES)[ModelDefaultName],
  ][]) {
    if (!isVaried(range)) notVaried.push({ name, reason: range.notVaried });
  }
  return { varied, notVaried };
}

function reasonFor(
  reason: string,
  rule: (typeof ECONOMICS_RANGES)[ParameterName]['stated'],
  source: 'model' | 'default',
): string {
  if (source === 'default') return reason;
  return rule.kind === 'plusMinus'
    ? `the model states this value: varied by ± ${pointsOf(rule.by)} around it (default range: ${reason})`
    : `the model states this value: the default range scaled to it (default range: ${reason})`;
}

/** A share's width in percentage points, for the reason: 0.01 → "1 percentage point". */
function pointsOf(share: number): string {
  const points = Number((share * 100).toFixed(4));
  return `${points} percentage point${points === 1 ? '' : 's'}`;
}
