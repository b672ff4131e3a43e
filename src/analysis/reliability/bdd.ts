/**
 * A reduced ordered binary decision diagram (ROBDD, Bryant 1986), written here by hand because no
 * well-kept BDD package exists on npm (the few there are unmaintained or wrap native code, which
 * the browser build cannot load).
 *
 * Scope: exactly what monotone fault trees need — variables, AND, OR, at-least-k-of-n, weighted
 * thresholds (for shares of subscribers) and the probability of a diagram under independent
 * variables. There is no negation and no garbage
 * collection: a diagram lives as long as its `Bdd`, and every node ever made counts against the
 * node budget, which turns a blow-up into a `BddBudgetExceeded` error instead of an exhausted heap.
 *
 * Layout: a node is an integer id; terminals are 0 (false) and 1 (true). Variables are integers
 * 0..n−1 and a smaller index sits nearer the root. Nodes live in typed arrays (variable, low,
 * high) and are hash-consed through a chained hash table in typed arrays, so two nodes with the
 * same (variable, low, high) are the same id and equality of functions is equality of ids.
 * Apply results go to a direct-mapped computed cache (lossy, as in CUDD: a collision costs a
 * recomputation, never a wrong answer). Children are always made before their parent, so a
 * child's id is smaller than its parent's; the probability pass relies on that and needs no stack.
 * Apply keeps its own explicit stack, so diagrams tens of thousands of levels deep are safe.
 */

export type BddNode = number;

export const FALSE: BddNode = 0;
export const TRUE: BddNode = 1;

export interface BddOptions {
  /** Most nodes the diagram may make, terminals included; default 2,000,000 (~60 MB). */
  readonly nodeBudget?: number;
}

export const DEFAULT_NODE_BUDGET = 2_000_000;

/** Thrown when a construction would need more nodes than the budget allows. */
export class BddBudgetExceeded extends Error {
  override readonly name = 'BddBudgetExceeded';
  constructor(readonly budget: number) {
    super(`binary decision diagram exceeds its budget of ${budget} nodes`);
  }
}

/** Operation codes of the computed cache; 0 marks an empty slot. */
const AND = 1;
const OR = 2;
type Op = typeof AND | typeof OR;

/** Variable index stored in the terminals: below every real variable. */
const TERMINAL_LEVEL = 0x7fffffff;
const INITIAL_CAPACITY = 1 << 10;
const MAX_CACHE = 1 << 20;
const EXPAND = 0;
const BUILD = 1;

export class Bdd {
  readonly nodeBudget: number;
  private count = 2;
  private capacity = INITIAL_CAPACITY;
  private level = new Int32Array(INITIAL_CAPACITY);
  private lowOf = new Int32Array(INITIAL_CAPACITY);
  private highOf = new Int32Array(INITIAL_CAPACITY);
  // Unique table: bucket heads and per-node chain links, -1 = end of chain.
  private buckets = new Int32Array(INITIAL_CAPACITY).fill(-1);
  private chain = new Int32Array(INITIAL_CAPACITY);
  // Computed cache, direct-mapped: operation 0 marks an empty slot.
  private cacheOp = new Int8Array(INITIAL_CAPACITY);
  private cacheF = new Int32Array(INITIAL_CAPACITY);
  private cacheG = new Int32Array(INITIAL_CAPACITY);
  private cacheResult = new Int32Array(INITIAL_CAPACITY);
  // Work stacks of apply, kept between calls to spare allocations.
  private readonly tasks: number[] = [];
  private readonly results: number[] = [];

  constructor(options: BddOptions = {}) {
    const budget = options.nodeBudget ?? DEFAULT_NODE_BUDGET;
    if (!Number.isInteger(budget) || budget < 2) {
      throw new RangeError(`node budget must be a whole number ≥ 2, got ${budget}`);
    }
    this.nodeBudget = budget;
    this.level[FALSE] = TERMINAL_LEVEL;
    this.level[TRUE] = TERMINAL_LEVEL;
  }

  /** Nodes made so far, terminals included (intermediate results count too). */
  size(): number {
    return this.count;
  }

