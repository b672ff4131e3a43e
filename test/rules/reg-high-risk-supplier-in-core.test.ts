import { describe, expect, it } from 'vitest';
import { regHighRiskSupplierInCore } from '../../src/rules/builtin/reg-high-risk-supplier-in-core.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

const highRisk = (kind: string) =>
  edit(`    kind: ${kind}\n`, `    kind: ${kind}\n    high_risk: true\n`);

describe('reg-high-risk-supplier-in-core', () => {
  it('fires on a high-risk host supplying the core', () => {
    const [finding] = findingsOf(regHighRiskSupplierInCore, highRisk('mno'));
    expect(finding).toMatchObject({
      id: 'reg-high-risk-supplier-in-core/host',
      severity: 'critical',
    });
    expect(finding?.message).toBe(
      'host (mno, GB) is a designated high-risk supplier and supplies mobility_core, subscriber_data, packet_gateway, policy, signalling_edge',
    );
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'providers[0].high_risk',
      'providers[0].supplies[1]',
      'providers[0].supplies[2]',
      'providers[0].supplies[3]',
      'providers[0].supplies[4]',
      'providers[0].supplies[7]',
    ]);
  });

  it('fires on a high-risk cloud hosting', () => {
    expect(findingsOf(regHighRiskSupplierInCore, highRisk('cloud'))[0]).toMatchObject({
      id: 'reg-high-risk-supplier-in-core/cloud',
    });
  });

  it('stays quiet on a high-risk supplier outside the core, and without a high-risk flag', () => {
    expect(findingsOf(regHighRiskSupplierInCore, highRisk('saas'))).toEqual([]);
    expect(findingsOf(regHighRiskSupplierInCore, BASE)).toEqual([]);
  });
});
