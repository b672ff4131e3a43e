import { wholeNumber } from '../../text/whole-number.js';
import type { Rule } from '../rule.js';

/** A SIM vendor keeps a copy of Ki/OPc: a second place the keys can leak from. */
export const edgeSimVendorKeepsKeys: Rule = {
  meta: {
    id: 'edge-sim-vendor-keeps-keys',
    title: 'SIM vendor keeps a copy of the authentication keys',
    category: 'edge_control',
    layers: ['edge_control'],
    severity: 'medium',
    rationale:
      'Ki and OPc should exist only in the SIM and the AuC; the vendor that generates them delivers them under a transport key and should then delete its copy. A copy kept at the vendor (card key files, or profiles waiting in its SM-DP+) is a second place the keys can be stolen from, outside the operator’s controls.',
    references: [
      'mvno-domain.md §0.4 (keys live in exactly two places)',
      'mvno-domain.md §2.5 (SIM vendor infuses keys at manufacture; delivered encrypted with a transport key)',
      'UK Telecoms Security CoP M10.08 and M10.09 (data leaving the provider’s control is protected)',
    ],
    detects:
      'A SIM group whose key_holders include a provider of kind sim_vendor. One finding per SIM group and vendor.',
    recommendation:
      'Require by contract that the vendor deletes key files once delivered (and audit it), keep eSIM profiles in the SM-DP+ only until download, and generate keys under a transport key the operator holds.',
  },
  check({ model, roles, indexOf }) {
    return (model.sims ?? []).flatMap((group) => {
      const index = indexOf('sims', group.id);
      return group.key_holders.flatMap((holder, j) => {
        if (roles.byId.get(holder)?.kind !== 'sim_vendor') return [];
        const role = group.rsp_operator === holder ? ' (also their SM-DP+)' : '';
        return [
          {
            elements: [group.id, holder],
            message: `SIM vendor ${holder}${role} keeps a copy of Ki/OPc for the ${wholeNumber(group.count)} SIMs in ${group.id}`,
            evidence: [['sims', index, 'key_holders', j]],
          },
        ];
      });
    });
  },
};
