import { describe, expect, it } from 'vitest';
import { analyseFailures } from '../../src/analysis/failure/failure-analysis.js';
import { loadOk } from '../support/load.js';

const OPERATOR = `operator:
  id: op
  name: Op
  country: GB
  segments: [consumer]
  subscribers: 10000
  arpu: 10
  currency: GBP
  as_of: 2026-01-01
  monthly_growth: 0
  monthly_churn: 1%
  horizon_months: 36
  discount_rate: 8%
`;

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
