import { describe, expect, it } from 'vitest';
import { conCriticalSupplierWithoutContract } from '../../src/rules/builtin/con-critical-supplier-without-contract.js';
import { BASE, findingsOf } from './support.js';

describe('con-critical-supplier-without-contract', () => {
  it('fires on a host with no contract in the model', () => {
    // The wholesale contract now names another provider, leaving the host uncontracted.
    const text = BASE.replace('    provider: host\n', '    provider: enabler-esim\n');
    const [finding] = findingsOf(conCriticalSupplierWithoutContract, text);
    expect(finding).toMatchObject({
      id: 'con-critical-supplier-without-contract/host',
      severity: 'high',
    });
    expect(finding?.message).toMatch(/^host carries radio_access \(100%\), mobility_core \(100%\)/);
    expect(finding?.evidence[0]).toMatchObject({ path: 'providers[0].supplies[0]' });
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('stays quiet for uncontracted suppliers of nothing critical (cloud, eSIM platform)', () => {
    expect(findingsOf(conCriticalSupplierWithoutContract, BASE)).toEqual([]);
  });

  it('stays quiet for a subcontractor and for the operator’s own team', () => {
    const text = BASE.replace(
      '  - id: team\n',
      '  - { id: sms-hub, name: SMS hub, kind: carrier, subcontractor_of: host, availability: 99.9%, supplies: [messaging] }\n  - id: team\n',
    ).replace(
      'supplies: [brand_distribution, payments]',
      'supplies: [brand_distribution, payments, voice_ims]',
    );
    expect(findingsOf(conCriticalSupplierWithoutContract, text)).toEqual([]);
  });
});
