/**
 * The built-in shocks: what can happen to an MVNO in a year, how often, and how hard. Each
 * number is a stated assumption with its reason; a model's `scenarios` section overrides the
 * frequency or severity of any shock (and may add cost shocks of its own).
 */

import { SHOCK_KINDS } from '../model/schema/scenarios.js';

/** How often: a yearly Bernoulli probability, or a Poisson rate of events a year. */
export type Frequency =
  | { readonly kind: 'probability'; readonly value: number }
  | { readonly kind: 'rate'; readonly value: number };

/** How hard: a proportion or a number of hours, depending on the shock. */
export type ShockSeverity =
  | {
      readonly kind: 'triangular';
      readonly min: number;
      readonly mode: number;
      readonly max: number;
    }
  | { readonly kind: 'lognormal'; readonly median: number; readonly sigma: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number };

export interface ShockDefinition {
  readonly kind: ShockKind;
  readonly title: string;
  readonly frequency: Frequency;
  readonly severity: ShockSeverity;
  /** What the severity measures, and why these numbers. */
  readonly reason: string;
}

export { SHOCK_KINDS };
export type ShockKind = (typeof SHOCK_KINDS)[number];

export const SHOCK_LIBRARY: Readonly<Record<ShockKind, ShockDefinition>> = {
  host_outage: {
    kind: 'host_outage',
    title: 'Host network outage',
    frequency: { kind: 'rate', value: Number.NaN },
    severity: { kind: 'lognormal', median: 2.5, sigma: 1 },
    reason:
      'hours of outage, lognormal with a median of 2.5 h (mean 4.1 h); the rate follows from the availability: unavailability × 8,760 h ÷ mean duration',
  },
  provider_outage: {
    kind: 'provider_outage',
    title: 'Outage at a provider, its group or what hosts it',
    frequency: { kind: 'rate', value: Number.NaN },
    severity: { kind: 'lognormal', median: 2.5, sigma: 1 },
    reason:
      'as for host outages: every basic failure event of the fault tree, so shared hosting and groups strike all they carry at once',
  },
  wholesale_price_rise: {
    kind: 'wholesale_price_rise',
    title: 'Wholesale price rise at renewal or review',
    frequency: { kind: 'probability', value: 0.3 },
    severity: { kind: 'triangular', min: 0, mode: 0.05, max: 0.2 },
    reason:
      'a price review or renewal in roughly one year of three; the rise, 0–20% (mode 5%), is capped at the alternative price gap when a second network is ready',
  },
  host_refuses_renewal: {
    kind: 'host_refuses_renewal',
    title: 'Host refuses to renew',
    frequency: { kind: 'probability', value: 0.03 },
    severity: { kind: 'uniform', min: 1, max: 1 },
    reason:
      'about one renewal in thirty fails (Sainsbury’s and Asda moves, mvno-domain.md §4); the cost is a forced exit',
  },
  enabler_insolvency: {
    kind: 'enabler_insolvency',
    title: 'Enabler or platform insolvency',
    frequency: { kind: 'probability', value: 0.01 },
    severity: { kind: 'uniform', min: 1, max: 1 },
    reason:
      'a one-in-a-hundred yearly default probability for a small platform company; the cost is a forced exit',
  },
  cloud_price_spike: {
    kind: 'cloud_price_spike',
    title: 'Cloud price spike',
    frequency: { kind: 'probability', value: 0.15 },
    severity: { kind: 'triangular', min: 0.05, mode: 0.15, max: 0.5 },
    reason:
      'list-price rises and egress changes: 5–50% (mode 15%) passed through by each line’s cloud pass-through',
  },
  energy_price_spike: {
    kind: 'energy_price_spike',
    title: 'Energy price spike',
    frequency: { kind: 'probability', value: 0.1 },
    severity: { kind: 'triangular', min: 0.1, mode: 0.3, max: 1 },
    reason:
      '2022 saw +45% electricity bills at A1 (mvno-domain.md §6.4): 10–100% (mode 30%) through each line’s energy pass-through',
  },
  ai_price_spike: {
    kind: 'ai_price_spike',
    title: 'AI inference price spike',
    frequency: { kind: 'probability', value: 0.15 },
    severity: { kind: 'triangular', min: 0.1, mode: 0.3, max: 1.5 },
    reason:
      'model and GPU pricing moves fast: 10–150% (mode 30%) through each line’s AI pass-through',
  },
  fx_move: {
    kind: 'fx_move',
    title: 'Currency move',
    frequency: { kind: 'probability', value: 1 },
    severity: { kind: 'normal', mean: 0, sd: 0.1 },
    reason:
      'a yearly exchange-rate move of sd 10% on costs paid in other currencies (gains count as negative losses)',
  },
  provider_breach: {
    kind: 'provider_breach',
    title: 'Breach at a provider',
    frequency: { kind: 'rate', value: 0.02 },
    severity: { kind: 'uniform', min: 0, max: 0.02 },
    reason:
      'one breach in fifty provider-years; the severity is the regulatory fine as a share of turnover (NIS2: up to 2%), added to a handling cost per exposed record',
  },
  data_localisation_rule: {
    kind: 'data_localisation_rule',
    title: 'Data-localisation rule',
    frequency: { kind: 'probability', value: 0.03 },
    severity: { kind: 'uniform', min: 1, max: 1 },
    reason: 'a new rule requiring data to stay in the home country: data held abroad must be moved',
  },
  vendor_acquired: {
    kind: 'vendor_acquired',
    title: 'A vendor acquired by a competitor',
    frequency: { kind: 'probability', value: 0.02 },
    severity: { kind: 'uniform', min: 0.3, max: 1 },
    reason: 'a supplier group bought by a rival: 30–100% of its exit cost is incurred moving away',
  },
};

/** Cost of handling one exposed record (notification, support, monitoring), in the operator's currency. */
export const BREACH_COST_PER_RECORD = 5;
/** With a second network ready, traffic moves within this many hours (multi-IMSI steering, standby routing). */
export const FAILOVER_HOURS = 0.5;
