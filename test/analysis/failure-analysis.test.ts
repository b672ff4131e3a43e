import { describe, expect, it } from 'vitest';
import { analyseFailures } from '../../src/analysis/failure/failure-analysis.js';
import { loadOk } from '../support/load.js';
import { operatorSection } from '../support/operator.js';

const OPERATOR = operatorSection(10000);

/** Two HSS suppliers on one cloud, two hosts of one group, a billing SaaS. */
const STACK = `${OPERATOR}groups:
  - { id: tele-group, name: Tele Group, availability: 99.99% }
providers:
  - { id: host-a, name: Host A, kind: mno, group: tele-group, availability: 99.9%, supplies: [{ capability: radio_access, share: 60% }] }
  - { id: host-b, name: Host B, kind: mno, group: tele-group, availability: 99.9%, supplies: [{ capability: radio_access, share: 40% }] }
  - { id: hss-1, name: HSS 1, kind: core_vendor, hosted_on: [cloud], availability: 99.9%, supplies: [{ capability: subscriber_data, share: 50% }] }
  - { id: hss-2, name: HSS 2, kind: core_vendor, hosted_on: [cloud], availability: 99.9%, supplies: [{ capability: subscriber_data, share: 50% }] }
  - { id: cloud, name: Cloud, kind: cloud, availability: 99.95%, supplies: [hosting] }
  - { id: bss, name: BSS, kind: saas, availability: 99.5%, supplies: [billing] }
data:
  - { id: keys, name: Keys, category: authentication_keys, sensitivity: restricted, held_by: [hss-1, hss-2] }
`;

describe('single points of failure', () => {
  const analysis = analyseFailures(loadOk(STACK).model);

  it('finds the hidden ones: a cloud under both HSSs, a group over both hosts', () => {
    expect(analysis.singlePoints).toEqual([
      {
        event: 'group:tele-group',
        kind: 'group',
        subject: 'tele-group',
        capabilities: [{ capability: 'radio_access', path: 'ownership_group' }],
        hidden: true,
      },
      {
        event: 'provider:cloud',
        kind: 'provider',
        subject: 'cloud',
        capabilities: [{ capability: 'subscriber_data', path: 'shared_hosting' }],
        hidden: true,
      },
    ]);
  });

  it('lists the pairs that each lose a capability', () => {
    const pairs = analysis.cutSets.filter((c) => c.order === 2).map((c) => c.events.join(' + '));
    expect(pairs).toEqual(
      expect.arrayContaining([
        'provider:host-a + provider:host-b',
        'provider:hss-1 + provider:hss-2',
      ]),
    );
    expect(pairs).toHaveLength(2);
  });

  it('computes the probability of losing service exactly', () => {
    const q = (a: number) => 1 - a;
    const radio = 1 - (1 - q(0.9999)) * (1 - q(0.999) * q(0.999));
    const hss = 1 - (1 - q(0.9995)) * (1 - q(0.999) * q(0.999));
    expect(analysis.serviceLoss.probability).toBeCloseTo(1 - (1 - radio) * (1 - hss), 14);
    expect(analysis.serviceLoss.method).toBe('exact');
    expect(
      analysis.capabilityLoss.find((c) => c.capability === 'radio_access')?.probability,
    ).toBeCloseTo(radio, 14);
  });
});

describe('blast radius', () => {
  const analysis = analyseFailures(loadOk(STACK).model);
  const provider = (id: string) => analysis.providerBlastRadius.find((r) => r.subject === id);

  it('takes down what runs on a provider, and the data they hold', () => {
    expect(provider('cloud')).toMatchObject({
      providersDown: ['cloud', 'hss-1', 'hss-2'],
      subscriberShare: 1,
      subscribersAffected: 10000,
      revenueAffectedPerMonth: 100000,
      dataClasses: ['keys'],
    });
    expect(provider('cloud')?.capabilities.find((c) => c.capability === 'subscriber_data')).toEqual(
      { capability: 'subscriber_data', shareLost: 1, lost: true, critical: true },
    );
  });

  it('counts a partial loss by share', () => {
    expect(provider('host-a')).toMatchObject({
      subscriberShare: 0.6,
      subscribersAffected: 6000,
      revenueAffectedPerMonth: 60000,
    });
    expect(provider('host-a')?.capabilities[0]).toMatchObject({
      capability: 'radio_access',
      shareLost: 0.6,
      lost: false,
    });
  });

  it('takes a whole group down at once', () => {
    const group = analysis.groupBlastRadius.find((r) => r.subject === 'tele-group');
    expect(group).toMatchObject({
      kind: 'group',
      providersDown: ['host-a', 'host-b'],
      subscriberShare: 1,
    });
  });

  it('does not count a non-critical capability towards subscribers affected', () => {
    expect(provider('bss')).toMatchObject({
      subscriberShare: 0,
      capabilities: [{ capability: 'billing', lost: true, critical: false }],
    });
  });
});

