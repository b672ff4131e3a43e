/**
 * The failure analysis agrees with brute force on many random small stacks (enumerating every
 * combination of provider and group failures): the probability that the whole service is lost,
 * the minimal cut sets up to order 3, and the expected share of subscribers without service.
 *
 * The oracle below is written from the definitions in docs/failure-analysis.md, not from the
 * code: a SIM group is served by the suppliers among the hosts it attaches to (radio access, and
 * capabilities only hosts supply when every group reaches one); otherwise a supplier's share is
 * served by it or a standby. Before SIM attachment, a capability was lost only when all its
 * suppliers were down whatever the SIMs could reach; stacks without SIM groups still read so.
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
      // Unequal shares now and then, so that weights differ and M takes many values.
      const unequal = next(2) === 0;
      let k = 0;
      for (const index of suppliers) {
        const share = unequal ? (k + 1) / ((n * (n + 1)) / 2) - 1e-9 : 1 / n - 1e-9;
        list[index]?.supplies.push({ capability, share });
        k++;
      }
      // Now and then a standby supplier among the others.
      const spare = next(providers);
      if (next(3) === 0 && !suppliers.has(spare))
        list[spare]?.supplies.push({ capability, standby: true });
    }
    // Zero to three SIM groups, each attaching to a random set of providers (maybe none).
    const sims = Array.from({ length: next(4) }, (_, g) => ({
      id: `sims-${g}`,
      kind: 'physical',
      count: 10 * (1 + next(5)),
      imsi_issuers: ['op'],
      key_holders: ['op'],
      attaches_to: ids.filter(() => next(2) === 0),
    }));
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
      ...(sims.length > 0 ? { sims } : {}),
    };
  });

type Provider = ResolvedModel['providers'][number];

/**
 * For each capability, as a function of which providers are down: the share of its subscribers
 * without it (L_c) and whether every subscriber is without it.
 */
function capabilityOracle(model: ResolvedModel) {
  const carriers = (c: string): Provider[] =>
    model.providers.filter((p) =>
      p.supplies.some((s) => s.capability === c && (s.share > 0 || s.standby)),
    );
  const hosts = new Set(carriers('radio_access').map((p) => p.id));
  const sims = (model.sims ?? []).filter((g) => g.count > 0);
  const total = sims.reduce((sum, g) => sum + g.count, 0);
  return (c: string, down: (id: string) => boolean): { share: number; all: boolean } => {
    const suppliers = carriers(c);
    if (suppliers.length === 0) return { share: 1, all: true };
    const ids = suppliers.map((p) => p.id);
    const byAttachment =
      sims.length > 0 &&
      (c === 'radio_access' ||
        (ids.every((id) => hosts.has(id)) &&
          sims.every((g) => g.attaches_to.some((h) => ids.includes(h)))));
    if (byAttachment) {
      const unserved = sims.map((g) =>
        ids.filter((id) => g.attaches_to.includes(id) || !hosts.has(id)).every(down),
      );
      const share = sims.reduce((sum, g, i) => sum + (unserved[i] ? g.count / total : 0), 0);
      return { share, all: unserved.every(Boolean) };
    }
    const shareOf = (p: Provider) => p.supplies.find((s) => s.capability === c)?.share ?? 0;
    const standby = suppliers.filter((p) => shareOf(p) === 0).map((p) => p.id);
    const active = suppliers.filter((p) => shareOf(p) > 0);
    const takenOver = !standby.every(down);
    if (active.length === 0) return { share: takenOver ? 0 : 1, all: !takenOver };
    const assigned = active.reduce((sum, p) => sum + shareOf(p), 0);
    const share = active.reduce(
      (sum, p) => sum + (down(p.id) && !takenOver ? shareOf(p) / assigned : 0),
      0,
    );
    return { share, all: ids.every(down) };
  };
}

