import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { Contract } from '../../model/schema/model.js';
import type { Rule } from '../rule.js';

/** A contract for a service-critical capability that says nothing about how it ends. */
export const conNoExitTerms: Rule = {
  meta: {
    id: 'con-no-exit-terms',
    title: 'No exit terms in a contract for a service-critical capability',
    category: 'contracts',
    layers: ['network_routes', 'capital_coordination'],
    severity: 'high',
    rationale:
      'If the contract states no notice period, no exit fee and no exit assistance, nobody knows when or at what cost the operator can leave a supplier it cannot run without: exit is whatever the supplier says when it is needed, and the risk at termination cannot be assessed.',
    references: [
      'UK Electronic Communications (Security Measures) Regulations 2022, reg. 7(3)(a) (risks during formation, existence or termination of contracts)',
      'mvno-domain.md §5.4 SUP-REG-09 (termination and exit risk assessed per contract)',
      'mvno-domain.md §2.1 (contract: notice, exit; wait for the break point or pay exit)',
      'NIS2 Art. 21(2)(d) (supply chain security)',
    ],
    detects:
      'A contract covering a service-critical capability the provider carries (not as standby) that states none of notice_months, exit_fee and exit_assistance_months.',
    recommendation:
      'Agree the exit terms now, while nobody is leaving: a notice period, the fee (or none) at each break point, and a transition period during which the supplier must keep running the service and hand over data.',
  },
  check({ model, indexOf }) {
    return (model.contracts ?? [])
      .filter(
        (c) =>
          c.notice_months === undefined &&
          c.exit_fee === undefined &&
          c.exit_assistance_months === undefined,
      )
      .flatMap((c) => {
        const critical = criticalCovered(model, c);
        if (critical.length === 0) return [];
        return [
          {
            elements: [c.id],
            message: `contract ${c.id} with ${c.provider}, which carries ${critical.join(', ')}, states no notice period, exit fee or exit assistance`,
            evidence: [
              ['contracts', indexOf('contracts', c.id)],
              ['providers', indexOf('providers', c.provider), 'supplies'],
            ] satisfies ModelPath[],
          },
        ];
      });
  },
};

/** Service-critical capabilities the contract covers and its provider actually carries. */
function criticalCovered(model: ResolvedModel, contract: Contract): string[] {
  const critical = new Set(model.capabilities.filter((c) => c.critical).map((c) => c.id));
  const provider = model.providers.find((p) => p.id === contract.provider);
  const carried = (provider?.supplies ?? [])
    .filter((s) => !s.standby && critical.has(s.capability))
    .map((s) => s.capability);
  const covered = contract.covers;
  return [...new Set(carried)].filter((c) => covered === undefined || covered.includes(c));
}
