/**
 * Exact probability of a fault tree's top event under independent basic events, through a binary
 * decision diagram: the tree is compiled bottom-up into a BDD (shared subtrees once), then the
 * diagram is evaluated by Shannon expansion. Exact up to floating point, with no rare-event or
 * min-cut approximation, so repeated events (a cloud under many providers) are counted right.
 * Cost is the diagram's size, which depends on the variable order; the node budget bounds it.
 */
import { Bdd, type BddNode } from './bdd.js';
import { eventsOf, type FaultTree, foldTree } from './fault-tree.js';

export interface ProbabilityOptions {
  /** Most BDD nodes to make before giving up with `BddBudgetExceeded`. */
  readonly nodeBudget?: number;
  /** Variable order, root first; must name every event of the tree. Default: `variableOrder`. */
  readonly order?: readonly string[];
}

export interface ExactProbability {
  /** P(top event is true). */
  readonly probability: number;
  /** Nodes of the final diagram, terminals included (intermediate results are not counted). */
  readonly bddNodes: number;
  /** Distinct basic events in the tree. */
  readonly variables: number;
}

/**
 * The default variable order. Events that occur in more places come first: a shared cause such as
 * a cloud region hosting several providers then splits the diagram once near the root instead of
 * being re-tested under every branch. Ties keep the first left-to-right depth-first occurrence,
 * which puts events of the same subtree next to each other. "Places" are gate inputs: each gate
 * object is counted once however often it is reused, so the count never explodes on a DAG.
 */
export function variableOrder(tree: FaultTree): string[] {
  const occurrences = new Map<string, number>();
  const count = (id: string): void => {
    occurrences.set(id, (occurrences.get(id) ?? 0) + 1);
  };
  if (tree.kind === 'event') count(tree.id);
  foldTree<undefined>(
    tree,
    () => undefined,
    (gate) => {
      for (const input of gate.inputs) if (input.kind === 'event') count(input.id);
      return undefined;
    },
  );
  const firstSeen = eventsOf(tree);
  const position = new Map(firstSeen.map((id, i) => [id, i]));
  return firstSeen.sort(
    (a, b) =>
      (occurrences.get(b) ?? 0) - (occurrences.get(a) ?? 0) ||
      (position.get(a) ?? 0) - (position.get(b) ?? 0),
  );
}

/** Index of each event in the order, checking that the order is usable for this tree. */
function indexOrder(tree: FaultTree, order: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const id of order) {
    if (index.has(id)) throw new RangeError(`variable order names event "${id}" twice`);
    index.set(id, index.size);
  }
  const missing = eventsOf(tree).filter((id) => !index.has(id));
  if (missing.length > 0) {
    throw new RangeError(`variable order leaves out events: ${missing.join(', ')}`);
  }
  return index;
}

/** Compiles the tree into `bdd`, each event as the variable `index` gives it. */
export function buildBdd(bdd: Bdd, tree: FaultTree, index: ReadonlyMap<string, number>): BddNode {
  return foldTree<BddNode>(
    tree,
    (id) => bdd.variable(index.get(id) ?? -1),
    (gate, inputs) => {
      switch (gate.kind) {
        case 'and':
          return bdd.andAll(inputs);
        case 'or':
          return bdd.orAll(inputs);
        case 'k_of_n':
          return bdd.atLeast(gate.k, inputs);
      }
    },
  );
}

/**
 * P(top) for independent events, event `id` being true with probability `probabilityOf(id)`
 * (asked once per event; must lie in [0, 1]). Throws `BddBudgetExceeded` when the diagram
 * outgrows `options.nodeBudget`.
 */
export function exactProbability(
  tree: FaultTree,
  probabilityOf: (eventId: string) => number,
  options: ProbabilityOptions = {},
): ExactProbability {
  const order = options.order ?? variableOrder(tree);
  const index = indexOrder(tree, order);
  const events = eventsOf(tree);
  const probabilities = new Float64Array(order.length);
  for (const id of events) {
    const p = probabilityOf(id);
    if (!(p >= 0 && p <= 1)) {
      throw new RangeError(`probability of event "${id}" must lie in [0, 1], got ${p}`);
    }
    probabilities[index.get(id) ?? 0] = p;
  }
  const bdd = new Bdd(options.nodeBudget === undefined ? {} : { nodeBudget: options.nodeBudget });
  const root = buildBdd(bdd, tree, index);
  return {
    probability: bdd.probability(root, (v) => probabilities[v] ?? 0),
    bddNodes: bdd.nodeCount(root),
    variables: events.length,
  };
}
