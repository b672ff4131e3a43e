import { describe, expect, it } from 'vitest';
import { regIncidentNotice48h } from '../../src/rules/builtin/reg-incident-notice-48h.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

describe('reg-incident-notice-48h', () => {
  it('fires on a notice period above 48 hours', () => {
    const text = edit(
      '    incident_notice_hours: 48\n  - id: ai-terms',
      '    incident_notice_hours: 72\n  - id: ai-terms',
    );
    const [finding] = findingsOf(regIncidentNotice48h, text);
    expect(finding).toMatchObject({
      id: 'reg-incident-notice-48h/crm-subscription',
      severity: 'medium',
      message:
        'contract crm-subscription with crm allows 72 hours to notify an incident, 24 more than 48',
    });
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[2].incident_notice_hours' });
  });

  it('fires, high, on a service-critical supplier with no notice period at all', () => {
    const text = edit('    incident_notice_hours: 24\n  - id: platform', '  - id: platform');
    const [finding] = findingsOf(regIncidentNotice48h, text);
    expect(finding).toMatchObject({ id: 'reg-incident-notice-48h/wholesale', severity: 'high' });
    expect(finding?.message).toContain('sets no incident notice period');
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[0]' });
  });

  it('stays quiet at 48 hours or less', () => {
    expect(findingsOf(regIncidentNotice48h, BASE)).toEqual([]);
  });
});
