/**
 * Coherent (monotone) structure functions over independent basic events: the common input of the
 * exact probability engine (bdd.ts, exact-probability.ts) and of minimal cut sets (cut-sets.ts).
 *
 * Read as a fault tree, an event is true when that component has failed and the top is true when
 * the system has failed. The same type serves the other way round (events = "works", top =
 * "system works"), e.g. the minimal path sets of a network joined by an OR.
 *
 * Conventions at the edges: an AND without inputs is true, an OR without inputs is false, and a
 * k-of-n gate is true when at least k of its inputs are (so k ≤ 0 is always true and k > n never).
 *
 * A subtree object may be reused under several gates (the structure is then a DAG); every walk
 * here visits it once, and none recurses, so trees thousands of levels deep are safe.
 */

export type FaultTree =
  | { readonly kind: 'event'; readonly id: string }
  | { readonly kind: 'and'; readonly inputs: readonly FaultTree[] }
  | { readonly kind: 'or'; readonly inputs: readonly FaultTree[] }
  | { readonly kind: 'k_of_n'; readonly k: number; readonly inputs: readonly FaultTree[] };

export type Gate = Exclude<FaultTree, { readonly kind: 'event' }>;

export const event = (id: string): FaultTree => ({ kind: 'event', id });

export const and = (...inputs: readonly FaultTree[]): FaultTree => ({ kind: 'and', inputs });

export const or = (...inputs: readonly FaultTree[]): FaultTree => ({ kind: 'or', inputs });

/** True when at least `k` of `inputs` are true; `k` must be a whole number ≥ 0. */
export const kOfN = (k: number, inputs: readonly FaultTree[]): FaultTree => {
  if (!Number.isInteger(k) || k < 0) {
    throw new RangeError(`k-of-n gate needs a whole number k ≥ 0, got ${k}`);
  }
  return { kind: 'k_of_n', k, inputs };
};

/**
 * Folds the tree bottom-up without recursion: `onEvent` for each leaf, `onGate` for each gate once
 * its inputs are folded. Each distinct object is folded once, so shared subtrees cost nothing extra.
 */
export function foldTree<T>(
  tree: FaultTree,
  onEvent: (id: string) => T,
  onGate: (gate: Gate, inputs: readonly T[]) => T,
): T {
  const done = new Map<FaultTree, T>();
  // Gates whose inputs have been scheduled but which are not folded yet: the current path.
  const open = new Set<FaultTree>();
  const stack: FaultTree[] = [tree];
  while (stack.length > 0) {
    const node = stack[stack.length - 1] as FaultTree;
    if (done.has(node)) {
      stack.pop();
    } else if (node.kind === 'event') {
      done.set(node, onEvent(node.id));
      stack.pop();
    } else if (open.has(node)) {
      stack.pop();
      open.delete(node);
      done.set(
        node,
        onGate(
          node,
          node.inputs.map((input) => done.get(input) as T),
        ),
      );
    } else {
      open.add(node);
      for (let i = node.inputs.length - 1; i >= 0; i--) {
        const input = node.inputs[i] as FaultTree;
        if (open.has(input)) throw new Error('fault tree contains a cycle');
        if (!done.has(input)) stack.push(input);
      }
    }
  }
  return done.get(tree) as T;
}

/** Whether the top is true when exactly the events in `trueEvents` are true. */
export function evaluate(tree: FaultTree, trueEvents: ReadonlySet<string>): boolean {
  return foldTree<boolean>(
    tree,
    (id) => trueEvents.has(id),
    (gate, inputs) => {
      switch (gate.kind) {
        case 'and':
          return inputs.every(Boolean);
        case 'or':
          return inputs.some(Boolean);
        case 'k_of_n':
          return inputs.filter(Boolean).length >= gate.k;
      }
    },
  );
}

/** Distinct event ids in the order a left-to-right depth-first walk first meets them. */
export function eventsOf(tree: FaultTree): string[] {
  const seen = new Set<string>();
  const visited = new Set<FaultTree>();
  const stack: FaultTree[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.kind === 'event') {
      seen.add(node.id);
    } else if (!visited.has(node)) {
      visited.add(node);
      for (let i = node.inputs.length - 1; i >= 0; i--) stack.push(node.inputs[i] as FaultTree);
    }
  }
  return [...seen];
}
