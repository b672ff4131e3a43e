import type { Rule } from '../rule.js';

/** All radio traffic on one host group, under an exclusive contract: no second route at all. */
export const netSingleHostExclusive: Rule = {
  meta: {
    id: 'net-single-host-exclusive',
    title: 'One host network, under an exclusive contract',
    category: 'network_routes',
    layers: ['network_routes'],
    severity: 'high',
    rationale:
      'With every subscriber on one host and a contract that forbids a second, the operator has no outside option at the next negotiation and no route if the host fails or refuses to renew.',
    references: [
      'mvno-domain.md §2.1 (contract: exclusivity, notice, minimum commitment)',
      'mvno-domain.md §0.7 (host changes take years)',
    ],
    detects:
      'Radio access carried entirely by providers of one ownership group (no standby network from another group), where a contract with that host is exclusive.',
    recommendation:
      'Negotiate exclusivity out at the next renewal, or keep a second network contracted on standby (multi-IMSI or eSIM profiles make it usable).',
  },
  check({ model, analysis, roles, indexOf }) {
    const radio = analysis.concentration.capabilities.find((c) => c.capability === 'radio_access');
    if (radio === undefined || radio.leadingShare < 1) return [];
    const standbyElsewhere = model.providers.some(
      (p) =>
        p.group !== radio.leadingGroup &&
        !roles.isOperatorSide(p.id) &&
        p.supplies.some((s) => s.capability === 'radio_access' && s.standby),
    );
    if (standbyElsewhere) return [];
    const hosts = model.providers.filter(
      (p) =>
        p.group === radio.leadingGroup && p.supplies.some((s) => s.capability === 'radio_access'),
    );
    const exclusive = (model.contracts ?? []).filter(
      (c) => c.exclusive === true && hosts.some((h) => h.id === c.provider),
    );
    return exclusive.map((contract) => ({
      elements: [contract.provider],
      message: `all radio traffic runs on ${radio.leadingGroup}, and contract ${contract.id} with ${contract.provider} is exclusive`,
      evidence: [
        ['contracts', indexOf('contracts', contract.id), 'exclusive'],
        ['providers', indexOf('providers', contract.provider)],
      ],
    }));
  },
};