/** Two hosts of their own groups, each carrying half the radio traffic. */
const TWO_HOSTS = `${OPERATOR}providers:
  - { id: host-a, name: Host A, kind: mno, availability: 99.9%, supplies: [{ capability: radio_access, share: 50% }, { capability: mobility_core, share: 50% }] }
  - { id: host-b, name: Host B, kind: mno, availability: 99.8%, supplies: [{ capability: radio_access, share: 50% }, { capability: mobility_core, share: 50% }] }
`;
const SINGLE_IMSI = `sims:
  - { id: on-a, kind: physical, count: 5000, imsi_issuers: [host-a], key_holders: [host-a] }
  - { id: on-b, kind: physical, count: 5000, imsi_issuers: [host-b], key_holders: [host-b] }
`;
const MULTI_IMSI = `sims:
  - { id: both, kind: multi_imsi, count: 10000, imsi_issuers: [host-a, host-b], key_holders: [op] }
`;
const qA = 0.001;
const qB = 0.002;

describe('subscribers without service', () => {
  it('counts two hosts at 50/50 with single-IMSI SIMs as two halves, not two paths', () => {
    const analysis = analyseFailures(loadOk(TWO_HOSTS + SINGLE_IMSI).model);
    // The whole service is lost only when both hosts are down …
    expect(analysis.serviceLoss.probability).toBeCloseTo(qA * qB, 15);
    // … but half the subscribers are without service whenever their own host is down.
    const expected = 0.5 * qA + 0.5 * qB; // 0.0015
    expect(analysis.subscriberLoss.expectedShare).toBeCloseTo(expected, 12);
    expect(analysis.subscriberLoss.method).toBe('exact');
    expect(analysis.subscriberLoss.hoursPerSubscriberYear).toBeCloseTo(expected * 8766, 9); // 13.149
    expect(analysis.subscriberLoss.subscribersWithoutService).toBeCloseTo(15, 9);
    const radio = analysis.capabilityLoss.find((c) => c.capability === 'radio_access');
    expect(radio).toMatchObject({ reading: 'sim_attachment' });
    expect(radio?.expectedShareLost).toBeCloseTo(expected, 12);
    // The host's own core follows the SIMs too: each half is on one host's core.
    expect(analysis.capabilityLoss.find((c) => c.capability === 'mobility_core')?.reading).toBe(
      'sim_attachment',
    );
  });

  it('reports a figure hundreds of times smaller when multi-IMSI SIMs reach both hosts', () => {
    const single = analyseFailures(loadOk(TWO_HOSTS + SINGLE_IMSI).model).subscriberLoss;
    const multi = analyseFailures(loadOk(TWO_HOSTS + MULTI_IMSI).model).subscriberLoss;
    expect(multi.expectedShare).toBeCloseTo(qA * qB, 15); // 0.000002
    expect(single.expectedShare / multi.expectedShare).toBeCloseTo(750, 6);
  });

  it('weighs a mixed base by the SIMs in each group', () => {
    const sims = `sims:
  - { id: on-a, kind: physical, count: 6000, imsi_issuers: [host-a], key_holders: [host-a] }
  - { id: both, kind: multi_imsi, count: 4000, imsi_issuers: [host-a, host-b], key_holders: [op] }
`;
    const analysis = analyseFailures(loadOk(TWO_HOSTS + sims).model);
    expect(analysis.subscriberLoss.expectedShare).toBeCloseTo(0.6 * qA + 0.4 * qA * qB, 15);
  });

  it('takes the largest share without any one critical capability: E[max(L_radio, L_charging)]', () => {
    const text = `${OPERATOR}providers:
  - { id: host, name: Host, kind: mno, availability: 99.9%, supplies: [radio_access] }
  - { id: bss-1, name: BSS 1, kind: saas, availability: 99%, supplies: [{ capability: charging, share: 50% }] }
  - { id: bss-2, name: BSS 2, kind: saas, availability: 98%, supplies: [{ capability: charging, share: 50% }] }
sims:
  - { id: all, kind: physical, count: 10000, imsi_issuers: [host], key_holders: [host] }
`;
    const analysis = analyseFailures(loadOk(text).model);
    // Radio down: everyone (M = 1). Radio up: M is the charging share down, 0.5 per BSS.
    const q = { host: 0.001, bss1: 0.01, bss2: 0.02 };
    const expected = q.host + (1 - q.host) * (0.5 * q.bss1 + 0.5 * q.bss2); // 0.015985
    expect(analysis.subscriberLoss.expectedShare).toBeCloseTo(expected, 12);
    expect(analysis.capabilityLoss.find((c) => c.capability === 'charging')).toMatchObject({
      reading: 'supply_shares',
    });
    expect(
      analysis.capabilityLoss.find((c) => c.capability === 'charging')?.expectedShareLost,
    ).toBeCloseTo(0.015, 12);
    // Beyond the diagram's budget: the largest E[L_c], a lower bound of E[M].
    const bounded = analyseFailures(loadOk(text).model, { nodeBudget: 4 }).subscriberLoss;
    expect(bounded).toMatchObject({ method: 'lower_bound' });
    expect(bounded.expectedShare).toBeCloseTo(0.015, 12);
    expect(bounded.expectedShare).toBeLessThan(expected);
    // Whole service: the host, or both BSSs at once.
    expect(analysis.serviceLoss.probability).toBeCloseTo(
      1 - (1 - q.host) * (1 - q.bss1 * q.bss2),
      15,
    );
  });

  it('lets a standby supplier take over a share', () => {
    const text = `${OPERATOR}providers:
  - { id: hss-1, name: HSS 1, kind: core_vendor, availability: 99%, supplies: [subscriber_data] }
  - { id: hss-2, name: HSS 2, kind: core_vendor, availability: 98%, supplies: [{ capability: subscriber_data, standby: true }] }
`;
    const analysis = analyseFailures(loadOk(text).model);
    expect(analysis.subscriberLoss.expectedShare).toBeCloseTo(0.01 * 0.02, 15);
    expect(analysis.serviceLoss.probability).toBeCloseTo(0.01 * 0.02, 15);
  });

  it('stays exact on every shipped example and never reports less than the whole-service loss', async () => {
    const { exampleFiles, readExample } = await import('../support/load.js');
    for (const file of exampleFiles()) {
      const analysis = analyseFailures(loadOk(readExample(file), file).model);
      expect(analysis.subscriberLoss.method, file).toBe('exact');
      expect(analysis.subscriberLoss.expectedShare, file).toBeGreaterThanOrEqual(
        analysis.serviceLoss.probability,
      );
      const largest = Math.max(...analysis.capabilityLoss.map((c) => c.expectedShareLost));
      expect(analysis.subscriberLoss.expectedShare, file).toBeGreaterThanOrEqual(largest - 1e-12);
    }
  });
});

