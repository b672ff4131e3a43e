import type { Rule } from '../rule.js';
import { coveredRole, criticalRoles, describeRole, isEmptyRole } from '../supplier-facts.js';

/** A supplier contract that sets the supplier no security obligations. */
export const regSecurityRequirementsInContract: Rule = {
  meta: {
    id: 'reg-security-requirements-in-contract',
    title: 'Contract without security requirements',
    category: 'regulation',
    layers: [],
    severity: 'medium',
    rationale:
      'What a supplier must do for security is enforceable only if the contract says so; UK providers must flow their measures down to suppliers by contract, and NIS2 makes the security of supplier relationships a minimum measure.',
    references: [
      'UK Telecoms Security CoP M10.02 (security needs defined in supplier contracts)',
      'UK SI 2022/933 reg. 7 (supply chain; risks arising from contracts)',
      'NIS2 Art. 21(2)(d) (supply chain security, incl. relationships with direct suppliers)',
      'mvno-domain.md §5.4 SUP-REG-02',
    ],
    detects:
      'A contract without security_requirements: true. High when the contract covers a service-critical capability, or hosting of a provider that carries one.',
    recommendation:
      'Add a security schedule at the next change or renewal: the Code of Practice measures the supplier must meet, evidence and audit rights, incident notice, and what happens to data and access at exit.',
  },
  check({ model, indexOf }) {
    const critical = criticalRoles(model, { includeStandby: true });
    return (model.contracts ?? [])
      .filter((c) => c.security_requirements !== true)
      .map((contract) => {
        const index = indexOf('contracts', contract.id);
        const role = critical.get(contract.provider);
        const covered = role === undefined ? undefined : coveredRole(contract, role);
        const isCritical = covered !== undefined && !isEmptyRole(covered);
        return {
          elements: [contract.id],
          message: `contract ${contract.id} with ${contract.provider} states no security requirements${isCritical ? ` although the provider ${describeRole(covered)}` : ''}`,
          evidence: [
            contract.security_requirements === undefined
              ? ['contracts', index]
              : ['contracts', index, 'security_requirements'],
          ],
          ...(isCritical ? { severity: 'high' as const } : {}),
        };
      });
  },
};
