/**
 * The step from light to full MVNO: the operator's own IMSI range with a managed HSS/UDM and
 * AuC, so the SIMs carry the operator's identity and can attach to any host it contracts.
 */
import { money } from '../../text/money.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { MoveKind } from '../move.js';
import type { PatchOp } from '../patch.js';
import { addStandbySupplier, freshId } from './standby-supplier.js';

const ID = 'own-imsi-range';

export const ownImsiRange: MoveKind = {
  meta: {
    id: ID,
    title: 'Take an own IMSI range with a managed HSS/UDM (full MVNO)',
    layers: ['edge_control', 'network_routes'],
    rationale:
      'Whoever issues the IMSIs and holds the keys decides where the SIMs can go: with its own range and its own subscriber data, the operator can change host without a base-wide SIM swap.',
    references: [
      'mvno-domain.md §1 (light versus full MVNO), §2.1 (IMSI ownership), §2.7 (SIM swaps)',
      'ITU-T E.212 (MCC-MNC assignment); 3GPP TS 23.003 (IMSI structure)',
    ],
    appliesWhen:
      'the operator holds no MCC-MNC and some SIM group with SIMs in service carries a host’s or an enabler’s IMSIs',
    changes:
      'adds a managed HSS/UDM (subscriber data run for the operator) with its contract and fee; the SIM groups carry the operator’s own IMSI range and the operator holds the keys; the host no longer supplies subscriber data',
    prerequisites: [],
    parameters: ['full_mvno_one_off', 'hss_monthly_fee', 'esim_profile_cost', 'full_mvno_months'],
  },
  propose(context) {
    const { model, declared, parameters: p, economics, roles } = context;
    if ((model.numbering?.mcc_mnc ?? []).length > 0) return [];
    const operator = model.operator.id;
    const foreign = (model.sims ?? [])
      .map((group, index) => ({ group, index }))
      .filter(
        ({ group }) => group.count > 0 && !group.imsi_issuers.every((i) => roles.isOperatorSide(i)),
      );
    if (foreign.length === 0) return [];
    const months = p.full_mvno_months;
    const hss = freshId(declared, `${operator}-hss`);
    const steps: PatchOp[] = addStandbySupplier(
      declared,
      {
        id: hss,
        name: 'Managed HSS/UDM (to be procured)',
        kind: 'core_vendor',
        supplies: [{ capability: 'subscriber_data', arrangement: 'managed' }],
        monthlyFee: p.hss_monthly_fee,
        availability: roles.hosts[0]?.availability,
        notes:
          'Written by mvnoscope advise: subscriber data and AuC run for the operator on its own IMSI range.',
      },
      months,
    );
    steps.push(...hostsGiveUpSubscriberData(context));
    let physical = 0;
    let esim = 0;
    for (const { group, index } of foreign) {
      steps.push({ op: 'set', path: ['sims', index, 'imsi_issuers'], value: [operator] });
      steps.push({ op: 'set', path: ['sims', index, 'key_holders'], value: [operator, hss] });
      if (declared.sims?.[index]?.attaches_to !== undefined)
        steps.push({ op: 'unset', path: ['sims', index, 'attaches_to'] });
      if (group.kind.startsWith('esim')) esim += group.count;
      else physical += group.count;
    }
    const currency = model.operator.currency;
    const sims = physical * economics.sim_swap_cost + esim * p.esim_profile_cost;
    return [
      {
        id: `${ID}/${operator}`,
        kind: ID,
        title: 'Become a full MVNO: own IMSI range and a managed HSS/UDM',
        layers: ownImsiRange.meta.layers,
        actsOn: roles.hosts[0]?.id,
        reason: `${wholeNumber(physical + esim)} SIMs carry IMSIs of ${[...new Set(foreign.flatMap(({ group }) => group.imsi_issuers))].join(', ')}`,
        patch: steps,
        cost: {
          oneOff: p.full_mvno_one_off + sims,
          monthly: p.hss_monthly_fee,
          months,
          explanation: `${money(p.full_mvno_one_off, currency)} set-up (full_mvno_one_off) + ${wholeNumber(physical)} new SIMs × ${money(economics.sim_swap_cost, currency)} (sim_swap_cost) + ${wholeNumber(esim)} eSIM profiles × ${money(p.esim_profile_cost, currency)}; ${money(p.hss_monthly_fee, currency)} a month (hss_monthly_fee); ${months} months (full_mvno_months)`,
        },
      },
    ];
  },
};

/** Steps removing subscriber data from the hosts' supplies: the operator's HSS now holds it. */
function hostsGiveUpSubscriberData(context: Parameters<MoveKind['propose']>[0]): PatchOp[] {
  const hosts = new Set(context.roles.hosts.map((h) => h.id));
  return context.declared.providers.flatMap((provider, index): PatchOp[] => {
    if (!hosts.has(provider.id) || provider.supplies === undefined) return [];
    const kept = provider.supplies.filter(
      (s) => (typeof s === 'string' ? s : s.capability) !== 'subscriber_data',
    );
    if (kept.length === provider.supplies.length) return [];
    return [{ op: 'set', path: ['providers', index, 'supplies'], value: kept }];
  });
}
