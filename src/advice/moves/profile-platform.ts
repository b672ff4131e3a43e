/**
 * Profile management of the operator's own: an SGP.32 eIM for IoT SIMs (moving them off an
 * incumbent's SGP.02 SM-SR), or an SM-DP+ run for the operator for consumer eSIMs.
 */
import { money } from '../../text/money.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { MoveKind, Proposal } from '../move.js';
import type { PatchOp } from '../patch.js';
import { addStandbySupplier, freshId } from './standby-supplier.js';

const ID = 'own-profile-platform';

export const ownProfilePlatform: MoveKind = {
  meta: {
    id: ID,
    title: 'Run or contract the eSIM profile platform (SM-DP+ / SGP.32 eIM)',
    layers: ['edge_control'],
    rationale:
      'Whoever runs profile management decides which network’s profile a device may download; with its own eIM (IoT) or an SM-DP+ run for it (consumer), the operator can move devices over the air.',
    references: [
      'GSMA SGP.02 (M2M, SM-SR), SGP.22 (consumer, SM-DP+), SGP.32 (IoT, eIM)',
      'mvno-domain.md §2.4 (profile management)',
    ],
    appliesWhen:
      'an IoT SIM group’s SM-SR (SGP.02) or eIM (SGP.32) is run by another party, or a consumer eSIM group’s SM-DP+ is run by another party as its own service',
    changes:
      'IoT groups become SGP.32 with the operator as eIM operator (the SM-SR is dropped); consumer eSIM groups get an SM-DP+ run for the operator (managed), with its contract and fee',
    prerequisites: [],
    parameters: [
      'profile_platform_one_off',
      'profile_platform_monthly_fee',
      'esim_profile_cost',
      'profile_platform_months',
    ],
  },
  propose(context) {
    const { model, roles } = context;
    const sims = (model.sims ?? []).map((group, index) => ({ group, index }));
    const iot = sims.filter(
      ({ group }) =>
        group.count > 0 &&
        ((group.kind === 'esim_iot_sgp02' && !roles.isOperatorSide(group.sm_sr_operator)) ||
          (group.kind === 'esim_iot_sgp32' && !roles.isOperatorSide(group.eim_operator))),
    );
    const consumer = sims.filter(
      ({ group }) =>
        group.count > 0 &&
        group.kind === 'esim_consumer' &&
        group.rsp_operator !== undefined &&
        !roles.isOperatorSide(group.rsp_operator) &&
        roles.byId.get(group.rsp_operator)?.supplies.every((s) => s.arrangement !== 'managed') ===
          true,
    );
    const proposals: Proposal[] = [];
    if (iot.length > 0) proposals.push(iotProposal(context, iot));
    if (consumer.length > 0) proposals.push(consumerProposal(context, consumer));
    return proposals;
  },
};

type Groups = readonly {
  group: NonNullable<Parameters<MoveKind['propose']>[0]['model']['sims']>[number];
  index: number;
}[];

function iotProposal(context: Parameters<MoveKind['propose']>[0], groups: Groups): Proposal {
  const { model } = context;
  const steps: PatchOp[] = [];
  let count = 0;
  // An SGP.02 eUICC cannot take an SGP.32 eIM over the air: the device's eUICC is replaced.
  let replaced = 0;
  for (const { group, index } of groups) {
    if (group.kind === 'esim_iot_sgp02')
      replaced += group.count * (group.swap_unit_cost ?? context.economics.sim_swap_cost);
    steps.push({ op: 'set', path: ['sims', index, 'kind'], value: 'esim_iot_sgp32' });
    steps.push({ op: 'set', path: ['sims', index, 'eim_operator'], value: model.operator.id });
    if (group.sm_sr_operator !== undefined)
      steps.push({ op: 'unset', path: ['sims', index, 'sm_sr_operator'] });
    count += group.count;
  }
  const incumbent = groups[0]?.group.sm_sr_operator ?? groups[0]?.group.eim_operator;
  return {
    id: `${ID}/iot`,
    kind: ID,
    title: 'Run an SGP.32 eIM and move the IoT SIMs onto it',
    layers: ownProfilePlatform.meta.layers,
    actsOn: incumbent,
    reason: `${wholeNumber(count)} IoT SIMs take their profiles through ${incumbent ?? 'another party'}`,
    patch: steps,
    cost: cost(context, count, replaced),
  };
}

function consumerProposal(context: Parameters<MoveKind['propose']>[0], groups: Groups): Proposal {
  const { model, declared, parameters: p } = context;
  const platform = freshId(declared, `${model.operator.id}-sm-dp-plus`);
  const steps: PatchOp[] = addStandbySupplier(
    declared,
    {
      id: platform,
      name: 'SM-DP+ run for the operator (to be contracted)',
      kind: 'esim_platform',
      supplies: [{ capability: 'esim_rsp', arrangement: 'managed' }],
      monthlyFee: p.profile_platform_monthly_fee,
      availability: context.roles.byId.get(groups[0]?.group.rsp_operator ?? '')?.availability,
      notes:
        'Written by mvnoscope advise: the operator owns the SM-DP+ configuration and its profiles.',
    },
    p.profile_platform_months,
  );
  let count = 0;
  for (const { group, index } of groups) {
    steps.push({ op: 'set', path: ['sims', index, 'rsp_operator'], value: platform });
    steps.push({
      op: 'set',
      path: ['sims', index, 'key_holders'],
      value: [...group.key_holders.filter((k) => k !== group.rsp_operator), platform],
    });
    count += group.count;
  }
  return {
    id: `${ID}/consumer`,
    kind: ID,
    title: 'Contract an SM-DP+ run for the operator for its consumer eSIMs',
    layers: ownProfilePlatform.meta.layers,
    actsOn: groups[0]?.group.rsp_operator,
    reason: `${wholeNumber(count)} eSIM profiles are prepared by ${groups[0]?.group.rsp_operator} as its own service`,
    patch: steps,
    cost: cost(context, count, 0),
  };
}

/** `replaced`: what replacing SGP.02 eUICCs costs (each group's swap_unit_cost, else sim_swap_cost). */
function cost(context: Parameters<MoveKind['propose']>[0], profiles: number, replaced: number) {
  const { parameters: p, model } = context;
  const currency = model.operator.currency;
  const replacement =
    replaced === 0
      ? ''
      : ` + ${money(replaced, currency)} replacing SGP.02 eUICCs (swap_unit_cost, else sim_swap_cost)`;
  return {
    oneOff: p.profile_platform_one_off + profiles * p.esim_profile_cost + replaced,
    monthly: p.profile_platform_monthly_fee,
    months: p.profile_platform_months,
    explanation: `${money(p.profile_platform_one_off, currency)} (profile_platform_one_off) + ${wholeNumber(profiles)} profile downloads × ${money(p.esim_profile_cost, currency)} (esim_profile_cost)${replacement}; ${money(p.profile_platform_monthly_fee, currency)} a month (profile_platform_monthly_fee); ${p.profile_platform_months} months (profile_platform_months)`,
  };
}
