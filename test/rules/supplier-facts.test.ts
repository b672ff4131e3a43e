import { describe, expect, it } from 'vitest';
import { monthsBefore, monthsBetween } from '../../src/rules/supplier-facts.js';

describe('supplier facts: dates', () => {
  it('steps back whole calendar months, clamping the day to the month', () => {
    expect(monthsBefore('2026-11-01', 12)).toBe('2025-11-01');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('counts whole months between two dates', () => {
    expect(monthsBetween('2025-11-01', '2026-11-01')).toBe(12);
    expect(monthsBetween('2025-10-31', '2026-11-01')).toBe(12);
    expect(monthsBetween('2025-11-02', '2026-11-01')).toBe(11);
  });
});
