import { addMonths } from '../../model/calendar.js';
import { ContractCalendar } from '../../model/contract-calendar.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Contract } from '../../model/schema/model.js';
import type { Rule } from '../rule.js';

/**
 * Six months or more: a notice date this early falls before most operators start a renewal
 * review, so missing it is the ordinary outcome, not a slip.
 */
const LONG_NOTICE_MONTHS = 6;

/** A contract renews itself unless notice is given long in advance. */
export const conAutoRenewalLongNotice: Rule = {
  meta: {
    id: 'con-auto-renewal-long-notice',
    title: 'Auto-renewal with a long notice period',
    category: 'contracts',
    layers: ['capital_coordination'],
    severity: 'medium',
    rationale:
      'An auto-renewing contract with a long notice period commits the operator to another full term unless it decides to leave long before the term ends, usually before it has an outside offer. The renewal happens by default, and the supplier negotiates knowing it.',
    references: [
      'mvno-domain.md §2.1 (contract: exclusivity, notice, minimum commitment; wait for the break point or pay exit)',
      'mvno-domain.md §2.7 ("short break" migration window)',
      'UK Electronic Communications (Security Measures) Regulations 2022, reg. 7(3)(a) (risks arising at termination of contracts)',
    ],
    detects: `A contract with auto_renewal true and notice_months of ${LONG_NOTICE_MONTHS} or more. The message gives the next renewal and the date notice must be served by, from the contract calendar (counted from operator.as_of; a notice date already missed names the renewal after).`,
    recommendation:
      'Put the notice date in the contract calendar with an owner, start the outside-option work before it, and at the next renewal negotiate a shorter notice period or renewal only by agreement.',
  },
  check({ model, indexOf }) {
    const asOf = model.operator.as_of;
    return (model.contracts ?? [])
      .filter((c) => c.auto_renewal === true && (c.notice_months ?? 0) >= LONG_NOTICE_MONTHS)
      .map((c) => {
        const index = indexOf('contracts', c.id);
        const calendar = new ContractCalendar(c, asOf);
        const renewal =
          c.renewal_term_months === undefined
            ? `another ${calendar.renewalMonths} months (none stated)`
            : `another ${c.renewal_term_months} months`;
        return {
          elements: [c.id],
          message: `contract ${c.id} with ${c.provider} renews itself for ${renewal} unless notice is given ${c.notice_months} months before the term ends: ${noticeDates(c, calendar)}`,
          evidence: [
            ['contracts', index, 'notice_months'],
            ['contracts', index, 'auto_renewal'],
          ] satisfies ModelPath[],
        };
      });
  },
};

/** The next renewal and its notice date; when that date has passed, the renewal after. */
function noticeDates(contract: Contract, calendar: ContractCalendar): string {
  const elapsed = calendar.elapsed(0);
  const onTerm = (months: number) => addMonths(contract.start, elapsed + months);
  const next = onTerm(calendar.monthsToNextBinding(0) ?? 0);
  const free = onTerm(calendar.monthsToFreeExit());
  const by = (date: string) => addMonths(date, -calendar.notice);
  return next === free
    ? `the next renewal is on ${next}, notice by ${by(next)}`
    : `the notice date for the renewal on ${next} (${by(next)}) has passed, so it runs to ${free} unless notice is given by ${by(free)}`;
}
