import { describe, expect, it } from 'vitest';
import { regSupplierAssessmentCurrent } from '../../src/rules/builtin/reg-supplier-assessment-current.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

const HOST_ASSESSED = '    last_assessed: 2026-03-01\n    supplies: [radio_access';

describe('reg-supplier-assessment-current', () => {
  it('fires on a host last assessed more than 12 months ago', () => {
    const text = edit(HOST_ASSESSED, HOST_ASSESSED.replace('2026-03-01', '2025-06-01'));
    const [finding] = findingsOf(regSupplierAssessmentCurrent, text);
    expect(finding).toMatchObject({
      id: 'reg-supplier-assessment-current/host',
      severity: 'medium',
    });
    expect(finding?.message).toContain(
      'was last assessed on 2025-06-01, 17 months before 2026-11-01',
    );
    expect(finding?.evidence[0]).toMatchObject({ path: 'providers[0].last_assessed' });
  });

  it('fires, high, on a platform under contract that was never assessed', () => {
    const text = edit(
      'integrations:\n',
      '  - { id: cloud-terms, provider: cloud, start: 2024-01-01, term_months: 12 }\nintegrations:\n',
    );
    const [finding] = findingsOf(regSupplierAssessmentCurrent, text);
    expect(finding).toMatchObject({
      id: 'reg-supplier-assessment-current/cloud',
      severity: 'high',
      message: 'cloud hosts enabler and has never been assessed',
    });
    expect(finding?.evidence[0]).toMatchObject({ path: 'providers[4]' });
  });

  it('stays quiet on current assessments and on suppliers the service can run without', () => {
    // The CRM, eSIM platform and AI vendor are unassessed but supply nothing service-critical;
    // the cloud under the enabler is the enabler's supplier.
    expect(findingsOf(regSupplierAssessmentCurrent, BASE)).toEqual([]);
    const boundary = edit(HOST_ASSESSED, HOST_ASSESSED.replace('2026-03-01', '2025-11-01'));
    expect(findingsOf(regSupplierAssessmentCurrent, boundary)).toEqual([]);
  });
});
