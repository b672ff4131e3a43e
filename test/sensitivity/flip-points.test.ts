import { describe, expect, it } from 'vitest';
import { bisect, pointOfNoReturnMoved } from '../../src/sensitivity/flip-points.js';

describe('bisect', () => {
  it('closes on a threshold from below and from above, to the tolerance', () => {
    let calls = 0;
    const up = bisect(
      0,
      1,
      (v) => {
        calls += 1;
        return v >= 0.37;
      },
      1e-3,
      false,
    );
    expect(up.changed).toBeGreaterThanOrEqual(0.37);
    expect(up.unchanged).toBeLessThan(0.37);
    expect(up.changed - up.unchanged).toBeLessThanOrEqual(1e-3);
    expect(calls).toBeLessThanOrEqual(10);
    const down = bisect(1, 0, (v) => v <= 0.25, 1e-3, false);
    expect(down.changed).toBeLessThanOrEqual(0.25);
    expect(down.unchanged).toBeGreaterThan(0.25);
  });

  it('stops on neighbouring whole numbers for a parameter in months', () => {
    expect(bisect(3, 12, (v) => v >= 7, 0.009, true)).toEqual({ unchanged: 6, changed: 7 });
    expect(bisect(12, 6, (v) => v <= 8, 0.006, true)).toEqual({ unchanged: 9, changed: 8 });
    expect(bisect(12, 13, () => true, 0.001, true)).toEqual({ unchanged: 12, changed: 13 });
  });
});

describe('a point of no return moves', () => {
  it('by 12 months or more, "not within the horizon" counting as the month after it', () => {
    expect(pointOfNoReturnMoved(30, 18, 60)).toBe(true);
    expect(pointOfNoReturnMoved(30, 19, 60)).toBe(false);
    expect(pointOfNoReturnMoved(null, 49, 60)).toBe(true);
    expect(pointOfNoReturnMoved(null, 50, 60)).toBe(false);
    expect(pointOfNoReturnMoved(null, null, 60)).toBe(false);
    expect(pointOfNoReturnMoved(0, null, 60)).toBe(true);
  });
});
