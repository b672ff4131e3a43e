import { describe, expect, it } from 'vitest';
import { regSupplierRegisterComplete } from '../../src/rules/builtin/reg-supplier-register-complete.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

/** BASE with the AI platform's hosting recorded, so that nothing is missing. */
const COMPLETE = edit(
  '    kind: ai_platform\n    jurisdiction: US\n',
  '    kind: ai_platform\n    jurisdiction: US\n    hosted_on: [cloud]\n',
);

describe('reg-supplier-register-complete', () => {
  it('fires on an AI platform whose hosting is unrecorded', () => {
    const [finding] = findingsOf(regSupplierRegisterComplete, BASE);
    expect(finding).toMatchObject({
      id: 'reg-supplier-register-complete/ai-vendor',
      severity: 'medium',
    });
    expect(finding?.message).toContain('no hosted_on');
    expect(finding?.evidence.map((e) => e.path)).toEqual(['providers[5]', 'providers[5].kind']);
  });

  it('fires on a provider without a jurisdiction', () => {
    const text = edit('    kind: saas\n    jurisdiction: IE\n', '    kind: saas\n', COMPLETE);
    expect(findingsOf(regSupplierRegisterComplete, text)).toMatchObject([
      { id: 'reg-supplier-register-complete/crm', message: 'crm is recorded with no jurisdiction' },
    ]);
  });

  it("stays quiet on a complete register, and on the operator's own functions", () => {
    expect(findingsOf(regSupplierRegisterComplete, COMPLETE)).toEqual([]);
    const ownTeam = edit(
      '    kind: in_house\n    jurisdiction: GB\n',
      '    kind: in_house\n',
      COMPLETE,
    );
    expect(findingsOf(regSupplierRegisterComplete, ownTeam)).toEqual([]);
  });
});
