/** Accepted risks: matched by id or pattern, kept in the register, lapsing at their expiry. */
import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import { gateFails } from '../../src/cli/commands/analyze.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { bySeverity } from '../../src/rules/finding.js';
import { type AcceptedRisk, matches, runRules } from '../../src/rules/run-rules.js';
import { loadOk } from '../support/load.js';
import { BASE } from './support.js';

function run(text: string) {
  const loaded = loadOk(text);
  const analysis = analyseStructure(loaded.model, loaded.assumptions);
  const accepted: AcceptedRisk[] = (loaded.declared.suppressions ?? []).map((s, i) => ({
    ...s,
    source: {
      path: ['suppressions', i],
      position: loaded.sourceMap.spanOf(['suppressions', i]).start,
    },
  }));
  return runRules(
    BUILTIN_RULES,
    loaded.model,
    analysis,
    (p) => loaded.sourceMap.spanOf(p).start,
    accepted,
  );
}

const accept = (pattern: string, expires: string) =>
  `${BASE}suppressions:\n  - { finding: "${pattern}", reason: Host exclusivity is the price of the launch discount, owner: CTO, expires: ${expires} }\n`;

describe('accepted risks', () => {
  it('match a finding id, a rule id, or a pattern with *', () => {
    const finding = { id: 'net-single-host-exclusive/host', ruleId: 'net-single-host-exclusive' };
    expect(matches('net-single-host-exclusive/host', finding)).toBe(true);
    expect(matches('net-single-host-exclusive', finding)).toBe(true);
    expect(matches('net-*', finding)).toBe(true);
    expect(matches('*/host', finding)).toBe(true);
    expect(matches('sec-*', finding)).toBe(false);
    expect(matches('net-single-host-exclusive/hos', finding)).toBe(false);
  });

  it('keep the finding in the register, marked accepted, with owner and expiry', () => {
    const result = run(accept('net-single-host-exclusive/host', '2027-06-30'));
    const finding = result.findings.find((f) => f.ruleId === 'net-single-host-exclusive');
    expect(finding).toMatchObject({
      status: 'accepted',
      acceptance: { owner: 'CTO', expires: '2027-06-30' },
    });
    expect(result.findings.some((f) => f.ruleId === 'gov-acceptance-expired')).toBe(false);
    expect(
      gateFails(
        result.findings.filter((f) => f.ruleId === 'net-single-host-exclusive'),
        'low',
      ),
    ).toBe(false);
  });

  it('take the first acceptance in the register that matches, whether by id or by pattern', () => {
    const two = (first: string, second: string) =>
      `${BASE}suppressions:\n  - { finding: "${first}", reason: first, owner: CTO, expires: 2027-06-30 }\n  - { finding: "${second}", reason: second, owner: CFO, expires: 2027-06-30 }\n`;
    const ownerOf = (text: string) =>
      run(text).findings.find((f) => f.ruleId === 'net-single-host-exclusive')?.acceptance?.owner;
    expect(ownerOf(two('net-*', 'net-single-host-exclusive/host'))).toBe('CTO');
    expect(ownerOf(two('net-single-host-exclusive/host', 'net-*'))).toBe('CTO');
    expect(ownerOf(two('sec-*', 'net-single-host-exclusive'))).toBe('CFO');
    expect(ownerOf(two('net-single-host-exclusive', '*/host'))).toBe('CTO');
  });

  it('lapse at their expiry: the finding reopens and the lapse is a finding pointing at the acceptance', () => {
    const result = run(accept('net-single-host-exclusive/host', '2026-01-31'));
    expect(result.findings.find((f) => f.ruleId === 'net-single-host-exclusive')?.status).toBe(
      'open',
    );
    const lapse = result.findings.find((f) => f.ruleId === 'gov-acceptance-expired');
    expect(lapse).toMatchObject({
      id: 'gov-acceptance-expired/net-single-host-exclusive/host',
      elements: ['host'],
      severity: 'high',
      status: 'open',
    });
    expect(lapse?.evidence[0]?.path).toBe('suppressions[0]');
  });

  it('leave every finding with the elements its id names, listed most severe first then by id', () => {
    const { findings } = run(BASE);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.id).toBe(`${f.ruleId}/${f.elements.join('+')}`);
    expect([...findings].sort(bySeverity)).toEqual(findings);
  });

  it('that match nothing are reported as unused', () => {
    expect(
      run(accept('sec-nothing-like-this', '2027-01-01')).unusedAcceptances.map((a) => a.finding),
    ).toEqual(['sec-nothing-like-this']);
  });

  it('are validated like the rest of the model', () => {
    const text = `${BASE}suppressions:\n  - { finding: "net-*", reason: r, owner: o }\n`;
    expect(() => loadOk(text)).toThrow(/missing required field `expires`/);
  });
});

describe('the --fail-on gate', () => {
  const finding = (severity: 'critical' | 'high' | 'medium' | 'low', status = 'open') => ({
    severity,
    status,
  });
  it('fails on an open finding at or above the threshold', () => {
    expect(gateFails([finding('medium')], 'medium')).toBe(true);
    expect(gateFails([finding('medium')], 'high')).toBe(false);
    expect(gateFails([finding('critical', 'accepted')], 'low')).toBe(false);
  });
});
