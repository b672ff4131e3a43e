import { describe, expect, it } from 'vitest';
import { partyRolesOf } from '../../../src/model/party-roles.js';
import { exampleFiles, loadOk, readExample } from '../../support/load.js';
import { afterMove, proposalsOn } from '../../support/moves.js';

describe('in-house-ai', () => {
  it('is proposed where it applies, and its patch gives a model that loads', () => {
    const [move] = proposalsOn('light-mvno', 'in-house-ai');
    expect(move).toBeDefined();
    if (move === undefined) return;
    expect(move.id.startsWith('in-house-ai/')).toBe(true);
    expect(move.cost.oneOff + move.cost.monthly).toBeGreaterThan(0);
    const after = afterMove('light-mvno', move);
    const changed = (after.model.intelligence ?? []).find((u) => move.id.endsWith(u.id));
    expect(changed?.model_export).toBe(true);
    expect(changed?.training_data_export).toBe(true);
  });

  it('is not proposed for a use case the operator already runs and controls', () => {
    for (const name of exampleFiles()) {
      const { model } = loadOk(readExample(name), name);
      const roles = partyRolesOf(model);
      const own = (model.intelligence ?? []).filter((u) =>
        [u.runs_on, u.model_controlled_by, u.training_data_controlled_by].every((p) =>
          roles.isOperatorSide(p),
        ),
      );
      const proposed = new Set(proposalsOn(name.slice(0, 12), 'in-house-ai').map((p) => p.id));
      for (const u of own) expect(proposed.has(`in-house-ai/${u.id}`), u.id).toBe(false);
    }
  });
});
