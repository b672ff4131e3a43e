import { describe, expect, it } from 'vitest';
import { afterMove, proposalsOn } from '../../support/moves.js';

describe('dual-source', () => {
  it('is proposed where it applies, and its patch gives a model that loads', () => {
    const [move] = proposalsOn('light-mvno', 'dual-source');
    expect(move).toBeDefined();
    if (move === undefined) return;
    expect(move.id.startsWith('dual-source/')).toBe(true);
    expect(move.cost.oneOff + move.cost.monthly).toBeGreaterThan(0);
    const after = afterMove('light-mvno', move);
    const added = after.model.providers.at(-1);
    expect(added?.supplies.every((s) => s.standby && s.share === 0)).toBe(true);
  });

  it('is not proposed where the model already has what it gives', () => {
    expect(proposalsOn('branded-reseller', 'dual-source')).toEqual([]);
  });
});
