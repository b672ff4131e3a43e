import { ContractCalendar } from '../../model/contract-calendar.js';
import type { Contract } from '../../model/schema/model.js';
import type { Rule } from '../rule.js';

/** Six months is about one negotiation cycle: exits closer together compete for one team and one budget. */
const WINDOW_MONTHS = 6;
/** Three exits at once is more than one renewal running late; two are a coincidence. */
const MIN_BUNCHED = 3;
/** Half the contracts or more in one window means the calendar, not one deal, sets the pace. */
const MIN_SHARE = 0.5;

interface Exit {
  readonly contract: Contract;
  readonly index: number;
  readonly months: number;
}

/** Many contracts come up for exit or renewal in one six-month window. */
export const capRenewalsBunched: Rule = {
  meta: {
    id: 'cap-renewals-bunched',
    title: 'Contract exits bunched in one six-month window',
    category: 'capital_coordination',
    layers: ['capital_coordination'],
    severity: 'medium',
    rationale:
      'Each renewal is the one moment an operator can change supplier or price without paying to break a contract. When most of them fall together, the team cannot prepare outside options for all of them, migrations cannot be run in parallel, and suppliers know the operator has no time to leave: the deadline works for them.',
    references: [
      'DESIGN.md §2 (capital & coordination: the contract calendar)',
      'mvno-domain.md §2.1 (contract: wait for the break point or pay exit)',
      'mvno-domain.md §2.7 ("short break" migration window: 3 months to find a host, integrate, migrate)',
    ],
    detects: `At least ${MIN_BUNCHED} contracts with a renewal date, and at least half of them, whose next possible exit without a break cost falls within one ${WINDOW_MONTHS}-month window: the contract calendar's free exit, counted from operator.as_of (the end of the initial term; for an auto-renewing contract, the first term end at least the notice period away, so a notice date already missed rolls it into the next renewal). Contracts that can be ended at any time on notice alone (rolling monthly, or past their term without auto-renewal) have no renewal date and are not counted.`,
    recommendation:
      'Spread the calendar: at the next renewals, negotiate terms of different lengths (or co-terminate only what must move together), and start the outside-option work for the bunched contracts now.',
  },
  check({ model, indexOf }) {
    const asOf = model.operator.as_of;
    const dated = (model.contracts ?? [])
      .map((contract) => ({ contract, calendar: new ContractCalendar(contract, asOf) }))
      .filter(({ calendar }) => !atWill(calendar));
    const contracts = dated.map(({ contract }) => contract);
    const exits = dated
      .map(({ contract, calendar }) => ({
        contract,
        index: indexOf('contracts', contract.id),
        months: calendar.monthsToFreeExit(),
      }))
      .sort((a, b) => a.months - b.months || a.index - b.index);
    const bunched = largestWindow(exits);
    if (bunched.length < MIN_BUNCHED || bunched.length < contracts.length * MIN_SHARE) return [];
    const first = bunched[0]?.months ?? 0;
    const last = bunched[bunched.length - 1]?.months ?? 0;
    const when = first === last ? monthsText(first) : `${first} to ${monthsText(last)}`;
    // Model order, so the finding id does not depend on how the dates fall.
    const inModelOrder = [...bunched].sort((a, b) => a.index - b.index);
    return [
      {
        elements: inModelOrder.map((e) => e.contract.id),
        message: `${bunched.length} of ${contracts.length} contracts with a renewal date can next be ended ${when} after ${asOf}: ${bunched.map((e) => `${e.contract.id} (${e.contract.provider}, ${monthsText(e.months)})`).join(', ')}`,
        evidence: inModelOrder.map((e) => ['contracts', e.index]),
      },
    ];
  },
};

/**
 * A contract the operator can leave any month on notice: rolling monthly, or past its initial
 * term with no auto-renewal. It sets no date, so it cannot crowd the calendar.
 */
function atWill(calendar: ContractCalendar): boolean {
  return calendar.termAt(calendar.elapsed(0)).kind === 'rolling';
}

/** The most exits within one window, earliest first on a tie; `exits` sorted by months. */
function largestWindow(exits: readonly Exit[]): readonly Exit[] {
  let best: readonly Exit[] = [];
  let start = 0;
  exits.forEach((exit, end) => {
    while ((exits[start]?.months ?? exit.months) < exit.months - WINDOW_MONTHS) start++;
    if (end - start + 1 > best.length) best = exits.slice(start, end + 1);
  });
  return best;
}

function monthsText(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}
