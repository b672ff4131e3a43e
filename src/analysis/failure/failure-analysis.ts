/**
 * Failure analysis of a stack: minimal cut sets up to order 3 (order 1: the single points of
 * failure, including the hidden ones that act through shared hosting, an ownership group or
 * an alternative no SIM can reach), the blast radius of each provider and group, the exact
 * probability that the whole service is lost (some critical capability lost for every
 * subscriber) and the expected share of subscribers without service.
 */

import type { ResolvedModel } from '../../model/resolved-model.js';
import { byId } from '../order.js';
import { BddBudgetExceeded } from '../reliability/bdd.js';
import type { CutSetEvents } from '../reliability/cut-sets.js';
import { type BlastRadius, blastRadii } from './blast-radius.js';
import { capabilityCutSets } from './capability-cut-sets.js';
import { downProbability } from './down-diagram.js';
import {
  type BasicEvent,
  buildFailureModel,
  probabilityOf as eventProbability,
  type FailureModel,
} from './failure-model.js';
import type { PortionReading } from './service-portions.js';
import { expectedSharesLost, type SubscriberLoss, subscriberLoss } from './subscriber-loss.js';

export const MAX_CUT_SET_ORDER = 3;
const MINUTES_PER_YEAR = 365.25 * 24 * 60;

export interface CutSet {
  /** Events in the set; 0 for a capability lost with certainty, whatever fails. */
  readonly order: number;
  readonly events: readonly string[];
  /** The service-critical capabilities this combination of failures loses for every subscriber. */
  readonly capabilities: readonly string[];
}

/**
 * How a single point of failure reaches a capability: it is the sole supplier; it hosts every
 * supplier (shared hosting); its group's common cause takes every supplier down; or it is the
 * only supplier the SIMs can reach, the others being hosts no SIM can attach to.
 */
export type FailurePath = 'sole_supplier' | 'shared_hosting' | 'ownership_group' | 'sim_attachment';

export interface SinglePointOfFailure {
  readonly event: string;
  readonly kind: BasicEvent['kind'];
  readonly subject: string;
  readonly capabilities: readonly { readonly capability: string; readonly path: FailurePath }[];
  /**
   * True when some capability it loses does not show it: that capability's sole supplier is
   * neither the provider itself nor, for a group, one of the group's members. A group whose
   * members are the visible sole suppliers of every capability it loses is not hidden.
   */
  readonly hidden: boolean;
}

/** The probability that the whole service is lost: some critical capability lost for everyone. */
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
  /** P(the capability is lost for every subscriber). */
  readonly probability: number;
  /** E[L_c]: the expected share of subscribers without it, Σ portion weight × P(unserved). */
  readonly expectedShareLost: number;
  /** How its subscribers are divided among suppliers (service-portions.ts). */
  readonly reading: PortionReading;
}

export interface FailureAnalysis {
  readonly events: readonly BasicEvent[];
  readonly cutSets: readonly CutSet[];
  readonly singlePoints: readonly SinglePointOfFailure[];
  readonly serviceLoss: ServiceLoss;
  /** The expected share of subscribers without service, beside the whole-service probability. */
  readonly subscriberLoss: SubscriberLoss;
  readonly capabilityLoss: readonly CapabilityLoss[];
  readonly providerBlastRadius: readonly BlastRadius[];
  readonly groupBlastRadius: readonly BlastRadius[];
}

export interface FailureOptions {
  /**
   * Largest decision diagram built for the exact probability of losing service (default 50,000
   * nodes: the shipped examples need under 30; a diagram this size takes well under 0.1 s to
   * build, or to give up on). Each capability's own diagram gets a tenth; the expected share of
   * subscribers without service gets the whole budget again.
   */
  readonly nodeBudget?: number;
}

export const DEFAULT_NODE_BUDGET = 50_000;

export function analyseFailures(
  model: ResolvedModel,
  options: FailureOptions = {},
): FailureAnalysis {
  const failure = buildFailureModel(model);
  const ownCutSets = capabilityCutSetsOf(failure);
  const cutSets = criticalCutSets(failure, ownCutSets);
  const probabilityOf = (id: string): number => eventProbability(failure, id);
  const { providers, groups } = blastRadii(model, failure);
  const serviceLoss = serviceLossOf(failure, cutSets, probabilityOf, options);
  const budget = { nodeBudget: options.nodeBudget ?? DEFAULT_NODE_BUDGET };
  const sharesLost = expectedSharesLost(failure, budget);
  // Beyond the whole service's budget, the share's diagram (a finer function) would be too.
  const subscribers = subscriberLoss(failure, sharesLost, model.operator.subscribers, {
    ...budget,
    exact: serviceLoss.method === 'exact',
  });
  return {
    events: failure.eventList,
    cutSets,
    singlePoints: singlePointsOf(cutSets, failure),
    serviceLoss,
    subscriberLoss: subscribers,
    // When the whole service fits a decision diagram, so does each capability (a sub-function);
    // when it does not, trying each capability again would cost more than it could tell.
    capabilityLoss: failure.criticalCapabilities.map((capability) => ({
      capability,
      suppliers: failure.suppliers.get(capability) ?? [],
      probability:
        serviceLoss.method === 'exact'
          ? probabilityOrBound(failure, capability, ownCutSets, probabilityOf, options)
          : cutSetUpperBound(
              cutSets.filter((set) => set.capabilities.includes(capability)),
              probabilityOf,
            ),
      expectedShareLost: sharesLost.shares.get(capability) ?? 0,
      reading: failure.portions.get(capability)?.reading ?? 'no_supplier',
    })),
    providerBlastRadius: providers,
    groupBlastRadius: groups,
  };
}

