/**
 * Two models for the assumptions tests: one that states nothing it may leave out, so every
 * figure rests on defaults, and one that states everything, so no figure does.
 */
import { PARAMETER_DEFAULTS } from '../../src/economics/parameters.js';
import { REQUIRED_OPERATOR } from './operator.js';

const OPERATOR = REQUIRED_OPERATOR;

/** Only what the schema requires: every optional figure is left to mvnoscope. */
export const NOTHING_STATED = `${OPERATOR}providers:
  - id: mno-a
    name: Host A
    kind: mno
    supplies: [radio_access, subscriber_data]
costs:
  - { id: host-fee, name: Host fee, provider: mno-a, driver: wholesale, basis: fixed, monthly_amount: 4000 }
`;

/** Every lock-in parameter, at its default value, written into the model. */
export function economicsSection(overrides: Readonly<Record<string, number>> = {}): string {
  const lines = Object.entries(PARAMETER_DEFAULTS).map(
    ([name, { value }]) => `  ${name}: ${overrides[name] ?? value}`,
  );
  return `economics:\n${lines.join('\n')}\n`;
}

/**
 * Every value the loader would default is stated, the lock-in economics are not: the model
 * `analyze` once reported as "Assumptions: none".
 */
export const ONLY_ECONOMICS_LEFT = `${OPERATOR}  monthly_growth: 0
  monthly_churn: 1%
  horizon_months: 36
  discount_rate: 8%
  annual_turnover: 120000
providers:
  - id: mno-a
    name: Host A
    kind: mno
    availability: 0.999
    supplies: [radio_access, subscriber_data]
costs:
  - { id: host-fee, name: Host fee, provider: mno-a, driver: wholesale, basis: fixed, monthly_amount: 4000 }
`;

/** Everything the figures use is stated: nothing is defaulted or derived. */
export const EVERYTHING_STATED = `${ONLY_ECONOMICS_LEFT}${economicsSection()}`;

/** Nothing stated but the swap attrition. */
export const ATTRITION_STATED = `${NOTHING_STATED}economics:
  swap_attrition: 5%
`;
