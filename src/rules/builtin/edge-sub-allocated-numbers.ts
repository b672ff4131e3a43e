import type { ModelPath } from '../../model/load/diagnostic.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule } from '../rule.js';

/** Numbers sub-allocated from a provider's range cannot be ported as a block. */
export const edgeSubAllocatedNumbers: Rule = {
  meta: {
    id: 'edge-sub-allocated-numbers',
    title: 'Numbers sub-allocated from a provider’s range',
    category: 'edge_control',
    layers: ['edge_control', 'network_routes'],
    severity: 'medium',
    rationale:
      'A reseller using numbers sub-allocated by its wholesale provider cannot port the block: to leave, each subscriber must port alone, and the holder’s cooperation is needed for every one of them. The numbers are a lock on top of the SIMs.',
    references: [
      'mvno-domain.md §0.2 (numbers are a second lock)',
      'mvno-domain.md §2.6 (Ofcom letter, 7 Dec 2012: sub-allocated numbers cannot be ported as a range) [21]',
      'EECC Art. 106 (number portability per end-user)',
    ],
    detects:
      'numbering.msisdn_sub_allocated is true. Low when the operator serves only the iot segment, where numbers are device addresses that customers do not keep.',
    recommendation:
      'Apply for an own number range (or a block from a neutral holder) and put new subscribers on it; agree with the current holder how a range migration would be handled.',
  },
  check({ model }) {
    const numbering = model.numbering;
    if (numbering?.msisdn_sub_allocated !== true) return [];
    const holder = numbering.msisdn_holder;
    const iotOnly = model.operator.segments.every((s) => s === 'iot');
    const evidence: ModelPath[] = [['numbering', 'msisdn_sub_allocated']];
    if (holder !== undefined) evidence.push(['numbering', 'msisdn_holder']);
    return [
      {
        elements: [holder ?? model.operator.id],
        message: `the numbers of ${wholeNumber(model.operator.subscribers)} subscribers are sub-allocated from the range of ${holder ?? 'a provider'}: each must port alone to leave`,
        evidence,
        severity: iotOnly ? 'low' : 'medium',
      },
    ];
  },
};
