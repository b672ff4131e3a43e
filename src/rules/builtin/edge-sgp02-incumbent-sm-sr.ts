import { wholeNumber } from '../../text/whole-number.js';
import type { Rule } from '../rule.js';

/** An SGP.02 fleet whose SM-SR someone else runs: its profiles move only with that party's help. */
export const edgeSgp02IncumbentSmSr: Rule = {
  meta: {
    id: 'edge-sgp02-incumbent-sm-sr',
    title: 'SGP.02 IoT eSIMs managed by an outside SM-SR',
    category: 'edge_control',
    layers: ['edge_control', 'network_routes'],
    severity: 'high',
    rationale:
      'Under SGP.02 the SM-SR routes every profile change, and it is usually the incumbent operator’s. Moving the fleet to another network needs the SM-SR change procedure, a four-party protocol in which the outgoing SM-SR must cooperate, and which often stalls commercially; the alternative is a site visit per device.',
    references: [
      'mvno-domain.md §0.3 (eSIM moves the lock to the profile manager)',
      'mvno-domain.md §2.4 (SGP.02: SM-SR change is a 32-step, four-party protocol) [30c][30d]',
      'mvno-domain.md §2.2 (IoT eSIM SGP.02 switch route: often stalls commercially)',
      'GSMA SGP.02 (M2M remote provisioning architecture); GSMA SGP.32 (eIM replaces the SM-SR)',
    ],
    detects:
      'A SIM group of kind esim_iot_sgp02 whose sm_sr_operator is not the operator side (a host, an enabler or a third party). One finding per SIM group.',
    recommendation:
      'Negotiate an SM-SR change commitment (price and timetable) with the SM-SR operator now, and ship new devices on SGP.32 with an eIM the operator runs.',
  },
  check({ model, roles, indexOf }) {
    return (model.sims ?? []).flatMap((group) => {
      // The loader requires an SM-SR operator on every SGP.02 group.
      const smsr = group.sm_sr_operator;
      if (group.kind !== 'esim_iot_sgp02' || smsr === undefined || roles.isOperatorSide(smsr))
        return [];
      const i = indexOf('sims', group.id);
      const role = roles.holderOfParty(smsr).replace('_', ' ');
      return [
        {
          elements: [group.id, smsr],
          message: `${wholeNumber(group.count)} SGP.02 eSIMs in ${group.id} are managed by the SM-SR of ${smsr} (${role}): moving them to another network needs its cooperation in the SM-SR change procedure`,
          evidence: [
            ['sims', i, 'sm_sr_operator'],
            ['sims', i, 'count'],
          ],
        },
      ];
    });
  },
};
