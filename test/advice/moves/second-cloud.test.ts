import { describe, expect, it } from 'vitest';
import { afterMove, proposalsOn } from '../../support/moves.js';

describe('second-cloud', () => {
  it('is proposed where it applies, and its patch gives a model that loads', () => {
    const [move] = proposalsOn('light-mvno', 'second-cloud');
    expect(move).toBeDefined();
    if (move === undefined) return;
    expect(move.id.startsWith('second-cloud/')).toBe(true);
    expect(move.cost.oneOff + move.cost.monthly).toBeGreaterThan(0);
    const after = afterMove('light-mvno', move);
    const moved = after.model.providers.filter((p) => p.kind === 'in_house');
    const shared = move.actsOn ?? '';
    for (const p of moved) expect(p.hosted_on).not.toContain(shared);
  });

  it('is not proposed where the model already has what it gives', () => {
    expect(proposalsOn('full-mvno', 'second-cloud')).toEqual([]);
  });
});
