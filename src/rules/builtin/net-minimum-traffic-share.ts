import { percent } from '../../text/percent.js';
import type { Rule } from '../rule.js';

/** Half the traffic promised to one network leaves any other network a minority at best. */
export const LOCKING_TRAFFIC_SHARE = 0.5;

/** Above this a second network cannot carry enough to be a credible outside option. */
export const FULL_LOCK_TRAFFIC_SHARE = 0.8;

/** A contract that promises a large share of traffic or subscribers to one provider. */
export const netMinimumTrafficShare: Rule = {
  meta: {
    id: 'net-minimum-traffic-share',
    title: 'Contract locks most traffic onto one network',
    category: 'network_routes',
    layers: ['network_routes', 'cost_structure'],
    severity: 'medium',
    rationale:
      'A minimum traffic share works like exclusivity by volume: the operator cannot steer traffic to a cheaper or better network, so a second network stays a side arrangement and gives no leverage at the next price review.',
    references: [
      'mvno-domain.md §2.1 (contract: exclusivity, notice, minimum commitment)',
      'mvno-domain.md §3.3 (minimum traffic commitments; Dish–AT&T: minimum share of subscribers on AT&T)',
    ],
    detects: `A contract whose minimum_traffic_share is ${percent(LOCKING_TRAFFIC_SHARE)} or more; high when it is above ${percent(FULL_LOCK_TRAFFIC_SHARE)}, which leaves no room for a second network to carry a meaningful share.`,
    recommendation:
      'Negotiate the share down (or into a spend commitment the operator can meet on any mix of networks) at the next renewal, and do not let it ratchet with growth.',
  },
  check({ model, indexOf }) {
    return (model.contracts ?? []).flatMap((contract) => {
      const share = contract.minimum_traffic_share;
      if (share === undefined || share < LOCKING_TRAFFIC_SHARE) return [];
      const index = indexOf('contracts', contract.id);
      return [
        {
          elements: [contract.id],
          message: `contract ${contract.id} requires ${percent(share)} of the operator's traffic or subscribers to stay on ${contract.provider}`,
          evidence: [
            ['contracts', index, 'minimum_traffic_share'],
            ['providers', indexOf('providers', contract.provider)],
          ],
          severity: share > FULL_LOCK_TRAFFIC_SHARE ? 'high' : 'medium',
        },
      ];
    });
  },
};
