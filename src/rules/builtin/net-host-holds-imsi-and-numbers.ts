import type { ModelPath } from '../../model/load/diagnostic.js';
import type { SimGroup } from '../../model/schema/model.js';
import { percent } from '../../text/percent.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule, RuleContext } from '../rule.js';

/** "Most SIMs": more than half the base; below that the operator can move the majority itself. */
export const MOST_SIMS = 0.5;

/** The host issues the IMSIs of most SIMs and holds the numbers: each subscriber must act to leave. */
export const netHostHoldsImsiAndNumbers: Rule = {
  meta: {
    id: 'net-host-holds-imsi-and-numbers',
    title: 'The host issues the IMSIs and holds the numbers',
    category: 'network_routes',
    layers: ['network_routes', 'edge_control'],
    severity: 'high',
    rationale:
      'With the host’s IMSIs on the SIMs and the numbers in the host’s range, leaving the host means a new SIM or profile and a port for every subscriber. Each subscriber must act, and those who do not are lost (Asda Mobile needed a SIM swap; Virgin Mobile UK, with its own IMSIs and numbers, needed none).',
    references: [
      'mvno-domain.md §2.1 (IMSI range and MSISDN range as binding assets)',
      'mvno-domain.md §2.2 (switch route for reseller and thin MVNOs: every subscriber must act)',
      'mvno-domain.md §2.6 (Ofcom, 7 Dec 2012: sub-allocated numbers port one by one)',
    ],
    detects: `SIM groups whose IMSIs come only from host networks (issuers the operator does not run, of a host group) make up more than ${percent(MOST_SIMS)} of SIMs, and numbering.msisdn_holder is a host network (the range is the host’s, or sub-allocated from it).`,
    recommendation:
      'Plan the way out before it is needed: obtain an own number range (or a sub-allocation from a neutral holder) and an IMSI range, or move new SIMs to multi-IMSI or eSIM so that a host change does not need every subscriber to act.',
  },
  check(context) {
    const { model, roles, indexOf } = context;
    const holder = model.numbering?.msisdn_holder;
    if (holder === undefined || roles.holderOfParty(holder) !== 'host') return [];
    const sims = model.sims ?? [];
    const total = sims.reduce((sum, g) => sum + g.count, 0);
    const onHostImsi = sims.filter((g) => hostImsiOnly(context, g));
    const count = onHostImsi.reduce((sum, g) => sum + g.count, 0);
    if (total === 0 || count / total <= MOST_SIMS) return [];
    const issuers = [...new Set(onHostImsi.flatMap((g) => g.imsi_issuers))];
    const numbers =
      model.numbering?.msisdn_sub_allocated === true
        ? 'sub-allocates the numbers'
        : 'holds the number range';
    return [
      {
        elements: [...new Set([holder, ...issuers])].sort(),
        message: `${issuers.join(', ')} issue${issuers.length === 1 ? 's' : ''} the IMSIs of ${wholeNumber(count)} of ${wholeNumber(total)} SIMs (${percent(count / total)}) and ${holder} ${numbers}: leaving the host needs a new SIM or profile and a port for every subscriber`,
        evidence: [
          ['numbering', 'msisdn_holder'],
          ...onHostImsi.map((g): ModelPath => ['sims', indexOf('sims', g.id), 'imsi_issuers']),
        ],
      },
    ];
  },
};

/** Every IMSI on the SIM is a host network's. */
function hostImsiOnly({ roles }: RuleContext, group: SimGroup): boolean {
  return group.imsi_issuers.every((issuer) => roles.holderOfParty(issuer) === 'host');
}
