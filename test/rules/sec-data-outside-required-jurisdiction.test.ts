import { describe, expect, it } from 'vitest';
import { secDataOutsideRequiredJurisdiction } from '../../src/rules/builtin/sec-data-outside-required-jurisdiction.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

const KEYS_LINE = 'held_by: [host], residency: [GB] }';

describe('sec-data-outside-required-jurisdiction', () => {
  it('fires, high, on data held in a jurisdiction outside the required ones', () => {
    const text = edit(
      KEYS_LINE,
      'held_by: [host], residency: [GB, US], residency_required: [GB] }',
    );
    const [finding] = findingsOf(secDataOutsideRequiredJurisdiction, text);
    expect(finding).toMatchObject({
      id: 'sec-data-outside-required-jurisdiction/keys',
      severity: 'high',
    });
    expect(finding?.message).toBe('keys (restricted) must stay in GB but is held in US');
    expect(finding?.evidence[0]).toMatchObject({ path: 'data[1].residency' });
  });

  it('fires, medium, when the data stays put but a holder is based elsewhere', () => {
    const text = edit(
      'held_by: [host, enabler], residency: [GB] }',
      'held_by: [host, enabler, cloud], residency: [GB], residency_required: [GB] }',
    );
    const [finding] = findingsOf(secDataOutsideRequiredJurisdiction, text);
    expect(finding).toMatchObject({
      id: 'sec-data-outside-required-jurisdiction/usage',
      severity: 'medium',
    });
    expect(finding?.message).toContain('held by cloud (US)');
    expect(finding?.evidence[0]).toMatchObject({ path: 'data[2].held_by' });
  });

  it('stays quiet when residency and holders comply, EU admitting its member states', () => {
    expect(findingsOf(secDataOutsideRequiredJurisdiction, BASE)).toEqual([]);
    const eu = edit('residency_required: [GB, IE]', 'residency_required: [GB, EU]');
    expect(findingsOf(secDataOutsideRequiredJurisdiction, eu)).toEqual([]);
  });
});
