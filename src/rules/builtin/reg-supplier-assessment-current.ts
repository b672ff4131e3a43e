import { addMonths, monthsBetween } from '../../model/calendar.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedProvider } from '../../model/resolved-model.js';
import type { Rule, RuleFinding } from '../rule.js';
import {
  type CriticalRole,
  contractsByProvider,
  criticalRoles,
  describeRole,
  isDirectSupplier,
} from '../supplier-facts.js';

/** Yearly, the usual supplier-audit cycle: older, an assessment predates today's practices. */
const MAX_ASSESSMENT_AGE_MONTHS = 12;

/** A supplier the service depends on whose security nobody has looked at this year. */
export const regSupplierAssessmentCurrent: Rule = {
  meta: {
    id: 'reg-supplier-assessment-current',
    title: 'Supplier of a service-critical capability not assessed in the last year',
    category: 'regulation',
    layers: [],
    severity: 'medium',
    rationale:
      'NIS2 asks each entity to weigh the vulnerabilities specific to each direct supplier and the quality of its products and security practices; for the suppliers the service cannot run without, that judgement has to be current to mean anything.',
    references: [
      'NIS2 Art. 21(3) (vulnerabilities specific to each direct supplier; quality of products and practices)',
      'NIS2 Art. 21(2)(d) (supply chain security)',
      'UK SI 2022/933 reg. 7 (supply chain)',
      'mvno-domain.md §5.4 SUP-REG-10',
    ],
    detects: `A direct supplier (not the operator's own function, not a fourth party, not a platform hosting only another supplier's systems without a contract) that carries a service-critical capability (share above 0, or standby) or hosts a provider that does, whose last_assessed is missing (high) or more than ${MAX_ASSESSMENT_AGE_MONTHS} months before operator.as_of.`,
    recommendation:
      'Assess the supplier (questionnaire, evidence, audit or certification review against the Code of Practice measures) and record the date in last_assessed; repeat yearly and on any material change.',
  },
  check(context) {
    const { model, indexOf } = context;
    const critical = criticalRoles(model, { includeStandby: true });
    const contracts = contractsByProvider(model);
    const cutoff = addMonths(model.operator.as_of, -MAX_ASSESSMENT_AGE_MONTHS);
    return model.providers.flatMap((provider) => {
      const role = critical.get(provider.id);
      if (role === undefined || !isDirectSupplier(provider, role, context, contracts)) return [];
      const assessed = provider.last_assessed;
      if (assessed !== undefined && assessed >= cutoff) return [];
      return [finding(provider, role, indexOf('providers', provider.id), model.operator.as_of)];
    });
  },
};

function finding(
  provider: ResolvedProvider,
  role: CriticalRole,
  index: number,
  asOf: string,
): RuleFinding {
  const assessed = provider.last_assessed;
  const evidence: ModelPath[] =
    assessed === undefined ? [['providers', index]] : [['providers', index, 'last_assessed']];
  return {
    elements: [provider.id],
    message:
      assessed === undefined
        ? `${provider.id} ${describeRole(role)} and has never been assessed`
        : `${provider.id} ${describeRole(role)} and was last assessed on ${assessed}, ${monthsBetween(assessed, asOf)} months before ${asOf}`,
    evidence,
    ...(assessed === undefined ? { severity: 'high' as const } : {}),
  };
}
