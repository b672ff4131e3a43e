import { describe, expect, it } from 'vitest';
import { decNoExitPlan } from '../../src/rules/builtin/dec-no-exit-plan.js';
import { BASE, findingsOf } from './support.js';

const EXIT_PLAN = '    exit_plan: migrate to a second host over 18 months with new SIMs\n';

describe('dec-no-exit-plan', () => {
  it('fires on a decision that brought in the host without an exit plan', () => {
    const [finding] = findingsOf(decNoExitPlan, BASE.replace(EXIT_PLAN, ''));
    expect(finding).toMatchObject({ id: 'dec-no-exit-plan/choose-host', severity: 'high' });
    expect(finding?.message).toMatch(
      /^decision choose-host \(Host network, 2023-06-01\) brought in host \(radio_access, mobility_core,/,
    );
    expect(finding?.evidence[0]?.path).toBe('decisions[0].providers');
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('treats a blank exit plan as none', () => {
    const [finding] = findingsOf(decNoExitPlan, BASE.replace(EXIT_PLAN, "    exit_plan: ' '\n"));
    expect(finding?.evidence[0]?.path).toBe('decisions[0].exit_plan');
  });

  it('stays quiet for decisions about suppliers of nothing service-critical', () => {
    expect(findingsOf(decNoExitPlan, BASE)).toEqual([]);
    const text = `${BASE}  - { id: pick-crm, title: CRM, date: 2025-01-01, chosen: CRM SaaS, providers: [crm, team] }\n`;
    expect(findingsOf(decNoExitPlan, text)).toEqual([]);
  });
});
