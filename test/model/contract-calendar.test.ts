/**
 * The contract calendar against dates worked by hand. Every case starts from one contract:
 * signed 2024-01-01 for 36 months, so the initial term ends 2027-01-01 and, when it renews
 * for 12 months at a time, the renewal terms end 2028-01-01, 2029-01-01, …
 */
import { describe, expect, it } from 'vitest';
import { addMonths, monthsBetween } from '../../src/model/calendar.js';
import { ContractCalendar } from '../../src/model/contract-calendar.js';
import type { Contract } from '../../src/model/schema/model.js';

const contract = (over: Partial<Contract> = {}): Contract => ({
  id: 'c',
  provider: 'p',
  start: '2024-01-01',
  term_months: 36,
  ...over,
});

const renewing = (over: Partial<Contract> = {}): Contract =>
  contract({ auto_renewal: true, renewal_term_months: 12, ...over });

/** The date the operator can be out for free, counted from as_of. */
const freeExitDate = (c: Contract, asOf: string) =>
  addMonths(asOf, new ContractCalendar(c, asOf).monthsToFreeExit());

describe('calendar maths (model/calendar.ts)', () => {
  it('counts whole months, a partial month counting as none', () => {
    expect(monthsBetween('2025-11-01', '2026-11-01')).toBe(12);
    expect(monthsBetween('2025-10-31', '2026-11-01')).toBe(12);
    expect(monthsBetween('2025-11-02', '2026-11-01')).toBe(11);
    expect(monthsBetween('2026-11-01', '2025-11-01')).toBe(-12);
  });

  it('steps whole calendar months either way, clamping the day to the month', () => {
    expect(addMonths('2026-11-01', -12)).toBe('2025-11-01');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-05-01', 20)).toBe('2029-01-01');
  });
});

describe('contract calendar: initial term', () => {
  // as_of 2025-01-01: 12 months in, 24 to go.
  const asOf = '2025-01-01';

  it('is in the initial term and can be left free at its end', () => {
    const calendar = new ContractCalendar(contract({ notice_months: 6 }), asOf);
    expect(calendar.termAt(calendar.elapsed(0))).toEqual({ kind: 'initial', index: 0, end: 36 });
    expect(calendar.monthsToFreeExit()).toBe(24);
    expect(freeExitDate(contract({ notice_months: 6 }), asOf)).toBe('2027-01-01');
    expect(calendar.monthsToNextBinding(0)).toBeNull();
    // Four months before the term ends, a notice longer than that does not extend it.
    expect(
      new ContractCalendar(contract({ notice_months: 6 }), '2026-09-01').monthsToFreeExit(),
    ).toBe(4);
  });

  it('charges the stated exit fee when notice today ends the contract inside the term', () => {
    // Notice served 2025-01-01 ends it 2025-07-01, 18 months before the term ends.
    const calendar = new ContractCalendar(
      contract({ notice_months: 6, exit_fee: 100_000, minimum_commitment_per_month: 10_000 }),
      asOf,
    );
    expect(calendar.breakCost(0)).toEqual({
      fee: 100_000,
      remaining: 18,
      term: { kind: 'initial', index: 0, end: 36 },
      basis: 'exit_fee',
    });
  });

  it('charges the commitments still owed when no exit fee is stated', () => {
    const calendar = new ContractCalendar(
      contract({ notice_months: 6, minimum_commitment_per_month: 10_000 }),
      asOf,
    );
    expect(calendar.breakCost(0)).toMatchObject({
      fee: 180_000,
      remaining: 18,
      basis: 'commitments',
    });
  });

  it('owes nothing when the notice runs exactly to the end of the term', () => {
    // At month 18 (2026-07-01) notice of 6 months ends the contract on 2027-01-01.
    const calendar = new ContractCalendar(contract({ notice_months: 6, exit_fee: 100_000 }), asOf);
    expect(calendar.breakCost(18)).toMatchObject({ fee: 0, remaining: 0, basis: 'none' });
    expect(calendar.breakCost(17)).toMatchObject({ fee: 100_000, remaining: 1 });
  });
});

