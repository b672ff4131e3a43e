import { describe, expect, it } from 'vitest';
import { afterMove, proposalsOn } from '../../support/moves.js';

describe('second-host-network', () => {
  it('is proposed where it applies, and its patch gives a model that loads', () => {
    const [move] = proposalsOn('light-mvno', 'second-host-network');
    expect(move).toBeDefined();
    if (move === undefined) return;
    expect(move.id.startsWith('second-host-network/')).toBe(true);
    expect(move.cost.oneOff + move.cost.monthly).toBeGreaterThan(0);
    const after = afterMove('light-mvno', move);
    const sims = after.model.sims ?? [];
    for (const group of sims) expect(group.attaches_to.length).toBeGreaterThanOrEqual(2);
  });

  it('is not proposed where the model already has what it gives', () => {
    expect(proposalsOn('multi-network-consumer', 'second-host-network')).toEqual([]);
  });
});
