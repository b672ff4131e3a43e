import { describe, expect, it } from 'vitest';
import { addMonths, exactMonthsBetween, monthsBetween } from '../../src/model/calendar.js';

describe('the calendar', () => {
  it('counts whole months, a partial month as none', () => {
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2026-01-15', '2027-01-15')).toBe(12);
    expect(monthsBetween('2026-03-01', '2026-01-01')).toBe(-2);
  });

  it('adds months with the day clamped to the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-01', -12)).toBe('2025-11-01');
  });

  it('gives exact month counts only for dates a whole number of months apart', () => {
    expect(exactMonthsBetween('2023-04-01', '2028-04-01')).toBe(60);
    expect(exactMonthsBetween('2023-04-01', '2028-04-02')).toBeUndefined();
    expect(exactMonthsBetween('2028-04-01', '2023-04-01')).toBeUndefined();
    expect(exactMonthsBetween('2026-01-31', '2026-02-28')).toBeUndefined();
  });
});
