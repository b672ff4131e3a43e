/**
 * What an MVNO CFO or wholesale negotiator would say of pairs of otherwise-equal operators, and
 * the invariants and sanity bounds the lock-in economics must keep (issue: "Lock-in economics
 * an MVNO's CFO would sign").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import { analyseLockin, type DependencyLockin, type Lockin } from '../../src/economics/lockin.js';
import { ContractCalendar } from '../../src/model/contract-calendar.js';
import { exampleFiles, loadOk, readExample } from '../support/load.js';
import {
  AI_IN_ENABLER,
  AI_IN_HOUSE,
  FULL,
  HOSTED_WORKLOAD,
  RENEWED,
  STANDBY_HOST,
  scaled,
  THIN,
  THREE_HOSTS,
} from './operator-variants.js';

const lockinOf = (text: string): Lockin => analyseLockin(loadOk(text).model);

function dependency(lockin: Lockin, provider: string): DependencyLockin {
  const found = lockin.dependencies.find((d) => d.provider === provider);
  if (found === undefined) throw new Error(`no dependency ${provider}`);
  return found;
}

function layer(text: string, id: string) {
  const { model, assumptions } = loadOk(text);
  const found = analyseStructure(model, assumptions).scorecard.layers.find((l) => l.layer === id);
  if (found === undefined) throw new Error(`no layer ${id}`);
  return found;
}

const HOSTS = ['host', 'host2', 'host3'];
const hostsOf = (lockin: Lockin) => lockin.dependencies.filter((d) => HOSTS.includes(d.provider));
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** Month of the point of no return, with "not within the horizon" after every month. */
const noReturnMonth = (d: DependencyLockin) => d.pointOfNoReturn?.month ?? Number.POSITIVE_INFINITY;

describe('full MVNO against thin MVNO on the same host', () => {
  const thin = dependency(lockinOf(THIN), 'host');
  const full = dependency(lockinOf(FULL), 'host');
  const perSubscriber = ['migration', 'porting', 'attrition'];

  it('costs the thin MVNO far more per subscriber to leave its host', () => {
    expect(thin.today.cost).toBeGreaterThan(4 * full.today.cost);
    const scaling = (d: DependencyLockin) =>
      sum(d.today.components.filter((c) => perSubscriber.includes(c.kind)).map((c) => c.cost));
    expect(scaling(thin)).toBeGreaterThan(1_000_000);
    expect(scaling(full)).toBe(0);
  });

  it('reaches the thin MVNO’s point of no return strictly earlier', () => {
    expect(noReturnMonth(thin)).toBeLessThan(noReturnMonth(full));
    expect(thin.pointOfNoReturn?.reason).toBe('calendar');
    expect(thin.pointOfNoReturn?.explanation).toContain('longer than the 12-month renewal terms');
  });
});

describe('three hosts against one', () => {
  const one = lockinOf(THIN);
  const three = lockinOf(THREE_HOSTS);

  it('lowers the network-route dependency', () => {
    expect(layer(THREE_HOSTS, 'network_routes').dependency.score).toBeLessThan(
      (layer(THIN, 'network_routes').dependency.score ?? 0) - 30,
    );
  });

  it('bargains a lower host price for the same traffic', () => {
    const bargained = (lockin: Lockin) =>
      sum(hostsOf(lockin).map((d) => d.leverage?.priceWith ?? 0)) /
      sum(hostsOf(lockin).map((d) => d.leverage?.currentPrice ?? 0));
    expect(bargained(three)).toBeLessThan(bargained(one));
    expect(dependency(one, 'host').leverage?.kind).toBe('no_alternative');
    expect(hostsOf(three).every((d) => d.leverage?.kind === 'bargained')).toBe(true);
  });

  it('is worth more as options to switch', () => {
    const options = (lockin: Lockin) => sum(hostsOf(lockin).map((d) => d.option?.value ?? 0));
    expect(options(three)).toBeGreaterThan(options(one));
  });

  it('gives the single host’s operator no leverage, and says why and what would create one', () => {
    const host = dependency(one, 'host');
    expect(host.leverage?.valuePerYear).toBe(0);
    expect(host.alternative.credible).toBe(false);
    expect(host.leverage?.explanation).toMatch(/no SIM reaches a host of another group/);
    expect(host.leverage?.explanation).toMatch(/Multi-IMSI SIMs/);
  });

  it('prices the alternative from the second host’s contract', () => {
    const host = dependency(three, 'host');
    expect(host.alternative).toMatchObject({ priceSource: 'contract', credible: true });
    expect(host.alternative.providers).toEqual(['host2', 'host3']);
    // Same unit prices on the same volumes: the alternative costs what the host costs today.
    expect(host.alternative.pricePerYear).toBeCloseTo(host.monthlySpend * 12, 6);
  });
});

describe('AI in the enabler’s platform against in-house AI', () => {
  it('gives lower intelligence control', () => {
    expect(layer(AI_IN_ENABLER, 'intelligence').control.score).toBeLessThan(
      layer(AI_IN_HOUSE, 'intelligence').control.score ?? 0,
    );
  });

  it('opens a lock-in gap that grows over the horizon (data gravity)', () => {
    const vendor = dependency(lockinOf(AI_IN_ENABLER), 'enabler');
    const own = dependency(lockinOf(AI_IN_HOUSE), 'enabler');
    const gap = (month: number) =>
      (vendor.curve[month]?.cost ?? Number.NaN) - (own.curve[month]?.cost ?? Number.NaN);
    expect(gap(0)).toBeGreaterThan(0);
    for (let month = 1; month <= 60; month++) expect(gap(month)).toBeGreaterThan(gap(month - 1));
    // 120 person-days to rebuild plus 3 a month of history, 24 months learnt at as_of, £700 a day.
    expect(gap(0)).toBeCloseTo((120 + 3 * 24) * 700, 6);
    expect(gap(60)).toBeCloseTo((120 + 3 * 84) * 700, 6);
  });
});

