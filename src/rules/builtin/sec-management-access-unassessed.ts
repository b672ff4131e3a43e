import { addMonths, monthsBetween } from '../../model/calendar.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedProvider } from '../../model/resolved-model.js';
import type { Rule, RuleFinding } from '../rule.js';

/** Yearly, the usual supplier-audit cycle: older, an assessment predates today's staff and access. */
const MAX_ASSESSMENT_AGE_MONTHS = 12;

/** A supplier with privileged access to the operator's systems and no recent assessment. */
export const secManagementAccessUnassessed: Rule = {
  meta: {
    id: 'sec-management-access-unassessed',
    title: 'Supplier with management access and no assessment in the last year',
    category: 'security',
    layers: ['network_routes', 'edge_control'],
    severity: 'high',
    rationale:
      "A supplier with privileged management access can change, stop or read the network from inside; the operator stays responsible for what it does and must keep oversight of its people and processes. An assessment more than a year old says little about today's staff, tools and access paths.",
    references: [
      'UK Telecoms Security CoP M2.06 and key concept 6.7 (oversight of management activities and of personnel with management access; responsibility cannot be outsourced)',
      'NIS2 Art. 21(3) (supplier-specific vulnerabilities and practices)',
      'mvno-domain.md §5.4 SUP-REG-08',
    ],
    detects: `A provider outside the operator (not in_house) with management_access: true whose last_assessed is missing or more than ${MAX_ASSESSMENT_AGE_MONTHS} months before operator.as_of.`,
    recommendation:
      'Assess the supplier now and yearly: who holds management access, from where, with what logging and approval; record the date in last_assessed.',
  },
  check({ model, roles, indexOf }) {
    const cutoff = addMonths(model.operator.as_of, -MAX_ASSESSMENT_AGE_MONTHS);
    return model.providers
      .filter((p) => p.management_access === true && !roles.isOperatorSide(p.id))
      .filter((p) => p.last_assessed === undefined || p.last_assessed < cutoff)
      .map((p) => finding(p, indexOf('providers', p.id), model.operator.as_of));
  },
};

function finding(provider: ResolvedProvider, index: number, asOf: string): RuleFinding {
  const assessed = provider.last_assessed;
  const evidence: ModelPath[] = [
    ['providers', index, 'management_access'],
    ...(assessed === undefined ? [] : [['providers', index, 'last_assessed'] as ModelPath]),
  ];
  return {
    elements: [provider.id],
    message:
      assessed === undefined
        ? `${provider.id} (${provider.kind}) has management access and has never been assessed`
        : `${provider.id} (${provider.kind}) has management access and was last assessed on ${assessed}, ${monthsBetween(assessed, asOf)} months before ${asOf}`,
    evidence,
  };
}
