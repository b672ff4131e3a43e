import { describe, expect, it } from 'vitest';
import { afterMove, proposalsOn } from '../../support/moves.js';

describe('own-imsi-range', () => {
  it('is proposed where it applies, and its patch gives a model that loads', () => {
    const [move] = proposalsOn('light-mvno', 'own-imsi-range');
    expect(move).toBeDefined();
    if (move === undefined) return;
    expect(move.id.startsWith('own-imsi-range/')).toBe(true);
    expect(move.cost.oneOff + move.cost.monthly).toBeGreaterThan(0);
    const after = afterMove('light-mvno', move);
    for (const group of after.model.sims ?? [])
      expect(group.imsi_issuers).toEqual([after.model.operator.id]);
  });

  it('is not proposed where the model already has what it gives', () => {
    expect(proposalsOn('full-mvno', 'own-imsi-range')).toEqual([]);
  });
});
