import { describe, expect, it } from 'vitest';
import { regSingleSupplierCritical } from '../../src/rules/builtin/reg-single-supplier-critical.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

const ids = (text: string) => findingsOf(regSingleSupplierCritical, text).map((f) => f.id);

describe('reg-single-supplier-critical', () => {
  it("fires once per service-critical capability in one group's hands", () => {
    const findings = findingsOf(regSingleSupplierCritical, BASE);
    const radio = findings.find((f) => f.id === 'reg-single-supplier-critical/radio_access');
    expect(radio).toMatchObject({ severity: 'medium' });
    expect(radio?.message).toBe(
      'radio_access is service-critical and supplied only by group host-group (host): group HHI 10,000, no standby from another group',
    );
    expect(radio?.evidence[0]).toMatchObject({ path: 'providers[0].supplies[0]' });
    expect(findings.map((f) => f.id)).toContain('reg-single-supplier-critical/charging');
    // Not service-critical: CRM, billing, SIM supply.
    expect(findings.map((f) => f.id)).not.toContain('reg-single-supplier-critical/crm_care');
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
      (f) => f.id === 'reg-single-supplier-critical/charging',
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
    expect(ids(standby)).not.toContain('reg-single-supplier-critical/radio_access');
    const ownCharging = edit(
      'supplies: [brand_distribution, payments]',
      'supplies: [brand_distribution, payments, charging]',
      edit('supplies: [charging, mediation', 'supplies: [mediation'),
    );
    expect(ids(ownCharging)).not.toContain('reg-single-supplier-critical/charging');
  });
});
