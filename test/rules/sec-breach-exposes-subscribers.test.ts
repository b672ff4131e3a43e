import { describe, expect, it } from 'vitest';
import { secBreachExposesSubscribers } from '../../src/rules/builtin/sec-breach-exposes-subscribers.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

/** BASE with the identity, profile and usage classes limited to `records` records. */
function withRecords(records: number): string {
  let text = BASE;
  for (const line of [
    'residency: [GB, IE], residency_required: [GB, IE] }',
    'held_by: [host, enabler], residency: [GB] }',
    'held_by: [crm], residency: [IE] }',
  ])
    text = edit(line, `${line.slice(0, -2)}, records: ${records} }`, text);
  return text;
}

describe('sec-breach-exposes-subscribers', () => {
  it('counts the data of providers hosted on a platform', () => {
    const findings = findingsOf(secBreachExposesSubscribers, BASE);
    const cloud = findings.find((f) => f.id === 'sec-breach-exposes-subscribers/cloud');
    expect(cloud).toMatchObject({ severity: 'low' });
    expect(cloud?.message).toContain('with crm, enabler running on it');
    expect(cloud?.message).toContain('identity (100,000 records, 100%)');
    expect(cloud?.evidence[0]).toMatchObject({ path: 'providers[4]' });
    expect(cloud?.evidence.map((e) => e.path)).toContain('data[0].held_by');
  });

  it('is high when restricted data is exposed, keys counted by the SIMs they belong to', () => {
    const host = findingsOf(secBreachExposesSubscribers, BASE).find(
      (f) => f.id === 'sec-breach-exposes-subscribers/host',
    );
    expect(host).toMatchObject({ severity: 'high' });
    expect(host?.message).toContain('keys (100,000 records, 100%)');
  });

  it('stays quiet at or below half the subscribers, and for the operator itself', () => {
    const half = findingsOf(secBreachExposesSubscribers, withRecords(50_000)).map((f) => f.id);
    // Only the host still reaches more than half: through the keys of every SIM.
    expect(half).toEqual(['sec-breach-exposes-subscribers/host']);
    const justOver = findingsOf(secBreachExposesSubscribers, withRecords(50_001)).map((f) => f.id);
    expect(justOver).toContain('sec-breach-exposes-subscribers/crm');
    expect(findingsOf(secBreachExposesSubscribers, BASE).map((f) => f.id)).not.toContain(
      'sec-breach-exposes-subscribers/team',
    );
  });
});
