import { describe, expect, it } from 'vitest';
import { regSecurityRequirementsInContract } from '../../src/rules/builtin/reg-security-requirements-in-contract.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

describe('reg-security-requirements-in-contract', () => {
  it('fires on a contract that states no security requirements', () => {
    const text = edit(
      '    security_requirements: true\n    shared_responsibility: true\n    incident_notice_hours: 48\n  - id: ai-terms',
      '    shared_responsibility: true\n    incident_notice_hours: 48\n  - id: ai-terms',
    );
    const [finding] = findingsOf(regSecurityRequirementsInContract, text);
    expect(finding).toMatchObject({
      id: 'reg-security-requirements-in-contract/crm-subscription',
      severity: 'medium',
      message: 'contract crm-subscription with crm states no security requirements',
    });
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[2]' });
  });

  it('is high for a supplier the service depends on', () => {
    const text = edit(
      '    security_requirements: true\n    shared_responsibility: true\n    incident_notice_hours: 24\n  - id: platform',
      '    security_requirements: false\n    shared_responsibility: true\n    incident_notice_hours: 24\n  - id: platform',
    );
    const [finding] = findingsOf(regSecurityRequirementsInContract, text);
    expect(finding).toMatchObject({
      id: 'reg-security-requirements-in-contract/wholesale',
      severity: 'high',
    });
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[0].security_requirements' });
  });

  it('stays quiet when every contract states them', () => {
    expect(findingsOf(regSecurityRequirementsInContract, BASE)).toEqual([]);
  });
});
