import { describe, expect, it } from 'vitest';
import { edgeSubAllocatedNumbers } from '../../src/rules/builtin/edge-sub-allocated-numbers.js';
import { BASE, findingsOf } from './support.js';

describe('edge-sub-allocated-numbers', () => {
  it('fires on numbers sub-allocated from the host', () => {
    const [finding] = findingsOf(edgeSubAllocatedNumbers, BASE);
    expect(finding).toMatchObject({ id: 'edge-sub-allocated-numbers/host', severity: 'medium' });
    expect(finding?.message).toContain('100,000 subscribers');
    expect(finding?.evidence[0]).toMatchObject({ path: 'numbering.msisdn_sub_allocated' });
  });

  it('is low for an IoT-only operator', () => {
    const text = BASE.replace('segments: [consumer]', 'segments: [iot]');
    expect(findingsOf(edgeSubAllocatedNumbers, text)[0]).toMatchObject({ severity: 'low' });
  });

  it('stays quiet when numbers are not sub-allocated', () => {
    const text = BASE.replace('msisdn_sub_allocated: true', 'msisdn_sub_allocated: false');
    expect(findingsOf(edgeSubAllocatedNumbers, text)).toEqual([]);
  });
});