describe('certain losses', () => {
  it('names the capability in the order-0 cut set when a critical capability has no supplier', () => {
    const text = `${OPERATOR}capabilities:
  - { id: charging }
providers:
  - { id: host, name: Host, kind: mno, supplies: [radio_access] }
`;
    const analysis = analyseFailures(loadOk(text).model);
    expect(analysis.cutSets).toEqual([{ order: 0, events: [], capabilities: ['charging'] }]);
    expect(analysis.serviceLoss.probability).toBe(1);
    expect(analysis.subscriberLoss.expectedShare).toBe(1);
    expect(analysis.capabilityLoss.find((c) => c.capability === 'charging')).toMatchObject({
      reading: 'no_supplier',
      probability: 1,
      expectedShareLost: 1,
    });
  });

  it('does the same for a sole supplier with share 0 and no standby', () => {
    const text = `${OPERATOR}providers:
  - { id: host, name: Host, kind: mno, supplies: [radio_access] }
  - { id: bss, name: BSS, kind: saas, supplies: [{ capability: charging, share: 0 }] }
`;
    const analysis = analyseFailures(loadOk(text).model);
    expect(analysis.cutSets).toEqual([{ order: 0, events: [], capabilities: ['charging'] }]);
    expect(analysis.serviceLoss.probability).toBe(1);
  });

  it('counts SIMs that reach no network as without service for certain', () => {
    const sims = `sims:
  - { id: on-a, kind: physical, count: 7000, imsi_issuers: [host-a], key_holders: [host-a] }
  - { id: stranded, kind: physical, count: 3000, imsi_issuers: [op], key_holders: [op], attaches_to: [] }
`;
    const radioOnly = `${OPERATOR}providers:
  - { id: host-a, name: Host A, kind: mno, availability: 99.9%, supplies: [{ capability: radio_access, share: 50% }] }
  - { id: host-b, name: Host B, kind: mno, availability: 99.8%, supplies: [{ capability: radio_access, share: 50% }] }
`;
    const analysis = analyseFailures(loadOk(radioOnly + sims).model);
    expect(analysis.subscriberLoss.expectedShare).toBeCloseTo(0.3 + 0.7 * qA, 12);
    // Not everyone: the whole service is lost when host-a is, the stranded third aside.
    expect(analysis.serviceLoss.probability).toBeCloseTo(qA, 15);
  });
});

