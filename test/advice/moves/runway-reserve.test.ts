import { describe, expect, it } from 'vitest';
import { afterMove, proposalsOn } from '../../support/moves.js';

describe('runway-reserve', () => {
  it('is proposed where it applies, and its patch gives a model that loads', () => {
    const [move] = proposalsOn('light-mvno', 'runway-reserve');
    expect(move).toBeDefined();
    if (move === undefined) return;
    expect(move.id.startsWith('runway-reserve/')).toBe(true);
    expect(move.cost.oneOff + move.cost.monthly).toBeGreaterThan(0);
    const after = afterMove('light-mvno', move);
    expect(after.model.capital?.cash ?? 0).toBeGreaterThan(0);
  });

  it('is not proposed where the model already has what it gives', () => {
    expect(proposalsOn('full-mvno', 'runway-reserve')).toEqual([]);
  });
});
