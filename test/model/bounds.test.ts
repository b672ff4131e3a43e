/**
 * The schema's bounds (src/model/schema/primitives.ts and beside each field): a value just
 * inside each bound loads, one just past it is refused at its line with the bound's reason, and
 * non-finite numbers are refused wherever a number goes.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load/load-model.js';
import { MINIMAL } from '../support/load.js';

function withLine(find: string, replace: string): string {
  if (!MINIMAL.includes(find)) throw new Error(`MINIMAL has no "${find}"`);
  return MINIMAL.replace(find, replace);
}

const CONTRACT = `contracts:
  - id: c1
    provider: mno-a
    start: 2025-01-01
    term_months: 24
    auto_renewal: true
    renewal_term_months: 12
    notice_months: NOTICE
    exit_fee: FEE
`;

/** [what, model text inside the bound, text past it, a word of the reason]. */
const CASES: readonly (readonly [string, string, string, string])[] = [
  [
    'horizon',
    withLine('horizon_months: 36', 'horizon_months: 600'),
    withLine('horizon_months: 36', 'horizon_months: 601'),
    '50 years',
  ],
  [
    'subscribers',
    withLine('subscribers: 1000', 'subscribers: 2000000000'),
    withLine('subscribers: 1000', 'subscribers: 2000000001'),
    'two billion',
  ],
  [
    'arpu',
    withLine('arpu: 10', 'arpu: 1e15'),
    withLine('arpu: 10', 'arpu: 1e308'),
    'a thousand trillion',
  ],
  [
    'notice',
    MINIMAL + CONTRACT.replace('NOTICE', '120').replace('FEE', '0'),
    MINIMAL + CONTRACT.replace('NOTICE', '1000000000000000').replace('FEE', '0'),
    'ten years',
  ],
  [
    'fx rate',
    withLine('currency: GBP', 'currency: GBP\n  fx_rates: { USD: 1e9 }'),
    withLine('currency: GBP', 'currency: GBP\n  fx_rates: { USD: 1e10 }'),
    'no real pair',
  ],
];

describe('bounds in the schema', () => {
  it.each(CASES)(
    '%s: inside loads, past it is refused with its reason and line',
    (_, inside, past, reason) => {
      const ok = loadModel(inside, { file: 'm.yaml' });
      expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const refused = loadModel(past, { file: 'm.yaml' });
      expect(refused.ok).toBe(false);
      const error = refused.diagnostics.find((d) => d.severity === 'error');
      expect(error?.message).toContain(reason);
      expect(error?.position.line).toBeGreaterThan(1);
    },
  );

  it.each(['.nan', '.inf', '-.inf'])('refuses %s as a number with its position', (value) => {
    const result = loadModel(withLine('arpu: 10', `arpu: ${value}`), { file: 'm.yaml' });
    expect(result.ok).toBe(false);
    const error = result.diagnostics.find((d) => d.severity === 'error');
    expect(error?.path).toEqual(['operator', 'arpu']);
    expect(error?.position.line).toBe(7);
  });
});