describe('hidden single points of failure', () => {
  it('does not hide a group whose members are the visible sole suppliers of what it loses', () => {
    const text = `${OPERATOR}groups:
  - { id: caldera, name: Caldera, availability: 99.99% }
providers:
  - { id: host, name: Host, kind: mno, group: caldera, supplies: [radio_access] }
  - { id: it, name: Caldera IT, kind: bss_vendor, group: caldera, supplies: [charging] }
`;
    const group = analyseFailures(loadOk(text).model).singlePoints.find((s) => s.kind === 'group');
    expect(group).toMatchObject({
      subject: 'caldera',
      capabilities: [
        { capability: 'charging', path: 'ownership_group' },
        { capability: 'radio_access', path: 'ownership_group' },
      ],
      hidden: false,
    });
  });

  it('hides a group when one capability it loses shows no member as its sole supplier', () => {
    const text = `${OPERATOR}groups:
  - { id: tele, name: Tele, availability: 99.99% }
providers:
  - { id: host, name: Host, kind: mno, group: tele, supplies: [radio_access] }
  - { id: hss-1, name: HSS 1, kind: core_vendor, group: tele, supplies: [{ capability: subscriber_data, share: 50% }] }
  - { id: hss-2, name: HSS 2, kind: core_vendor, group: tele, supplies: [{ capability: subscriber_data, share: 50% }] }
`;
    const group = analyseFailures(loadOk(text).model).singlePoints.find((s) => s.kind === 'group');
    expect(group?.capabilities.map((c) => c.capability)).toEqual([
      'radio_access',
      'subscriber_data',
    ]);
    expect(group?.hidden).toBe(true);
  });

  it('finds the host a standby network no SIM can reach leaves alone', () => {
    const text = `${OPERATOR}providers:
  - { id: host-a, name: Host A, kind: mno, availability: 99.9%, supplies: [radio_access] }
  - { id: host-b, name: Host B, kind: mno, availability: 99.8%, supplies: [{ capability: radio_access, standby: true }] }
sims:
  - { id: on-a, kind: physical, count: 10000, imsi_issuers: [host-a], key_holders: [host-a] }
`;
    const analysis = analyseFailures(loadOk(text).model);
    expect(analysis.singlePoints).toEqual([
      {
        event: 'provider:host-a',
        kind: 'provider',
        subject: 'host-a',
        capabilities: [{ capability: 'radio_access', path: 'sim_attachment' }],
        hidden: true,
      },
    ]);
    // The standby counts for nothing: no SIM can use it.
    expect(analysis.serviceLoss.probability).toBeCloseTo(qA, 15);
  });
});
