/**
 * A reserve that keeps an exit affordable: cash raised (or a facility committed) so that, month
 * by month to the horizon, the operator's capacity to fund the exit stays above its cost.
 */
import { money } from '../../text/money.js';
import { percent } from '../../text/percent.js';
import type { MoveKind, Proposal } from '../move.js';

const ID = 'runway-reserve';

/** Reserves are raised in round amounts: the next 10,000 above the gap. */
const ROUNDING = 10_000;

export const runwayReserve: MoveKind = {
  meta: {
    id: ID,
    title: 'Fund the runway that keeps an exit affordable',
    layers: ['capital_coordination'],
    rationale:
      'An exit the operator cannot pay for is no outside option: past its point of no return for funding, a supplier knows the operator must stay.',
    references: [
      'mvno-domain.md §2.8 (capital and runway)',
      'docs/lockin.md (point of no return: funding)',
    ],
    appliesWhen: 'a dependency’s point of no return is reached for want of funding',
    changes:
      'adds to the operator’s cash the largest gap, from the point of no return to the horizon, between the exit’s cost and the capacity to fund it',
    prerequisites: [],
    parameters: ['reserve_carry_rate', 'reserve_raise_fee', 'reserve_months'],
  },
  propose({ model, declared, lockin, capacity, parameters: p }) {
    const currency = model.operator.currency;
    const proposals: Proposal[] = [];
    const roomAt = new Map(capacity.map((c) => [c.month, c.capacity]));
    for (const d of lockin.values()) {
      const pnr = d.pointOfNoReturn;
      if (pnr === null || pnr.reason !== 'funding') continue;
      let gap = 0;
      for (const point of d.curve) {
        if (point.month < pnr.month) continue;
        const room = roomAt.get(point.month) ?? 0;
        gap = Math.max(gap, point.cost - room);
      }
      if (!(gap > 0)) continue;
      const reserve = Math.ceil(gap / ROUNDING) * ROUNDING;
      const cash = (declared.capital?.cash ?? 0) + reserve;
      proposals.push({
        id: `${ID}/${d.provider}`,
        kind: ID,
        title: `Raise a ${money(reserve, currency)} reserve to keep leaving ${d.provider} affordable`,
        layers: runwayReserve.meta.layers,
        actsOn: d.provider,
        reason: `from ${pnr.date} leaving ${d.provider} costs more than the operator can fund`,
        patch: [{ op: 'set', path: ['capital', 'cash'], value: cash }],
        cost: {
          oneOff: reserve * p.reserve_raise_fee,
          monthly: (reserve * p.reserve_carry_rate) / 12,
          months: p.reserve_months,
          explanation: `fees ${percent(p.reserve_raise_fee)} (reserve_raise_fee) of ${money(reserve, currency)}; carrying it ${percent(p.reserve_carry_rate)} a year (reserve_carry_rate) = ${money((reserve * p.reserve_carry_rate) / 12, currency)} a month; ${p.reserve_months} months (reserve_months)`,
        },
      });
    }
    return proposals;
  },
};
