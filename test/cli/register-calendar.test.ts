/**
 * The register reads each contract from the one contract calendar: a contract that has
 * auto-renewed shows the break cost of its renewal term, and the same free exit as the
 * scorecard, instead of "no break cost" beside "22 months to exit".
 */
import { describe, expect, it } from 'vitest';
import { assessModel } from '../../src/assessment.js';
import { type SupplierRow, supplierRegister } from '../../src/report/register/supplier-register.js';
import { loadOk, MINIMAL } from '../support/load.js';

/**
 * Signed 2022-01-01 for 24 months, renewing for 24 at a time: the initial term ended
 * 2024-01-01, the first renewal 2026-01-01; on as_of 2026-03-01 the second renewal runs to
 * 2028-01-01, 22 months away. Notice is 2 months, so notice today ends it 2026-05-01, 20
 * months before that renewal ends: the renewal runs on the contract's terms, so its exit fee
 * is due (without one, 20 × 10,000 of commitments).
 */
const CONTRACT = `contracts:
  - id: wholesale
    provider: mno-a
    start: 2022-01-01
    term_months: 24
    auto_renewal: true
    renewal_term_months: 24
    notice_months: 2
    exit_fee: 500000
    minimum_commitment_per_month: 10000
`;

function hostRow(text: string): { row: SupplierRow; lock: string | undefined } {
  const loaded = loadOk(text);
  const assessment = assessModel(loaded);
  const row = supplierRegister(loaded.model, assessment).rows.find((r) => r.id === 'mno-a');
  if (row === undefined) throw new Error('no row for mno-a');
  const lock = assessment.analysis.scorecard.layers
    .find((l) => l.layer === 'network_routes')
    ?.dependency.factors.find((f) => f.id === 'contract_lock')?.explanation;
  return { row, lock };
}

describe('the register on the contract calendar', () => {
  const model = MINIMAL.replace('as_of: 2026-01-01', 'as_of: 2026-03-01') + CONTRACT;

  it('shows the renewal term in force, its break cost, and the same free exit as the scorecard', () => {
    const { row, lock } = hostRow(model);
    expect(row).toMatchObject({
      contractStart: '2022-01-01',
      initialTermEnd: '2024-01-01',
      autoRenewal: true,
      termInForce: 'renewal 2 to 2028-01-01',
      nextRenewal: '2028-01-01',
      nextExit: '2028-01-01',
      noticeMonths: 2,
      noticeBy: '2027-11-01',
      breakCost: 500_000,
    });
    expect(lock).toContain('22.0 months (traffic-weighted) until the host contracts can be ended');
  });

  it('charges the commitments left in the renewal when no exit fee is stated', () => {
    expect(hostRow(model.replace('    exit_fee: 500000\n', '')).row.breakCost).toBe(200_000);
  });

  it('charges renewal_exit_fee in a renewal term when the contract states one', () => {
    const text = model.replace(
      '    minimum_commitment_per_month: 10000\n',
      '    minimum_commitment_per_month: 10000\n    renewal_exit_fee: 75000\n',
    );
    expect(hostRow(text).row.breakCost).toBe(75_000);
  });

  it('keeps the initial exit fee while the initial term runs', () => {
    // as_of 2023-01-01: notice today ends it 2023-03-01, inside the initial term, where the
    // renewal fee does not apply.
    const { row } = hostRow(
      MINIMAL.replace('as_of: 2026-01-01', 'as_of: 2023-01-01') +
        CONTRACT.replace(
          '    exit_fee: 500000\n',
          '    exit_fee: 500000\n    renewal_exit_fee: 75000\n',
        ),
    );
    expect(row).toMatchObject({
      termInForce: 'initial term to 2024-01-01',
      nextRenewal: '2024-01-01',
      nextExit: '2024-01-01',
      noticeBy: '2023-11-01',
      breakCost: 500_000,
    });
  });

  it('dates term ends from the contract start, not from as_of', () => {
    // Started on the 15th: its terms end on the 15th. On 2026-03-01 the second renewal runs to
    // 2028-01-15; counted from as_of it would read 2028-02-01.
    const { row } = hostRow(model.replace('start: 2022-01-01', 'start: 2022-01-15'));
    expect(row).toMatchObject({
      termInForce: 'renewal 2 to 2028-01-15',
      nextRenewal: '2028-01-15',
      nextExit: '2028-01-15',
      noticeBy: '2027-11-15',
    });
  });

  it('ends a rolling contract on notice from as_of, with nothing to break', () => {
    const text = model.replace(
      'term_months: 24\n    auto_renewal: true',
      'term_months: 0\n    auto_renewal: false',
    );
    expect(hostRow(text).row).toMatchObject({
      termInForce: 'rolling',
      nextRenewal: null,
      nextExit: '2026-05-01',
      noticeBy: '2026-03-01',
      breakCost: 0,
    });
  });
});
