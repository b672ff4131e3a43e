import { needsSimSwap } from '../../analysis/scorecard/sim-switching.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { SimGroup } from '../../model/schema/model.js';
import { percent } from '../../text/percent.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule } from '../rule.js';

/** Past half the base, a host change is a mass SIM swap rather than a migration of the remainder. */
export const STRANDED_SHARE = 0.5;

/** Most SIMs have no over-the-air path to another host: a host change means a new SIM each. */
export const edgeNoOtaPath: Rule = {
  meta: {
    id: 'edge-no-ota-path',
    title: 'Most SIMs cannot change host over the air',
    category: 'edge_control',
    layers: ['edge_control', 'network_routes'],
    severity: 'high',
    rationale:
      'A SIM carrying only someone else’s IMSI, with no second IMSI and no profile manager the operator runs, must be replaced to change host. For most of the base that is a swap per subscriber, with its cost and the attrition of those who never swap; it also tells the host the operator cannot credibly leave.',
    references: [
      'mvno-domain.md §2.2 (switch route by type: reseller and thin need new SIMs; full, multi-IMSI and eSIM do not)',
      'mvno-domain.md §0.1 (IMSI ownership decides host portability; Asda Mobile needed a SIM swap)',
      'mvno-domain.md §2.4 (SGP.02: an outside SM-SR must cooperate)',
    ],
    detects: `More than ${percent(STRANDED_SHARE)} of SIMs (by count) in groups that need a new SIM to change host (switchability 0): physical SIMs on another party’s IMSI, multi-IMSI SIMs whose IMSIs all come from one group, and SGP.02 eSIMs whose SM-SR the operator does not run (the scorecard’s SIM-switching scale). Consumer eSIMs count as a path, since a new profile can be downloaded. One finding for the operator, citing the SIM groups.`,
    recommendation:
      'Issue new and replacement SIMs as multi-IMSI or eSIM, or obtain an own IMSI range, so that the base can move host without a swap; budget the swap cost meanwhile.',
  },
  check({ model, roles, indexOf }) {
    const sims = model.sims ?? [];
    const total = sims.reduce((sum, g) => sum + g.count, 0);
    const stranded = sims.filter((g) => needsSimSwap(g, roles));
    const count = stranded.reduce((sum, g) => sum + g.count, 0);
    if (total === 0 || count / total <= STRANDED_SHARE) return [];
    const groups = stranded.map((g) => `${g.id} (${wholeNumber(g.count)})`).join(', ');
    return [
      {
        elements: [model.operator.id],
        message: `${wholeNumber(count)} of ${wholeNumber(total)} SIMs (${percent(count / total)}) have no over-the-air path to another host: ${groups}`,
        evidence: stranded.map((g) => reasonPath(g, indexOf('sims', g.id))),
      },
    ];
  },
};

/** The line that makes a group stranded: the SM-SR for SGP.02, else the IMSI issuers. */
function reasonPath(group: SimGroup, index: number): ModelPath {
  return group.kind === 'esim_iot_sgp02' && group.sm_sr_operator !== undefined
    ? ['sims', index, 'sm_sr_operator']
    : ['sims', index, 'imsi_issuers'];
}
