/**
 * The report's colours, checked for deuteranopia (the commonest colour-vision deficiency):
 * every pair of colours that tells series apart stays at least MIN_DISTANCE ΔE*ab apart as a
 * deuteranope sees them (test/report/colour-vision.ts). The red/green pair the scorecard used
 * fails the check; the Okabe–Ito pair it uses now passes by far.
 */
import { describe, expect, it } from 'vitest';
import { CONTROL, DEPENDENCY, PALETTE } from '../../src/report/charts/chart-style.js';
import { STRESS_LINE_COLOURS } from '../../src/report/charts/stress-chart.js';
import { deuteranopeDistance, deuteranopia, lab, linearRgb } from './colour-vision.js';

/** Clearly another colour: well above the 10 at which two colours read as different. */
const MIN_DISTANCE = 15;

const pairs = (colours: readonly string[]) =>
  colours.flatMap((a, i) => colours.slice(i + 1).map((b) => [a, b] as const));

describe('colours for readers with deuteranopia', () => {
  it('simulates as Machado et al. (2009) give it: pure red loses its red', () => {
    // Red (1, 0, 0) in linear sRGB is the matrix's first column, its blue clamped at 0.
    const red = deuteranopia(linearRgb('#ff0000'));
    expect(red[0]).toBeCloseTo(0.367322, 6);
    expect(red[1]).toBeCloseTo(0.280085, 6);
    expect(red[2]).toBe(0);
    // White stays white: L* 100, a* and b* 0.
    const white = lab(linearRgb('#ffffff'));
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.abs(white[1])).toBeLessThan(1e-3);
  });

  it('refuses the old red/green pair of the scorecard and keeps the new pair apart', () => {
    expect(deuteranopeDistance('#b91c1c', '#3f6212')).toBeLessThan(MIN_DISTANCE);
    expect(deuteranopeDistance(DEPENDENCY, CONTROL)).toBeGreaterThan(100);
  });

  it.each([
    ['the categorical palette', PALETTE],
    ['the stress lines and the histogram bars', [...STRESS_LINE_COLOURS, '#1f5fae']],
  ] as const)('keeps every pair of %s apart', (_, colours) => {
    for (const [a, b] of pairs(colours))
      expect(deuteranopeDistance(a, b), `${a} ${b}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
  });
});
