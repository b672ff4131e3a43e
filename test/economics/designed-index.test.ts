import { describe, expect, it } from 'vitest';
import { designedIndex } from '../../src/economics/designed-index.js';
import { BASE } from '../rules/support.js';
import { loadOk } from '../support/load.js';

const decision = (extra: string) =>
  `${BASE}  - id: d2\n    title: Enabler\n    date: 2024-01-01\n    chosen: Enabler\n    providers: [enabler]\n${extra}`;

describe('designed or accumulated', () => {
  it('scores a decision with alternatives, interactions, an exit plan and a recent review as designed', () => {
    const { model } = loadOk(BASE);
    const index = designedIndex(model, () => 0);
    expect(index.decisions[0]).toMatchObject({
      decision: 'choose-host',
      score: 100,
      verdict: 'designed',
    });
  });

  it('scores a bare decision as accumulated and says what is missing', () => {
    const { model } = loadOk(decision(''));
    const bare = designedIndex(model, () => 0).decisions[1];
    expect(bare).toMatchObject({ score: 0, verdict: 'accumulated' });
    expect(bare?.explanation).toBe(
      'no alternatives considered; interactions with the rest of the stack never assessed; no exit plan; not reviewed in the last 24 months',
    );
  });

  it('weighs lock-in against the stated benefit, only when one is stated', () => {
    const text = decision(
      '    alternatives: [in-house BSS]\n    interactions_assessed: true\n    exit_plan: move BSS in house\n    last_review: 2026-06-01\n    benefit_per_year: 100000\n',
    );
    const { model } = loadOk(text);
    expect(designedIndex(model, () => 200_000).decisions[1]?.score).toBe(100);
    const heavy = designedIndex(model, () => 400_000).decisions[1];
    expect(heavy?.score).toBe(85);
    expect(heavy?.explanation).toBe('locks in more than 3 years of its stated benefit');
    expect(designedIndex(model, () => 0).score).toBe(100);
  });
});
