/** The number style on hand-written cases: signs, rounding, tiny and huge values, NaN and Infinity. */
import { describe, expect, it } from 'vitest';
import {
  availability,
  counted,
  decimal,
  money,
  oneInYears,
  percent,
  percentagePoints,
  score,
  smallPercent,
  timeAYear,
  wholeNumber,
} from '../../src/text/index.js';

const NO_SCIENTIFIC = /\d[eE][+-]?\d/;

describe('wholeNumber', () => {
  it.each([
    [1234567.8, '1,234,568'],
    [0, '0'],
    [-0.4, '0'],
    [-0, '0'],
    [0.5, '1'],
    [-1234.5, '-1,234'],
    [1e21, '1,000,000,000,000,000,000,000'],
    [Number.NaN, 'n/a'],
    [Number.POSITIVE_INFINITY, 'unbounded'],
    [Number.NEGATIVE_INFINITY, '-unbounded'],
  ])('%s → %s', (value, text) => expect(wholeNumber(value)).toBe(text));

  it('names what it counts, singular for one', () => {
    expect(counted(1, 'design')).toBe('1 design');
    expect(counted(0, 'design')).toBe('0 designs');
    expect(counted(1.2, 'SIM')).toBe('1 SIM');
    expect(counted(2500, 'capability', 'capabilities')).toBe('2,500 capabilities');
  });
});

describe('decimal', () => {
  it.each([
    [5123.46, 1, '5,123.5'],
    [-0.04, 1, '0.0'],
    [2, 2, '2.00'],
    [1e22, 1, '10,000,000,000,000,000,000,000.0'],
  ])('(%s, %s) → %s', (value, digits, text) => expect(decimal(value, digits)).toBe(text));

  it('drops trailing zeros when asked', () => {
    expect(decimal(40, 1, { trimZeros: true })).toBe('40');
    expect(decimal(13.14, 1, { trimZeros: true })).toBe('13.1');
  });
});

describe('money', () => {
  it.each([
    [34299.4, 'GBP', '34,299 GBP'],
    [8846049, 'GBP', '8,846,049 GBP'],
    [-0.4, 'GBP', '0 GBP'],
    [-1200.2, 'EUR', '-1,200 EUR'],
    [2.5e15, 'USD', '2,500,000,000,000,000 USD'],
    [Number.NaN, 'GBP', 'n/a'],
    [Number.POSITIVE_INFINITY, 'GBP', 'unbounded GBP'],
  ])('(%s, %s) → %s', (value, currency, text) => expect(money(value, currency)).toBe(text));
});

describe('percent', () => {
  it.each([
    [0.131, '13.1%'],
    [0.4, '40%'],
    [-0.0004, '0%'],
    [1e-7, '0%'],
    [0.72049, '72%'],
    [12.345, '1,234.5%'],
    [1e19, '1,000,000,000,000,000,000,000%'],
    [null, 'n/a'],
    [Number.NaN, 'n/a'],
    [Number.POSITIVE_INFINITY, 'unbounded%'],
  ])('%s → %s', (share, text) => expect(percent(share)).toBe(text));

  it('keeps tiny shares from reading as zero', () => {
    expect(smallPercent(0.0015)).toBe('0.15%');
    expect(smallPercent(1e-7)).toBe('under 0.01%');
    expect(smallPercent(0)).toBe('0%');
    expect(smallPercent(-0.4)).toBe('0%');
  });

  it('reads an availability as 100% only when nothing is lost', () => {
    expect(availability(0.998301)).toBe('99.83%');
    expect(availability(0.9999987)).toBe('99.99987%');
    expect(availability(1 - 1e-7)).toBe('99.99999%');
    expect(availability(0.5)).toBe('50%');
    expect(availability(1)).toBe('100%');
    expect(availability(0)).toBe('0%');
    expect(availability(Number.NaN)).toBe('n/a');
  });

  it('writes changes in percentage points with their sign', () => {
    expect(percentagePoints(0.131)).toBe('+13.1 pts');
    expect(percentagePoints(-0.0012)).toBe('-0.12 pts');
    expect(percentagePoints(1e-7)).toBe('under +0.01 pts');
    expect(percentagePoints(-1e-7)).toBe('under -0.01 pts');
    expect(percentagePoints(0)).toBe('0 pts');
    expect(percentagePoints(-0)).toBe('0 pts');
    expect(percentagePoints(Number.NaN)).toBe('n/a');
  });
});

describe('likelihood', () => {
  it.each([
    [0.0017, 'about 1 in 590 years'],
    [0.25, 'about 1 in 4 years'],
    [0.5, 'about 1 in 2 years'],
    [0.8, '80% a year'],
    [5e-4, 'about 1 in 2,000 years'],
    [1.234e-5, 'about 1 in 81,000 years'],
    [1e-7, 'under 1 in a million years'],
    [1e-300, 'under 1 in a million years'],
    [0, 'never'],
    [-0.4, 'never'],
    [1, 'every year'],
    [Number.NaN, 'n/a'],
  ])('%s a year → %s', (probability, text) => expect(oneInYears(probability)).toBe(text));

  it.each([
    [4.44, 'about 4.4 hours a year'],
    [5000, 'about 5,000.0 hours a year'],
    [0.2, 'about 12.0 minutes a year'],
    [1e-4, 'about 0.4 seconds a year'],
    [1e-7, 'under a tenth of a second a year'],
    [0, 'under a tenth of a second a year'],
    [Number.NaN, 'n/a'],
    [Number.POSITIVE_INFINITY, 'all year'],
  ])('%s hours → %s', (hours, text) => expect(timeAYear(hours)).toBe(text));
});

describe('score', () => {
  it('is one decimal, n/a for none', () => {
    expect(score(62.44)).toBe('62.4');
    expect(score(null)).toBe('n/a');
    expect(score(-0.01)).toBe('0.0');
  });
});

it('never writes scientific notation or a negative zero', () => {
  const values = [1e-300, 1e-7, -1e-7, -0.4, 0, 1e21, 1e300, -1e300];
  for (const v of values) {
    const texts = [
      wholeNumber(v),
      money(v, 'GBP'),
      percent(v),
      smallPercent(v),
      percentagePoints(v),
      oneInYears(v),
      timeAYear(Math.abs(v)),
      decimal(v, 2),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(NO_SCIENTIFIC);
      expect(text).not.toMatch(/^-0(\.0+)?(?![.\d])/);
    }
  }
});