  /** The function that is true exactly when variable `index` is. */
  variable(index: number): BddNode {
    if (!Number.isInteger(index) || index < 0 || index >= TERMINAL_LEVEL) {
      throw new RangeError(`variable index must be a whole number ≥ 0, got ${index}`);
    }
    return this.make(index, FALSE, TRUE);
  }

  /** Variable tested at `node`, or undefined for a terminal. */
  variableOf(node: BddNode): number | undefined {
    this.check(node);
    return node <= TRUE ? undefined : this.level[node];
  }

  /** Child taken when the node's variable is false. */
  low(node: BddNode): BddNode {
    this.check(node);
    return this.lowOf[node] ?? FALSE;
  }

  /** Child taken when the node's variable is true. */
  high(node: BddNode): BddNode {
    this.check(node);
    return this.highOf[node] ?? FALSE;
  }

  and(f: BddNode, g: BddNode): BddNode {
    this.check(f);
    this.check(g);
    return this.apply(AND, f, g);
  }

  or(f: BddNode, g: BddNode): BddNode {
    this.check(f);
    this.check(g);
    return this.apply(OR, f, g);
  }

  /** Conjunction of any number of diagrams (true for none). */
  andAll(nodes: readonly BddNode[]): BddNode {
    return this.fold(AND, nodes);
  }

  /** Disjunction of any number of diagrams (false for none). */
  orAll(nodes: readonly BddNode[]): BddNode {
    return this.fold(OR, nodes);
  }

  /**
   * True when at least `k` of `nodes` are true. Dynamic programming over the inputs, O(n·k) steps
   * rather than one term per k-subset: with A(i, j) = "at least j of inputs i.. are true",
   * A(i, j) = if x_i then A(i+1, j−1) else A(i+1, j), which equals (x_i ∧ A(i+1, j−1)) ∨ A(i+1, j)
   * because A(i+1, j) implies A(i+1, j−1). When x_i is a plain variable above both, the step is a
   * single node; otherwise it takes two applies.
   */
  atLeast(k: number, nodes: readonly BddNode[]): BddNode {
    for (const node of nodes) this.check(node);
    const need = Math.ceil(k);
    const n = nodes.length;
    if (need <= 0) return TRUE;
    if (need > n) return FALSE;
    // Inputs whose top variable is deepest are folded in first, so each step adds a layer on top.
    const inputs = this.byTopVariable(nodes);
    // row[j] = A(i, j) for the current i, updated in place with j falling so that row[j − 1] is
    // still A(i+1, j − 1). A(n, 0) = 1 and A(n, j > 0) = 0. Only j ≥ need − i can be reached from
    // the root A(0, need), and only j ≤ n − i can hold, so each step computes just that band.
    const row: BddNode[] = [TRUE, ...new Array<BddNode>(need).fill(FALSE)];
    for (let i = n - 1; i >= 0; i--) {
      const x = inputs[i] as BddNode;
      for (let j = Math.min(need, n - i); j >= Math.max(1, need - i); j--) {
        row[j] = this.choose(x, row[j - 1] as BddNode, row[j] as BddNode);
      }
    }
    return row[need] as BddNode;
  }

