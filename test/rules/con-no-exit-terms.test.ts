import { describe, expect, it } from 'vitest';
import { conNoExitTerms } from '../../src/rules/builtin/con-no-exit-terms.js';
import { BASE, findingsOf } from './support.js';

/** The wholesale contract without notice or exit fee. */
const NO_EXIT = BASE.replace(
  '    term_months: 36\n    notice_months: 6\n',
  '    term_months: 36\n',
).replace('    exit_fee: 500000\n', '');

describe('con-no-exit-terms', () => {
  it('fires on a host contract with no notice, exit fee or exit assistance', () => {
    const [finding] = findingsOf(conNoExitTerms, NO_EXIT);
    expect(finding).toMatchObject({ id: 'con-no-exit-terms/wholesale', severity: 'high' });
    expect(finding?.message).toContain('which carries radio_access, mobility_core');
    expect(finding?.evidence.map((e) => e.path)).toEqual(['contracts[0]', 'providers[0].supplies']);
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('stays quiet when the contract states exit assistance', () => {
    const text = NO_EXIT.replace(
      '    exclusive: true\n',
      '    exclusive: true\n    exit_assistance_months: 12\n',
    );
    expect(findingsOf(conNoExitTerms, text)).toEqual([]);
  });

  it('stays quiet for a supplier of nothing service-critical', () => {
    expect(findingsOf(conNoExitTerms, BASE)).toEqual([]);
    const text = BASE.replace('    notice_months: 1\n', '');
    expect(findingsOf(conNoExitTerms, text)).toEqual([]);
  });
});