/** Each critical capability's own minimal cut sets up to the order. */
function capabilityCutSetsOf(failure: FailureModel): Map<string, CutSetEvents[]> {
  const result = new Map<string, CutSetEvents[]>();
  for (const capability of failure.criticalCapabilities) {
    const servers = failure.servers.get(capability);
    if (servers !== undefined)
      result.set(capability, capabilityCutSets(failure, servers, MAX_CUT_SET_ORDER));
  }
  return result;
}

/**
 * Cut sets of each critical capability, merged: the service's minimal cut sets are the
 * minimal ones among them, and each loses the capabilities whose own cut sets it contains.
 */
function criticalCutSets(
  failure: FailureModel,
  ownCutSets: ReadonlyMap<string, readonly CutSetEvents[]>,
): CutSet[] {
  const byKey = new Map<string, { events: readonly string[]; capabilities: Set<string> }>();
  for (const capability of failure.criticalCapabilities) {
    for (const set of ownCutSets.get(capability) ?? []) {
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

/**
 * A set loses every capability one of whose cut sets is among its subsets (at most 8 here),
 * the empty subset included: a capability lost with certainty is lost by every set.
 */
function capabilitiesLostBy(
  events: readonly string[],
  byKey: ReadonlyMap<string, { capabilities: ReadonlySet<string> }>,
): string[] {
  const lost = new Set<string>();
  const n = events.length;
  for (let mask = 0; mask < 1 << n; mask++) {
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
      const basic = failure.eventList[failure.eventIndex(id) as number] as BasicEvent;
      const capabilities = set.capabilities.map((capability) => ({
        capability,
        path: pathOf(basic, failure, capability),
      }));
      return {
        event: id,
        kind: basic.kind,
        subject: basic.subject,
        capabilities,
        hidden: set.capabilities.some((capability) => !shows(basic, failure, capability)),
      };
    });
}

function pathOf(basic: BasicEvent, failure: FailureModel, capability: string): FailurePath {
  if (basic.kind === 'group') return 'ownership_group';
  const suppliers = failure.suppliers.get(capability) ?? [];
  if (suppliers.length === 1 && suppliers[0] === basic.subject) return 'sole_supplier';
  const servers = failure.portions.get(capability)?.servers ?? [];
  return servers.length === 1 && servers[0] === basic.subject ? 'sim_attachment' : 'shared_hosting';
}

/**
 * Whether a capability shows this failure in the boxes-and-lines view: its one supplier is the
 * provider, or (for a group's common cause) a member of the group.
 */
function shows(basic: BasicEvent, failure: FailureModel, capability: string): boolean {
  const suppliers = failure.suppliers.get(capability) ?? [];
  if (suppliers.length !== 1) return false;
  const sole = suppliers[0] as string;
  return basic.kind === 'provider'
    ? sole === basic.subject
    : (failure.groupMembers.get(basic.subject) ?? []).includes(sole);
}

function serviceLossOf(
  failure: FailureModel,
  cutSets: readonly CutSet[],
  probabilityOf: (id: string) => number,
  options: FailureOptions,
): ServiceLoss {
  try {
    const clauses = failure.criticalCapabilities.map(
      (id) => failure.servers.get(id) ?? new Int32Array(0),
    );
    const exact = downProbability(failure, clauses, options.nodeBudget ?? DEFAULT_NODE_BUDGET);
    return describe(exact.probability, 'exact', exact.bddNodes);
  } catch (error) {
    if (!(error instanceof BddBudgetExceeded)) throw error;
    return describe(cutSetUpperBound(cutSets, probabilityOf), 'cut_set_upper_bound');
  }
}

function probabilityOrBound(
  failure: FailureModel,
  capability: string,
  ownCutSets: ReadonlyMap<string, readonly CutSetEvents[]>,
  probabilityOf: (id: string) => number,
  options: FailureOptions,
): number {
  const servers = failure.servers.get(capability);
  if (servers === undefined) return 0;
  try {
    // A capability's own diagram gets a tenth of the budget: there are many of them.
    const nodeBudget = Math.ceil((options.nodeBudget ?? DEFAULT_NODE_BUDGET) / 10);
    return downProbability(failure, [servers], nodeBudget).probability;
  } catch (error) {
    if (!(error instanceof BddBudgetExceeded)) throw error;
    return cutSetUpperBound(
      (ownCutSets.get(capability) ?? []).map((events) => ({
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
