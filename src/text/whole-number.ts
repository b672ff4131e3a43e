/**
 * Whole numbers as people read them: rounded to a unit, grouped by thousands, never in
 * scientific notation and never "-0". Counts of SIMs, subscribers, trials and person-days,
 * and the amount in money(), all go through here.
 */

// One formatter for every call: building an Intl.NumberFormat per number (what
// toLocaleString does) costs microseconds, and explanations format thousands of them.
const GROUPED = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** 1234567.8 → "1,234,568"; −0.4 → "0"; NaN → "n/a"; ±Infinity → "unbounded" / "-unbounded". */
export function wholeNumber(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return value > 0 ? 'unbounded' : '-unbounded';
  const rounded = Math.round(value);
  // Math.round(-0.4) is -0, which Intl writes as "-0".
  return GROUPED.format(rounded === 0 ? 0 : rounded);
}

/** A count with its noun, singular for one: (1, 'design') → "1 design"; (3, 'SIM') → "3 SIMs". */
export function counted(value: number, noun: string, plural = `${noun}s`): string {
  const text = wholeNumber(value);
  return `${text} ${text === '1' ? noun : plural}`;
}