describe('contract calendar: renewed term', () => {
  // as_of 2027-05-01: 40 months in, in the first renewal term (2027-01-01 to 2028-01-01).
  const asOf = '2027-05-01';

  it('knows the renewal in force and when the next one binds', () => {
    const calendar = new ContractCalendar(renewing({ notice_months: 3 }), asOf);
    expect(calendar.termAt(calendar.elapsed(0))).toEqual({ kind: 'renewal', index: 1, end: 48 });
    expect(calendar.monthsToNextBinding(0)).toBe(8);
    expect(calendar.monthsToFreeExit()).toBe(8);
    expect(freeExitDate(renewing({ notice_months: 3 }), asOf)).toBe('2028-01-01');
  });

  it('charges a break cost in the renewal term: the renewal runs on the contract’s terms', () => {
    // Notice today ends it 2027-08-01, 5 months before the renewal ends: the renewal carries
    // the contract's exit fee; without a fee, the commitments owed for the rest of it.
    const withFee = new ContractCalendar(
      renewing({ notice_months: 3, exit_fee: 500_000, minimum_commitment_per_month: 300_000 }),
      asOf,
    );
    expect(withFee.breakCost(0)).toEqual({
      fee: 500_000,
      remaining: 5,
      term: { kind: 'renewal', index: 1, end: 48 },
      basis: 'exit_fee',
    });
    const withCommitment = new ContractCalendar(
      renewing({ notice_months: 3, minimum_commitment_per_month: 300_000 }),
      asOf,
    );
    expect(withCommitment.breakCost(0)).toEqual({
      fee: 1_500_000,
      remaining: 5,
      term: { kind: 'renewal', index: 1, end: 48 },
      basis: 'commitments',
    });
  });

  it('is in the initial term until its last day, and renews the day after', () => {
    const calendar = new ContractCalendar(renewing({ notice_months: 0 }), '2026-01-01');
    expect(calendar.termAt(36)).toEqual({ kind: 'initial', index: 0, end: 36 });
    expect(calendar.termAt(37)).toEqual({ kind: 'renewal', index: 1, end: 48 });
    expect(calendar.termAt(49)).toEqual({ kind: 'renewal', index: 2, end: 60 });
  });
});

describe('contract calendar: a missed notice deadline', () => {
  it('rolls a contract still in its initial term into the first renewal', () => {
    // as_of 2026-09-01: the term ends 2027-01-01, 4 months away, but notice is 6 months.
    const c = renewing({ notice_months: 6, minimum_commitment_per_month: 1_000 });
    const calendar = new ContractCalendar(c, '2026-09-01');
    expect(calendar.monthsToFreeExit()).toBe(16);
    expect(freeExitDate(c, '2026-09-01')).toBe('2028-01-01');
    // Notice today ends it 2027-03-01, 10 months before the first renewal ends.
    expect(calendar.breakCost(0)).toMatchObject({
      fee: 10_000,
      remaining: 10,
      term: { kind: 'renewal', index: 1, end: 48 },
    });
  });

  it('keeps the notice deadline of this term when it is still ahead', () => {
    const calendar = new ContractCalendar(renewing({ notice_months: 3 }), '2026-09-01');
    expect(calendar.monthsToFreeExit()).toBe(4);
  });

  it('rolls a renewed contract into the renewal after next', () => {
    // as_of 2027-05-01, notice 9 months: notice today ends it 2028-02-01, one month into the
    // second renewal (to 2029-01-01).
    const c = renewing({ notice_months: 9, minimum_commitment_per_month: 1_000 });
    const calendar = new ContractCalendar(c, '2027-05-01');
    expect(calendar.monthsToFreeExit()).toBe(20);
    expect(freeExitDate(c, '2027-05-01')).toBe('2029-01-01');
    expect(calendar.breakCost(0)).toMatchObject({
      fee: 11_000,
      remaining: 11,
      term: { kind: 'renewal', index: 2, end: 60 },
    });
  });

  it('rolls over as many renewals as a notice longer than a renewal term needs', () => {
    // as_of 2027-05-01, 8 months to the end of the renewal, notice 30 months: 8 + 24 = 32.
    expect(
      new ContractCalendar(renewing({ notice_months: 30 }), '2027-05-01').monthsToFreeExit(),
    ).toBe(32);
  });
});

