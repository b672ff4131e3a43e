import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedProvider } from '../../model/resolved-model.js';
import type { Contract } from '../../model/schema/model.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';
import {
  type CriticalRole,
  contractsByProvider,
  criticalRoles,
  describeRole,
  isDirectSupplier,
} from '../supplier-facts.js';

/** NIS2 Art. 23(4)(a): an early warning within 24 hours of becoming aware of the incident. */
const EARLY_WARNING_HOURS = 24;

/** A supplier the service runs on that may tell the operator of an incident after its own deadline. */
export const regIncidentReporting24h: Rule = {
  meta: {
    id: 'reg-incident-reporting-24h',
    title: 'Supplier incident notice too slow for the 24-hour early warning',
    category: 'regulation',
    layers: [],
    severity: 'medium',
    rationale:
      'Under NIS2 the operator must send its authority an early warning within 24 hours of a significant incident, a notification within 72 hours and a final report within a month. An incident that starts at a supplier the service runs on reaches the operator only as fast as the contract makes the supplier tell it.',
    references: [
      'NIS2 (Directive (EU) 2022/2555) Art. 23 (24-hour early warning, 72-hour notification, one-month final report)',
      'mvno-domain.md §5.2; §5.4 SUP-REG-13',
    ],
    detects: `A direct supplier (not the operator's own function, not a fourth party, not a platform hosting only another supplier's systems without a contract) that carries a service-critical capability today (share above 0; a standby supplier carries no incident to subscribers) or hosts a provider that does, whose contracts with the operator set no incident notice, or none within ${EARLY_WARNING_HOURS} hours; the shortest notice among its contracts counts. The rule applies the NIS2 deadline whatever the operator's country: outside the EU, read it as the benchmark.`,
    recommendation: `Require notice of suspected significant incidents within hours (well under ${EARLY_WARNING_HOURS}, so the operator can assess and warn in time), with the details the early warning needs.`,
  },
  check(context) {
    const { model } = context;
    const critical = criticalRoles(model, { includeStandby: false });
    const contracts = contractsByProvider(model);
    return model.providers.flatMap((provider) => {
      const role = critical.get(provider.id);
      if (role === undefined || !isDirectSupplier(provider, role, context, contracts)) return [];
      const own = contracts.get(provider.id) ?? [];
      const notice = shortestNotice(own);
      if (notice !== undefined && notice.hours <= EARLY_WARNING_HOURS) return [];
      return [finding(provider, role, own, notice, context)];
    });
  },
};

function shortestNotice(
  contracts: readonly Contract[],
): { readonly contract: Contract; readonly hours: number } | undefined {
  let best: { contract: Contract; hours: number } | undefined;
  for (const contract of contracts) {
    const hours = contract.incident_notice_hours;
    if (hours !== undefined && (best === undefined || hours < best.hours))
      best = { contract, hours };
  }
  return best;
}

function finding(
  provider: ResolvedProvider,
  role: CriticalRole,
  contracts: readonly Contract[],
  notice: { readonly contract: Contract; readonly hours: number } | undefined,
  { indexOf }: RuleContext,
): RuleFinding {
  const what =
    notice !== undefined
      ? `must notify incidents only within ${notice.hours} hours (contract ${notice.contract.id}), ${notice.hours - EARLY_WARNING_HOURS} hours past the ${EARLY_WARNING_HOURS}-hour early warning`
      : contracts.length > 0
        ? `has no incident notice period in ${contracts.map((c) => c.id).join(', ')}`
        : 'has no contract with the operator setting an incident notice period';
  const evidence: ModelPath[] =
    notice !== undefined
      ? [['contracts', indexOf('contracts', notice.contract.id), 'incident_notice_hours']]
      : contracts.map((c) => ['contracts', indexOf('contracts', c.id)] as ModelPath);
  return {
    elements: [provider.id],
    message: `${provider.id} ${describeRole(role)} and ${what}`,
    evidence: [...evidence, ['providers', indexOf('providers', provider.id)]],
  };
}
