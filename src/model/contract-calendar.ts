/**
 * One contract calendar: which term is in force at a given month, when the operator is bound
 * again, what it costs to break the term in force and when it can leave for free. Exit cost,
 * the scorecard, rules and the register all read a contract's dates here, so they cannot
 * disagree.
 *
 * Conventions (months are whole calendar months; month 0 is the model's `as_of` date):
 * - the initial term runs `term_months` from `start`; `term_months: 0` is a rolling contract;
 * - an auto-renewing contract renews for `renewal_term_months` (default 12) at each term end,
 *   unless notice was served at least `notice_months` before that end;
 * - a contract that does not renew runs on, rolling, once its initial term is over: it ends
 *   `notice_months` after notice;
 * - notice served at month t ends the contract at t + notice. If that falls before the end of
 *   the term in force then, the break cost is due: in the initial term `exit_fee`; in a renewal
 *   term `renewal_exit_fee`, else `exit_fee` (a renewal continues on the contract's terms);
 *   where the contract states no fee, the minimum commitments still owed for the rest of that
 *   term (`minimum_commitment_per_month`, in renewal terms `renewal_minimum_commitment`, which
 *   defaults to the initial commitment).
 */
import { monthsBetween } from './calendar.js';
import type { Contract } from './schema/model.js';

/** Renewal length when a renewing contract states none: a year. */
export const DEFAULT_RENEWAL_MONTHS = 12;

export type TermKind = 'initial' | 'renewal' | 'rolling';

export interface ContractTerm {
  readonly kind: TermKind;
  /** 0 for the initial term, k for the k-th renewal, 0 for rolling. */
  readonly index: number;
  /** Months after the contract's start at which the term ends; null when rolling. */
  readonly end: number | null;
}

export interface BreakCost {
  /** In the contract's currency. */
  readonly fee: number;
  /** Months of the term in force left when the contract would end; 0 when it ends freely. */
  readonly remaining: number;
  readonly term: ContractTerm;
  readonly basis: 'exit_fee' | 'renewal_exit_fee' | 'commitments' | 'none';
}

/** A contract read against the model's as-of date. */
export class ContractCalendar {
  readonly contract: Contract;
  readonly notice: number;
  readonly renews: boolean;
  readonly renewalMonths: number;
  /** Months from the contract's start to as_of (negative when it starts later). */
  private readonly elapsedAtAsOf: number;

  constructor(contract: Contract, asOf: string) {
    this.contract = contract;
    this.notice = contract.notice_months ?? 0;
    this.renews = contract.auto_renewal === true;
    this.renewalMonths = Math.max(1, contract.renewal_term_months ?? DEFAULT_RENEWAL_MONTHS);
    this.elapsedAtAsOf = monthsBetween(contract.start, asOf);
  }

  /** Months since the contract's start at `month` months after as_of; negative before it starts. */
  elapsed(month: number): number {
    return this.elapsedAtAsOf + month;
  }

  /**
   * The term whose span (start, end] holds `elapsed` months since the start: a contract that
   * ends exactly at a term's end is still in that term, and owes nothing for it.
   */
  termAt(elapsed: number): ContractTerm {
    const initial = this.contract.term_months;
    if (elapsed <= initial && initial > 0) return { kind: 'initial', index: 0, end: initial };
    if (!this.renews) return { kind: 'rolling', index: 0, end: null };
    const index = Math.max(1, Math.ceil((elapsed - initial) / this.renewalMonths));
    return { kind: 'renewal', index, end: initial + index * this.renewalMonths };
  }

  /** Months from `month` until the next term begins and binds the operator again; null when none will. */
  monthsToNextBinding(month: number): number | null {
    if (!this.renews) return null;
    const elapsed = this.elapsed(month);
    const initial = this.contract.term_months;
    if (elapsed < initial) return initial - elapsed;
    const sinceInitial = elapsed - initial;
    const next = initial + (Math.floor(sinceInitial / this.renewalMonths) + 1) * this.renewalMonths;
    return next - elapsed;
  }

  /**
   * What leaving costs when notice is served at `month`: the contract ends `notice` months
   * later, and the break cost of the term in force then is due unless that term ends there.
   */
  breakCost(month: number): BreakCost {
    // Notice that runs out before the contract starts still ends it at its start.
    const leaving = Math.max(0, this.elapsed(month) + this.notice);
    const term = this.termAt(leaving);
    const remaining = term.end === null ? 0 : term.end - leaving;
    if (remaining <= 0) return { fee: 0, remaining: 0, term, basis: 'none' };
    const stated =
      term.kind === 'initial'
        ? this.contract.exit_fee
        : (this.contract.renewal_exit_fee ?? this.contract.exit_fee);
    if (stated !== undefined) {
      return {
        fee: stated,
        remaining,
        term,
        basis:
          term.kind === 'initial' || this.contract.renewal_exit_fee === undefined
            ? 'exit_fee'
            : 'renewal_exit_fee',
      };
    }
    const commitment =
      term.kind === 'initial'
        ? (this.contract.minimum_commitment_per_month ?? 0)
        : (this.contract.renewal_minimum_commitment ??
          this.contract.minimum_commitment_per_month ??
          0);
    const fee = commitment * remaining;
    return { fee, remaining, term, basis: fee > 0 ? 'commitments' : 'none' };
  }

  /**
   * Months from `month` until the operator can be out without paying to break a term: the
   * first term end at least the notice away (a renewing contract), the end of the initial term
   * (one that does not renew), or the notice itself once a contract runs on, rolling.
   */
  monthsToFreeExit(month = 0): number {
    const elapsed = this.elapsed(month);
    const initial = this.contract.term_months;
    if (!this.renews) return initial > 0 && elapsed < initial ? initial - elapsed : this.notice;
    const toTermEnd = this.monthsToNextBinding(month) ?? 0;
    if (toTermEnd >= this.notice) return toTermEnd;
    // The notice deadline of this term has passed: the contract runs whole renewal terms more.
    return (
      toTermEnd + Math.ceil((this.notice - toTermEnd) / this.renewalMonths) * this.renewalMonths
    );
  }
}
