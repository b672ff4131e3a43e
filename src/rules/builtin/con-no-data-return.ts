import type { ModelPath } from '../../model/load/diagnostic.js';
import type { DataClass } from '../../model/schema/model.js';
import type { Rule } from '../rule.js';

/** A contract leaves the operator's data with the provider at exit: no return clause. */
export const conNoDataReturn: Rule = {
  meta: {
    id: 'con-no-data-return',
    title: 'Provider holds operator data, and the contract has no data-return clause',
    category: 'contracts',
    layers: ['edge_control', 'intelligence'],
    severity: 'medium',
    rationale:
      'Without a clause obliging the provider to hand the data back at exit, the subscriber records, usage history or keys it holds stay with it: the operator must rebuild them, or pay whatever the provider asks, to leave. Data gravity is lock-in.',
    references: [
      'UK Electronic Communications (Security Measures) Regulations 2022, reg. 7(3)(a) (risks at termination of contracts)',
      'UK Telecoms Security Code of Practice M10.08–M10.09 (control of network and user data held by suppliers)',
      'GDPR Art. 28(3)(g) (processor returns or deletes personal data at the end of the service)',
      'mvno-domain.md §2.5 (who holds Ki/OPc: key export at exit)',
    ],
    detects:
      'A contract with a provider named in the held_by of any data class, where data_return is not true. High when any of those classes is restricted.',
    recommendation:
      'Add a data-return clause at the next renewal (format, completeness, and days to deliver after notice), and for keys an export re-encrypted under a transport key the operator names.',
  },
  check({ model, indexOf }) {
    const data = model.data ?? [];
    return (model.contracts ?? [])
      .filter((c) => c.data_return !== true)
      .flatMap((c) => {
        const held = data.filter((d) => d.held_by.includes(c.provider));
        if (held.length === 0) return [];
        const index = indexOf('contracts', c.id);
        return [
          {
            elements: [c.id],
            message: `${c.provider} holds ${held.map((d) => `${d.id} (${d.sensitivity})`).join(', ')}, and contract ${c.id} ${c.data_return === false ? 'excludes' : 'has no'} data return at exit`,
            evidence: [
              c.data_return === undefined
                ? ['contracts', index]
                : ['contracts', index, 'data_return'],
              ...held.map((d): ModelPath => ['data', indexOf('data', d.id), 'held_by']),
            ] satisfies ModelPath[],
            severity: held.some(isRestricted) ? ('high' as const) : undefined,
          },
        ];
      });
  },
};

function isRestricted(d: DataClass): boolean {
  return d.sensitivity === 'restricted';
}
