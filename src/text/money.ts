/**
 * Money as people read it, in one format everywhere (CLI, report, rules, web): whole units of
 * the operator's currency, grouped by thousands, the ISO code last — "8,846,049 GBP",
 * "-1,200 EUR", "0 GBP" (never "-0 GBP"). Exact whole units keep every figure traceable to the
 * model's numbers and read the same for any currency; see docs/number-style.md.
 */
import { wholeNumber } from './whole-number.js';

/** (34299.4, 'GBP') → "34,299 GBP"; NaN → "n/a"; Infinity → "unbounded GBP". */
export function money(value: number, currency: string): string {
  if (Number.isNaN(value)) return 'n/a';
  return `${wholeNumber(value)} ${currency}`;
}
