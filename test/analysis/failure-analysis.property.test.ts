/**
 * The failure analysis agrees with brute force on many random small stacks: the probability
 * that service is lost (enumerating every combination of provider and group failures), and
 * the minimal cut sets up to order 3.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseFailures } from '../../src/analysis/failure/failure-analysis.js';
import type { ResolvedModel } from '../../src/model/resolved-model.js';
import { loadOk } from '../support/load.js';

const CAPABILITIES = ['radio_access', 'subscriber_data', 'charging', 'messaging', 'billing'];

const stack = fc
  .record({
    providers: fc.integer({ min: 2, max: 6 }),
    capabilities: fc.integer({ min: 1, max: 4 }),
    seed: fc.array(fc.nat(1000), { minLength: 64, maxLength: 64 }),
  })
  .map(({ providers, capabilities, seed }) => {
    let k = 0;
    const next = (n: number) => (seed[k++ % seed.length] ?? 0) % n;
    const ids = Array.from({ length: providers }, (_, i) => `p${i}`);
    const groups = [
      { id: 'g0', name: 'G0', availability: 0.9 },
      { id: 'g1', name: 'G1', availability: 0.8 },
    ];
    const list = ids.map((id, i) => ({
      id,
      name: id,
      kind: 'saas',
      availability: [0.5, 0.7, 0.9, 0.95][next(4)],
      ...(next(3) === 0 ? { group: groups[next(2)]?.id } : {}),
      // Hosting only on earlier providers keeps hosted_on acyclic.
      ...(i > 0 && next(3) === 0 ? { hosted_on: [ids[next(i)]] } : {}),
      supplies: [] as { capability: string; share?: number; standby?: boolean }[],
    }));
    for (const capability of CAPABILITIES.slice(0, capabilities)) {
      const suppliers = new Set(Array.from({ length: 1 + next(3) }, () => next(providers)));
      const n = suppliers.size;
      for (const index of suppliers)
        list[index]?.supplies.push({ capability, share: 1 / n - 1e-9 });
    }
    return {
      operator: {
        id: 'op',
        name: 'Op',
        country: 'GB',
        segments: ['consumer'],
        subscribers: 100,
        arpu: 10,
        currency: 'GBP',
        as_of: '2026-01-01',
        monthly_growth: 0,
        monthly_churn: 0.01,
        horizon_months: 12,
        discount_rate: 0.1,
      },
      groups,
      providers: list,
    };
  });

/** Every basic event: each provider, and each group of two or more providers. */
function bruteForce(model: ResolvedModel) {
  const groups = model.groups.filter((g) => g.members.length >= 2);
  const events = [
    ...model.providers.map((p) => ({ id: `provider:${p.id}`, q: 1 - p.availability })),
    ...groups.map((g) => ({ id: `group:${g.id}`, q: 1 - g.availability })),
  ];
  const byId = new Map(model.providers.map((p) => [p.id, p]));
  const critical = model.capabilities.filter((c) => c.critical).map((c) => c.id);
  const lost = (failed: ReadonlySet<string>): boolean => {
    const memo = new Map<string, boolean>();
    const down = (id: string): boolean => {
      const cached = memo.get(id);
      if (cached !== undefined) return cached;
      const p = byId.get(id);
      const result =
        failed.has(`provider:${id}`) ||
        failed.has(`group:${p?.group}`) ||
        (p?.hosted_on ?? []).some((h) => down(h));
      memo.set(id, result);
      return result;
    };
    return critical.some((c) => {
      const suppliers = model.providers.filter((p) =>
        p.supplies.some((s) => s.capability === c && (s.share > 0 || s.standby)),
      );
      return suppliers.every((p) => down(p.id));
    });
  };
  let probability = 0;
  for (let mask = 0; mask < 1 << events.length; mask++) {
    const failed = new Set(events.filter((_, i) => (mask >> i) & 1).map((e) => e.id));
    if (!lost(failed)) continue;
    probability += events.reduce((p, e, i) => p * ((mask >> i) & 1 ? e.q : 1 - e.q), 1);
  }
  const cuts: string[][] = [];
  const subsets = (size: number, start: number, chosen: string[]): void => {
    if (chosen.length === size) {
      const set = new Set(chosen);
      if (lost(set) && !cuts.some((c) => c.every((e) => set.has(e)))) cuts.push([...chosen].sort());
      return;
    }
    for (let i = start; i < events.length; i++)
      subsets(size, i + 1, [...chosen, events[i]?.id ?? '']);
  };
  for (let size = 1; size <= 3; size++) subsets(size, 0, []);
  return { probability, cuts: cuts.map((c) => c.join('+')).sort() };
}

describe('failure analysis against brute force', () => {
  it('agrees on the probability of losing service and on the minimal cut sets', () => {
    fc.assert(
      fc.property(stack, (input) => {
        const { model } = loadOk(JSON.stringify(input));
        const analysis = analyseFailures(model);
        const truth = bruteForce(model);
        expect(analysis.serviceLoss.method).toBe('exact');
        expect(analysis.serviceLoss.probability).toBeCloseTo(truth.probability, 12);
        expect(analysis.cutSets.map((c) => [...c.events].sort().join('+')).sort()).toEqual(
          truth.cuts,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reports as single points exactly the order-1 cut sets, hidden when no capability has them as sole supplier', () => {
    fc.assert(
      fc.property(stack, (input) => {
        const { model } = loadOk(JSON.stringify(input));
        const analysis = analyseFailures(model);
        const order1 = analysis.cutSets.filter((c) => c.order === 1).map((c) => c.events[0]);
        expect(analysis.singlePoints.map((s) => s.event)).toEqual(order1);
        for (const spof of analysis.singlePoints) {
          const sole = spof.capabilities.some((c) => c.path === 'sole_supplier');
          expect(spof.hidden).toBe(!sole);
        }
      }),
      { numRuns: 200 },
    );
  });
});
