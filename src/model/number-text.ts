/**
 * Numbers as the core writes them into explanations: whole units grouped by thousands, never
 * in scientific notation and never as "-0". Adapters format money and percentages for their
 * medium; text the core composes (a finding's explanation, an exit component's reason) uses
 * these, so it reads the same in every output.
 */

// One formatter for every call: building an Intl.NumberFormat per number (what
// toLocaleString does) costs microseconds, and explanations format thousands of them.
const GROUPED = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** A whole number grouped by thousands: 1234567.8 → "1,234,568"; −0.4 → "0". */
export function wholeNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'unbounded' : value < 0 ? '-unbounded' : 'n/a';
  const rounded = Math.round(value);
  return GROUPED.format(rounded === 0 ? 0 : rounded);
}
