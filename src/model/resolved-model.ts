/**
 * The model as analyses read it: every default filled in (and listed as an assumption),
 * supplies in one shape, and the capabilities in scope resolved against the catalogue.
 */
import type { Layer } from './layers.js';
import type { ModelPath } from './load/diagnostic.js';
import type { Group, Operator, Provider, SimGroup, StackModel } from './schema/model.js';
import type { ARRANGEMENTS } from './schema/providers.js';

export type Arrangement = (typeof ARRANGEMENTS)[number];

export interface ResolvedSupply {
  readonly capability: string;
  readonly share: number;
  readonly arrangement: Arrangement;
  readonly standby: boolean;
}

export interface ResolvedProvider
  extends Omit<Provider, 'supplies' | 'availability' | 'group' | 'hosted_on'> {
  readonly supplies: readonly ResolvedSupply[];
  readonly availability: number;
  /** Ownership group; a provider named in no group is a group of its own (its id). */
  readonly group: string;
  readonly hosted_on: readonly string[];
}

export interface ResolvedCapability {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly layers: readonly Layer[];
  readonly critical: boolean;
  /** Declared by the model rather than taken from the catalogue. */
  readonly custom: boolean;
}

export interface ResolvedOperator extends Operator {
  readonly monthly_growth: number;
  readonly monthly_churn: number;
  readonly horizon_months: number;
  readonly discount_rate: number;
  readonly annual_turnover: number;
}

/**
 * An ownership group. Its `availability` is that of a group-wide common cause (shared
 * operations, insolvency) taking every member down at once; 1 for a group of one provider.
 */
export interface ResolvedGroup extends Group {
  readonly availability: number;
  readonly members: readonly string[];
}

/** A SIM group with the host networks it can attach to resolved (model/sim-attachment.ts). */
export interface ResolvedSimGroup extends Omit<SimGroup, 'attaches_to'> {
  readonly attaches_to: string[];
}

export interface ResolvedModel
  extends Omit<StackModel, 'operator' | 'providers' | 'capabilities' | 'groups' | 'sims'> {
  readonly operator: ResolvedOperator;
  /** The declared groups, with their members. */
  readonly groups: readonly ResolvedGroup[];
  readonly providers: readonly ResolvedProvider[];
  /** Every capability in scope: declared under `capabilities` or supplied by a provider. */
  readonly capabilities: readonly ResolvedCapability[];
  readonly sims?: readonly ResolvedSimGroup[];
}

/**
 * A value the model did not give that a result depends on. `default` is mvnoscope's stated
 * assumption; `derived` is computed from other figures in the model.
 */
export interface Assumption {
  readonly path: ModelPath;
  readonly value: number | string;
  readonly basis: 'default' | 'derived';
  readonly reason: string;
}
