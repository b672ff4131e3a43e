/** Numbers of the operator's own instead of numbers sub-allocated from a host's range. */
import { money } from '../../text/money.js';
import type { MoveKind } from '../move.js';

const ID = 'own-msisdn-range';

export const ownMsisdnRange: MoveKind = {
  meta: {
    id: ID,
    title: 'Hold an own MSISDN range',
    layers: ['edge_control'],
    rationale:
      'Sub-allocated numbers make every subscriber port alone to follow a change of host; numbers of its own range move with the operator.',
    references: [
      'mvno-domain.md §2.6 (numbering and porting)',
      'Ofcom National Telephone Numbering Plan; BEREC number portability reports',
    ],
    appliesWhen:
      'the MSISDNs are sub-allocated, or held by a party other than the operator, and the operator serves people (a segment other than iot): connected devices are re-provisioned rather than ported, so a range of its own buys an IoT-only operator no freedom',
    changes: 'the operator holds the MSISDN range and the numbers are no longer sub-allocated',
    prerequisites: [],
    parameters: ['msisdn_range_one_off', 'msisdn_range_monthly_fee', 'msisdn_range_months'],
  },
  propose({ model, roles, parameters: p }) {
    const numbering = model.numbering;
    if (numbering === undefined || model.operator.segments.every((s) => s === 'iot')) return [];
    const foreign =
      numbering.msisdn_holder !== undefined && !roles.isOperatorSide(numbering.msisdn_holder);
    if (numbering.msisdn_sub_allocated !== true && !foreign) return [];
    const currency = model.operator.currency;
    return [
      {
        id: `${ID}/${model.operator.id}`,
        kind: ID,
        title: 'Take an own MSISDN range and block-port the base onto it',
        layers: ownMsisdnRange.meta.layers,
        actsOn: foreign ? numbering.msisdn_holder : undefined,
        reason: `numbers are ${numbering.msisdn_sub_allocated === true ? 'sub-allocated' : 'held'} by ${numbering.msisdn_holder ?? 'another party'}`,
        patch: [
          { op: 'set', path: ['numbering', 'msisdn_holder'], value: model.operator.id },
          { op: 'set', path: ['numbering', 'msisdn_sub_allocated'], value: false },
        ],
        cost: {
          oneOff: p.msisdn_range_one_off,
          monthly: p.msisdn_range_monthly_fee,
          months: p.msisdn_range_months,
          explanation: `${money(p.msisdn_range_one_off, currency)} (msisdn_range_one_off); ${money(p.msisdn_range_monthly_fee, currency)} a month (msisdn_range_monthly_fee); ${p.msisdn_range_months} months (msisdn_range_months)`,
        },
      },
    ];
  },
};
