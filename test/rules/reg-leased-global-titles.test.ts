import { describe, expect, it } from 'vitest';
import { regLeasedGlobalTitles } from '../../src/rules/builtin/reg-leased-global-titles.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

const titles = (line: string, text = BASE) =>
  edit(
    '  msisdn_sub_allocated: true\n',
    `  msisdn_sub_allocated: true\n  global_titles: ${line}\n`,
    text,
  );

describe('reg-leased-global-titles', () => {
  it('fires on a lease running past the phase-out deadline', () => {
    const text = titles('{ source: leased, lessor: host, lease_ends: 2027-06-30 }');
    const [finding] = findingsOf(regLeasedGlobalTitles, text);
    expect(finding).toMatchObject({ id: 'reg-leased-global-titles/host', severity: 'high' });
    expect(finding?.message).toBe(
      'global titles are leased from host until 2027-06-30, 14 months past the 2026-04-22 phase-out deadline; as of 2026-11-01 the deadline has passed',
    );
    expect(finding?.evidence[0]).toMatchObject({ path: 'numbering.global_titles.lease_ends' });
  });

  it('fires on a lease with no end date', () => {
    const [finding] = findingsOf(regLeasedGlobalTitles, titles('{ source: leased }'));
    expect(finding).toMatchObject({ id: 'reg-leased-global-titles/global-titles' });
    expect(finding?.message).toContain('with no end date');
    expect(finding?.evidence[0]).toMatchObject({ path: 'numbering.global_titles.source' });
  });

  it('is medium when neither the operator nor the lessor is in the UK', () => {
    const abroad = edit(
      '    jurisdiction: GB\n    group: host-group\n',
      '    jurisdiction: US\n    group: host-group\n',
      edit('  country: GB\n', '  country: US\n'),
    );
    const text = titles('{ source: leased, lessor: host }', abroad);
    expect(findingsOf(regLeasedGlobalTitles, text)[0]).toMatchObject({ severity: 'medium' });
  });

  it('stays quiet on own titles, and on a lease that ends by the deadline', () => {
    expect(findingsOf(regLeasedGlobalTitles, BASE)).toEqual([]);
    expect(findingsOf(regLeasedGlobalTitles, titles('{ source: own }'))).toEqual([]);
    const ending = titles('{ source: leased, lessor: host, lease_ends: 2026-04-22 }');
    expect(findingsOf(regLeasedGlobalTitles, ending)).toEqual([]);
  });
});