/** Every basic event: each provider, and each group of two or more providers. */
function bruteForce(model: ResolvedModel) {
  const groups = model.groups.filter((g) => g.members.length >= 2);
  const events = [
    ...model.providers.map((p) => ({ id: `provider:${p.id}`, q: 1 - p.availability })),
    ...groups.map((g) => ({ id: `group:${g.id}`, q: 1 - g.availability })),
  ];
  const byId = new Map(model.providers.map((p) => [p.id, p]));
  const critical = model.capabilities.filter((c) => c.critical).map((c) => c.id);
  const oracle = capabilityOracle(model);
  const state = (failed: ReadonlySet<string>) => {
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
    const losses = critical.map((c) => oracle(c, down));
    return {
      lost: losses.some((l) => l.all),
      withoutService: Math.max(0, ...losses.map((l) => l.share)),
      shares: new Map(model.capabilities.map((c) => [c.id, oracle(c.id, down).share])),
    };
  };
  let probability = 0;
  let expectedShare = 0;
  const expectedShares = new Map<string, number>();
  for (let mask = 0; mask < 1 << events.length; mask++) {
    const failed = new Set(events.filter((_, i) => (mask >> i) & 1).map((e) => e.id));
    const p = events.reduce((acc, e, i) => acc * ((mask >> i) & 1 ? e.q : 1 - e.q), 1);
    const outcome = state(failed);
    if (outcome.lost) probability += p;
    expectedShare += p * outcome.withoutService;
    for (const [c, share] of outcome.shares)
      expectedShares.set(c, (expectedShares.get(c) ?? 0) + p * share);
  }
  const cuts: string[][] = [];
  const subsets = (size: number, start: number, chosen: string[]): void => {
    if (chosen.length === size) {
      const set = new Set(chosen);
      if (state(set).lost && !cuts.some((c) => c.every((e) => set.has(e))))
        cuts.push([...chosen].sort());
      return;
    }
    for (let i = start; i < events.length; i++)
      subsets(size, i + 1, [...chosen, events[i]?.id ?? '']);
  };
  for (let size = 0; size <= 3; size++) subsets(size, 0, []);
  return {
    probability,
    expectedShare,
    expectedShares,
    cuts: cuts.map((c) => c.join('+')).sort(),
  };
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

  it('agrees on the expected share of subscribers without service, overall and per capability', () => {
    fc.assert(
      fc.property(stack, (input) => {
        const { model } = loadOk(JSON.stringify(input));
        const analysis = analyseFailures(model);
        const truth = bruteForce(model);
        expect(analysis.subscriberLoss.method).toBe('exact');
        // Weights are rounded to 1e-9 for the exact figure (docs/failure-analysis.md).
        expect(analysis.subscriberLoss.expectedShare).toBeCloseTo(truth.expectedShare, 8);
        for (const loss of analysis.capabilityLoss)
          expect(loss.expectedShareLost).toBeCloseTo(
            truth.expectedShares.get(loss.capability) ?? 0,
            12,
          );
        // Losing the whole service loses it for every subscriber: E[M] ≥ P(M = 1).
        expect(analysis.subscriberLoss.expectedShare).toBeGreaterThanOrEqual(
          analysis.serviceLoss.probability - 1e-9,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reports as single points exactly the order-1 cut sets, hidden when a capability they lose does not show them as (or through a member as) its sole supplier', () => {
    fc.assert(
      fc.property(stack, (input) => {
        const { model } = loadOk(JSON.stringify(input));
        const analysis = analyseFailures(model);
        const order1 = analysis.cutSets.filter((c) => c.order === 1).map((c) => c.events[0]);
        expect(analysis.singlePoints.map((s) => s.event)).toEqual(order1);
        const soleSupplier = (c: string) => {
          const suppliers = model.providers.filter((p) =>
            p.supplies.some((s) => s.capability === c && (s.share > 0 || s.standby)),
          );
          return suppliers.length === 1 ? suppliers[0]?.id : undefined;
        };
        for (const spof of analysis.singlePoints) {
          const members =
            spof.kind === 'group'
              ? (model.groups.find((g) => g.id === spof.subject)?.members ?? [])
              : [spof.subject];
          const shown = spof.capabilities.every((c) =>
            members.includes(soleSupplier(c.capability) ?? ''),
          );
          expect(spof.hidden).toBe(!shown);
        }
      }),
      { numRuns: 200 },
    );
  });
});
