import { describe, expect, it } from 'vitest';
import { capRenewalsBunched } from '../../src/rules/builtin/cap-renewals-bunched.js';
import { findingsOf, BASE as ORIGINAL } from './support.js';

// The wholesale contract on one month's notice: it can be left at its term end, in 2 months.
const BASE = ORIGINAL.replace(
  '    notice_months: 6\n    auto_renewal: true\n',
  '    notice_months: 1\n    auto_renewal: true\n',
);

describe('cap-renewals-bunched', () => {
  it('fires when three of four contracts can be ended within six months of each other', () => {
    // As of 2026-11-01: crm-subscription and wholesale in 2 months, ai-terms in 7, platform in 14.
    const [finding, ...rest] = findingsOf(capRenewalsBunched, BASE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: 'cap-renewals-bunched/wholesale+crm-subscription+ai-terms',
      severity: 'medium',
    });
    expect(finding?.message).toContain('3 of 4 contracts with a renewal date');
    expect(finding?.message).toContain('crm-subscription (crm, 2 months)');
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'contracts[0]',
      'contracts[2]',
      'contracts[3]',
    ]);
  });

  it('stays quiet when the exits are spread', () => {
    // ai-terms on a 36-month term ends 19 months out: only two exits share a window.
    const text = BASE.replace('    term_months: 24\n', '    term_months: 36\n');
    expect(findingsOf(capRenewalsBunched, text)).toEqual([]);
  });

  it('does not count a contract that can be ended any month on notice', () => {
    // Without auto-renewal, crm-subscription is past its term and runs on at will.
    const text = BASE.replace(
      '    auto_renewal: true\n    renewal_term_months: 12\n    price_model: per_subscriber\n',
      '    price_model: per_subscriber\n',
    );
    expect(findingsOf(capRenewalsBunched, text)).toEqual([]);
  });
});
