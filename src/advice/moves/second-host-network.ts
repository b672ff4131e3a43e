/**
 * A second host network the SIM base can reach: multi-IMSI SIMs (or a second eSIM profile)
 * carrying a second host's IMSI, under a standby agreement. Where the model already has a
 * second host that some SIMs cannot reach, the move is only the SIMs.
 */
import { attachableHosts } from '../../model/sim-attachment.js';
import { money } from '../../text/money.js';
import { counted, wholeNumber } from '../../text/whole-number.js';
import type { MoveContext, MoveKind, Proposal } from '../move.js';
import type { PatchOp } from '../patch.js';
import { addStandbySupplier, freshId } from './standby-supplier.js';

const ID = 'second-host-network';

export const secondHostNetwork: MoveKind = {
  meta: {
    id: ID,
    title: 'Make a second host network reachable',
    // The SIM changes are the means; what the move changes is the negotiation structure.
    layers: ['network_routes'],
    rationale:
      'A host whose network every SIM depends on can reprice or refuse at renewal; a second host the SIMs can attach to without a swap is the outside option that makes a negotiation real.',
    references: [
      'mvno-domain.md §2.2 (what binds an operator to its host), §2.7 (SIM swaps)',
      'GSMA SGP.22 (consumer eSIM profiles); multi-IMSI SIM applets',
    ],
    appliesWhen:
      'some SIM group (with SIMs in service) can attach to only one host group: the move gives every such group a second host, contracting a standby host when the model has none',
    changes:
      'adds a standby host (radio access and the host capabilities of the first) with its agreement and fee, or uses the second host already in the model; physical SIMs become multi-IMSI, and each affected SIM group carries the second host’s IMSI and keys',
    prerequisites: [],
    parameters: [
      'standby_host_monthly_fee',
      'host_integration_person_days',
      'multi_imsi_sim_cost',
      'esim_profile_cost',
      'second_host_months',
    ],
  },
  propose(context) {
    const { model, roles } = context;
    const groupOf = (id: string) => roles.byId.get(id)?.group ?? id;
    const single = (model.sims ?? [])
      .map((group, index) => ({ group, index }))
      .filter(({ group }) => group.count > 0)
      .filter(({ group }) => new Set(group.attaches_to.map(groupOf)).size < 2);
    if (single.length === 0) return [];
    const reached = new Set(single.flatMap(({ group }) => group.attaches_to.map(groupOf)));
    const first = attachableHosts(roles).find((h) => reached.has(h.group));
    if (first === undefined) return [];
    const other = attachableHosts(roles).find((h) => h.group !== first.group);
    return [proposal(context, first.id, other?.id, single)];
  },
};

function proposal(
  context: MoveContext,
  firstHost: string,
  existing: string | undefined,
  single: readonly { group: NonNullable<MoveContext['model']['sims']>[number]; index: number }[],
): Proposal {
  const { declared, parameters: p, economics, model } = context;
  const months = p.second_host_months;
  const currency = model.operator.currency;
  const steps: PatchOp[] = [];
  const host = existing ?? freshId(declared, 'standby-host');
  if (existing === undefined) {
    const primary = model.providers.find((q) => q.id === firstHost);
    const networkCapabilities = (primary?.supplies ?? [])
      .map((s) => s.capability)
      .filter((c) => NETWORK_CAPABILITIES.has(c));
    steps.push(
      ...addStandbySupplier(
        declared,
        {
          id: host,
          name: 'Standby host network (to be contracted)',
          kind: 'mno',
          supplies: networkCapabilities.map((capability) => ({ capability, standby: true })),
          monthlyFee: p.standby_host_monthly_fee,
          availability: primary?.availability,
          notes:
            'Written by mvnoscope advise: a second host under a standby agreement, reached by multi-IMSI SIMs and second eSIM profiles.',
        },
        months,
      ),
    );
  }
  let physical = 0;
  let esim = 0;
  for (const { group, index } of single) {
    const declaredGroup = declared.sims?.[index];
    if (declaredGroup === undefined) continue;
    if (group.kind === 'physical') {
      steps.push({ op: 'set', path: ['sims', index, 'kind'], value: 'multi_imsi' });
      physical += group.count;
    } else if (group.kind === 'multi_imsi') physical += group.count;
    else esim += group.count;
    steps.push({ op: 'append', path: ['sims', index, 'imsi_issuers'], value: host });
    steps.push({ op: 'append', path: ['sims', index, 'key_holders'], value: host });
    if (declaredGroup.attaches_to !== undefined)
      steps.push({ op: 'append', path: ['sims', index, 'attaches_to'], value: host });
  }
  const integration = p.host_integration_person_days * economics.integration_day_rate;
  const sims = physical * p.multi_imsi_sim_cost + esim * p.esim_profile_cost;
  const monthly = existing === undefined ? p.standby_host_monthly_fee : 0;
  return {
    id: `${ID}/${host}`,
    kind: ID,
    title:
      existing === undefined
        ? 'Contract a standby host and make the SIMs reach it'
        : `Make the SIMs reach ${existing} as well`,
    layers: secondHostNetwork.meta.layers,
    actsOn: firstHost,
    reason: `${counted(single.length, 'SIM group')} can attach only to ${firstHost}'s network`,
    patch: steps,
    cost: {
      oneOff: integration + sims,
      monthly,
      months,
      explanation: `integration ${p.host_integration_person_days} person-days × ${money(economics.integration_day_rate, currency)} (host_integration_person_days × integration_day_rate) + ${wholeNumber(physical)} multi-IMSI SIMs × ${money(p.multi_imsi_sim_cost, currency)} + ${wholeNumber(esim)} eSIM profiles × ${money(p.esim_profile_cost, currency)}; ${monthly === 0 ? 'no new standing fee' : `standby fee ${money(monthly, currency)} a month (standby_host_monthly_fee)`}; ${months} months (second_host_months)`,
    },
  };
}

/** The capabilities a host network supplies that a standby host must also carry. */
const NETWORK_CAPABILITIES = new Set([
  'radio_access',
  'mobility_core',
  'subscriber_data',
  'packet_gateway',
  'policy',
  'voice_ims',
  'messaging',
  'signalling_edge',
  'interconnect',
  'roaming',
  'lawful_intercept',
]);