  /**
   * True when the weights of the true `nodes` add up to at least `threshold`: a weighted
   * threshold gate, the general case of `atLeast` (all weights 1). Weights and threshold are
   * whole numbers (the caller scales fractions to a grid) so that sums are exact. The same
   * dynamic programming as `atLeast`, over residual thresholds instead of counts:
   * W(i, r) = if x_i then W(i+1, r − w_i) else W(i+1, r), with W(i, r ≤ 0) true and W(i, r)
   * false once r exceeds what inputs i.. weigh together. Only residuals reachable from the root
   * are made; more of them than the node budget throws `BddBudgetExceeded`.
   */
  atLeastWeighted(
    threshold: number,
    weights: readonly number[],
    nodes: readonly BddNode[],
  ): BddNode {
    if (weights.length !== nodes.length) {
      throw new RangeError(`${weights.length} weights for ${nodes.length} inputs`);
    }
    for (const node of nodes) this.check(node);
    for (const w of weights) {
      if (!Number.isSafeInteger(w) || w < 0) {
        throw new RangeError(`weights must be whole numbers ≥ 0, got ${w}`);
      }
    }
    const inputs = this.byTopVariable(nodes.filter((_, i) => (weights[i] as number) > 0));
    const weightOf = new Map<BddNode, number>();
    nodes.forEach((node, i) => {
      weightOf.set(node, (weightOf.get(node) ?? 0) + (weights[i] as number));
    });
    // An input given twice counts its weights together: one decision, the sum of both.
    const distinct = [...new Set(inputs)];
    const w = distinct.map((node) => weightOf.get(node) as number);
    const n = distinct.length;
    // rest[i]: what inputs i.. weigh together.
    const rest = new Array<number>(n + 1).fill(0);
    for (let i = n - 1; i >= 0; i--) rest[i] = (rest[i + 1] as number) + (w[i] as number);
    if (threshold <= 0) return TRUE;
    if (threshold > (rest[0] as number)) return FALSE;
    // Forward: the residuals each input is asked about, from the root down.
    const residuals: Set<number>[] = [new Set([threshold])];
    let states = 1;
    for (let i = 0; i < n; i++) {
      const next = new Set<number>();
      for (const r of residuals[i] as Set<number>) {
        for (const s of [r, r - (w[i] as number)])
          if (s > 0 && s <= (rest[i + 1] as number)) next.add(s);
      }
      states += next.size;
      if (states > this.nodeBudget) throw new BddBudgetExceeded(this.nodeBudget);
      residuals.push(next);
    }
    // Backward: each (input, residual) once, from the deepest input up.
    let below = new Map<number, BddNode>();
    const value = (map: ReadonlyMap<number, BddNode>, r: number, i: number): BddNode =>
      r <= 0 ? TRUE : r > (rest[i] as number) ? FALSE : (map.get(r) as BddNode);
    for (let i = n - 1; i >= 0; i--) {
      const here = new Map<number, BddNode>();
      for (const r of residuals[i] as Set<number>) {
        const taken = value(below, r - (w[i] as number), i + 1);
        const skipped = value(below, r, i + 1);
        here.set(r, this.choose(distinct[i] as BddNode, taken, skipped));
      }
      below = here;
    }
    return below.get(threshold) as BddNode;
  }

  /** if x then a else b, for b implying a (so that it equals (x ∧ a) ∨ b). */
  private choose(x: BddNode, a: BddNode, b: BddNode): BddNode {
    const v = this.level[x] as number;
    const plainVariable = this.lowOf[x] === FALSE && this.highOf[x] === TRUE;
    if (plainVariable && v < (this.level[a] as number) && v < (this.level[b] as number)) {
      return this.make(v, b, a);
    }
    return this.apply(OR, this.apply(AND, x, a), b);
  }

  /** Nodes reachable from `root`, both terminals counted when reached. */
  nodeCount(root: BddNode): number {
    return this.reachable(root).reduce((sum, flag) => sum + flag, 0);
  }

  /**
   * P(root is true) when variable v is true with probability `p(v)`, independently: the Shannon
   * expansion P(n) = p·P(high) + (1 − p)·P(low), evaluated bottom-up over the reachable nodes in
   * creation order (children first), so no recursion and no stack. `p` is asked once per variable.
   * The result is clamped to [0, 1] against last-bit rounding.
   */
  probability(root: BddNode, p: (variableIndex: number) => number): number {
    this.check(root);
    if (root <= TRUE) return root;
    const reached = this.reachable(root);
    // p per variable, asked once each: NaN marks "not asked yet".
    let topVariable = 0;
    for (let node = 2; node <= root; node++) {
      if (reached[node] === 1) topVariable = Math.max(topVariable, this.level[node] as number);
    }
    const pOf = new Float64Array(topVariable + 1).fill(Number.NaN);
    const value = new Float64Array(root + 1);
    value[TRUE] = 1;
    for (let node = 2; node <= root; node++) {
      if (reached[node] === 0) continue;
      const v = this.level[node] as number;
      let pv = pOf[v] as number;
      if (Number.isNaN(pv)) {
        pv = p(v);
        pOf[v] = pv;
      }
      const high = value[this.highOf[node] as number] as number;
      const low = value[this.lowOf[node] as number] as number;
      value[node] = pv * high + (1 - pv) * low;
    }
    return Math.min(1, Math.max(0, value[root] as number));
  }

