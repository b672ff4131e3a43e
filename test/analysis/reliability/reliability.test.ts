/**
 * The worked examples of methods.md §7.2 (availability, AV-1..AV-8) and §4.3 (bridge network),
 * computed through exactProbability. Tolerances follow §0: 1e-9 for values that are exact in
 * closed form, 1e-12 for exact rationals, and half a unit of the last printed digit for values
 * quoted as printed.
 *
 * Availability examples are built as fault trees of "failure" events (probability 1 − a, top =
 * system down) and reported as 1 − P(top); each is also checked against its dual tree of "works"
 * events (AND ↔ OR, k-of-n ↔ (n−k+1)-of-n), which must give the same availability directly.
 * Network examples are built from "works" events: an OR over the minimal path sets.
 */
import { describe, expect, it } from 'vitest';
import { exactProbability } from '../../../src/analysis/reliability/exact-probability.js';
import {
  and,
  event,
  type FaultTree,
  kOfN,
  or,
} from '../../../src/analysis/reliability/fault-tree.js';

const EXACT = 1e-9;
const RATIONAL = 1e-12;
/** Half a unit in the k-th decimal, for values printed to k decimals. */
const printed = (k: number): number => 0.5 * 10 ** -k;

/** The same structure read with complemented events: failure tree ↔ success tree. */
function dual(tree: FaultTree): FaultTree {
  switch (tree.kind) {
    case 'event':
      return tree;
    case 'and':
      return or(...tree.inputs.map(dual));
    case 'or':
      return and(...tree.inputs.map(dual));
    case 'k_of_n':
      return kOfN(tree.inputs.length - tree.k + 1, tree.inputs.map(dual));
  }
}

/**
 * Availability of a system whose failure tree is `failure`, component id being available with
 * probability `availability[id]`; checked against the dual success tree on the way.
 */
function availability(
  failure: FaultTree,
  availabilityOf: Readonly<Record<string, number>>,
): number {
  const a = (id: string): number => {
    const value = availabilityOf[id];
    if (value === undefined) throw new Error(`no availability for ${id}`);
    return value;
  };
  const down = exactProbability(failure, (id) => 1 - a(id)).probability;
  const up = exactProbability(dual(failure), a).probability;
  expect(Math.abs(1 - down - up)).toBeLessThan(1e-12);
  return 1 - down;
}

/** Failure tree of a series system: down when any component is down. */
const series = (ids: readonly string[]): FaultTree => or(...ids.map(event));
/** Failure tree of a parallel system: down when every component is down. */
const parallel = (ids: readonly string[]): FaultTree => and(...ids.map(event));
/** Failure tree of k-out-of-n (k must work): down when n − k + 1 are down. */
const kOutOfN = (k: number, ids: readonly string[]): FaultTree =>
  kOfN(ids.length - k + 1, ids.map(event));

const ids = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const same = (list: readonly string[], a: number): Record<string, number> =>
  Object.fromEntries(list.map((id) => [id, a]));

