import { describe, expect, it } from 'vitest';
import { decStaleReview } from '../../src/rules/builtin/dec-stale-review.js';
import { BASE, findingsOf } from './support.js';

describe('dec-stale-review', () => {
  it('fires on a decision last reviewed more than 24 months before as_of', () => {
    const text = BASE.replace('    last_review: 2025-12-01\n', '    last_review: 2024-06-01\n');
    const [finding] = findingsOf(decStaleReview, text);
    expect(finding).toMatchObject({
      id: 'dec-stale-review/choose-host',
      severity: 'low',
      message:
        'decision choose-host (Host network) was last reviewed on 2024-06-01: 29 months before 2026-11-01',
    });
    expect(finding?.evidence[0]?.path).toBe('decisions[0].last_review');
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('counts from the decision date when it was never reviewed', () => {
    const text = BASE.replace('    last_review: 2025-12-01\n', '');
    const [finding] = findingsOf(decStaleReview, text);
    expect(finding?.message).toContain('taken on 2023-06-01 and never reviewed: 41 months');
    expect(finding?.evidence[0]?.path).toBe('decisions[0].date');
  });

  it('stays quiet up to exactly 24 months', () => {
    expect(findingsOf(decStaleReview, BASE)).toEqual([]);
    const text = BASE.replace('    last_review: 2025-12-01\n', '    last_review: 2024-11-01\n');
    expect(findingsOf(decStaleReview, text)).toEqual([]);
  });
});
