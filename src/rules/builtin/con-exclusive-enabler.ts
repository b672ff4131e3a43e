import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Rule } from '../rule.js';

/** An exclusive contract with an enabler or another non-host supplier. */
export const conExclusiveEnabler: Rule = {
  meta: {
    id: 'con-exclusive-enabler',
    title: 'Exclusive contract with an enabler or a non-host supplier',
    category: 'contracts',
    layers: ['capital_coordination', 'edge_control'],
    severity: 'high',
    rationale:
      'Exclusivity with a host network at least buys access; with an enabler or a platform supplier it buys nothing the operator needs, yet forbids it to run a second platform, pilot a replacement or migrate in stages. Exit becomes one big switch on the supplier’s timetable.',
    references: [
      'mvno-domain.md §2.1 (contract: exclusivity binds the MVNO)',
      'mvno-domain.md §3.2 (enablers: one MVNE for billing, provisioning, OSS and core)',
      'mvno-domain.md §3.3 (Dish–AT&T: even a USD 5 bn host deal is non-exclusive)',
      'EU 5G Toolbox SM05 (multi-vendor strategy)',
    ],
    detects:
      'A contract with exclusive true whose provider is an enabler (kind mvne or mvna, or a company of an enabler’s group), high, or any other provider that is not a host network, medium. Host exclusivity is left to net-single-host-exclusive.',
    recommendation:
      'Negotiate exclusivity out at the next renewal, or narrow it to what the supplier must have (a volume commitment instead of exclusivity), so a second platform can be run in parallel for a staged migration.',
  },
  check({ model, roles, indexOf }) {
    return (model.contracts ?? []).flatMap((c) => {
      const provider = roles.byId.get(c.provider);
      if (c.exclusive !== true || provider === undefined) return [];
      // An enabler's sister companies (its SM-DP+, its SIM arm) are the enabler too.
      const enabler = roles.holderOfParty(provider.id) === 'enabler';
      const host = !enabler && roles.hosts.some((h) => h.id === provider.id);
      if (host) return [];
      const index = indexOf('contracts', c.id);
      return [
        {
          elements: [c.id],
          message: `contract ${c.id} with ${enabler ? 'enabler' : 'supplier'} ${provider.id} (${provider.kind}, ${provider.supplies.map((s) => s.capability).join(', ')}) is exclusive`,
          evidence: [
            ['contracts', index, 'exclusive'],
            ['providers', indexOf('providers', provider.id)],
          ] satisfies ModelPath[],
          severity: enabler ? undefined : ('medium' as const),
        },
      ];
    });
  },
};
