/**
 * The assumptions the figures rest on: every value mvnoscope supplied where the model gives
 * none (a default) and every value it computed from other figures of the model (derived), each
 * with its value in one number style and its reason. Every output — `analyze`, `lockin`, the
 * report and the web app — shows this one list, so none can say "none" while a figure rests on
 * a default (DESIGN §3: defaults are stated in the output).
 *
 * Sources: the loader's defaults and derived values (src/model/defaults.ts), the contract
 * calendar's renewal terms, the lock-in parameters taken from their defaults
 * (src/economics/parameters.ts) and, when a stress test or the optimiser ran, the shock
 * library's and the design space's defaults.
 *
 * Not listed: values the model states (they are the model, not assumptions about it), and the
 * method's constants — the scorecard's weights and position gap, the cut-set order, trial
 * counts and seeds — which are the documented method, the same for every operator.
 */
import type { Lockin } from './economics/lockin.js';
import type { ParameterUse } from './economics/parameters.js';
import { DEFAULT_RENEWAL_MONTHS } from './model/contract-calendar.js';
import { formatPath, type ModelPath } from './model/load/diagnostic.js';
import type { Assumption, ResolvedModel } from './model/resolved-model.js';
import { SUBSCRIBER_LINKED_CATEGORIES } from './model/schema/data-classes.js';
import { EconomicsSchema } from './model/schema/economics.js';
import { Fraction, Money, Months } from './model/schema/primitives.js';
import { DEFAULT_LOCKIN_MONTH } from './optimize/design-space.js';
import type { CompiledScenario } from './stress/scenario.js';
import {
  BREACH_COST_PER_RECORD,
  FAILOVER_HOURS,
  type Frequency,
  SHOCK_KINDS,
  SHOCK_LIBRARY,
  type ShockKind,
  type ShockSeverity,
} from './stress/shock-library.js';

/** How a value reads: the unit decides percentages, money, months or hours. */
export type AssumptionUnit =
  | 'share'
  | 'share_a_month'
  | 'share_a_year'
  | 'rate_a_year'
  | 'money'
  | 'months'
  | 'hours'
  | 'person_days'
  | 'number'
  | 'text';

/** Which part of the method the value feeds. */
export type AssumptionTopic = 'model' | 'economics' | 'stress' | 'design_space';

export interface StatedAssumption {
  /** Where the model would state it: a model path, `economics.<name>`, `scenarios[kind=…].<field>`. */
  readonly path: string;
  readonly value: number | string;
  readonly unit: AssumptionUnit;
  /** The value as every output prints it. */
  readonly shown: string;
  readonly basis: 'default' | 'derived';
  readonly topic: AssumptionTopic;
  readonly reason: string;
}

export interface AssumptionSources {
  readonly model: ResolvedModel;
  /** The loader's defaults and derived values (LoadSuccess.assumptions). */
  readonly assumptions: readonly Assumption[];
  /** The lock-in economics the figures were computed with; its parameters say where each came from. */
  readonly lockin: Pick<Lockin, 'parameters'>;
  /** The stress test's compiled shocks, when one ran: their library defaults are assumptions too. */
  readonly scenario?: Pick<CompiledScenario, 'sources'>;
  /** True when the design space was optimised, so its defaults were used. */
  readonly optimised?: boolean;
}

/** Every default and derived value the figures rest on, in the order the model reads. */
export function statedAssumptions(sources: AssumptionSources): StatedAssumption[] {
  const currency = sources.model.operator.currency;
  return [
    ...sources.assumptions.map((a) => loaderAssumption(a, currency)),
    ...contractRenewals(sources.model),
    ...economicsDefaults(sources.lockin, currency),
    ...(sources.scenario === undefined ? [] : shockDefaults(sources.model, sources.scenario)),
    ...(sources.optimised === true ? designSpaceDefaults(sources.model) : []),
  ];
}

/** True when the figures rest on no default at all (derived values are the model's own). */
export function nothingDefaulted(list: readonly StatedAssumption[]): boolean {
  return list.every((a) => a.basis !== 'default');
}

/** The lock-in parameters the model states, as `economics.name = value`: not assumptions, but named. */
export function parametersStatedInModel(
  parameters: readonly ParameterUse[],
  currency: string,
): string[] {
  return parameters
    .filter((p) => p.source === 'model')
    .map((p) => `economics.${p.name} = ${assumedValue(parameterUnit(p.name), p.value, currency)}`);
}

