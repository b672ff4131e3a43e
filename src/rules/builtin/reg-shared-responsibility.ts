import type { Rule } from '../rule.js';
import { coveredRole, criticalRoles, describeRole, isEmptyRole } from '../supplier-facts.js';

/** A contract for something the service needs, with nobody on record for which control. */
export const regSharedResponsibility: Rule = {
  meta: {
    id: 'reg-shared-responsibility',
    title: 'No shared-responsibility model with a supplier of a service-critical capability',
    category: 'regulation',
    layers: [],
    severity: 'medium',
    rationale:
      'Where operator and supplier each run part of a service, controls fall between them unless a shared-responsibility model says who patches, monitors, holds keys and responds. For what the service cannot run without, that gap is where incidents go unhandled.',
    references: [
      'UK Telecoms Security CoP M10.03 (documented shared-responsibility model)',
      'UK Telecoms Security CoP key concept 6.7 (responsibility cannot be outsourced)',
      'mvno-domain.md §5.4 SUP-REG-03',
    ],
    detects:
      'A contract without shared_responsibility: true whose provider carries a service-critical capability (share above 0, or standby) that the contract covers, or hosts, directly or further down, a provider that does (when the contract covers hosting, or does not list what it covers).',
    recommendation:
      'Agree and record a shared-responsibility matrix with the supplier (who configures, patches, monitors, holds keys, detects and responds), and reference it in the contract.',
  },
  check({ model, indexOf }) {
    const critical = criticalRoles(model, { includeStandby: true });
    return (model.contracts ?? []).flatMap((contract) => {
      if (contract.shared_responsibility === true) return [];
      const role = critical.get(contract.provider);
      const covered = role === undefined ? undefined : coveredRole(contract, role);
      if (covered === undefined || isEmptyRole(covered)) return [];
      const index = indexOf('contracts', contract.id);
      return [
        {
          elements: [contract.id],
          message: `contract ${contract.id} with ${contract.provider} has no shared-responsibility model; the provider ${describeRole(covered)}`,
          evidence: [
            contract.shared_responsibility === undefined
              ? ['contracts', index]
              : ['contracts', index, 'shared_responsibility'],
          ],
        },
      ];
    });
  },
};