  /** 0/1 flags over ids 0..root: which nodes `root` reaches (parents have larger ids). */
  private reachable(root: BddNode): Uint8Array {
    this.check(root);
    const reached = new Uint8Array(root + 1);
    reached[root] = 1;
    for (let node = root; node > TRUE; node--) {
      if (reached[node] === 0) continue;
      reached[this.lowOf[node] as number] = 1;
      reached[this.highOf[node] as number] = 1;
    }
    return reached;
  }

  private check(node: BddNode): void {
    if (!Number.isInteger(node) || node < 0 || node >= this.count) {
      throw new RangeError(`not a node of this diagram: ${node}`);
    }
  }

  /** Copy of `nodes` sorted so the deepest top variable comes last. */
  private byTopVariable(nodes: readonly BddNode[]): BddNode[] {
    return [...nodes].sort(
      (a, b) => (this.level[a] as number) - (this.level[b] as number) || a - b,
    );
  }

  private fold(op: Op, nodes: readonly BddNode[]): BddNode {
    for (const node of nodes) this.check(node);
    // Combining from the deepest operand upwards keeps each apply near the root.
    const sorted = this.byTopVariable(nodes);
    let acc = op === AND ? TRUE : FALSE;
    for (let i = sorted.length - 1; i >= 0; i--) {
      acc = this.apply(op, sorted[i] as BddNode, acc);
    }
    return acc;
  }

  /** The answer when one operand is a terminal or both are equal, else -1. */
  private static shortcut(op: Op, f: BddNode, g: BddNode): BddNode {
    if (f === g) return f;
    if (op === AND) {
      if (f === FALSE || g === FALSE) return FALSE;
      if (f === TRUE) return g;
      if (g === TRUE) return f;
    } else {
      if (f === TRUE || g === TRUE) return TRUE;
      if (f === FALSE) return g;
      if (g === FALSE) return f;
    }
    return -1;
  }

  /**
   * Bryant's apply without recursion. The task stack holds triples (kind, f, g): EXPAND splits a
   * pair on its top variable and schedules BUILD after both halves; BUILD takes the two results
   * (low first) off the result stack and makes the node.
   */
  private apply(op: Op, f0: BddNode, g0: BddNode): BddNode {
    const direct = Bdd.shortcut(op, f0, g0);
    if (direct >= 0) return direct;
    const tasks = this.tasks;
    const results = this.results;
    tasks.length = 0;
    results.length = 0;
    // Both operations commute, so every pair is kept as f < g for the cache.
    tasks.push(EXPAND, Math.min(f0, g0), Math.max(f0, g0));
    while (tasks.length > 0) {
      const g = tasks.pop() as number;
      const f = tasks.pop() as number;
      const kind = tasks.pop() as number;
      if (kind === BUILD) {
        const high = results.pop() as number;
        const low = results.pop() as number;
        const v = Math.min(this.level[f] as number, this.level[g] as number);
        const made = this.make(v, low, high);
        // After make: it may have widened the cache.
        const slot = this.cacheSlot(op, f, g);
        this.cacheOp[slot] = op;
        this.cacheF[slot] = f;
        this.cacheG[slot] = g;
        this.cacheResult[slot] = made;
        results.push(made);
        continue;
      }
      const direct = Bdd.shortcut(op, f, g);
      if (direct >= 0) {
        results.push(direct);
        continue;
      }
      const slot = this.cacheSlot(op, f, g);
      if (this.cacheOp[slot] === op && this.cacheF[slot] === f && this.cacheG[slot] === g) {
        results.push(this.cacheResult[slot] as number);
      } else {
        const fv = this.level[f] as number;
        const gv = this.level[g] as number;
        const v = Math.min(fv, gv);
        const fLow = fv === v ? (this.lowOf[f] as number) : f;
        const fHigh = fv === v ? (this.highOf[f] as number) : f;
        const gLow = gv === v ? (this.lowOf[g] as number) : g;
        const gHigh = gv === v ? (this.highOf[g] as number) : g;
        tasks.push(BUILD, f, g);
        tasks.push(EXPAND, Math.min(fHigh, gHigh), Math.max(fHigh, gHigh));
        tasks.push(EXPAND, Math.min(fLow, gLow), Math.max(fLow, gLow));
      }
    }
    return results.pop() as number;
  }

