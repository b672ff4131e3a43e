/**
 * The two-mode switching example of methods.md §1.3 (incl. its node table), then properties on
 * random small lattices: the lattice programme against a recursion over every path of a
 * non-recombining tree, bounds of the option value and the limits K = 0 and K → ∞.
 *
 * Tolerances follow §0: values printed to 6 d.p. within 5e-7; values that are exact sums of the
 * data (21.5, 10.5, …) and closed forms within 1e-9.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Mode,
  type SwitchingInput,
  switchingLattice,
} from '../../../src/economics/options/switching-lattice.js';

const EXACT = 1e-9;
/** Half a unit in the k-th decimal, for values printed to k decimals. */
const printed = (k: number): number => 0.5 * 10 ** -k;

function near(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

describe('§1.3 worked example: floating A vs fixed-price B, K = 1, start in A', () => {
  const example: SwitchingInput = {
    index: 10,
    up: 1.2,
    down: 1 / 1.2,
    probability: 0.5,
    rate: 0.05,
    periods: 3,
    fixedCost: 10.5,
    switchingCost: 1,
    start: 'A',
  };
  const result = switchingLattice(example);

  it('PV(stay in A) = 29.057697, the discounted expected index', () => {
    // E[X_t] = 10·m^t with m = 0.5·1.2 + 0.5/1.2.
    const m = 0.5 * 1.2 + 0.5 / 1.2;
    near(result.stayA, 10 * (1 + m / 1.05 + (m / 1.05) ** 2), EXACT);
    near(result.stayA, 10 + 10.166667 / 1.05 + 10.336111 / 1.05 ** 2, 1e-6);
    near(result.stayA, 29.057697, printed(6));
  });

  it('PV(stay in B) = 10.5·(1 + 1/1.05 + 1/1.05²) = 30.023810', () => {
    near(result.stayB, 10.5 * (1 + 1 / 1.05 + 1 / 1.05 ** 2), EXACT);
    near(result.stayB, 30.02381, printed(6));
  });

  it('PV(optimal) = 28.048627, so the option to switch is worth 1.009070', () => {
    near(result.optimal, 28.048627, printed(6));
    near(result.optionValue, 1.00907, printed(6));
    near(result.optionValue, result.stayA - result.optimal, EXACT);
  });

  it('reproduces the node table', () => {
    // t, X, from A: A / B, from B: A / B, V(A), V(B), choice from A, choice from B.
    type Row = [number, number, number, number, number, number, number, number, Mode, Mode];
    const table: readonly (readonly Row[])[] = [
      [[0, 10, 28.048627, 29.548627, 29.048627, 28.548627, 28.048627, 28.548627, 'A', 'B']],
      [
        [1, 8.333333, 16.402116, 20.283069, 17.402116, 19.283069, 16.402116, 17.402116, 'A', 'A'],
        [1, 12, 22.238095, 21.5, 23.238095, 20.5, 21.5, 20.5, 'B', 'B'],
      ],
      [
        [2, 6.944444, 6.944444, 11.5, 7.944444, 10.5, 6.944444, 7.944444, 'A', 'A'],
        [2, 10, 10, 11.5, 11, 10.5, 10, 10.5, 'A', 'B'],
        [2, 14.4, 14.4, 11.5, 15.4, 10.5, 11.5, 10.5, 'B', 'B'],
      ],
    ];
    // Entries with at most one decimal are exact sums of the data; the rest are printed to 6 d.p.
    const tolerance = (v: number): number => (Number.isInteger(v * 10) ? EXACT : printed(6));
    expect(result.nodes.map((row) => row.length)).toEqual([1, 2, 3]);
    table.forEach((rows, t) => {
      rows.forEach((expected, j) => {
        const node = result.nodes[t]?.[j];
        if (node === undefined) throw new Error(`no node (${t}, ${j})`);
        const [step, ...rest] = expected;
        const numbers = rest.slice(0, 7) as number[];
        const actual = [
          node.index,
          node.fromA.A,
          node.fromA.B,
          node.fromB.A,
          node.fromB.B,
          node.valueA,
          node.valueB,
        ];
        expect(node.step).toBe(step);
        numbers.forEach((value, i) => {
          near(actual[i] ?? Number.NaN, value, tolerance(value));
        });
        expect([node.choiceFromA, node.choiceFromB]).toEqual(rest.slice(7));
      });
    });
  });

  it('starting in B, the option is worth stay B − V_0(B)', () => {
    const fromB = switchingLattice({ ...example, start: 'B' });
    near(fromB.optimal, 28.548627, printed(6));
    near(fromB.optionValue, 30.02381 - 28.548627, 2 * printed(6));
  });
});

describe('input checks', () => {
  const base: SwitchingInput = {
    index: 10,
    up: 1.2,
    down: 0.8,
    probability: 0.5,
    rate: 0.05,
    periods: 3,
    fixedCost: 10,
    switchingCost: 1,
    start: 'A',
  };

  it('rejects unusable inputs with a RangeError', () => {
    const bad: Partial<SwitchingInput>[] = [
      { index: 0 },
      { index: Number.NaN },
      { down: 0 },
      { up: 0.8 },
      { probability: -0.1 },
      { probability: 1.1 },
      { rate: -1 },
      { rate: Number.POSITIVE_INFINITY },
      { fixedCost: Number.NaN },
      { switchingCost: -1 },
      { periods: 0 },
      { periods: 2.5 },
      { start: 'C' as Mode },
      { up: 1e10, periods: 40 },
    ];
    for (const change of bad) {
      expect(() => switchingLattice({ ...base, ...change }), JSON.stringify(change)).toThrow(
        RangeError,
      );
    }
  });
});

const grid = (min: number, max: number, scale: number): fc.Arbitrary<number> =>
  fc
    .noBias(fc.integer({ min: Math.round(min * scale), max: Math.round(max * scale) }))
    .map((i) => i / scale);

const inputs: fc.Arbitrary<SwitchingInput> = fc.record({
  index: grid(1, 50, 10),
  up: grid(1.01, 1.6, 100),
  down: grid(0.5, 0.99, 100),
  probability: grid(0, 1, 100),
  rate: grid(0, 0.2, 1000),
  periods: fc.integer({ min: 1, max: 6 }),
  fixedCost: grid(0, 60, 10),
  switchingCost: grid(0, 10, 10),
  start: fc.constantFrom<Mode>('A', 'B'),
});

/** Costs are of the order of index and fixed cost times the number of periods. */
const slack = (input: SwitchingInput): number =>
  1e-9 * (1 + input.periods * (input.index * input.up ** input.periods + input.fixedCost));

/**
 * The same programme written independently: plain recursion down every path of a
 * non-recombining tree, the index carried along by multiplication.
 */
function bruteForce(input: SwitchingInput): number {
  const { probability: p, rate, periods, fixedCost, switchingCost } = input;
  const cost = (t: number, x: number, mode: Mode): number => {
    if (t === periods) return 0;
    let best = Number.POSITIVE_INFINITY;
    for (const next of ['A', 'B'] as const) {
      const run = next === 'A' ? x : fixedCost;
      const later =
        (p * cost(t + 1, x * input.up, next) + (1 - p) * cost(t + 1, x * input.down, next)) /
        (1 + rate);
      best = Math.min(best, (next === mode ? 0 : switchingCost) + run + later);
    }
    return best;
  };
  return cost(0, input.index, input.start);
}

/** PV of a myopic policy with free switching: each period the cheaper mode, E[min(X_t, c_B)]. */
function freeSwitching(input: SwitchingInput): number {
  let total = 0;
  for (let t = 0; t < input.periods; t++) {
    let expected = 0;
    for (let j = 0; j <= t; j++) {
      const x = input.index * input.up ** j * input.down ** (t - j);
      const weight = binomial(t, j) * input.probability ** j * (1 - input.probability) ** (t - j);
      expected += weight * Math.min(x, input.fixedCost);
    }
    total += expected / (1 + input.rate) ** t;
  }
  return total;
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

describe('switchingLattice properties', () => {
  it('agrees with a recursion over every path', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        near(switchingLattice(input).optimal, bruteForce(input), slack(input));
      }),
      { numRuns: 200 },
    );
  });

  it('is worth ≥ 0 and no more than staying put, or switching at once and staying', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = switchingLattice(input);
        expect(r.optionValue).toBeGreaterThanOrEqual(0);
        const other = input.start === 'A' ? r.stayB : r.stayA;
        expect(r.optimal).toBeLessThanOrEqual(input.switchingCost + other + slack(input));
      }),
      { numRuns: 300 },
    );
  });

  it('costs more, never less, as switching gets dearer', () => {
    fc.assert(
      fc.property(inputs, grid(0, 10, 10), (input, extra) => {
        const cheap = switchingLattice(input).optimal;
        const dear = switchingLattice({ ...input, switchingCost: input.switchingCost + extra });
        expect(dear.optimal).toBeGreaterThanOrEqual(cheap - slack(input));
      }),
      { numRuns: 300 },
    );
  });

  it('with free switching, is the myopic cheaper-mode-each-period policy', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const free = { ...input, switchingCost: 0 };
        near(switchingLattice(free).optimal, freeSwitching(free), slack(input));
      }),
      { numRuns: 300 },
    );
  });

  it('with a prohibitive switching cost, is worth nothing', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const locked = switchingLattice({ ...input, switchingCost: 1e12 });
        expect(locked.optionValue).toBe(0);
        expect(
          locked.nodes.flat().every((n) => n.choiceFromA === 'A' && n.choiceFromB === 'B'),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
