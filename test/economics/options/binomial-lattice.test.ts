/**
 * The worked examples of methods.md §1.1 by id: CRR-1..CRR-9 and CRR-7b, the abandonment lattice
 * (node tables, American 10.994912, European 10.040310) and the Trigeorgis-style defer example.
 * Tolerances follow §0: exact values printed to k decimals within half a unit of the k-th decimal;
 * Hull's values computed with p rounded to 4 d.p. within 5e-4; exact closed forms within 1e-9.
 */
import { describe, expect, it } from 'vitest';
import {
  binomialOption,
  type LatticeInput,
  lattice,
  MAX_TABLE_STEPS,
} from '../../../src/economics/options/binomial-lattice.js';

const EXACT = 1e-9;
/** Half a unit in the k-th decimal, for values printed to k decimals. */
const printed = (k: number): number => 0.5 * 10 ** -k;
/** Hull rounds p to 4 d.p. before rolling back; §0 asks for ≥ 5e-4 against his printed values. */
const HULL = 5e-4;

function near(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

function rowsNear(
  actual: readonly (readonly number[])[],
  expected: readonly (readonly number[])[],
  tolerance: number,
): void {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  actual.forEach((row, i) => {
    row.forEach((value, j) => {
      near(value, expected[i]?.[j] ?? Number.NaN, tolerance);
    });
  });
}

describe('CRR-1..CRR-4: Hull, given u and d', () => {
  const hullCall: LatticeInput = {
    spot: 20,
    strike: 21,
    up: 1.1,
    down: 0.9,
    rate: 0.12,
    years: 0.25,
    steps: 1,
    kind: 'call',
    exercise: 'european',
  };
  const hullPut: LatticeInput = {
    spot: 50,
    strike: 52,
    up: 1.2,
    down: 0.8,
    rate: 0.05,
    years: 2,
    steps: 2,
    kind: 'put',
    exercise: 'european',
  };

  it('CRR-1: one-step European call 0.633 (exact 0.632995), p = 0.652273', () => {
    const result = binomialOption(hullCall);
    near(result.value, 0.633, printed(3));
    near(result.value, 0.632995, printed(6));
    near(result.probability, 0.652273, printed(6));
    expect(result.up).toBe(1.1);
    expect(result.down).toBe(0.9);
    near(result.discount, Math.exp(-0.12 * 0.25), EXACT);
    expect(result.earlyExercise).toBe(false);
  });

  it('CRR-1: the one-step value is the closed form e^{−rT}·p·(S·u − K)', () => {
    const p = (Math.exp(0.12 * 0.25) - 0.9) / 0.2;
    near(binomialOption(hullCall).value, Math.exp(-0.12 * 0.25) * p * (22 - 21), EXACT);
  });

  it('CRR-2: two-step European call, Hull 1.2823, exact 1.282185', () => {
    const value = binomialOption({ ...hullCall, years: 0.5, steps: 2 }).value;
    near(value, 1.282185, printed(6));
    near(value, 1.2823, HULL);
  });

  it('CRR-3: two-step European put, Hull 4.1923, exact 4.192654 (p = 0.628178)', () => {
    const result = binomialOption(hullPut);
    near(result.value, 4.192654, printed(6));
    near(result.value, 4.1923, HULL);
    near(result.probability, 0.628178, printed(6));
    expect(result.earlyExercise).toBe(false);
  });

  it('CRR-4: the American put is 5.089632 (Hull 5.0894), exercised at the down node', () => {
    const input: LatticeInput = { ...hullPut, exercise: 'american' };
    const result = binomialOption(input);
    near(result.value, 5.089632, printed(6));
    near(result.value, 5.0894, HULL);
    expect(result.earlyExercise).toBe(true);

    const table = lattice(input);
    expect(table.value).toBe(result.value);
    rowsNear(table.underlying, [[50], [40, 60], [32, 48, 72]], EXACT);
    // 52 − 40 = 12 beats holding, D·(p·4 + (1 − p)·20) = 9.4636 (Hull, p rounded to 0.6282).
    near(table.option[1]?.[0] ?? Number.NaN, 12, EXACT);
    const holding = table.discount * (table.probability * 4 + (1 - table.probability) * 20);
    near(holding, 9.4636, HULL);
    expect(table.exercise).toEqual([[false], [true, false], [false, false, false]]);
  });
});

describe('CRR-5..CRR-9: CRR lattices from a volatility', () => {
  const put: LatticeInput = {
    spot: 50,
    strike: 52,
    volatility: 0.3,
    rate: 0.05,
    years: 2,
    steps: 2,
    kind: 'put',
    exercise: 'american',
  };

  it('CRR-5: American put, n = 2, u = e^0.3 = 1.349859: 7.428402', () => {
    const result = binomialOption(put);
    near(result.up, 1.349859, printed(6));
    near(result.up, Math.exp(0.3), EXACT);
    near(result.down * result.up, 1, EXACT);
    near(result.value, 7.428402, printed(6));
    near(result.value, 7.428, 1e-3); // as asserted by the public pytest
  });

  it('CRR-6: the same with n = 5: 7.670889', () => {
    const value = binomialOption({ ...put, steps: 5 }).value;
    near(value, 7.670889, printed(6));
    near(value, 7.671, printed(3));
  });

  const hull141: LatticeInput = {
    spot: 50,
    strike: 50,
    volatility: 0.4,
    rate: 0.1,
    carry: 0.1,
    years: 5 / 12,
    steps: 5,
    kind: 'put',
    exercise: 'american',
  };

  it('CRR-7: American put S = K = 50, n = 5: 4.488459 (Hull 4.49)', () => {
    const value = binomialOption(hull141).value;
    near(value, 4.488459, printed(6));
    near(value, 4.49, printed(2));
  });

  it('CRR-7b: n = 30 / 50 / 100 / 500 give 4.263427 / 4.272021 / 4.278059 / 4.283021', () => {
    const expected: readonly [number, number][] = [
      [30, 4.263427],
      [50, 4.272021],
      [100, 4.278059],
      [500, 4.283021],
    ];
    for (const [steps, value] of expected) {
      near(binomialOption({ ...hull141, steps }).value, value, printed(6));
    }
  });

  it('CRR-7b: the European put at n = 500 lies near Black–Scholes 4.075981', () => {
    const value = binomialOption({ ...hull141, steps: 500, exercise: 'european' }).value;
    near(value, 4.075981, 5e-3);
  });

  it('CRR-8: Haug 3.1.1, American put S = 100, X = 95, n = 5: 4.919211', () => {
    const value = binomialOption({
      spot: 100,
      strike: 95,
      volatility: 0.3,
      rate: 0.08,
      carry: 0.08,
      years: 0.5,
      steps: 5,
      kind: 'put',
      exercise: 'american',
    }).value;
    near(value, 4.919211, printed(6));
  });

  const crr9: LatticeInput = {
    spot: 100,
    strike: 100,
    volatility: 0.25,
    rate: 0.1,
    carry: 0.1,
    years: 1,
    steps: 50,
    kind: 'call',
    exercise: 'european',
  };
  const BLACK_SCHOLES = 14.975791;

  it('CRR-9: European call, n = 50: 14.925294 (fOptions prints 14.93)', () => {
    const value = binomialOption(crr9).value;
    near(value, 14.925294, printed(6));
    near(value, 14.93, printed(2));
  });

  it('CRR-9: finer lattices close in on Black–Scholes 14.975791', () => {
    const errors = [50, 100, 500, 1000].map((steps) =>
      Math.abs(binomialOption({ ...crr9, steps }).value - BLACK_SCHOLES),
    );
    near(errors[0] ?? Number.NaN, 14.975791 - 14.925294, 2 * printed(6));
    for (let i = 1; i < errors.length; i++) {
      expect(errors[i]).toBeLessThan(errors[i - 1] ?? 0);
    }
    // At the money the CRR error falls like 1/n: twenty times the steps, a twentieth of the error.
    expect(errors[3]).toBeLessThan(3e-3);
    expect(errors[3]).toBeLessThan((errors[0] ?? 0) / 15);
  });

  it('CRR-9: the American call without leakage (b = r) is the European call, never exercised', () => {
    const european = binomialOption(crr9);
    const american = binomialOption({ ...crr9, exercise: 'american' });
    expect(american.value).toBe(european.value);
    expect(american.earlyExercise).toBe(false);
  });
});

describe('abandonment option: American put on project value, salvage 90 (§1.1 [C])', () => {
  const abandon: LatticeInput = {
    spot: 100,
    strike: 90,
    volatility: 0.3,
    rate: 0.05,
    years: 3,
    steps: 3,
    kind: 'put',
    exercise: 'american',
  };

  it('has u = 1.349859, d = 0.740818, p = 0.509741, D = 0.951229', () => {
    const result = binomialOption(abandon);
    near(result.up, 1.349859, printed(6));
    near(result.down, 0.740818, printed(6));
    near(result.probability, 0.509741, printed(6));
    near(result.discount, 0.951229, printed(6));
  });

  it('reproduces the node tables of the project value and of the option', () => {
    const table = lattice(abandon);
    rowsNear(
      table.underlying,
      [
        [100],
        [74.0818, 134.9859],
        [54.8812, 100.0, 182.2119],
        [40.657, 74.0818, 134.9859, 245.9603],
      ],
      printed(4),
    );
    rowsNear(
      table.option,
      [[10.994912], [19.9771, 3.4619], [35.1188, 7.4234, 0], [49.343, 15.9182, 0, 0]],
      printed(4),
    );
    // Abandoned early only at the lowest node of t = 2: 90 − 54.8812 = 35.1188.
    expect(table.exercise).toEqual([
      [false],
      [false, false],
      [true, false, false],
      [false, false, false, false],
    ]);
  });

  it('is worth 10.994912, the European put 10.040310; expanded NPV 110.994912', () => {
    const american = binomialOption(abandon);
    const european = binomialOption({ ...abandon, exercise: 'european' });
    near(american.value, 10.994912, printed(6));
    expect(american.earlyExercise).toBe(true);
    near(european.value, 10.04031, printed(6));
    expect(european.earlyExercise).toBe(false);
    near(100 + american.value, 110.994912, printed(6));
    expect(lattice(abandon).value).toBe(american.value);
  });
});

describe('Trigeorgis-style one-period defer example (§1.1 [C])', () => {
  // V0 = 100, u = 1.8, d = 0.6, 8 % simple: a one-step European call at the continuously
  // compounded equivalent rate ln 1.08, struck at next year's cost 104·1.08 = 112.32.
  const defer: LatticeInput = {
    spot: 100,
    strike: 104 * 1.08,
    up: 1.8,
    down: 0.6,
    rate: Math.log(1.08),
    years: 1,
    steps: 1,
    kind: 'call',
    exercise: 'european',
  };

  it('has p = (1 + r − d)/(u − d) = 0.4', () => {
    near(binomialOption(defer).probability, 0.4, EXACT);
  });

  it('values deferral at 25.066667 = 0.4·(180 − 112.32)/1.08 and flexibility at 29.066667', () => {
    const deferral = binomialOption(defer).value;
    near(deferral, (0.4 * (180 - 112.32)) / 1.08, EXACT);
    near(deferral, 25.066667, printed(6));
    const staticNpv = 100 - 104;
    near(deferral - staticNpv, 29.066667, printed(6));
  });
});

describe('input checks', () => {
  const base: LatticeInput = {
    spot: 100,
    strike: 100,
    volatility: 0.2,
    rate: 0.05,
    years: 1,
    steps: 10,
    kind: 'call',
    exercise: 'european',
  };

  it('rejects p outside [0, 1] instead of clamping it', () => {
    // exp(bΔt) = 1 lies below d = 1.05.
    expect(() => binomialOption({ ...base, up: 1.1, down: 1.05, rate: 0 })).toThrow(
      /probability .* outside \[0, 1\]/,
    );
    // CRR needs |b|·√Δt ≤ σ: 0.5·1 > 0.2.
    expect(() => binomialOption({ ...base, steps: 1, carry: 0.5 })).toThrow(RangeError);
    expect(() => binomialOption({ ...base, steps: 1, carry: -0.5 })).toThrow(RangeError);
    // Just inside the limit is fine: p = 0 or 1 exactly is allowed.
    expect(binomialOption({ ...base, up: 1.1, down: 1, rate: 0 }).probability).toBe(0);
    expect(binomialOption({ ...base, up: 1, down: 0.9, rate: 0 }).probability).toBe(1);
  });

  it('rejects steps that are not an integer ≥ 1', () => {
    for (const steps of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => binomialOption({ ...base, steps })).toThrow(/steps must be an integer/);
    }
  });

  it('rejects non-finite or non-positive inputs', () => {
    const bad: Partial<LatticeInput>[] = [
      { spot: 0 },
      { spot: -1 },
      { spot: Number.NaN },
      { strike: -1 },
      { strike: Number.POSITIVE_INFINITY },
      { years: 0 },
      { rate: Number.NaN },
      { carry: Number.POSITIVE_INFINITY },
      { volatility: 0 },
      { volatility: -0.2 },
      { volatility: undefined },
      { up: 1.1 },
      { down: 0.9 },
      { up: 0.9, down: 0.9 },
      { up: 1.1, down: 0 },
      { up: Number.NaN, down: 0.9 },
      { volatility: 40, steps: 1000, years: 1000 },
    ];
    for (const change of bad) {
      expect(() => binomialOption({ ...base, ...change }), JSON.stringify(change)).toThrow(
        RangeError,
      );
    }
  });

  it('ignores the volatility when u and d are given', () => {
    const given = binomialOption({ ...base, volatility: Number.NaN, up: 1.1, down: 0.9 });
    expect(given.up).toBe(1.1);
    expect(given.down).toBe(0.9);
  });

  it('keeps full tables only for small lattices', () => {
    expect(() => lattice({ ...base, steps: MAX_TABLE_STEPS + 1 })).toThrow(/binomialOption/);
  });
});
