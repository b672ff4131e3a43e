import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Rule } from '../rule.js';

/** A provider the service cannot run without, and no contract with it in the model. */
export const conCriticalSupplierWithoutContract: Rule = {
  meta: {
    id: 'con-critical-supplier-without-contract',
    title: 'Service-critical supplier without a contract',
    category: 'contracts',
    layers: ['network_routes', 'capital_coordination'],
    severity: 'high',
    rationale:
      'Without a contract there is nothing to hold the supplier to: no notice before it stops, no security requirements, no incident notice, no data return. Either the contract is missing from the model, and every contract finding for this supplier is silent, or the operator depends on goodwill for part of its service.',
    references: [
      'UK Electronic Communications (Security Measures) Regulations 2022, reg. 7 (measures with third-party suppliers, including at formation and termination of contracts)',
      'UK Telecoms Security Code of Practice M10.02 (security requirements defined in contracts)',
      'NIS2 Art. 21(2)(d) (security of relationships with direct suppliers)',
      'mvno-domain.md §5.4 SUP-REG-02, SUP-REG-09',
    ],
    detects:
      'A provider that is not one of the operator’s own functions (kind in_house) and not a subcontractor of another provider, which carries a service-critical capability (not as standby) and has no contract in the model.',
    recommendation:
      'Add the contract to the model; if there is none, put one in place with notice, exit, security and incident-notice terms, or move the capability to a supplier that will sign one.',
  },
  check({ model, roles }) {
    const critical = new Set(model.capabilities.filter((c) => c.critical).map((c) => c.id));
    const contracted = new Set((model.contracts ?? []).map((c) => c.provider));
    return model.providers.flatMap((p, i) => {
      if (contracted.has(p.id) || p.subcontractor_of !== undefined) return [];
      if (roles.isOperatorSide(p.id)) return [];
      const supplies = p.supplies
        .map((s, j) => ({ s, j }))
        .filter(({ s }) => !s.standby && critical.has(s.capability));
      if (supplies.length === 0) return [];
      return [
        {
          elements: [p.id],
          message: `${p.id} carries ${supplies.map(({ s }) => `${s.capability} (${Math.round(s.share * 100)}%)`).join(', ')} and has no contract in the model`,
          evidence: supplies.map(({ j }): ModelPath => ['providers', i, 'supplies', j]),
        },
      ];
    });
  },
};
