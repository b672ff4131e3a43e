/**
 * The exact probability that, for some clause, every provider of the clause is down: the
 * service lost (a clause per critical capability, its servers), a capability lost (one
 * clause), a portion unserved (one clause, its servers). A binary decision diagram (bdd.ts)
 * compiled straight from the failure sets, with the same variable order and the same
 * operations in the same sequence as `exactProbability` (reliability/exact-probability.ts)
 * compiling the equivalent fault tree — OR over clauses of AND over providers of each
 * provider's down tree — so the probability, the node count and where the node budget runs
 * out are the same, without the walks over tree objects that cost more than the diagram on a
 * large stack.
 */
import { Bdd, type BddNode } from '../reliability/bdd.js';
import type { FailureModel } from './failure-model.js';

export interface DownProbability {
  readonly probability: number;
  /** Nodes of the final diagram, terminals included. */
  readonly bddNodes: number;
}

/** Throws `BddBudgetExceeded` when the diagram outgrows `nodeBudget`. */
export function downProbability(
  failure: FailureModel,
  clauses: readonly ArrayLike<number>[],
  nodeBudget: number,
): DownProbability {
  const index = variableIndex(failure, clauses);
  const probabilities = new Float64Array(index.size);
  for (const [e, v] of index) {
    const p = failure.eventProbability[e] as number;
    if (!(p >= 0 && p <= 1)) {
      const id = failure.eventList[e]?.id;
      throw new RangeError(`probability of event "${id}" must lie in [0, 1], got ${p}`);
    }
    probabilities[v] = p;
  }
  const { setStart, setEvents } = failure;
  const bdd = new Bdd({ nodeBudget });
  // Each provider's down diagram once, as the tree shares one down tree per provider; inputs
  // before their gate and left to right, as the tree is folded.
  const downs = new Map<number, BddNode>();
  const down = (provider: number): BddNode => {
    let node = downs.get(provider);
    if (node !== undefined) return node;
    const start = setStart[provider] as number;
    const end = setStart[provider + 1] as number;
    const inputs: BddNode[] = [];
    for (let k = start; k < end; k++)
      inputs.push(bdd.variable(index.get(setEvents[k] as number) as number));
    node = inputs.length === 1 ? (inputs[0] as BddNode) : bdd.orAll(inputs);
    downs.set(provider, node);
    return node;
  };
  const root = bdd.orAll(clauses.map((clause) => bdd.andAll(Array.from(clause, down))));
  return {
    probability: bdd.probability(root, (v) => probabilities[v] ?? 0),
    bddNodes: bdd.nodeCount(root),
  };
}

/**
 * The variable of each event, as `variableOrder` orders the tree's: events that are inputs of
 * more gates first (each provider's down gate counted once however many clauses share it; a
 * provider down by its own event alone is that event, an input of each clause naming it), ties
 * by first occurrence left to right.
 */
function variableIndex(
  failure: FailureModel,
  clauses: readonly ArrayLike<number>[],
): Map<number, number> {
  const { setStart, setEvents } = failure;
  const position = new Map<number, number>();
  const occurrences: number[] = [];
  const counted = new Set<number>();
  const count = (e: number): void => {
    const at = position.get(e);
    if (at === undefined) {
      position.set(e, occurrences.length);
      occurrences.push(1);
    } else occurrences[at] = (occurrences[at] as number) + 1;
  };
  for (const clause of clauses) {
    for (let i = 0; i < clause.length; i++) {
      const provider = clause[i] as number;
      const start = setStart[provider] as number;
      const end = setStart[provider + 1] as number;
      if (end - start === 1) count(setEvents[start] as number);
      else if (!counted.has(provider)) {
        counted.add(provider);
        for (let k = start; k < end; k++) count(setEvents[k] as number);
      }
    }
  }
  const firstSeen = [...position.keys()];
  const ranked = firstSeen.map((_, at) => at);
  ranked.sort((a, b) => (occurrences[b] as number) - (occurrences[a] as number) || a - b);
  const index = new Map<number, number>();
  ranked.forEach((at, v) => {
    index.set(firstSeen[at] as number, v);
  });
  return index;
}