describe('contract calendar: rolling and non-renewing contracts', () => {
  it('ends a rolling contract on notice, with nothing to break', () => {
    const c = contract({ term_months: 0, notice_months: 1, exit_fee: 5_000 });
    const calendar = new ContractCalendar(c, '2028-01-01');
    expect(calendar.termAt(calendar.elapsed(0))).toEqual({ kind: 'rolling', index: 0, end: null });
    expect(calendar.monthsToFreeExit()).toBe(1);
    expect(calendar.monthsToNextBinding(0)).toBeNull();
    expect(calendar.breakCost(0)).toMatchObject({ fee: 0, remaining: 0, basis: 'none' });
  });

  it('lets a contract that does not renew run on, rolling, once its term is over', () => {
    // as_of 2028-01-01, a year past the end of the term: notice alone, and the exit fee of a
    // term that is over is not due.
    const c = contract({
      auto_renewal: false,
      notice_months: 3,
      exit_fee: 500_000,
      minimum_commitment_per_month: 10_000,
    });
    const calendar = new ContractCalendar(c, '2028-01-01');
    expect(calendar.termAt(calendar.elapsed(0)).kind).toBe('rolling');
    expect(calendar.monthsToFreeExit()).toBe(3);
    expect(freeExitDate(c, '2028-01-01')).toBe('2028-04-01');
    expect(calendar.breakCost(0)).toMatchObject({ fee: 0, basis: 'none' });
  });
});

describe('contract calendar: renewal break terms and their defaults', () => {
  // as_of 2027-05-01, notice 3: notice today ends it 5 months before the first renewal ends.
  const asOf = '2027-05-01';
  const base = { notice_months: 3, exit_fee: 500_000, minimum_commitment_per_month: 300_000 };
  // Without an exit fee the renewal's break cost falls back to its commitments.
  const committed = { notice_months: 3, minimum_commitment_per_month: 300_000 };

  it('charges renewal_exit_fee in a renewal term when stated', () => {
    const calendar = new ContractCalendar(renewing({ ...base, renewal_exit_fee: 50_000 }), asOf);
    expect(calendar.breakCost(0)).toMatchObject({ fee: 50_000, basis: 'renewal_exit_fee' });
  });

  it('keeps exit_fee for the initial term even when renewal_exit_fee is stated', () => {
    const calendar = new ContractCalendar(
      renewing({ ...base, renewal_exit_fee: 50_000 }),
      '2025-01-01',
    );
    expect(calendar.breakCost(0)).toMatchObject({ fee: 500_000, basis: 'exit_fee' });
  });

  it('charges renewal_minimum_commitment for the rest of a renewal when no renewal fee is stated', () => {
    const calendar = new ContractCalendar(
      renewing({ ...committed, renewal_minimum_commitment: 100_000 }),
      asOf,
    );
    expect(calendar.breakCost(0)).toMatchObject({ fee: 500_000, basis: 'commitments' });
  });

  it('defaults the renewal commitment to the initial one', () => {
    expect(new ContractCalendar(renewing(committed), asOf).breakCost(0).fee).toBe(1_500_000);
  });

  it('carries the contract’s exit fee into renewals when no renewal fee is stated', () => {
    expect(new ContractCalendar(renewing(base), asOf).breakCost(0)).toMatchObject({
      fee: 500_000,
      basis: 'exit_fee',
    });
  });

  it('owes nothing in a renewal with neither a renewal fee nor a commitment', () => {
    const calendar = new ContractCalendar(renewing({ notice_months: 3 }), asOf);
    expect(calendar.breakCost(0)).toMatchObject({ fee: 0, remaining: 5, basis: 'none' });
  });

  it('renews for a year when no renewal term is stated', () => {
    const calendar = new ContractCalendar(contract({ auto_renewal: true, notice_months: 3 }), asOf);
    expect(calendar.renewalMonths).toBe(12);
    expect(calendar.monthsToNextBinding(0)).toBe(8);
  });
});

describe('contract calendar: a contract that has not started yet', () => {
  // Signed to start 2027-01-01 for 12 months; as_of 2026-01-01, a year before it starts.
  const c = contract({ start: '2027-01-01', term_months: 12, notice_months: 3 });
  const calendar = new ContractCalendar(c, '2026-01-01');

  it('counts the months until its start before its term', () => {
    expect(calendar.elapsed(0)).toBe(-12);
    expect(calendar.monthsToFreeExit()).toBe(24);
  });

  it('binds again at the end of its first term when it renews', () => {
    const renewing = new ContractCalendar({ ...c, auto_renewal: true }, '2026-01-01');
    expect(renewing.monthsToNextBinding(0)).toBe(24);
  });

  it('charges the break cost for its whole term when notice runs out before it starts', () => {
    const committed = new ContractCalendar(
      { ...c, minimum_commitment_per_month: 1_000 },
      '2026-01-01',
    );
    expect(committed.breakCost(0)).toMatchObject({ fee: 12_000, remaining: 12 });
  });
});