describe('one contract calendar', () => {
  it('charges a break cost in a renewed term, on the same dates the scorecard reads', () => {
    // as_of 2027-06-01: the wholesale contract renewed on 2027-01-01 for 12 months; notice of 6
    // months served today ends it on 2027-12-01, a month before the renewal ends.
    const { model } = loadOk(RENEWED);
    const host = dependency(analyseLockin(model), 'host');
    const contract = host.today.components.find((c) => c.kind === 'contract');
    expect(contract?.cost).toBe(500_000);
    expect(contract?.explanation).toContain('renewal term 1');
    const wholesale = model.contracts?.find((c) => c.id === 'wholesale');
    if (wholesale === undefined) throw new Error('no wholesale contract');
    const calendar = new ContractCalendar(wholesale, model.operator.as_of);
    // Free at the end of the renewal (2028-01-01), 7 months away and past the 6 months' notice.
    expect(calendar.monthsToFreeExit()).toBe(7);
    const lock = layer(RENEWED, 'network_routes').dependency.factors.find(
      (f) => f.id === 'contract_lock',
    );
    expect(lock?.explanation).toContain('7.0 months');
  });
});

describe('outside options from the model', () => {
  it('prices a host’s alternative from a signed standby contract, which no SIM has to reach', () => {
    const host = dependency(lockinOf(STANDBY_HOST), 'host');
    expect(host.alternative).toMatchObject({
      credible: true,
      providers: ['standby-host'],
      priceSource: 'contract',
      contract: 'standby-terms',
    });
    // 100,000 subscribers × (8 GB × 0.40 + 150 minutes × 0.005) a month, a year.
    expect(host.alternative.pricePerYear).toBeCloseTo(100_000 * (8 * 0.4 + 150 * 0.005) * 12, 6);
    expect(host.leverage?.kind).toBe('bargained');
    expect(host.leverage?.valuePerYear).toBeGreaterThan(0);
    // The operator still swaps every SIM to get there: the exit cost says so.
    expect(host.today.components.map((c) => c.kind)).toContain('migration');
  });
});

describe('workloads hosted on a cloud', () => {
  it('cost the re-platforming of the operator’s own workloads and their links to leave', () => {
    const cloud = dependency(lockinOf(HOSTED_WORKLOAD), 'cloud');
    const move = cloud.today.components.find((c) => c.kind === 'replatforming');
    // One workload (40 person-days) with one link (5), at £700 a day.
    expect(move?.cost).toBe((40 + 5) * 700);
    expect(move?.explanation).toContain('data-platform');
    expect(dependency(lockinOf(THIN), 'cloud').today.cost).toBe(0);
  });
});

describe('sanity bounds on every shipped example', () => {
  const all = exampleFiles().map((file) => ({
    file,
    lockin: analyseLockin(loadOk(readExample(file), file).model),
  }));

  it('never bargains a price above the operator’s break-even price', () => {
    for (const { lockin } of all)
      for (const d of lockin.dependencies) {
        if (d.leverage === null || d.leverage.kind === 'no_surplus') continue;
        expect(d.leverage.priceWithout).toBeLessThanOrEqual(d.leverage.valueCarried + 1e-6);
        expect(d.leverage.priceWith).toBeLessThanOrEqual(d.leverage.priceWithout + 1e-6);
        expect(d.leverage.valuePerYear).toBeGreaterThanOrEqual(0);
      }
  });

  it('gives leverage only where an alternative is credible', () => {
    for (const { lockin } of all)
      for (const d of lockin.dependencies)
        if (!d.alternative.credible) expect(d.leverage?.valuePerYear ?? 0).toBe(0);
  });

  it('dates at least one point of no return in the future, each with its reason', () => {
    const future = all.flatMap(({ file, lockin }) =>
      lockin.dependencies
        .filter((d) => (d.pointOfNoReturn?.month ?? 0) > 0)
        .map((d) => ({ file, d })),
    );
    expect(future.length).toBeGreaterThan(0);
    for (const { d } of future) {
      expect(d.pointOfNoReturn?.explanation.length).toBeGreaterThan(40);
      expect(d.pointOfNoReturn?.restore.length).toBeGreaterThan(20);
    }
  });

  it('dates exit windows before renewals in most examples', () => {
    const withWindows = all.filter(({ lockin }) => lockin.dependencies.some((d) => d.exitWindow));
    expect(withWindows.length).toBeGreaterThanOrEqual(7);
  });
});

describe('invariants', () => {
  it('moves no point of no return when the whole base is scaled', () => {
    const light = readExample('light-mvno-on-enabler.yaml');
    const months = (text: string) =>
      new Map(
        lockinOf(text).dependencies.map((d) => [d.provider, d.pointOfNoReturn?.month ?? null]),
      );
    const base = months(scaled(light, 1));
    expect([...base.values()].some((m) => m !== null && m > 0)).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), (k) => {
        expect(months(scaled(light, k))).toEqual(base);
        expect(months(scaled(THIN, k))).toEqual(months(scaled(THIN, 1)));
      }),
      { numRuns: 12 },
    );
  });

  it('keeps leverage at zero wherever no alternative is credible, whatever the parameters', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        (gap, power, margin) => {
          const lockin = lockinOf(
            `${THIN}economics:\n  alternative_price_gap: ${gap}\n  bargaining_power: ${power}\n  supplier_margin: ${margin}\n`,
          );
          expect(dependency(lockin, 'host').leverage?.valuePerYear ?? 0).toBe(0);
        },
      ),
      { numRuns: 30 },
    );
  });
});
