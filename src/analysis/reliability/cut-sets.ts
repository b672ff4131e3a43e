/**
 * Minimal cut sets up to a given order, by top-down expansion in the manner of MOCUS (Fussell and
 * Vesely, 1972), folded bottom-up over the tree: an OR unites its inputs' families, an AND takes
 * their cross product, and a k-of-n gate is expanded by dynamic programming over its inputs
 * ("at least j of inputs i.." from "at least j−1" and "at least j" of the rest) rather than as
 * an OR over every k-combination.
 *
 * Every family is kept minimal and truncated as it is formed: a set above `maxOrder` is dropped at
 * once and supersets are removed. Truncation is exact because the structure is monotone: a minimal
 * cut set of a gate is a union of minimal cut sets of its inputs, each no larger than the union,
 * so a result of size ≤ k never needs an intermediate set larger than k. Keeping families small
 * is what makes a wide AND of small ORs cheap: only sets that stay within the order survive each
 * cross product, e.g. an event shared by every OR.
 */
import { eventsOf, type FaultTree, foldTree } from './fault-tree.js';

/** Event ids of one minimal cut set, sorted. */
export type CutSetEvents = readonly string[];

/** A set of events as sorted event indices. */
type IndexSet = readonly number[];
/** A minimal family of sets; `[[]]` is "always true", `[]` is "never true (within the order)". */
type Family = readonly IndexSet[];

const ALWAYS: Family = [[]];
const NEVER: Family = [];

/**
 * All minimal cut sets with at most `maxOrder` events (a cut set makes the top true; a minimal
 * one has no proper subset that does), sorted by size, then lexicographically by event id.
 * `maxOrder` may be `Infinity` for all of them, at the risk of exponentially many.
 */
export function minimalCutSets(tree: FaultTree, maxOrder: number): CutSetEvents[] {
  if (!(maxOrder >= 0)) throw new RangeError(`maxOrder must be ≥ 0, got ${maxOrder}`);
  const ids = eventsOf(tree);
  const index = new Map(ids.map((id, i) => [id, i]));
  const family = foldTree<Family>(
    tree,
    (id) => (maxOrder >= 1 ? [[index.get(id) ?? 0]] : NEVER),
    (gate, inputs) => {
      switch (gate.kind) {
        case 'and':
          return andFamilies(inputs, maxOrder);
        case 'or':
          return orFamilies(inputs, maxOrder);
        case 'k_of_n':
          return atLeastFamilies(gate.k, inputs, maxOrder);
      }
    },
  );
  return family
    .map((set) => set.map((i) => ids[i] ?? '').sort())
    .sort((a, b) => a.length - b.length || compareLexicographically(a, b));
}

function compareLexicographically(a: CutSetEvents, b: CutSetEvents): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Cross product of all families, the smallest first; stops as soon as nothing is left. */
function andFamilies(families: readonly Family[], maxOrder: number): Family {
  const ordered = [...families].sort((a, b) => a.length - b.length);
  let acc = ALWAYS;
  for (const family of ordered) {
    const next = new MinimalFamily(maxOrder);
    next.addCross(acc, family);
    acc = next.sets();
    if (acc.length === 0) return NEVER;
  }
  return acc;
}

function orFamilies(families: readonly Family[], maxOrder: number): Family {
  const result = new MinimalFamily(maxOrder);
  result.addAll(families.flat());
  return result.sets();
}

/**
 * "At least k of the inputs" by dynamic programming over the inputs, last first: after input i,
 * rows[j] holds the family of "at least j of inputs i.. are true", updated in place as
 * rows[j] ∪ (input i × rows[j − 1]); j runs downwards so rows[j − 1] is still the old row.
 */
function atLeastFamilies(k: number, families: readonly Family[], maxOrder: number): Family {
  const need = Math.ceil(k);
  const n = families.length;
  if (need <= 0) return ALWAYS;
  if (need > n) return NEVER;
  const rows = Array.from({ length: need + 1 }, () => new MinimalFamily(maxOrder));
  rows[0]?.add([]);
  for (let i = n - 1; i >= 0; i--) {
    const family = families[i] as Family;
    // Only n − i inputs remain from i on, so rows above that stay empty; rows below need − i
    // can no longer contribute to rows[need].
    for (let j = Math.min(need, n - i); j >= Math.max(1, need - i); j--) {
      (rows[j] as MinimalFamily).addCross(family, (rows[j - 1] as MinimalFamily).sets());
    }
  }
  return (rows[need] as MinimalFamily).sets();
}

/** Sorted union of two sorted sets, or undefined once it exceeds `limit` elements. */
function unionWithin(a: IndexSet, b: IndexSet, limit: number): IndexSet | undefined {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(Math.min(x, y));
    if (out.length > limit) return undefined;
  }
  return out;
}

/** Whether sorted `small` is a subset of sorted `big`. */
function isSubset(small: IndexSet, big: IndexSet): boolean {
  let j = 0;
  for (const x of small) {
    while (j < big.length && (big[j] as number) < x) j++;
    if (big[j] !== x) return false;
    j++;
  }
  return true;
}

const keyOf = (set: IndexSet): string => set.join(',');

/** Kept sets filed under their smallest element, and listed under each of their elements. */
interface Indexes {
  readonly byFirst: Map<number, Set<string>>;
  readonly containing: Map<number, Set<string>>;
}

