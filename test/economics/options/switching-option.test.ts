/**
 * The option to switch against its definition in docs/lockin.md, recomputed by an independent
 * lattice written here from the docs alone: a non-recombining tree walked path by path (every
 * node its own price history), so nothing of the production code's recombination, suffix sums
 * or array rolling is shared. Then the properties the docs promise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseLockin } from '../../../src/economics/lockin.js';
import {
  type SwitchingOptionInput,
  switchingOption,
} from '../../../src/economics/options/switching-option.js';
import { exampleFiles, loadOk, readExample } from '../../support/load.js';

/** docs/lockin.md, "The option to switch", read literally: recursion over the tree. */
function documentedOption(input: SwitchingOptionInput): number {
  const n = input.spend.length;
  const dt = 1 / 12;
  const r = Math.log(1 + input.discountRate);
  const delta = Math.exp(-r * dt);
  const u = Math.exp(input.volatility * Math.sqrt(dt));
  const d = 1 / u;
  const p = u === d ? 0.5 : (1 - d) / (u - d);
  const exercise = (t: number, x: number) => {
    const from = Math.ceil((input.exitMonths[t] ?? 0) - 1e-9) + t;
    let saving = 0;
    for (let k = from; k < n; k++)
      saving += delta ** (k - t) * (x * (input.spend[k] ?? 0) - (input.alternative[k] ?? 0));
    return saving - (input.exitCost[t] ?? 0);
  };
  const value = (t: number, x: number): number => {
    if (t === n) return 0;
    const hold = delta * (p * value(t + 1, x * u) + (1 - p) * value(t + 1, x * d));
    return Math.max(exercise(t, x), hold);
  };
  return Math.max(0, value(0, 1));
}

const months = (n: number, f: (k: number) => number) => Array.from({ length: n }, (_, k) => f(k));

const inputs = fc
  .record({
    n: fc.integer({ min: 1, max: 10 }),
    spend: fc.double({ min: 1, max: 1000, noNaN: true }),
    growth: fc.double({ min: -0.02, max: 0.05, noNaN: true }),
    ratio: fc.double({ min: 0.5, max: 1.2, noNaN: true }),
    exit: fc.double({ min: 0, max: 5000, noNaN: true }),
    exitGrowth: fc.double({ min: 0, max: 300, noNaN: true }),
    exitMonths: fc.double({ min: 0, max: 6, noNaN: true }),
    volatility: fc.double({ min: 0, max: 0.9, noNaN: true }),
    discountRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
  })
  .map(
    (g): SwitchingOptionInput => ({
      spend: months(g.n, (k) => g.spend * (1 + g.growth) ** k),
      alternative: months(g.n, (k) => g.ratio * g.spend * (1 + g.growth) ** k),
      exitCost: months(g.n, (k) => g.exit + g.exitGrowth * k),
      exitMonths: months(g.n, () => g.exitMonths),
      volatility: g.volatility,
      discountRate: g.discountRate,
    }),
  );

describe('the option to switch', () => {
  it('matches a hand-worked two-month lattice', () => {
    // Spend 100 a month, alternative 80, exit 30 with no delay, σ = 0.6, rate 0 (δ = 1).
    // u = exp(0.6·√(1/12)) = 1.18911, d = 0.84097, p = (1 − d)/(u − d) = 0.45680.
    // Month 1: up node x = u: exercise = 100u − 80 − 30 = 8.911; down: 100d − 110 < 0, hold 0.
    // Month 0: exercise = 200 − 160 − 30 = 10; hold = p·8.911 = 4.0706: the value is 10.
    const input = {
      spend: [100, 100],
      alternative: [80, 80],
      exitCost: [30, 30],
      exitMonths: [0, 0],
      volatility: 0.6,
      discountRate: 0,
    };
    expect(switchingOption(input).value).toBeCloseTo(10, 10);
    // With an exit cost of 45 at month 0, switching then gains 200 − 160 − 45 = −5: hold instead.
    const dearer = { ...input, exitCost: [45, 30] };
    const u = Math.exp(0.6 * Math.sqrt(1 / 12));
    const p = (1 - 1 / u) / (u - 1 / u);
    expect(switchingOption(dearer).value).toBeCloseTo(p * (100 * u - 110), 10);
  });

  it('equals the documented option, recomputed path by path', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const expected = documentedOption(input);
        expect(switchingOption(input).value).toBeCloseTo(expected, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('never rises with the exit cost', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 5000, noNaN: true }), (input, extra) => {
        const dearer = { ...input, exitCost: input.exitCost.map((k) => k + extra) };
        expect(switchingOption(dearer).value).toBeLessThanOrEqual(
          switchingOption(input).value + 1e-9,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never rises with the exit time', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 6, noNaN: true }), (input, extra) => {
        const slower = { ...input, exitMonths: input.exitMonths.map((m) => m + extra) };
        expect(switchingOption(slower).value).toBeLessThanOrEqual(
          switchingOption(input).value + 1e-9,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('refuses inputs that make the lattice meaningless', () => {
    const good = {
      spend: [1],
      alternative: [1],
      exitCost: [0],
      exitMonths: [0],
      volatility: 0.2,
      discountRate: 0.1,
    };
    expect(() => switchingOption({ ...good, alternative: [] })).toThrow(RangeError);
    expect(() => switchingOption({ ...good, exitCost: [Number.NaN] })).toThrow(RangeError);
    expect(() => switchingOption({ ...good, volatility: -1 })).toThrow(RangeError);
  });
});

describe('the option to switch on the shipped examples', () => {
  it('equals the documented option for every dependency, on a short horizon the tree can walk', () => {
    for (const file of exampleFiles()) {
      const { model } = loadOk(readExample(file), file);
      const lockin = analyseLockin(model, 8);
      for (const d of lockin.dependencies) {
        if (d.option === null) continue;
        const ratio = d.alternative.pricePerYear / (d.monthlySpend * 12);
        const curve = d.curve.slice(0, 8);
        // The spend path rebuilt from the model as the docs state it: today's prices, volumes on the base.
        const input: SwitchingOptionInput = {
          spend: curve.map((p) => spendOf(model, d.provider, p.month)),
          alternative: curve.map((p) => spendOf(model, d.provider, p.month) * ratio),
          exitCost: curve.map((p) => p.cost),
          exitMonths: curve.map((p) => p.months),
          volatility: lockin.parameters.find((p) => p.name === 'price_volatility')?.value ?? 0,
          discountRate: model.operator.discount_rate,
        };
        expect(d.option.value).toBeCloseTo(documentedOption(input), 4);
      }
    }
  });
});

/** What the operator pays a provider in a month at today's prices, written from docs/lockin.md. */
function spendOf(
  model: ReturnType<typeof loadOk>['model'],
  provider: string,
  month: number,
): number {
  const { subscribers, arpu, monthly_growth, monthly_churn } = model.operator;
  const scale = Math.max(0, 1 + monthly_growth - monthly_churn) ** month;
  const rates = model.operator.fx_rates ?? {};
  let total = 0;
  for (const line of model.costs ?? []) {
    if (line.provider !== provider) continue;
    const rate = line.currency === undefined ? 1 : (rates[line.currency] ?? 1);
    switch (line.basis) {
      case 'fixed':
        total += line.monthly_amount * rate;
        break;
      case 'per_subscriber':
        total += line.per_subscriber_month * subscribers * scale * rate;
        break;
      case 'usage':
        total += line.unit_price * line.usage_per_subscriber_month * subscribers * scale * rate;
        break;
      case 'revenue_share':
        total += line.share_of_revenue * subscribers * arpu * scale;
        break;
    }
  }
  return total;
}
