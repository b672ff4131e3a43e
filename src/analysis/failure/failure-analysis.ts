/**
 * Failure analysis of a stack: minimal cut sets up to order 3 (order 1: the single points of
 * failure, including the hidden ones that act through shared hosting or an ownership group),
 * the blast radius of each provider and group, and the exact probability that service is lost.
 */

import type { ResolvedModel } from '../../model/resolved-model.js';
import { byId } from '../order.js';
import { BddBudgetExceeded } from '../reliability/bdd.js';
import { minimalCutSets } from '../reliability/cut-sets.js';
import { exactProbability } from '../reliability/exact-probability.js';
import { type BlastRadius, blastRadii } from './blast-radius.js';
import { type BasicEvent, buildFailureModel, type FailureModel } from './failure-model.js';

export const MAX_CUT_SET_ORDER = 3;
const MINUTES_PER_YEAR = 365.25 * 24 * 60;

export interface CutSet {
  readonly order: number;
  readonly events: readonly string[];
  /** The service-critical capabilities this combination of failures loses. */
  readonly capabilities: readonly string[];
}

/** How a single point of failure reaches a capability. */
export type FailurePath = 'sole_supplier' | 'shared_hosting' | 'ownership_group';

export interface SinglePointOfFailure {
  readonly event: string;
  readonly kind: BasicEvent['kind'];
  readonly subject: string;
  readonly capabilities: readonly { readonly capability: string; readonly path: FailurePath }[];
  /** True when no capability has it as its sole supplier: only hosting or a group reveals it. */
  readonly hidden: boolean;
}

export interface ServiceLoss {
  readonly probability: number;
  readonly availability: number;
  readonly downtimeMinutesPerYear: number;
  /** `exact` (a binary decision diagram) or, beyond its budget, the cut-set upper bound. */
  readonly method: 'exact' | 'cut_set_upper_bound';
  readonly bddNodes?: number;
}

export interface CapabilityLoss {
  readonly capability: string;
  readonly suppliers: readonly string[];
  readonly probability: number;
}

export interface FailureAnalysis {
  readonly events: readonly BasicEvent[];
  readonly cutSets: readonly CutSet[];
  readonly singlePoints: readonly SinglePointOfFailure[];
  readonly serviceLoss: ServiceLoss;
  readonly capabilityLoss: readonly CapabilityLoss[];
  readonly providerBlastRadius: readonly BlastRadius[];
  readonly groupBlastRadius: readonly BlastRadius[];
}

export interface FailureOptions {
  /**
   * Largest decision diagram built for the exact probability of losing service (default 50,000
   * nodes: the shipped examples need under 30; a diagram this size takes well under 0.1 s to
   * build, or to give up on). Each capability's own diagram gets a tenth.
   */
  readonly nodeBudget?: number;
}

export const DEFAULT_NODE_BUDGET = 50_000;

export function analyseFailures(
  model: ResolvedModel,
  options: FailureOptions = {},
): FailureAnalysis {
  const failure = buildFailureModel(model);
  const cutSets = criticalCutSets(failure);
  const probabilityOf = (id: string): number => failure.events.get(id)?.probability ?? 0;
  const { providers, groups } = blastRadii(model, failure);
  const serviceLoss = serviceLossOf(failure, cutSets, probabilityOf, options);
  return {
    events: [...failure.events.values()],
    cutSets,
    singlePoints: singlePointsOf(cutSets, failure),
    serviceLoss,
    // When the whole service fits a decision diagram, so does each capability (a sub-function);
    // when it does not, trying each capability again would cost more than it could tell.
    capabilityLoss: failure.criticalCapabilities.map((capability) => ({
      capability,
      suppliers: failure.suppliers.get(capability) ?? [],
      probability:
        serviceLoss.method === 'exact'
          ? probabilityOrBound(failure.capabilityLoss.get(capability), probabilityOf, options)
          : cutSetUpperBound(
              cutSets.filter((set) => set.capabilities.includes(capability)),
              probabilityOf,
            ),
    })),
    providerBlastRadius: providers,
    groupBlastRadius: groups,
  };
}

/**
 * Cut sets of each critical capability, merged: the service's minimal cut sets are the
 * minimal ones among them, and each loses the capabilities whose own cut sets it contains.
 */
