/**
 * The operator section of the small models tests write by hand: one place for it, so a test's
 * model shows only what the test is about.
 */

/** What the schema requires of an operator, and nothing more. */
export const REQUIRED_OPERATOR = `operator:
  id: op
  name: Op
  country: GB
  segments: [consumer]
  subscribers: 1000
  arpu: 10
  currency: GBP
  as_of: 2026-01-01
`;

/** A flat base with every figure stated (no defaults), `subscribers` strong. */
export function operatorSection(subscribers = 1000): string {
  return `${REQUIRED_OPERATOR.replace('  subscribers: 1000\n', `  subscribers: ${subscribers}\n`)}  monthly_growth: 0
  monthly_churn: 1%
  horizon_months: 36
  discount_rate: 8%
`;
}