  private cacheSlot(op: number, f: BddNode, g: BddNode): number {
    let h = Math.imul(f, 0x9e3779b1) ^ Math.imul(g, 0x85ebca77) ^ op;
    h ^= h >>> 15;
    return h & (this.cacheOp.length - 1);
  }

  private static hash(v: number, low: BddNode, high: BddNode): number {
    let h = Math.imul(v, 0x9e3779b1) ^ Math.imul(low, 0x85ebca77) ^ Math.imul(high, 0xc2b2ae3d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 12);
  }

  /** The node (v, low, high), reduced (equal children collapse) and shared through the table. */
  private make(v: number, low: BddNode, high: BddNode): BddNode {
    if (low === high) return low;
    const mask = this.buckets.length - 1;
    const bucket = Bdd.hash(v, low, high) & mask;
    for (let node = this.buckets[bucket] as number; node >= 0; node = this.chain[node] as number) {
      if (this.level[node] === v && this.lowOf[node] === low && this.highOf[node] === high) {
        return node;
      }
    }
    if (this.count >= this.nodeBudget) throw new BddBudgetExceeded(this.nodeBudget);
    if (this.count >= this.capacity) {
      this.grow();
      return this.make(v, low, high);
    }
    const node = this.count++;
    this.level[node] = v;
    this.lowOf[node] = low;
    this.highOf[node] = high;
    this.chain[node] = this.buckets[bucket] as number;
    this.buckets[bucket] = node;
    return node;
  }

  /** Doubles the node arrays (capped by the budget), rehashes, and widens the cache. */
  private grow(): void {
    const capacity = Math.min(this.capacity * 2, this.nodeBudget);
    const widen = (old: Int32Array): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(capacity);
      next.set(old);
      return next;
    };
    this.level = widen(this.level);
    this.lowOf = widen(this.lowOf);
    this.highOf = widen(this.highOf);
    this.chain = new Int32Array(capacity);
    // Power-of-two bucket count at least the capacity keeps chains short (load ≤ 1).
    let bucketCount = this.buckets.length;
    while (bucketCount < capacity) bucketCount *= 2;
    this.buckets = new Int32Array(bucketCount).fill(-1);
    const mask = bucketCount - 1;
    for (let node = 2; node < this.count; node++) {
      const bucket =
        Bdd.hash(
          this.level[node] as number,
          this.lowOf[node] as number,
          this.highOf[node] as number,
        ) & mask;
      this.chain[node] = this.buckets[bucket] as number;
      this.buckets[bucket] = node;
    }
    this.capacity = capacity;
    const cacheSize = Math.min(bucketCount, MAX_CACHE);
    if (cacheSize > this.cacheOp.length) this.widenCache(cacheSize);
  }

  /** A larger computed cache; entries are rehashed into it, colliding ones dropped. */
  private widenCache(size: number): void {
    const op = this.cacheOp;
    const f = this.cacheF;
    const g = this.cacheG;
    const result = this.cacheResult;
    this.cacheOp = new Int8Array(size);
    this.cacheF = new Int32Array(size);
    this.cacheG = new Int32Array(size);
    this.cacheResult = new Int32Array(size);
    for (let i = 0; i < op.length; i++) {
      const o = op[i] as number;
      if (o === 0) continue;
      const slot = this.cacheSlot(o, f[i] as number, g[i] as number);
      this.cacheOp[slot] = o;
      this.cacheF[slot] = f[i] as number;
      this.cacheG[slot] = g[i] as number;
      this.cacheResult[slot] = result[i] as number;
    }
  }
}
