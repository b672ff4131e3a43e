import { describe, expect, it } from 'vitest';
import { decInteractionsNotAssessed } from '../../src/rules/builtin/dec-interactions-not-assessed.js';
import { BASE, findingsOf } from './support.js';

describe('dec-interactions-not-assessed', () => {
  it('fires on a decision taken without assessing interactions', () => {
    const text = BASE.replace(
      '    interactions_assessed: true\n',
      '    interactions_assessed: false\n',
    );
    const [finding] = findingsOf(decInteractionsNotAssessed, text);
    expect(finding).toMatchObject({
      id: 'dec-interactions-not-assessed/choose-host',
      severity: 'medium',
    });
    expect(finding?.message).toContain('was taken without assessing');
    expect(finding?.evidence[0]?.path).toBe('decisions[0].interactions_assessed');
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('fires when the assessment is not recorded, pointing at the decision', () => {
    const text = BASE.replace('    interactions_assessed: true\n', '');
    const [finding] = findingsOf(decInteractionsNotAssessed, text);
    expect(finding?.message).toContain('records no assessment');
    expect(finding?.evidence[0]?.path).toBe('decisions[0]');
  });

  it('stays quiet when interactions were assessed', () => {
    expect(findingsOf(decInteractionsNotAssessed, BASE)).toEqual([]);
  });
});