describe('availability of series / parallel / k-out-of-n systems (methods.md §7.2)', () => {
  it('AV-1: web app 99.95 % in series with SQL DB 99.99 %', () => {
    const a = availability(series(['web', 'db']), { web: 0.9995, db: 0.9999 });
    expect(a).toBeCloseTo(0.99940005, 12);
    expect(Math.abs(a - 0.99940005)).toBeLessThan(EXACT);
    expect(Math.abs(a - 0.9994)).toBeLessThan(printed(4));
  });

  it('AV-2: DB 99.99 % or queue 99.9 % as a parallel fallback', () => {
    const a = availability(parallel(['db', 'queue']), { db: 0.9999, queue: 0.999 });
    expect(Math.abs(a - (1 - 0.0001 * 0.001))).toBeLessThan(EXACT);
    expect(Math.abs(a - 0.9999999)).toBeLessThan(EXACT);
  });

  it('AV-3: web and (DB or queue)', () => {
    const failure = or(event('web'), parallel(['db', 'queue']));
    const a = availability(failure, { web: 0.9995, db: 0.9999, queue: 0.999 });
    expect(Math.abs(a - 0.99949990005)).toBeLessThan(EXACT);
    expect(Math.abs(a - 0.9995)).toBeLessThan(printed(4));
  });

  it('AV-4: the eight services of the reliable-web-app pattern in series', () => {
    const services = {
      frontDoor: 0.9999,
      entraId: 0.9999,
      appService: 0.9995,
      redis: 0.999,
      sql: 0.99995,
      storage: 0.999,
      keyVault: 0.9999,
      appConfig: 0.999,
    };
    const a = availability(series(Object.keys(services)), services);
    // Exact product 0.996155765766586…, printed as 0.996155766 and as 99.616 %.
    expect(Math.abs(a - 0.996155765766586)).toBeLessThan(EXACT);
    expect(Math.abs(a - 0.996155766)).toBeLessThan(printed(9));
    expect(Math.abs(a - 0.99616)).toBeLessThan(printed(5));
  });

  it('AV-5: 2 × 99 % and 3 × 99 % in parallel', () => {
    expect(
      Math.abs(availability(parallel(ids('u', 2)), same(ids('u', 2), 0.99)) - 0.9999),
    ).toBeLessThan(EXACT);
    expect(
      Math.abs(availability(parallel(ids('u', 3)), same(ids('u', 3), 0.99)) - 0.999999),
    ).toBeLessThan(EXACT);
  });

  it('AV-6: 3-out-of-4 at a = 0.9', () => {
    const a = availability(kOutOfN(3, ids('u', 4)), same(ids('u', 4), 0.9));
    expect(Math.abs(a - (0.9 ** 4 + 4 * 0.9 ** 3 * 0.1))).toBeLessThan(EXACT);
    expect(Math.abs(a - 0.9477)).toBeLessThan(EXACT);
  });

  it('AV-7: 3-out-of-5 at a = 0.9', () => {
    const a = availability(kOutOfN(3, ids('u', 5)), same(ids('u', 5), 0.9));
    expect(Math.abs(a - 0.99144)).toBeLessThan(EXACT);
  });

  it('AV-8: 2-out-of-3 at a = 0.9 and a = 0.99', () => {
    const units = ids('u', 3);
    expect(Math.abs(availability(kOutOfN(2, units), same(units, 0.9)) - 0.972)).toBeLessThan(EXACT);
    expect(Math.abs(availability(kOutOfN(2, units), same(units, 0.99)) - 0.999702)).toBeLessThan(
      EXACT,
    );
  });
});

// Bridge network of §4.3: nodes s, a, b, t; e1 = s–a, e2 = s–b, e3 = a–b, e4 = a–t, e5 = b–t.
// Every tree below is a success tree over "edge works" events: an OR over minimal path sets.
const pathSets = (sets: readonly (readonly number[])[]): FaultTree =>
  or(...sets.map((set) => and(...set.map((e) => event(`e${e}`)))));

/** s and t connected. */
const TWO_TERMINAL = pathSets([
  [1, 4],
  [2, 5],
  [1, 3, 5],
  [2, 3, 4],
]);
/** All four nodes connected: the eight spanning trees (10 triples less the two triangles). */
const ALL_TERMINAL = pathSets([
  [1, 2, 4],
  [1, 2, 5],
  [1, 3, 4],
  [1, 3, 5],
  [1, 4, 5],
  [2, 3, 4],
  [2, 3, 5],
  [2, 4, 5],
]);
/** s, a and t connected: the minimal Steiner trees on {s, a, t}. */
const THREE_TERMINAL = pathSets([
  [1, 4],
  [1, 2, 5],
  [1, 3, 5],
  [2, 3, 4],
  [2, 3, 5],
  [2, 4, 5],
]);

const edgeProbability =
  (p: readonly number[]) =>
  (id: string): number => {
    const value = p[Number(id.slice(1)) - 1];
    if (value === undefined) throw new Error(`no probability for ${id}`);
    return value;
  };
const uniform = (p: number) => edgeProbability([p, p, p, p, p]);
const bridgePolynomial = (p: number): number => 2 * p ** 2 + 2 * p ** 3 - 5 * p ** 4 + 2 * p ** 5;

