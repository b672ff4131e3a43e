import { describe, expect, it } from 'vitest';
import { regIncidentReporting24h } from '../../src/rules/builtin/reg-incident-reporting-24h.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

describe('reg-incident-reporting-24h', () => {
  it('fires on a service-critical supplier that may take 48 hours to say so', () => {
    const text = edit(
      '    incident_notice_hours: 24\n  - id: crm-subscription',
      '    incident_notice_hours: 48\n  - id: crm-subscription',
    );
    const [finding] = findingsOf(regIncidentReporting24h, text);
    expect(finding).toMatchObject({ id: 'reg-incident-reporting-24h/enabler', severity: 'medium' });
    expect(finding?.message).toBe(
      'enabler carries charging and must notify incidents only within 48 hours (contract platform), 24 hours past the 24-hour early warning',
    );
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[1].incident_notice_hours' });
  });

  it('fires on a platform under contract whose contract sets no notice', () => {
    const text = edit(
      'integrations:\n',
      '  - { id: cloud-terms, provider: cloud, start: 2024-01-01, term_months: 12 }\nintegrations:\n',
    );
    const [finding] = findingsOf(regIncidentReporting24h, text);
    expect(finding).toMatchObject({ id: 'reg-incident-reporting-24h/cloud' });
    expect(finding?.message).toContain(
      'hosts enabler and has no incident notice period in cloud-terms',
    );
  });

  it('stays quiet within 24 hours, for suppliers of nothing critical, and for a standby host', () => {
    // BASE: host and enabler notify within 24 hours; the CRM (48) carries nothing critical,
    // and the cloud under the enabler is the enabler's supplier, not the operator's.
    expect(findingsOf(regIncidentReporting24h, BASE)).toEqual([]);
    const standby = edit(
      '  - id: team\n',
      '  - { id: host-b, name: Host B, kind: mno, supplies: [{ capability: radio_access, standby: true }] }\n  - id: team\n',
    );
    const withContract = edit(
      'integrations:\n',
      '  - { id: standby-terms, provider: host-b, start: 2024-01-01, term_months: 12, incident_notice_hours: 72 }\nintegrations:\n',
      standby,
    );
    expect(findingsOf(regIncidentReporting24h, withContract)).toEqual([]);
  });
});