function criticalCutSets(failure: FailureModel): CutSet[] {
  const byKey = new Map<string, { events: readonly string[]; capabilities: Set<string> }>();
  for (const capability of failure.criticalCapabilities) {
    const tree = failure.capabilityLoss.get(capability);
    if (tree === undefined) continue;
    for (const set of minimalCutSets(tree, MAX_CUT_SET_ORDER)) {
      const key = set.join('\u0000');
      const entry = byKey.get(key) ?? { events: set, capabilities: new Set<string>() };
      entry.capabilities.add(capability);
      byKey.set(key, entry);
    }
  }
  const all = [...byKey.values()];
  const minimal = all.filter(
    (candidate) =>
      !all.some((other) => other !== candidate && isProperSubset(other.events, candidate.events)),
  );
  return minimal
    .map((entry) => ({
      order: entry.events.length,
      events: entry.events,
      capabilities: capabilitiesLostBy(entry.events, byKey),
    }))
    .sort(
      (a, b) =>
        a.order - b.order ||
        b.capabilities.length - a.capabilities.length ||
        byId(a.events.join(), b.events.join()),
    );
}

/** A set loses every capability one of whose cut sets is among its subsets (at most 7 here). */
function capabilitiesLostBy(
  events: readonly string[],
  byKey: ReadonlyMap<string, { capabilities: ReadonlySet<string> }>,
): string[] {
  const lost = new Set<string>();
  const n = events.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    const subset = events.filter((_, i) => (mask >> i) & 1);
    for (const capability of byKey.get(subset.join('\u0000'))?.capabilities ?? [])
      lost.add(capability);
  }
  return [...lost].sort();
}

function isProperSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.length < large.length && small.every((e) => large.includes(e));
}

function singlePointsOf(cutSets: readonly CutSet[], failure: FailureModel): SinglePointOfFailure[] {
  return cutSets
    .filter((set) => set.order === 1)
    .map((set) => {
      const id = set.events[0] as string;
      const basic = failure.events.get(id) as BasicEvent;
      const capabilities = set.capabilities.map((capability) => ({
        capability,
        path: pathOf(basic, failure.suppliers.get(capability) ?? []),
      }));
      return {
        event: id,
        kind: basic.kind,
        subject: basic.subject,
        capabilities,
        hidden: capabilities.every((c) => c.path !== 'sole_supplier'),
      };
    });
}

function pathOf(basic: BasicEvent, suppliers: readonly string[]): FailurePath {
  if (basic.kind === 'group') return 'ownership_group';
  return suppliers.length === 1 && suppliers[0] === basic.subject
    ? 'sole_supplier'
    : 'shared_hosting';
}

function serviceLossOf(
  failure: FailureModel,
  cutSets: readonly CutSet[],
  probabilityOf: (id: string) => number,
  options: FailureOptions,
): ServiceLoss {
  try {
    const exact = exactProbability(failure.serviceLoss, probabilityOf, {
      nodeBudget: options.nodeBudget ?? DEFAULT_NODE_BUDGET,
    });
    return describe(exact.probability, 'exact', exact.bddNodes);
  } catch (error) {
    if (!(error instanceof BddBudgetExceeded)) throw error;
    return describe(cutSetUpperBound(cutSets, probabilityOf), 'cut_set_upper_bound');
  }
}

function probabilityOrBound(
  tree: FailureModel['serviceLoss'] | undefined,
  probabilityOf: (id: string) => number,
  options: FailureOptions,
): number {
  if (tree === undefined) return 0;
  try {
    // A capability's own diagram gets a tenth of the budget: there are many of them.
    const nodeBudget = Math.ceil((options.nodeBudget ?? DEFAULT_NODE_BUDGET) / 10);
    return exactProbability(tree, probabilityOf, { nodeBudget }).probability;
  } catch (error) {
    if (!(error instanceof BddBudgetExceeded)) throw error;
    return cutSetUpperBound(
      minimalCutSets(tree, MAX_CUT_SET_ORDER).map((events) => ({
        order: events.length,
        events,
        capabilities: [],
      })),
      probabilityOf,
    );
  }
}

/**
 * The min-cut upper bound used in probabilistic safety assessment: 1 − Π(1 − P(C)) over the
 * minimal cut sets; here over those up to order 3, which is an approximation when larger ones
 * exist (they are orders of magnitude less likely when components have high availability).
 */
function cutSetUpperBound(
  cutSets: readonly CutSet[],
  probabilityOf: (id: string) => number,
): number {
  let survive = 1;
  for (const set of cutSets) survive *= 1 - set.events.reduce((p, id) => p * probabilityOf(id), 1);
  return 1 - survive;
}

function describe(
  probability: number,
  method: ServiceLoss['method'],
  bddNodes?: number,
): ServiceLoss {
  return {
    probability,
    availability: 1 - probability,
    downtimeMinutesPerYear: probability * MINUTES_PER_YEAR,
    method,
    ...(bddNodes === undefined ? {} : { bddNodes }),
  };
}
