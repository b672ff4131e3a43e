import type { ModelPath } from '../../model/load/diagnostic.js';
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
    detects: `A contract with auto_renewal true and notice_months of ${LONG_NOTICE_MONTHS} or more.`,
    recommendation:
      'Put the notice date in the contract calendar with an owner, start the outside-option work before it, and at the next renewal negotiate a shorter notice period or renewal only by agreement.',
  },
  check({ model, indexOf }) {
    return (model.contracts ?? [])
      .filter((c) => c.auto_renewal === true && (c.notice_months ?? 0) >= LONG_NOTICE_MONTHS)
      .map((c) => {
        const index = indexOf('contracts', c.id);
        const renewal =
          c.renewal_term_months === undefined
            ? 'another term'
            : `another ${c.renewal_term_months} months`;
        return {
          elements: [c.id],
          message: `contract ${c.id} with ${c.provider} renews itself for ${renewal} unless notice is given ${c.notice_months} months before the term ends`,
          evidence: [
            ['contracts', index, 'notice_months'],
            ['contracts', index, 'auto_renewal'],
          ] satisfies ModelPath[],
        };
      });
  },
};
