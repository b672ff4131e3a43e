/** The model's `advice` section: parameters that change a cost, moves left out, moves of the user's own. */
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/advice/index.js';
import { BUILTIN_MOVES } from '../../src/advice/moves/index.js';
import { loadOk, readExample } from '../support/load.js';

const base = readExample('light-mvno-on-enabler.yaml');
const STRESS = { trials: 2_000, seed: 2 };

function withAdvice(section: string) {
  return loadOk(`${base}\nadvice:\n${section}`, 'light.yaml');
}

describe('advice settings in the model', () => {
  it('leaves out every kind named in exclude, and then has no plan to recommend', () => {
    const kinds = BUILTIN_MOVES.map((m) => `    - ${m.meta.id}`).join('\n');
    const advice = advise(withAdvice(`  exclude:\n${kinds}\n`), STRESS);
    expect(advice.moves).toEqual([]);
    expect(advice.plan.recommended).toBeNull();
    expect(advice.plan.front.length).toBeLessThanOrEqual(1);
  });

  it('costs a move from a parameter the model sets', () => {
    const cheap = advise(withAdvice('  parameters:\n    standby_host_monthly_fee: 1000\n'), STRESS);
    const normal = advise(loadOk(base, 'light.yaml'), STRESS);
    const host = (a: typeof cheap) => a.moves.find((m) => m.kind === 'second-host-network');
    expect(host(cheap)?.cost.monthly).toBe(1000);
    expect(host(normal)?.cost.monthly).toBe(20_000);
    expect(cheap.parameters.find((p) => p.name === 'standby_host_monthly_fee')?.source).toBe(
      'model',
    );
  });

  it('values a move of the user’s own, written as a patch, like the built-in ones', () => {
    const advice = advise(
      withAdvice(`  moves:
    - id: drop-pennine-exclusivity
      title: Buy out Pennine's exclusivity now
      acts_on: pennine-telecom
      contract: pennine-wholesale
      one_off: 200000
      months: 2
      patch:
        - { op: set, path: [contracts, 0, exclusive], value: false }
`),
      STRESS,
    );
    const own = advice.moves.find((m) => m.id === 'own/drop-pennine-exclusivity');
    expect(own).toBeDefined();
    expect(own?.value.cost).toBe(200_000);
    expect(
      own?.deltas.findingsResolved.some((f) => f.startsWith('net-single-host-exclusive')),
    ).toBe(true);
  });

  it('reports, not crashes on, a move of the user’s own whose patch breaks the model', () => {
    const advice = advise(
      withAdvice(`  moves:
    - id: broken
      title: Point a contract at nobody
      patch:
        - { op: set, path: [contracts, 0, provider], value: nobody }
`),
      STRESS,
    );
    const broken = advice.unvalued.find((u) => u.id === 'own/broken');
    expect(broken?.problem).toMatch(/does not load/);
  });
});