/** Alike assumptions in several places (an availability on 300 providers) read as one line. */
export interface AlikeAssumptions extends StatedAssumption {
  /** Every path the value applies to; `path` names them all when there are several. */
  readonly places: readonly string[];
}

export function alikeAssumptions(list: readonly StatedAssumption[]): AlikeAssumptions[] {
  const groups = new Map<string, StatedAssumption[]>();
  for (const a of list) {
    const key = [pattern(a.path), a.shown, a.basis, a.reason].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()].map((members) => {
    const first = members[0] as StatedAssumption;
    const places = members.map((m) => m.path);
    return { ...first, path: places.length === 1 ? first.path : pattern(first.path), places };
  });
}

/** `providers[3].availability` → `providers[].availability`. */
function pattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** A value in the one number style: percentages for fractions, money with its currency, months as months. */
export function assumedValue(unit: AssumptionUnit, value: number | string, currency: string) {
  if (typeof value === 'string') return value === '' ? 'none' : value;
  switch (unit) {
    case 'share':
      return percent(value);
    case 'share_a_month':
      return `${percent(value)} a month`;
    case 'share_a_year':
      return `${percent(value)} a year`;
    case 'rate_a_year':
      return `${plain(value)} a year`;
    case 'money':
      return `${amount(value)} ${currency}`;
    case 'months':
      return `${plain(value)} month${value === 1 ? '' : 's'}`;
    case 'hours':
      return `${plain(value)} hour${value === 1 ? '' : 's'}`;
    case 'person_days':
      return `${plain(value)} person-day${value === 1 ? '' : 's'}`;
    default:
      return plain(value);
  }
}

function percent(fraction: number): string {
  return `${plain(fraction * 100)}%`;
}

