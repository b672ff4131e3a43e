/**
 * Pairs of otherwise-equal operators, written from the rule tests' BASE model (a thin MVNO on
 * one host with host-issued SIMs and sub-allocated numbers), for the orderings an MVNO CFO or
 * negotiator would state: full versus thin on the same host, three hosts versus one, AI in a
 * vendor's platform versus in-house.
 */
import { BASE } from '../rules/support.js';

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`variant: \`${from}\` is not in the model`);
  return text.replace(from, to);
}

function edit(text: string, edits: readonly (readonly [string, string])[]): string {
  return edits.reduce((t, [from, to]) => replaceOnce(t, from, to), text);
}

export const THIN = BASE;

const HOST_SUPPLIES =
  '    supplies: [radio_access, mobility_core, subscriber_data, packet_gateway, policy, messaging, voice_ims, signalling_edge, numbering, interconnect, roaming, lawful_intercept]\n';

/** The same operator as a full MVNO: its own IMSI range, keys and HSS, and its own numbers. */
export const FULL = edit(BASE, [
  [
    HOST_SUPPLIES,
    '    supplies: [radio_access, mobility_core, packet_gateway, policy, messaging, voice_ims, signalling_edge, interconnect, roaming, lawful_intercept]\n',
  ],
  [
    '    supplies: [brand_distribution, payments]\n',
    '    supplies: [brand_distribution, payments, subscriber_data, numbering]\n',
  ],
  [
    '  - { id: physical, kind: physical, count: 90000, imsi_issuers: [host], key_holders: [host], swap_unit_cost: 4 }\n',
    '  - { id: physical, kind: physical, count: 90000, imsi_issuers: [op], key_holders: [op], swap_unit_cost: 4 }\n',
  ],
  [
    '  - { id: esim, kind: esim_consumer, count: 10000, imsi_issuers: [host], key_holders: [host], rsp_operator: enabler-esim }\n',
    '  - { id: esim, kind: esim_consumer, count: 10000, imsi_issuers: [op], key_holders: [op], rsp_operator: enabler-esim }\n',
  ],
  [
    '  msisdn_holder: host\n  msisdn_sub_allocated: true\n',
    '  msisdn_holder: op\n  msisdn_sub_allocated: false\n',
  ],
]);

const secondHost = (id: string, share: number) => `  - id: ${id}
    name: ${id}
    kind: mno
    jurisdiction: GB
    availability: 99.95%
    last_assessed: 2026-03-01
    supplies: [{ capability: radio_access, share: ${share} }]
`;

const hostContract = (id: string) => `  - id: ${id}-wholesale
    provider: ${id}
    start: 2024-01-01
    term_months: 36
    notice_months: 6
    auto_renewal: true
    renewal_term_months: 12
    price_model: unit
    unit_prices: { per_gb: 0.5, per_minute: 0.005 }
    data_return: true
    security_requirements: true
    shared_responsibility: true
    incident_notice_hours: 24
`;

const hostCosts = (id: string, share: number) =>
  `  - { id: ${id}-data, name: ${id} data, provider: ${id}, driver: wholesale, basis: usage, unit: gb, unit_price: 0.5, usage_per_subscriber_month: ${8 * share} }
  - { id: ${id}-voice, name: ${id} voice, provider: ${id}, driver: wholesale, basis: usage, unit: minute, unit_price: 0.005, usage_per_subscriber_month: ${150 * share} }
`;

/**
 * The same operator on three host networks of different groups, a third of the traffic each,
 * at the same wholesale prices, with multi-IMSI SIMs and eSIM profiles that reach all three.
 */
export const THREE_HOSTS = edit(BASE, [
  [
    HOST_SUPPLIES,
    HOST_SUPPLIES.replace('[radio_access,', '[{ capability: radio_access, share: 0.34 },'),
  ],
  [
    '  - id: enabler\n',
    `${secondHost('host2', 0.33)}${secondHost('host3', 0.33)}  - id: enabler\n`,
  ],
  ['contracts:\n', `contracts:\n${hostContract('host2')}${hostContract('host3')}`],
  [
    '  - { id: wholesale-data, name: Wholesale data, provider: host, driver: wholesale, basis: usage, unit: gb, unit_price: 0.5, usage_per_subscriber_month: 8 }\n  - { id: wholesale-voice, name: Wholesale voice, provider: host, driver: wholesale, basis: usage, unit: minute, unit_price: 0.005, usage_per_subscriber_month: 150 }\n',
    `${hostCosts('host', 0.34)}${hostCosts('host2', 0.33)}${hostCosts('host3', 0.33)}`,
  ],
  [
    '  - { id: physical, kind: physical, count: 90000, imsi_issuers: [host], key_holders: [host], swap_unit_cost: 4 }\n',
    '  - { id: physical, kind: multi_imsi, count: 90000, imsi_issuers: [host, host2, host3], key_holders: [host, host2, host3], swap_unit_cost: 4 }\n',
  ],
  [
    '  - { id: esim, kind: esim_consumer, count: 10000, imsi_issuers: [host], key_holders: [host], rsp_operator: enabler-esim }\n',
    '  - { id: esim, kind: esim_consumer, count: 10000, imsi_issuers: [host, host2, host3], key_holders: [host, host2, host3], rsp_operator: enabler-esim }\n',
  ],
]);

