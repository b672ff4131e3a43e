import { describe, expect, it } from 'vitest';
import { afterMove, proposalsOn } from '../../support/moves.js';

describe('renewal-terms', () => {
  it('asks for exit clauses without a concession, and prices commercial terms', () => {
    const moves = proposalsOn('light-mvno', 'renewal-terms');
    const clauses = moves.find((m) => m.id === 'renewal-terms/pennine-wholesale/exit-clauses');
    const commercial = moves.find((m) => m.id === 'renewal-terms/pennine-wholesale/commercial');
    expect(clauses?.cost.monthly).toBe(0);
    expect(commercial?.cost.monthly).toBeGreaterThan(0);
    if (clauses === undefined || commercial === undefined) return;
    const after = afterMove('light-mvno', clauses);
    expect(after.model.contracts?.find((c) => c.id === 'pennine-wholesale')?.data_return).toBe(
      true,
    );
    const terms = afterMove('light-mvno', commercial).model.contracts?.find(
      (c) => c.id === 'pennine-wholesale',
    );
    expect(terms?.exclusive).toBe(false);
    expect(terms?.notice_months).toBe(3);
  });

  it('leaves alone contracts that do not renew on their own', () => {
    const moves = proposalsOn('light-mvno', 'renewal-terms');
    expect(moves.some((m) => m.contract === 'stratus-commit')).toBe(false);
    expect(moves.some((m) => m.contract === 'tessera-merchant')).toBe(false);
  });
});
