import { describe, expect, it } from 'vitest';
import { afterMove, proposalsOn } from '../../support/moves.js';

describe('own-msisdn-range', () => {
  it('is proposed where it applies, and its patch gives a model that loads', () => {
    const [move] = proposalsOn('light-mvno', 'own-msisdn-range');
    expect(move).toBeDefined();
    if (move === undefined) return;
    expect(move.id.startsWith('own-msisdn-range/')).toBe(true);
    expect(move.cost.oneOff + move.cost.monthly).toBeGreaterThan(0);
    const after = afterMove('light-mvno', move);
    expect(after.model.numbering?.msisdn_sub_allocated).toBe(false);
    expect(after.model.numbering?.msisdn_holder).toBe(after.model.operator.id);
  });

  it('is not proposed where the model already has what it gives', () => {
    expect(proposalsOn('global-iot', 'own-msisdn-range')).toEqual([]);
  });
});