describe('bridge network reliability (methods.md §4.3)', () => {
  it('bridge two-terminal R(s,t) at p = 0.9 is 12231/12500', () => {
    const result = exactProbability(TWO_TERMINAL, uniform(0.9));
    expect(Math.abs(result.probability - 12231 / 12500)).toBeLessThan(RATIONAL);
    expect(Math.abs(result.probability - 0.97848)).toBeLessThan(RATIONAL);
    expect(result.variables).toBe(5);
  });

  it('bridge factoring check at p = 0.9: pivot on the bridge e3', () => {
    const contracted = (1 - 0.1 ** 2) ** 2;
    const deleted = 1 - (1 - 0.81) ** 2;
    expect(contracted).toBeCloseTo(0.9801, 12);
    expect(deleted).toBeCloseTo(0.9639, 12);
    const { probability } = exactProbability(TWO_TERMINAL, uniform(0.9));
    expect(Math.abs(probability - (0.9 * contracted + 0.1 * deleted))).toBeLessThan(EXACT);
  });

  it.each([
    [0.5, 1 / 2],
    [0.8, 2848 / 3125],
    [0.95, 1591649 / 1600000],
    [0.99, 4998990249 / 5000000000],
  ])('bridge two-terminal at p = %s', (p, expected) => {
    const { probability } = exactProbability(TWO_TERMINAL, uniform(p));
    expect(Math.abs(probability - expected)).toBeLessThan(RATIONAL);
    expect(Math.abs(probability - bridgePolynomial(p))).toBeLessThan(EXACT);
  });

  it('bridge printed values 0.91136, 0.994780625, 0.9997980498', () => {
    expect(
      Math.abs(exactProbability(TWO_TERMINAL, uniform(0.8)).probability - 0.91136),
    ).toBeLessThan(printed(5));
    expect(
      Math.abs(exactProbability(TWO_TERMINAL, uniform(0.95)).probability - 0.994780625),
    ).toBeLessThan(printed(9));
    expect(
      Math.abs(exactProbability(TWO_TERMINAL, uniform(0.99)).probability - 0.9997980498),
    ).toBeLessThan(printed(10));
  });

  it('bridge heterogeneous p(e1..e5) = 0.9, 0.8, 0.7, 0.95, 0.85 is 193387/200000', () => {
    const p = edgeProbability([0.9, 0.8, 0.7, 0.95, 0.85]);
    const { probability } = exactProbability(TWO_TERMINAL, p);
    expect(Math.abs(probability - 193387 / 200000)).toBeLessThan(RATIONAL);
    expect(Math.abs(probability - 0.966935)).toBeLessThan(RATIONAL);
    // Factoring on e3 with the intermediate values of §4.3.
    expect(Math.abs(probability - (0.7 * 0.97265 + 0.3 * 0.9536))).toBeLessThan(EXACT);
  });

  it('bridge all-terminal at p = 0.9 is 48843/50000', () => {
    const { probability } = exactProbability(ALL_TERMINAL, uniform(0.9));
    expect(Math.abs(probability - 48843 / 50000)).toBeLessThan(RATIONAL);
    expect(Math.abs(probability - 0.97686)).toBeLessThan(RATIONAL);
  });

  it('bridge all-terminal from the cut side: 1 − P(some bond fails) gives the same', () => {
    // Minimal edge cuts (bonds) of the bridge, as a failure tree over "edge down" events.
    const bonds = or(
      ...[
        [1, 2],
        [4, 5],
        [1, 3, 4],
        [1, 3, 5],
        [2, 3, 4],
        [2, 3, 5],
      ].map((set) => and(...set.map((e) => event(`e${e}`)))),
    );
    const { probability } = exactProbability(bonds, () => 0.1);
    expect(Math.abs(1 - probability - 48843 / 50000)).toBeLessThan(RATIONAL);
  });

  it('bridge 3-terminal K = {s, a, t} at p = 0.9 is 97767/100000', () => {
    const { probability } = exactProbability(THREE_TERMINAL, uniform(0.9));
    expect(Math.abs(probability - 97767 / 100000)).toBeLessThan(RATIONAL);
    expect(Math.abs(probability - 0.97767)).toBeLessThan(RATIONAL);
  });
});
