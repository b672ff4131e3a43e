import type { Contract } from '../../model/schema/model.js';
import type { Rule, RuleFinding } from '../rule.js';
import { coveredRole, criticalRoles, isEmptyRole } from '../supplier-facts.js';

/** The Code of Practice's limit for a supplier to tell the provider of an incident (M10.11). */
const MAX_NOTICE_HOURS = 48;

/** A supplier contract that lets the supplier sit on an incident for more than two days. */
export const regIncidentNotice48h: Rule = {
  meta: {
    id: 'reg-incident-notice-48h',
    title: 'Supplier incident notice missing or longer than 48 hours',
    category: 'regulation',
    layers: [],
    severity: 'medium',
    rationale:
      'The operator can only contain, and report, what its suppliers tell it about; the UK Code of Practice expects suppliers to notify incidents within 48 hours, and a contract that is silent leaves the operator to learn of them from its customers.',
    references: [
      'UK Telecoms Security CoP M10.11 (suppliers notify incidents within 48 hours)',
      'UK SI 2022/933 reg. 7 (supply chain)',
      'mvno-domain.md §5.4 SUP-REG-04',
    ],
    detects: `A contract whose incident_notice_hours is missing or above ${MAX_NOTICE_HOURS}. High when the contract covers a service-critical capability, or hosting of a provider that carries one.`,
    recommendation: `Set incident_notice_hours at ${MAX_NOTICE_HOURS} or less (24 where the operator reports under NIS2), with a named contact and what the notice must contain.`,
  },
  check({ model, indexOf }) {
    const critical = criticalRoles(model, { includeStandby: true });
    return (model.contracts ?? []).flatMap((contract) => {
      const hours = contract.incident_notice_hours;
      if (hours !== undefined && hours <= MAX_NOTICE_HOURS) return [];
      const role = critical.get(contract.provider);
      const isCritical = role !== undefined && !isEmptyRole(coveredRole(contract, role));
      return [finding(contract, indexOf('contracts', contract.id), isCritical)];
    });
  },
};

function finding(contract: Contract, index: number, isCritical: boolean): RuleFinding {
  const hours = contract.incident_notice_hours;
  const what =
    hours === undefined
      ? 'sets no incident notice period'
      : `allows ${hours} hours to notify an incident, ${hours - MAX_NOTICE_HOURS} more than ${MAX_NOTICE_HOURS}`;
  return {
    elements: [contract.id],
    message: `contract ${contract.id} with ${contract.provider} ${what}${isCritical ? ' (a supplier the service depends on)' : ''}`,
    evidence: [
      hours === undefined ? ['contracts', index] : ['contracts', index, 'incident_notice_hours'],
    ],
    ...(isCritical ? { severity: 'high' as const } : {}),
  };
}
