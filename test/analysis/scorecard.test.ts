import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import { monthlyCosts } from '../../src/analysis/cost/monthly-costs.js';
import { indexOf } from '../../src/analysis/scorecard/factor.js';
import { positionOf } from '../../src/analysis/scorecard/scorecard.js';
import { switchability } from '../../src/analysis/scorecard/sim-switching.js';
import { PartyRoles } from '../../src/model/party-roles.js';
import type { SimGroup } from '../../src/model/schema/model.js';
import { loadOk, MINIMAL } from '../support/load.js';

const factor = (id: string, weight: number, value: number | null) => ({
  id,
  title: id,
  weight,
  value,
  explanation: '',
  evidence: [],
});

describe('an index', () => {
  it('is the weighted mean of its factors on 0–100, each contribution stated', () => {
    const index = indexOf([factor('a', 0.5, 1), factor('b', 0.3, 0.5), factor('c', 0.2, 0)]);
    expect(index.score).toBe(65);
    expect(index.factors.map((f) => f.contribution)).toEqual([50, 15, 0]);
  });

  it('scales the remaining weights up when a factor does not apply', () => {
    const index = indexOf([factor('a', 0.5, 1), factor('b', 0.5, null)]);
    expect(index.score).toBe(100);
    expect(index.factors[1]?.contribution).toBe(0);
  });

  it('is not assessed when no factor applies', () => {
    expect(indexOf([factor('a', 1, null)]).score).toBeNull();
  });

  it('clamps factor values to 0–1', () => {
    expect(indexOf([factor('a', 1, 1.7)]).score).toBe(100);
  });
});

describe('position', () => {
  it('needs a 20-point gap either way', () => {
    expect(positionOf(20, 40)).toBe('independent_node');
    expect(positionOf(40, 20)).toBe('dependent_participant');
    expect(positionOf(40, 59.9)).toBe('contested');
    expect(positionOf(null, 50)).toBe('not_assessed');
  });
});

describe('switching host without a SIM swap (mvno-domain.md §2.2)', () => {
  const { model } = loadOk(
    `${MINIMAL}  - { id: own, name: Own, kind: in_house, availability: 0.999 }\n`,
  );
  const roles = new PartyRoles(model);
  const sims = (over: Partial<SimGroup>): SimGroup => ({
    id: 's',
    kind: 'physical',
    count: 1,
    imsi_issuers: ['mno-a'],
    key_holders: ['mno-a'],
    ...over,
  });
  it('scores each SIM technology', () => {
    expect(switchability(sims({}), roles)).toBe(0);
    expect(switchability(sims({ imsi_issuers: ['op'] }), roles)).toBe(1);
    expect(
      switchability(sims({ kind: 'multi_imsi', imsi_issuers: ['mno-a', 'mno-b'] }), roles),
    ).toBe(1);
    expect(switchability(sims({ kind: 'esim_consumer', rsp_operator: 'mno-a' }), roles)).toBe(0.5);
    expect(switchability(sims({ kind: 'esim_iot_sgp32', eim_operator: 'own' }), roles)).toBe(1);
    expect(switchability(sims({ kind: 'esim_iot_sgp02', sm_sr_operator: 'mno-a' }), roles)).toBe(0);
  });
});

describe('monthly costs', () => {
  const text = MINIMAL.replace(
    '  discount_rate: 8%\n',
    '  discount_rate: 8%\n  fx_rates: { USD: 0.8 }\n',
  ).concat(`costs:
  - { id: data, name: Data, provider: mno-a, driver: wholesale, basis: usage, unit: gb, unit_price: 0.5, usage_per_subscriber_month: 4 }
  - { id: cloud, name: Cloud, driver: cloud, basis: fixed, monthly_amount: 1000, currency: USD, floats_with: { energy: 20% } }
  - { id: share, name: Share, provider: mno-a, driver: wholesale, basis: revenue_share, share_of_revenue: 10% }
`);
  const costs = monthlyCosts(loadOk(text).model);
  it('converts to the operator currency and scales with subscribers and revenue', () => {
    expect(costs.lines.map((l) => l.monthly)).toEqual([2000, 800, 1000]);
    expect(costs.revenueMonthly).toBe(10_000);
    expect(costs.marginMonthly).toBe(6200);
    expect(costs.byProvider.get('mno-a')).toBe(3000);
  });
  it('floats a cloud line in another currency with cloud, energy and FX, capped at the whole line', () => {
    expect(costs.lines[1]?.passThrough).toEqual({ cloud: 1, energy: 0.2, ai_inference: 0, fx: 1 });
    expect(costs.lines[1]?.floatingShare).toBe(1);
    expect(costs.floatingMonthly).toBe(800);
  });
});

describe('ready networks (network routes control)', () => {
  const readyFactor = (text: string) => {
    const { model, assumptions } = loadOk(text);
    const layer = analyseStructure(model, assumptions).scorecard.layers.find(
      (l) => l.layer === 'network_routes',
    );
    return layer?.control.factors.find((f) => f.id === 'ready_networks');
  };
  const sims = (group: string) => `sims:\n${group}`;
  const single =
    '  - { id: single, kind: physical, count: 900, imsi_issuers: [mno-a], key_holders: [mno-a] }\n';

  it('does not count a standby host that none of the SIMs can attach to', () => {
    const factor = readyFactor(MINIMAL + sims(single));
    expect(factor?.value).toBe(0);
    expect(factor?.explanation).toBe(
      '1 host group carries traffic or stands ready and can be reached by SIMs without a swap; not counted: mno-b (no SIM can attach to it); three or more count as full control',
    );
  });

  it('counts the standby host once some SIMs can attach to it', () => {
    const dual =
      '  - { id: dual, kind: multi_imsi, count: 100, imsi_issuers: [mno-a, mno-b], key_holders: [mno-a, mno-b] }\n';
    expect(readyFactor(MINIMAL + sims(single + dual))?.value).toBe(0.5);
  });

  it('counts only hosts carrying traffic in a model with no SIMs', () => {
    const factor = readyFactor(MINIMAL);
    expect(factor?.value).toBe(0);
    expect(factor?.explanation).toContain('not counted: mno-b (it carries no traffic)');
  });
});
