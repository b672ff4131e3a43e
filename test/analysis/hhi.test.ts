/** HHI against the worked examples of methods.md §3.2, and its invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import {
  concentrationLevel,
  concentrationRatio,
  hhi,
  hhiDelta,
  normalisedHhi,
  numbersEquivalent,
  presumedHarmful,
} from '../../src/analysis/concentration/hhi.js';
import { loadOk, readExample } from '../support/load.js';

const pct = (...shares: number[]) => shares.map((s) => s / 100);

describe('HHI worked examples (methods.md §3.2)', () => {
  it('HHI-1: 30, 30, 20, 20% → 2,600', () => expect(hhi(pct(30, 30, 20, 20))).toBe(2600));
  it('HHI-2: eight firms → 1,296', () =>
    expect(hhi(pct(10, 9, 12, 15, 12, 11, 15, 16))).toBe(1296));
  it('HHI-3: 70, 15, 5 merging 15+5 → 5,150 then 5,300, Δ 150', () => {
    expect(hhi(pct(70, 15, 5))).toBe(5150);
    expect(hhi(pct(70, 20))).toBe(5300);
    expect(hhiDelta(0.15, 0.05)).toBe(150);
  });
  it('HHI-4: 40, 30, 20, 10 merging 20+10 → Δ 400, presumed harmful', () => {
    expect(hhi(pct(40, 30, 20, 10))).toBe(3000);
    expect(hhiDelta(0.2, 0.1)).toBe(400);
    expect(presumedHarmful(3400, 400)).toBe(true);
  });
  it('HHI-5: Δ exactly 100 does not trigger the 2023 presumption', () => {
    expect(hhi(pct(35, 25, 15, 10, 10, 5))).toBe(2300);
    expect(hhiDelta(0.1, 0.05)).toBe(100);
    expect(presumedHarmful(2400, 100)).toBe(false);
  });
  it('HHI-6: spend shares 0.55, 0.25, 0.20 → 4,050 exactly (the float trap), 1/H 2.469136, H* 0.1075, CR2 0.80', () => {
    const index = hhi([0.55, 0.25, 0.2]);
    expect(index).toBe(4050);
    expect(numbersEquivalent(index)).toBeCloseTo(2.469136, 6);
    expect(normalisedHhi(index, 3)).toBeCloseTo(0.1075, 12);
    expect(concentrationRatio([0.55, 0.25, 0.2], 2)).toBeCloseTo(0.8, 12);
  });
  it('HHI-7: MVNO spend 5.5, 1.5, 1.0, 0.8, 0.2 → 4,219.753086', () => {
    const spend = [5.5, 1.5, 1.0, 0.8, 0.2];
    const total = spend.reduce((a, b) => a + b, 0);
    expect(hhi(spend.map((s) => s / total))).toBeCloseTo(4219.753086, 6);
  });
  it('reads levels against the 2023 thresholds', () => {
    expect(concentrationLevel(999)).toBe('unconcentrated');
    expect(concentrationLevel(1000)).toBe('moderately_concentrated');
    expect(concentrationLevel(1800)).toBe('moderately_concentrated');
    expect(concentrationLevel(1800.01)).toBe('highly_concentrated');
  });
});

describe('HHI invariants', () => {
  const shares = fc
    .array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 })
    .map((raw) => {
      const total = raw.reduce((a, b) => a + b, 0);
      return raw.map((r) => r / total);
    });
  it('lies between 10,000/N and 10,000 for N suppliers', () => {
    fc.assert(
      fc.property(shares, (s) => {
        const index = hhi(s);
        expect(index).toBeGreaterThanOrEqual(10_000 / s.length - 1e-6);
        expect(index).toBeLessThanOrEqual(10_000 + 1e-6);
      }),
    );
  });
  it('rises by exactly 2ab when two suppliers merge', () => {
    fc.assert(
      fc.property(
        shares.filter((s) => s.length >= 2),
        (s) => {
          const [a = 0, b = 0, ...rest] = s;
          expect(hhi([a + b, ...rest]) - hhi(s)).toBeCloseTo(hhiDelta(a, b), 6);
        },
      ),
    );
  });
});

describe('supplier concentration leaves the operator’s own side out', () => {
  // light-mvno-on-enabler: a month's spend of 605,150 with pennine-telecom, 94,050 lattice-mvne,
  // 52,250 harbour-contact, 12,178.008 helix-crm, 10,260 signalbridge, 7,505 stratus-cloud, and
  // 330,000 with kestrel-team, the operator's own team (in_house).
  const { model, assumptions } = loadOk(readExample('light-mvno-on-enabler.yaml'));
  const { concentration } = analyseStructure(model, assumptions);

  it('takes spend shares over outside suppliers only', () => {
    const { spend } = concentration;
    expect(spend.attributedMonthly).toBeCloseTo(781_393.008, 6);
    expect(spend.groups.map((g) => g.group)).not.toContain('kestrel-team');
    // Σ (spend ÷ 781,393.008 × 100)² over the six outside groups; with the own team it was 3,942.6.
    expect(spend.groupHhi).toBeCloseTo(6192.390183, 5);
    expect(spend.groups[0]).toMatchObject({ group: 'pennine-group' });
    expect(spend.groups[0]?.share).toBeCloseTo(605_150 / 781_393.008, 12);
  });

  it('never lists the own team as a group controlling a capability', () => {
    const groups = concentration.groups.map((g) => g.group);
    expect(groups).not.toContain('kestrel-team');
    expect(concentration.groups.flatMap((g) => g.capabilities)).not.toContain('brand_distribution');
    // Its capabilities are still measured: it carries all of brand distribution.
    const brand = concentration.capabilities.find((c) => c.capability === 'brand_distribution');
    expect(brand).toMatchObject({ leadingGroup: 'kestrel-team', leadingShare: 1 });
  });
});
