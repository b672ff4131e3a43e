/**
 * The share of subscribers without service, beside the probability that the whole service is
 * lost (docs/failure-analysis.md, "Subscribers without service").
 *
 * For a service-critical capability c, L_c is the share of its subscribers without it at a given
 * moment: Σ over its portions of weight × [every provider serving the portion is down]. Its
 * expectation is E[L_c] = Σ_p w_p · P(portion p unserved): for suppliers that serve their own
 * share alone, share × unavailability. Across capabilities the model does not say which
 * subscribers each supplier serves, so the subscribers without service are counted as the
 * largest share without any one critical capability, M = max_c L_c (the subscribers certainly
 * without service, as for the blast radius), and the figure is E[M]: computed exactly by a
 * decision diagram over the tail sum of M (reliability/expected-maximum.ts); when M takes too
 * many values or the diagram outgrows its budget, max_c E[L_c], which is never more than E[M].
 */
import { BddBudgetExceeded } from '../reliability/bdd.js';
import { expectedMaximum, TooManyLevels } from '../reliability/expected-maximum.js';
import { and, type FaultTree } from '../reliability/fault-tree.js';
import { downProbability } from './down-diagram.js';
import {
  probabilityOf as eventProbability,
  type FailureModel,
  providerIndices,
} from './failure-model.js';
import type { Portion } from './service-portions.js';

export const HOURS_PER_YEAR = 365.25 * 24;

export interface SubscriberLoss {
  /** E[M]: the expected share of subscribers without service at a random moment. */
  readonly expectedShare: number;
  /** The same as hours a year an average subscriber is without service: E[M] × 8,766. */
  readonly hoursPerSubscriberYear: number;
  /** Expected subscribers without service at a random moment: E[M] × subscribers. */
  readonly subscribersWithoutService: number;
  /**
   * `exact`: E[M] by decision diagram. `lower_bound`: max_c E[L_c], too many levels or nodes for
   * the exact figure. `approximate`: some portion's own diagram exceeded its budget and its
   * probability is the least of its servers' (an upper bound); the figure is then neither.
   */
  readonly method: 'exact' | 'lower_bound' | 'approximate';
  /** Distinct values of M evaluated (exact only). */
  readonly levels?: number;
  readonly bddNodes?: number;
}

export interface SubscriberLossOptions {
  readonly nodeBudget: number;
  readonly maxLevels?: number;
  /** Whether to try the exact figure at all (default true); false goes to the lower bound. */
  readonly exact?: boolean;
}

/** E[L_c] for each capability in scope, and whether every portion's probability is exact. */
export function expectedSharesLost(
  failure: FailureModel,
  options: SubscriberLossOptions,
): { readonly shares: Map<string, number>; readonly exact: boolean } {
  const portionProbability = portionProbabilities(failure, options.nodeBudget);
  const shares = new Map<string, number>();
  for (const [capability, { portions }] of failure.portions) {
    let share = 0;
    for (const portion of portions) share += portion.weight * portionProbability.of(portion);
    shares.set(capability, Math.min(1, share));
  }
  return { shares, exact: portionProbability.exact() };
}

export function subscriberLoss(
  failure: FailureModel,
  sharesLost: { readonly shares: ReadonlyMap<string, number>; readonly exact: boolean },
  subscribers: number,
  options: SubscriberLossOptions,
): SubscriberLoss {
  const critical = failure.criticalCapabilities.map(
    (id) => failure.portions.get(id)?.portions ?? [],
  );
  const lowerBound = Math.max(
    0,
    ...failure.criticalCapabilities.map((id) => sharesLost.shares.get(id) ?? 0),
  );
  const probabilityOf = (id: string) => eventProbability(failure, id);
  if (sharesLost.exact && options.exact !== false) {
    try {
      const exact = expectedMaximum(
        critical.map((portions) => ({
          terms: portions.map((p) => ({ weight: p.weight, tree: unservedTree(failure, p) })),
        })),
        probabilityOf,
        {
          nodeBudget: options.nodeBudget,
          ...(options.maxLevels === undefined ? {} : { maxLevels: options.maxLevels }),
        },
      );
      return describe(Math.min(1, exact.expectation), subscribers, 'exact', exact);
    } catch (error) {
      if (!(error instanceof TooManyLevels || error instanceof BddBudgetExceeded)) throw error;
    }
  }
  return describe(lowerBound, subscribers, sharesLost.exact ? 'lower_bound' : 'approximate');
}

function describe(
  share: number,
  subscribers: number,
  method: SubscriberLoss['method'],
  exact?: { readonly levels: number; readonly bddNodes: number },
): SubscriberLoss {
  return {
    expectedShare: share,
    hoursPerSubscriberYear: share * HOURS_PER_YEAR,
    subscribersWithoutService: share * subscribers,
    method,
    ...(exact === undefined ? {} : { levels: exact.levels, bddNodes: exact.bddNodes }),
  };
}

/** The event that every provider serving the portion is down (true when none serves it). */
function unservedTree(failure: FailureModel, portion: Portion): FaultTree {
  const downs = portion.servers.map((id) =>
    failure.providerDown(failure.providerIndex.get(id) as number),
  );
  return downs.length === 1 ? (downs[0] as FaultTree) : and(...downs);
}

/**
 * P(portion unserved), memoised by its servers. One server: 1 − Π(1 − q) over its failure set
 * (distinct independent events). Several: a decision diagram, since their failure sets may
 * share a cloud or a group.
 */
function portionProbabilities(failure: FailureModel, nodeBudget: number) {
  const memo = new Map<string, number>();
  let exact = true;
  const { setStart, setEvents, eventProbability, providerIndex } = failure;
  const down = (id: string): number => {
    const provider = providerIndex.get(id);
    if (provider === undefined) return 0;
    let up = 1;
    for (let k = setStart[provider] as number; k < (setStart[provider + 1] as number); k++)
      up *= 1 - (eventProbability[setEvents[k] as number] as number);
    return 1 - up;
  };
  const of = (portion: Portion): number => {
    const { servers } = portion;
    if (servers.length === 0) return 1;
    if (servers.length === 1) return down(servers[0] as string);
    const key = servers.join('\u0000');
    const known = memo.get(key);
    if (known !== undefined) return known;
    let p: number;
    try {
      const clause = providerIndices(providerIndex, servers);
      p = downProbability(failure, [clause], nodeBudget).probability;
    } catch (error) {
      if (!(error instanceof BddBudgetExceeded)) throw error;
      exact = false;
      p = Math.min(...servers.map(down));
    }
    memo.set(key, p);
    return p;
  };
  return { of, exact: () => exact };
}