/**
 * A family kept minimal and within the order as sets are added: a set is refused when it is too
 * large or a kept set lies inside it, and kept sets it lies inside are dropped. Counts by size
 * answer most of these tests at once (no smaller kept set: no subset; no larger: no superset);
 * small sets look their proper subsets up by key. Only when that is not enough are two indexes
 * built (and then kept up to date): every set filed under its smallest element, to find kept
 * subsets of a large new set, and listed under each of its elements, to find kept supersets.
 */
class MinimalFamily {
  private readonly byKey = new Map<string, IndexSet>();
  /** How many kept sets have each size. */
  private readonly sizes: number[] = [];
  private indexes: Indexes | undefined;

  constructor(private readonly maxOrder: number) {}

  sets(): Family {
    return [...this.byKey.values()];
  }

  /** Adds every set, smallest first (fewer sets are added only to be dropped again). */
  addAll(sets: readonly IndexSet[]): void {
    for (const set of [...sets].sort((a, b) => a.length - b.length)) this.add(set);
  }

  /** Adds every union a ∪ b within the order, a from `left` and b from `right`. */
  addCross(left: Family, right: Family): void {
    const unions: IndexSet[] = [];
    for (const a of left) {
      for (const b of right) {
        const union = unionWithin(a, b, this.maxOrder);
        if (union !== undefined) unions.push(union);
      }
    }
    this.addAll(unions);
  }

  add(set: IndexSet): void {
    if (set.length > this.maxOrder) return;
    const key = keyOf(set);
    if (this.byKey.has(key) || this.hasSubsetOf(set)) return;
    this.dropSupersetsOf(set);
    this.byKey.set(key, set);
    this.sizes[set.length] = (this.sizes[set.length] ?? 0) + 1;
    if (this.indexes !== undefined) file(this.indexes, key, set);
  }

  private anyOfSize(accept: (size: number) => boolean): boolean {
    return this.sizes.some((count, size) => count > 0 && accept(size));
  }

  /**
   * Whether a kept set is a proper subset of `set`: either look up each proper subset's key
   * (2^m − 2 of them) or scan the sets filed under the elements of `set`, whichever is less work.
   */
  private hasSubsetOf(set: IndexSet): boolean {
    if (!this.anyOfSize((size) => size < set.length)) return false;
    if (this.byKey.has('')) return true;
    const subsets = 2 ** set.length - 2;
    let scanCost = Number.POSITIVE_INFINITY;
    if (subsets > SMALL_SUBSET_COUNT) {
      const { byFirst } = this.indexed();
      scanCost = 0;
      for (const element of set) scanCost += byFirst.get(element)?.size ?? 0;
    }
    if (subsets <= scanCost) {
      for (let mask = 1; mask <= subsets; mask++) {
        if (this.byKey.has(keyOf(set.filter((_, bit) => (mask >> bit) & 1)))) return true;
      }
      return false;
    }
    for (const element of set) {
      for (const key of this.indexed().byFirst.get(element) ?? []) {
        const kept = this.byKey.get(key) ?? [];
        if (kept.length < set.length && isSubset(kept, set)) return true;
      }
    }
    return false;
  }

  /** Drops kept proper supersets of `set`, found among the sets holding its rarest element. */
  private dropSupersetsOf(set: IndexSet): void {
    if (!this.anyOfSize((size) => size > set.length)) return;
    if (set.length === 0) {
      for (const kept of [...this.byKey.values()]) this.remove(kept);
      return;
    }
    const { containing } = this.indexed();
    let rarest: ReadonlySet<string> | undefined;
    for (const element of set) {
      const holders = containing.get(element);
      if (holders === undefined) return;
      if (rarest === undefined || holders.size < rarest.size) rarest = holders;
    }
    for (const key of [...(rarest ?? [])]) {
      const kept = this.byKey.get(key) ?? [];
      if (kept.length > set.length && isSubset(set, kept)) this.remove(kept);
    }
  }

  private remove(set: IndexSet): void {
    const key = keyOf(set);
    this.byKey.delete(key);
    this.sizes[set.length] = (this.sizes[set.length] ?? 0) - 1;
    if (this.indexes === undefined) return;
    const first = set[0];
    if (first !== undefined) this.indexes.byFirst.get(first)?.delete(key);
    for (const element of set) this.indexes.containing.get(element)?.delete(key);
  }

  /** The two indexes, built from the kept sets on first use. */
  private indexed(): Indexes {
    if (this.indexes === undefined) {
      const indexes: Indexes = { byFirst: new Map(), containing: new Map() };
      for (const [key, set] of this.byKey) file(indexes, key, set);
      this.indexes = indexes;
    }
    return this.indexes;
  }
}

/** Proper subsets looked up by key without an index: sets of up to six events. */
const SMALL_SUBSET_COUNT = 2 ** 6 - 2;

function file(indexes: Indexes, key: string, set: IndexSet): void {
  const first = set[0];
  if (first !== undefined) listUnder(indexes.byFirst, first).add(key);
  for (const element of set) listUnder(indexes.containing, element).add(key);
}

function listUnder(index: Map<number, Set<string>>, element: number): Set<string> {
  let list = index.get(element);
  if (list === undefined) {
    list = new Set();
    index.set(element, list);
  }
  return list;
}
