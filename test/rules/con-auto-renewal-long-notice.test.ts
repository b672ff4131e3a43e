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
      message:
        'contract wholesale with host renews itself for another 12 months unless notice is given 6 months before the term ends',
    });
    expect(findings[0]?.evidence.map((e) => e.path)).toEqual([
      'contracts[0].notice_months',
      'contracts[0].auto_renewal',
    ]);
    expect(findings[0]?.evidence[0]?.line).toBeGreaterThan(1);
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
