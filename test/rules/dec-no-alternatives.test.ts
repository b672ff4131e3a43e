import { describe, expect, it } from 'vitest';
import { decNoAlternatives } from '../../src/rules/builtin/dec-no-alternatives.js';
import { BASE, findingsOf } from './support.js';

/** BASE ends with the decision log: a second decision is appended as one line. */
const withDecision = (fields: string) =>
  `${BASE}  - { id: pick-crm, title: CRM, date: 2025-01-01, chosen: CRM SaaS, providers: [crm]${fields} }\n`;

describe('dec-no-alternatives', () => {
  it('fires on a decision whose alternatives are empty', () => {
    const [finding] = findingsOf(decNoAlternatives, withDecision(', alternatives: []'));
    expect(finding).toMatchObject({
      id: 'dec-no-alternatives/pick-crm',
      severity: 'medium',
      message: 'decision pick-crm (CRM, 2025-01-01) chose CRM SaaS with no alternatives considered',
    });
    expect(finding?.evidence[0]?.path).toBe('decisions[1].alternatives');
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('fires when no alternatives are recorded, pointing at the decision', () => {
    const [finding] = findingsOf(decNoAlternatives, withDecision(''));
    expect(finding?.message).toContain('no alternatives recorded');
    expect(finding?.evidence[0]?.path).toBe('decisions[1]');
  });

  it('stays quiet when alternatives were weighed', () => {
    expect(findingsOf(decNoAlternatives, BASE)).toEqual([]);
    expect(findingsOf(decNoAlternatives, withDecision(', alternatives: [build in house]'))).toEqual(
      [],
    );
  });
});