// Formatters built once: toLocaleString builds an Intl.NumberFormat per call, which took a
// second of `analyze` on a model with 50,000 providers (an assumption on each).
const UP_TO_THREE_DECIMALS = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
const WHOLE_UNITS = new Intl.NumberFormat('en', {
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const CENTS = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Grouped digits, up to three decimals, never scientific, never "-0". */
function plain(value: number): string {
  const text = UP_TO_THREE_DECIMALS.format(value);
  return text === '-0' ? '0' : text;
}

/** Whole units for sums; cents for unit prices below 100 that have them. */
function amount(value: number): string {
  const inCents = Math.round(value * 100) / 100;
  const digits = Math.abs(value) < 100 && !Number.isInteger(inCents) ? 2 : 0;
  const rounded = digits === 0 ? Math.round(value) : inCents;
  return (digits === 0 ? WHOLE_UNITS : CENTS).format(rounded === 0 ? 0 : rounded);
}

/** Units of the loader's values, by the field they fill. */
const FIELD_UNITS: Readonly<Record<string, AssumptionUnit>> = {
  monthly_growth: 'share_a_month',
  monthly_churn: 'share_a_month',
  discount_rate: 'share_a_year',
  horizon_months: 'months',
  annual_turnover: 'money',
  availability: 'share',
  share: 'share',
  attaches_to: 'text',
};

/** One of the loader's defaults or derived values, in the one number style. */
export function loaderAssumption(a: Assumption, currency: string): StatedAssumption {
  return stated(
    a.path,
    a.value,
    unitOfField(a.path, a.value),
    a.basis,
    'model',
    a.reason,
    currency,
  );
}

function unitOfField(path: ModelPath, value: number | string): AssumptionUnit {
  const field = [...path].reverse().find((s): s is string => typeof s === 'string') ?? '';
  return FIELD_UNITS[field] ?? (typeof value === 'string' ? 'text' : 'number');
}

function stated(
  path: ModelPath | string,
  value: number | string,
  unit: AssumptionUnit,
  basis: 'default' | 'derived',
  topic: AssumptionTopic,
  reason: string,
  currency: string,
): StatedAssumption {
  const where = typeof path === 'string' ? path : formatPath(path);
  return {
    path: where,
    value,
    unit,
    shown: assumedValue(unit, value, currency),
    basis,
    topic,
    reason,
  };
}

/**
 * Renewing contracts: the renewal length where none is stated, and the renewal terms' break
 * cost carried over from the initial term (src/model/contract-calendar.ts: a renewal continues
 * on the contract's terms).
 */
function contractRenewals(model: ResolvedModel): StatedAssumption[] {
  return (model.contracts ?? []).flatMap((contract, index) => {
    if (contract.auto_renewal !== true) return [];
    const currency = contract.currency ?? model.operator.currency;
    const at = (field: string): ModelPath => ['contracts', index, field];
    const list: StatedAssumption[] = [];
    if (contract.renewal_term_months === undefined)
      list.push(
        stated(
          at('renewal_term_months'),
          DEFAULT_RENEWAL_MONTHS,
          'months',
          'default',
          'model',
          `${contract.id} renews automatically and states no renewal length: it renews for a year at a time, the common auto-renewal term`,
          currency,
        ),
      );
    if (contract.renewal_exit_fee !== undefined) return list;
    if (contract.exit_fee !== undefined)
      list.push(
        stated(
          at('renewal_exit_fee'),
          contract.exit_fee,
          'money',
          'derived',
          'model',
          `${contract.id} states no fee for breaking a renewal term: a renewal continues on the contract's terms, so its exit_fee`,
          currency,
        ),
      );
    else if (
      (contract.minimum_commitment_per_month ?? 0) > 0 &&
      contract.renewal_minimum_commitment === undefined
    )
      list.push(
        stated(
          at('renewal_minimum_commitment'),
          contract.minimum_commitment_per_month ?? 0,
          'money',
          'derived',
          'model',
          `${contract.id} states no commitment for its renewal terms: each renewal commits the initial minimum_commitment_per_month, which a break in a renewal term owes for the rest of it`,
          currency,
        ),
      );
    return list;
  });
}

/** The lock-in parameters that came from their defaults, each in its schema unit. */
function economicsDefaults(
  lockin: Pick<Lockin, 'parameters'>,
  currency: string,
): StatedAssumption[] {
  return lockin.parameters
    .filter((p) => p.source === 'default')
    .map((p) =>
      stated(
        `economics.${p.name}`,
        p.value,
        parameterUnit(p.name),
        'default',
        'economics',
        p.reason,
        currency,
      ),
    );
}

/**
 * A parameter's unit from the type its schema field has (money, fraction, months), refined by
 * its name (`…_per_year`, `…_person_days`): parameters added later read right without a table.
 */
export function parameterUnit(name: string): AssumptionUnit {
  const field = (EconomicsSchema.shape as Readonly<Record<string, unknown>>)[name];
  const inner =
    field !== null && typeof field === 'object' && 'unwrap' in field
      ? (field as { unwrap(): unknown }).unwrap()
      : field;
  if (inner === Money) return 'money';
  if (inner === Months) return 'months';
  if (inner === Fraction)
    return name.includes('per_year')
      ? 'share_a_year'
      : name.includes('per_month')
        ? 'share_a_month'
        : 'share';
  return name.includes('person_days') ? 'person_days' : 'number';
}

/** What a shock's severity measures: hours for outages, a proportion for the rest. */
function severityUnit(kind: ShockKind): 'hours' | 'share' {
  return kind === 'host_outage' || kind === 'provider_outage' ? 'hours' : 'share';
}

/**
 * The library frequency and severity of every shock the stress test drew from, unless the
 * model's scenarios set them; and the library's own constants where a shock used them.
 */
function shockDefaults(
  model: ResolvedModel,
  scenario: Pick<CompiledScenario, 'sources'>,
): StatedAssumption[] {
  const currency = model.operator.currency;
  const used = new Set(scenario.sources.map((s) => s.kind));
  const list: StatedAssumption[] = [];
  for (const kind of SHOCK_KINDS) {
    if (!used.has(kind)) continue;
    const shock = SHOCK_LIBRARY[kind];
    const override = [...(model.scenarios ?? [])].reverse().find((s) => s.kind === kind);
    const frequencyStated =
      override?.probability !== undefined || override?.rate_per_year !== undefined;
    // Outages take their rate from the availability (listed above where it is a default).
    if (!frequencyStated && !Number.isNaN(shock.frequency.value))
      list.push(frequencyDefault(kind, shock.frequency, shock.title, shock.reason, currency));
    if (override?.severity === undefined)
      list.push({
        ...stated(
          `scenarios[kind=${kind}].severity`,
          severityValue(shock.severity),
          'text',
          'default',
          'stress',
          `${shock.title}: ${shock.reason}`,
          currency,
        ),
        shown: describeSeverity(kind, shock.severity),
      });
  }
  if (used.has('provider_breach')) list.push(...breachDefaults(model));
  if (scenario.sources.some((s) => s.kind === 'host_outage' && s.cap === FAILOVER_HOURS))
    list.push(
      stated(
        'stress.failover_hours',
        FAILOVER_HOURS,
        'hours',
        'default',
        'stress',
        'with a second network ready, traffic moves within half an hour (multi-IMSI steering, standby routing): a host outage costs at most this long (the shock library, not set in the model)',
        currency,
      ),
    );
  return list;
}

function frequencyDefault(
  kind: ShockKind,
  frequency: Frequency,
  title: string,
  reason: string,
  currency: string,
): StatedAssumption {
  const probability = frequency.kind === 'probability';
  return stated(
    `scenarios[kind=${kind}].${probability ? 'probability' : 'rate_per_year'}`,
    frequency.value,
    probability ? 'share_a_year' : 'rate_a_year',
    'default',
    'stress',
    `${title}: ${reason}`,
    currency,
  );
}

/** A breach's handling cost per record, and the records of classes that state no count. */
function breachDefaults(model: ResolvedModel): StatedAssumption[] {
  const currency = model.operator.currency;
  const records = (model.data ?? []).flatMap((d, index) =>
    d.records === undefined && SUBSCRIBER_LINKED_CATEGORIES.has(d.category)
      ? [
          stated(
            ['data', index, 'records'],
            model.operator.subscribers,
            'number',
            'derived',
            'stress',
            `${d.id} is subscriber-linked and states no record count: one record per subscriber`,
            currency,
          ),
        ]
      : [],
  );
  return [
    stated(
      'stress.breach_cost_per_record',
      BREACH_COST_PER_RECORD,
      'money',
      'default',
      'stress',
      'handling one exposed record in a breach (notification, support, monitoring), added to any fine (the shock library, not set in the model)',
      currency,
    ),
    ...records,
  ];
}

/** A severity as it reads: its range and most likely value, in hours or percentages. */
export function describeSeverity(kind: ShockKind, severity: ShockSeverity): string {
  const unit = severityUnit(kind);
  const v = (x: number) => assumedValue(unit, x, '');
  switch (severity.kind) {
    case 'triangular':
      return `${v(severity.min)} to ${v(severity.max)}, most likely ${v(severity.mode)}`;
    case 'lognormal':
      return `lognormal, median ${v(severity.median)}, σ ${plain(severity.sigma)}`;
    case 'normal':
      return `normal, mean ${v(severity.mean)}, standard deviation ${v(severity.sd)}`;
    case 'uniform':
      return severity.min === severity.max
        ? v(severity.min)
        : `${v(severity.min)} to ${v(severity.max)}, uniform`;
  }
}

function severityValue(severity: ShockSeverity): string {
  const { kind, ...parameters } = severity;
  return `${kind}(${Object.entries(parameters)
    .map(([k, x]) => `${k} ${x}`)
    .join(', ')})`;
}

/** The design space's horizon and lock-in month, where it states none. */
function designSpaceDefaults(model: ResolvedModel): StatedAssumption[] {
  const space = model.design_space;
  if (space === undefined) return [];
  const currency = model.operator.currency;
  const list: StatedAssumption[] = [];
  if (space.horizon_months === undefined)
    list.push(
      stated(
        'design_space.horizon_months',
        model.operator.horizon_months,
        'months',
        'derived',
        'design_space',
        "the designs' costs are discounted over the operator's horizon",
        currency,
      ),
    );
  if (space.lockin_at_month === undefined)
    list.push(
      stated(
        'design_space.lockin_at_month',
        DEFAULT_LOCKIN_MONTH,
        'months',
        'default',
        'design_space',
        'lock-in (exit cost) is compared three years after launch, once integrations have deepened (docs/optimize.md)',
        currency,
      ),
    );
  return list;
}
