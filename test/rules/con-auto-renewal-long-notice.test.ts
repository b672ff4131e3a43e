import { describe, expect, it } from 'vitest';
import { conAutoRenewalLongNotice } from '../../src/rules/builtin/con-auto-renewal-long-notice.js';
import { BASE, findingsOf } from './support.js';

describe('con-auto-renewal-long-notice', () => {
  it('fires on an auto-renewing contract with six months’ notice', () => {
    const findings = findingsOf(conAutoRenewalLongNotice, BASE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'con-auto-renewal-long-notice/wholesale',
      severity: 'medium',
      // The term ends 2027-01-01; on as_of 2026-11-01 its notice date (2026-07-01) is past.
      message:
        'contract wholesale with host renews itself for another 12 months unless notice is given 6 months before the term ends: the notice date for the renewal on 2027-01-01 (2026-07-01) has passed, so it runs to 2028-01-01 unless notice is given by 2027-07-01',
    });
    expect(findings[0]?.evidence.map((e) => e.path)).toEqual([
      'contracts[0].notice_months',
      'contracts[0].auto_renewal',
    ]);
    expect(findings[0]?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('gives the next renewal and its notice date while that date is ahead', () => {
    const text = BASE.replace('  as_of: 2026-11-01\n', '  as_of: 2026-05-01\n');
    expect(findingsOf(conAutoRenewalLongNotice, text)[0]?.message).toContain(
      'before the term ends: the next renewal is on 2027-01-01, notice by 2026-07-01',
    );
  });

  it('says when the renewal term is the default', () => {
    const text = BASE.replace(
      '    renewal_term_months: 12\n    exit_fee: 500000\n',
      '    exit_fee: 500000\n',
    );
    expect(findingsOf(conAutoRenewalLongNotice, text)[0]?.message).toContain(
      'renews itself for another 12 months (none stated) unless',
    );
  });

  it('stays quiet on short notice, and on long notice without auto-renewal', () => {
    // platform has six months' notice but does not renew itself; crm-subscription renews on one month.
    const text = BASE.replace(
      '    notice_months: 6\n    auto_renewal: true\n',
      '    notice_months: 3\n    auto_renewal: true\n',
    );
    expect(findingsOf(conAutoRenewalLongNotice, text)).toEqual([]);
  });
});
