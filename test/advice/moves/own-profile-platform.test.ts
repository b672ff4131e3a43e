import { describe, expect, it } from 'vitest';
import { partyRolesOf } from '../../../src/model/party-roles.js';
import { afterMove, proposalsOn } from '../../support/moves.js';

describe('own-profile-platform', () => {
  it('is proposed where it applies, and its patch gives a model that loads', () => {
    const [move] = proposalsOn('global-iot', 'own-profile-platform');
    expect(move).toBeDefined();
    if (move === undefined) return;
    expect(move.id.startsWith('own-profile-platform/')).toBe(true);
    expect(move.cost.oneOff + move.cost.monthly).toBeGreaterThan(0);
    const after = afterMove('global-iot', move);
    const iot = (after.model.sims ?? []).filter((g) => g.kind === 'esim_iot_sgp32');
    const roles = partyRolesOf(after.model);
    for (const group of iot) expect(roles.isOperatorSide(group.eim_operator)).toBe(true);
    expect((after.model.sims ?? []).some((g) => g.kind === 'esim_iot_sgp02')).toBe(false);
  });

  it('is not proposed where the model already has what it gives', () => {
    expect(proposalsOn('branded-reseller', 'own-profile-platform')).toEqual([]);
  });
});
