/**
 * The failure analysis reads cut sets and exact probabilities straight off the failure sets
 * (capability-cut-sets.ts, down-diagram.ts) instead of walking fault-tree objects. These tests
 * hold them to the general engines on the equivalent fault trees: the same minimal cut sets in
 * the same order, the same probability to the last bit, the same diagram size, and the node
 * budget running out at the same point.
 */
import { describe, expect, it } from 'vitest';
import { capabilityCutSets } from '../../../src/analysis/failure/capability-cut-sets.js';
import { downProbability } from '../../../src/analysis/failure/down-diagram.js';
import {
  buildFailureModel,
  type FailureModel,
  probabilityOf,
} from '../../../src/analysis/failure/failure-model.js';
import { BddBudgetExceeded } from '../../../src/analysis/reliability/bdd.js';
import { minimalCutSets } from '../../../src/analysis/reliability/cut-sets.js';
import { exactProbability } from '../../../src/analysis/reliability/exact-probability.js';
import { and, type FaultTree, or } from '../../../src/analysis/reliability/fault-tree.js';
import { exampleFiles, loadOk, readExample } from '../../support/load.js';
import { syntheticModel } from '../../support/synthetic-model.js';

function stacks(): { name: string; failure: FailureModel }[] {
  const result = exampleFiles().map((name) => ({
    name,
    failure: buildFailureModel(loadOk(readExample(name), name).model),
  }));
  for (const providers of [4, 12, 40, 120]) {
    for (const seed of [1, 2, 3]) {
      const text = JSON.stringify(syntheticModel({ providers, seed, integrationsPerProvider: 1 }));
      result.push({
        name: `synthetic ${providers}/${seed}`,
        failure: buildFailureModel(loadOk(text).model),
      });
    }
  }
  return result;
}

const STACKS = stacks();

/** What `downProbability` would give, by the general engine on the equivalent tree. */
function byTree(failure: FailureModel, clauses: readonly Int32Array[], nodeBudget: number) {
  const tree: FaultTree = or(...clauses.map((c) => and(...Array.from(c, failure.providerDown))));
  try {
    const { probability, bddNodes } = exactProbability(tree, (id) => probabilityOf(failure, id), {
      nodeBudget,
    });
    return { probability, bddNodes };
  } catch (error) {
    if (error instanceof BddBudgetExceeded) return 'exceeded';
    throw error;
  }
}

function direct(failure: FailureModel, clauses: readonly Int32Array[], nodeBudget: number) {
  try {
    return downProbability(failure, clauses, nodeBudget);
  } catch (error) {
    if (error instanceof BddBudgetExceeded) return 'exceeded';
    throw error;
  }
}

describe('failure structure read off the failure sets', () => {
  it('finds the minimal cut sets the general engine finds on each capability tree', () => {
    let compared = 0;
    for (const { name, failure } of STACKS) {
      for (const [capability, servers] of failure.servers) {
        for (const order of [0, 1, 2, 3]) {
          const tree = failure.capabilityLoss(capability) as FaultTree;
          expect(
            capabilityCutSets(failure, servers, order),
            `${name} ${capability} ${order}`,
          ).toEqual(minimalCutSets(tree, order));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('gives the exact probability and diagram size of the equivalent tree, or runs out of budget alike', () => {
    let exceeded = 0;
    let exact = 0;
    for (const { name, failure } of STACKS) {
      const critical = failure.criticalCapabilities.map(
        (id) => failure.servers.get(id) as Int32Array,
      );
      const each = [...failure.servers.values()].map((servers) => [servers]);
      for (const clauses of [critical, ...each]) {
        for (const budget of [2, 8, 30, 200, 50_000]) {
          const expected = byTree(failure, clauses, budget);
          expect(direct(failure, clauses, budget), `${name} budget ${budget}`).toEqual(expected);
          if (expected === 'exceeded') exceeded++;
          else exact++;
        }
      }
    }
    expect(exceeded).toBeGreaterThan(10);
    expect(exact).toBeGreaterThan(10);
  });

  it('lists each provider’s failure set as its own event, its group’s, then its hosts’', () => {
    for (const { name, failure } of STACKS) {
      failure.providerIndex.forEach((i) => {
        const set = Array.from(
          failure.setEvents.subarray(failure.setStart[i], failure.setStart[i + 1]),
          (e) => failure.eventList[e]?.id,
        );
        expect(set[0], name).toBe(failure.eventList[i]?.id);
        expect(new Set(set).size, name).toBe(set.length);
      });
    }
  });
});