const CARE_BOT =
  '  - { id: care-bot, name: Care assistant, decides: first-line answers to care contacts, criticality: medium, runs_on: ai-vendor, model_controlled_by: ai-vendor, training_data_controlled_by: op, trained_on_operator_data: true, model_export: true, inferences_per_month: 200000, cost_per_1k_inferences: 2.0, monthly_cost_cap: 1000 }\n';

/** The care model trained inside the enabler's platform, with neither the model nor its training data exportable. */
export const AI_IN_ENABLER = edit(BASE, [
  [
    CARE_BOT,
    '  - { id: care-bot, name: Care assistant, decides: first-line answers to care contacts, criticality: high, runs_on: enabler, model_controlled_by: enabler, training_data_controlled_by: enabler, trained_on_operator_data: true, model_export: false, training_data_export: false, training_history_months: 24, inferences_per_month: 200000, cost_per_1k_inferences: 2.0, monthly_cost_cap: 1000 }\n',
  ],
]);

/** The same care model built and run in-house on the operator's own data. */
export const AI_IN_HOUSE = edit(BASE, [
  [
    CARE_BOT,
    '  - { id: care-bot, name: Care assistant, decides: first-line answers to care contacts, criticality: high, runs_on: team, model_controlled_by: team, training_data_controlled_by: op, trained_on_operator_data: true, model_export: true, training_history_months: 24, inferences_per_month: 200000, cost_per_1k_inferences: 2.0, monthly_cost_cap: 1000 }\n',
  ],
]);

const EXTENSIVE = [
  'subscribers',
  'count',
  'monthly_amount',
  'exit_fee',
  'renewal_exit_fee',
  'minimum_commitment_per_month',
  'renewal_minimum_commitment',
  'cash',
  'monthly_burn',
  'amount',
];

/**
 * A model with every extensive quantity multiplied by k: subscribers, SIM counts, every fixed
 * money amount (fixed cost lines, fees, commitments, cash, funding) and the day rate. Per-unit
 * prices, per-subscriber usage, shares and durations stay. Nothing intensive changes, so no
 * date may move. The text must have no `economics` section of its own.
 */
export function scaled(text: string, k: number): string {
  const pattern = new RegExp(`\\b(${EXTENSIVE.join('|')}): (\\d+(?:\\.\\d+)?)`, 'g');
  const body = text.replace(
    pattern,
    (_, key: string, value: string) => `${key}: ${Number(value) * k}`,
  );
  return `${body}economics:\n  integration_day_rate: ${700 * k}\n`;
}

/** BASE a year and a half on: the host contract has renewed once (initial term to 2027-01-01). */
export const RENEWED = replaceOnce(BASE, '  as_of: 2026-11-01\n', '  as_of: 2027-06-01\n');

/** BASE with a second host on standby under a signed contract at a lower data price; no SIM reaches it. */
export const STANDBY_HOST = edit(BASE, [
  [
    '  - id: enabler\n',
    `  - id: standby-host
    name: Standby Host
    kind: mno
    jurisdiction: GB
    availability: 99.95%
    last_assessed: 2026-03-01
    supplies: [{ capability: radio_access, standby: true }]
  - id: enabler\n`,
  ],
  [
    'contracts:\n',
    `contracts:
  - id: standby-terms
    provider: standby-host
    start: 2026-01-01
    term_months: 24
    notice_months: 3
    price_model: unit
    unit_prices: { per_gb: 0.4, per_minute: 0.005 }
    data_return: true
    security_requirements: true
    shared_responsibility: true
    incident_notice_hours: 24
`,
  ],
]);

/** BASE with the operator's own data platform running on the cloud, linked to the enabler. */
export const HOSTED_WORKLOAD = edit(BASE, [
  [
    '    supplies: [brand_distribution, payments]\n',
    '    supplies: [brand_distribution, payments]\n  - id: data-platform\n    name: Own data platform\n    kind: in_house\n    jurisdiction: GB\n    hosted_on: [cloud]\n    availability: 99.9%\n    supplies: [{ capability: analytics_ai, share: 0.5 }]\n',
  ],
  [
    'integrations:\n',
    'integrations:\n  - { id: warehouse-feed, from: enabler, to: data-platform, protocol: sftp, authentication: ssh_key, encryption: ssh, internet_facing: false, data: [usage] }\n',
  ],
]);
