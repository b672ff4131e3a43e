import { describe, expect, it } from 'vitest';
import { regSharedResponsibility } from '../../src/rules/builtin/reg-shared-responsibility.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

const CLOUD_CONTRACT =
  '  - { id: cloud-terms, provider: cloud, start: 2024-01-01, term_months: 12, security_requirements: true }\nintegrations:\n';

describe('reg-shared-responsibility', () => {
  it('fires on the host contract without a shared-responsibility model', () => {
    const text = edit(
      '    shared_responsibility: true\n    incident_notice_hours: 24\n  - id: platform',
      '    shared_responsibility: false\n    incident_notice_hours: 24\n  - id: platform',
    );
    const [finding] = findingsOf(regSharedResponsibility, text);
    expect(finding).toMatchObject({
      id: 'reg-shared-responsibility/wholesale',
      severity: 'medium',
    });
    expect(finding?.message).toContain('carries radio_access, mobility_core');
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[0].shared_responsibility' });
  });

  it('fires on a platform contract when what runs on it is service-critical', () => {
    const text = edit('integrations:\n', CLOUD_CONTRACT);
    const [finding] = findingsOf(regSharedResponsibility, text);
    expect(finding).toMatchObject({ id: 'reg-shared-responsibility/cloud-terms' });
    expect(finding?.message).toContain('hosts enabler');
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[4]' });
  });

  it('stays quiet for suppliers of nothing service-critical, and when the model exists', () => {
    expect(findingsOf(regSharedResponsibility, BASE)).toEqual([]);
    const crm = edit(
      '    shared_responsibility: true\n    incident_notice_hours: 48\n  - id: ai-terms',
      '    incident_notice_hours: 48\n  - id: ai-terms',
    );
    expect(findingsOf(regSharedResponsibility, crm)).toEqual([]);
    const narrowed = edit(
      CLOUD_CONTRACT,
      CLOUD_CONTRACT.replace('term_months: 12,', 'term_months: 12, covers: [analytics_ai],'),
      edit('integrations:\n', CLOUD_CONTRACT),
    );
    expect(findingsOf(regSharedResponsibility, narrowed)).toEqual([]);
  });
});
