import { describe, expect, it } from 'vitest';
import { regSingleSupplierCritical } from '../../src/rules/builtin/reg-single-supplier-critical.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

const ids = (text: string) => findingsOf(regSingleSupplierCritical, text).map((f) => f.id);

describe('reg-single-supplier-critical', () => {
  it('fires once per group for the service-critical capabilities in its hands alone', () => {
    const findings = findingsOf(regSingleSupplierCritical, BASE);
    const host = findings.find((f) => f.id === 'reg-single-supplier-critical/host-group');
    expect(host).toMatchObject({ severity: 'medium' });
    expect(host?.message).toMatch(
      /^group host-group \(host\) is the only supplier of \d+ service-critical capabilities \(radio_access, /,
    );
    expect(host?.evidence[0]).toMatchObject({ path: 'providers[0].supplies[0]' });
    const enabler = findings.find((f) => f.id === 'reg-single-supplier-critical/enabler-group');
    expect(enabler?.message).toContain('charging');
    // Not service-critical: CRM, billing, SIM supply.
    expect(findings.every((f) => !f.message.includes('crm_care'))).toBe(true);
  });

  it('counts two companies of one group as one supplier', () => {
    const text = edit(
      '    supplies: [esim_rsp]\n',
      '    supplies: [esim_rsp, { capability: charging, share: 30% }]\n',
      edit(
        'supplies: [charging, mediation',
        'supplies: [{ capability: charging, share: 70% }, mediation',
      ),
    );
    const charging = findingsOf(regSingleSupplierCritical, text).find(
      (f) => f.id === 'reg-single-supplier-critical/enabler-group',
    );
    expect(charging?.message).toContain('group enabler-group (enabler, enabler-esim)');
    expect(charging?.evidence.map((e) => e.path)).toEqual([
      'providers[1].supplies[0]',
      'providers[2].supplies[1]',
    ]);
  });

  it('stays quiet with a standby from another group, or when the operator runs it itself', () => {
    const standby = edit(
      '  - id: team\n',
      '  - { id: host-b, name: Host B, kind: mno, supplies: [{ capability: radio_access, standby: true }] }\n  - id: team\n',
    );
    const hostFinding = findingsOf(regSingleSupplierCritical, standby).find(
      (f) => f.id === 'reg-single-supplier-critical/host-group',
    );
    expect(hostFinding?.message).not.toContain('radio_access');
    const ownCharging = edit(
      'supplies: [brand_distribution, payments]',
      'supplies: [brand_distribution, payments, charging]',
      edit('supplies: [charging, mediation', 'supplies: [mediation'),
    );
    expect(ids(ownCharging)).not.toContain('reg-single-supplier-critical/enabler-group');
  });
});
