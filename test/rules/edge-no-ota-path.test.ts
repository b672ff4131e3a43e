import { describe, expect, it } from 'vitest';
import { edgeNoOtaPath } from '../../src/rules/builtin/edge-no-ota-path.js';
import { BASE, findingsOf } from './support.js';

describe('edge-no-ota-path', () => {
  it('fires once for the operator when most SIMs need a swap to change host', () => {
    const [finding, ...rest] = findingsOf(edgeNoOtaPath, BASE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'edge-no-ota-path/op', severity: 'high' });
    expect(finding?.message).toContain('90,000 of 100,000 SIMs (90%)');
    expect(finding?.message).toContain('physical (90,000)');
    expect(finding?.evidence.map((e) => e.path)).toEqual(['sims[0].imsi_issuers']);
  });

  it('stays quiet when most SIMs carry the operator’s own IMSI', () => {
    const text = BASE.replace(
      'kind: physical, count: 90000, imsi_issuers: [host]',
      'kind: physical, count: 90000, imsi_issuers: [op]',
    );
    expect(findingsOf(edgeNoOtaPath, text)).toEqual([]);
  });

  it('stays quiet when the stranded SIMs are half the base or fewer', () => {
    const text = BASE.replace('count: 90000', 'count: 10000');
    expect(findingsOf(edgeNoOtaPath, text)).toEqual([]);
  });
});
