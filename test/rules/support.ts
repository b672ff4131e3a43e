/**
 * Helpers for rule tests: a small, complete, valid model to vary (BASE), and a runner that
 * loads a model text, analyses it and runs one rule.
 */
import { analyseStructure } from '../../src/analysis/analyse.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import type { Finding } from '../../src/rules/finding.js';
import type { Rule } from '../../src/rules/rule.js';
import { type RuleRun, runRules } from '../../src/rules/run-rules.js';
import { loadOk, readExample } from '../support/load.js';

/** Runs one rule over a model text. */
export function runOf(rule: Rule, text: string): RuleRun {
  const loaded = loadOk(text, 'rule-test.yaml');
  const analysis = analyseStructure(loaded.model, loaded.assumptions);
  return runRules([rule], loaded.model, analysis, (path) => loaded.sourceMap.spanOf(path).start);
}

/** Runs one rule over a model text and returns its findings. */
export function findingsOf(rule: Rule, text: string): readonly Finding[] {
  return runOf(rule, text).findings;
}

/** Runs every built-in rule over a shipped example. */
export function builtinRunOf(file: string): RuleRun {
  const loaded = loadOk(readExample(file), file);
  const analysis = analyseStructure(loaded.model, loaded.assumptions);
  return runRules(
    BUILTIN_RULES,
    loaded.model,
    analysis,
    (path) => loaded.sourceMap.spanOf(path).start,
  );
}

/**
 * A light MVNO on one host (exclusive), an MVNE on a cloud, a CRM SaaS, its own team. Every
 * section is present so that rules can be triggered by editing one line. Vary it with
 * String.replace on a unique line, or append entries to the end of a list section.
 */
export const BASE = `mvnoscope: 1
operator:
  id: op
  name: Test Mobile
  country: GB
  segments: [consumer]
  subscribers: 100000
  monthly_growth: 1%
  monthly_churn: 1.5%
  arpu: 12
  currency: GBP
  horizon_months: 60
  discount_rate: 10%
  as_of: 2026-11-01
groups:
  - { id: host-group, name: Host Group, availability: 99.99% }
  - { id: enabler-group, name: Enabler Group, availability: 99.99% }
providers:
  - id: host
    name: Host Mobile
    kind: mno
    jurisdiction: GB
    group: host-group
    availability: 99.95%
    last_assessed: 2026-03-01
    supplies: [radio_access, mobility_core, subscriber_data, packet_gateway, policy, messaging, voice_ims, signalling_edge, numbering, interconnect, roaming, lawful_intercept]
  - id: enabler
    name: Enabler
    kind: mvne
    jurisdiction: GB
    group: enabler-group
    hosted_on: [cloud]
    availability: 99.9%
    last_assessed: 2026-03-01
    supplies: [charging, mediation, billing, product_order, porting, sim_supply]
  - id: enabler-esim
    name: Enabler eSIM
    kind: esim_platform
    jurisdiction: GB
    group: enabler-group
    availability: 99.9%
    supplies: [esim_rsp]
  - id: crm
    name: CRM SaaS
    kind: saas
    jurisdiction: IE
    hosted_on: [cloud]
    availability: 99.9%
    supplies: [crm_care]
  - id: cloud
    name: Cloud
    kind: cloud
    jurisdiction: US
    availability: 99.99%
    supplies: [hosting]
  - id: ai-vendor
    name: AI Vendor
    kind: ai_platform
    jurisdiction: US
    availability: 99.9%
    supplies: [analytics_ai]
  - id: team
    name: Own team
    kind: in_house
    jurisdiction: GB
    availability: 99.9%
    supplies: [brand_distribution, payments]
contracts:
  - id: wholesale
    provider: host
    start: 2024-01-01
    term_months: 36
    notice_months: 6
    auto_renewal: true
    renewal_term_months: 12
    exit_fee: 500000
    minimum_commitment_per_month: 300000
    exclusive: true
    price_model: unit
    unit_prices: { per_gb: 0.5, per_minute: 0.005 }
    price_review: annual_review
    data_return: true
    security_requirements: true
    shared_responsibility: true
    incident_notice_hours: 24
  - id: platform
    provider: enabler
    start: 2024-01-01
    term_months: 48
    notice_months: 6
    exit_fee: 200000
    minimum_commitment_per_month: 50000
    price_model: per_subscriber
    unit_prices: { per_subscriber_month: 0.8 }
    price_review: annual_review
    data_return: true
    security_requirements: true
    shared_responsibility: true
    incident_notice_hours: 24
  - id: crm-subscription
    provider: crm
    start: 2025-01-01
    term_months: 12
    notice_months: 1
    auto_renewal: true
    renewal_term_months: 12
    price_model: per_subscriber
    unit_prices: { per_subscriber_month: 0.2 }
    data_return: true
    security_requirements: true
    shared_responsibility: true
    incident_notice_hours: 48
  - id: ai-terms
    provider: ai-vendor
    start: 2025-06-01
    term_months: 24
    notice_months: 3
    price_model: unit
    unit_prices: { per_1k_inferences: 2.0 }
    data_return: true
    model_export: true
    security_requirements: true
    shared_responsibility: true
    incident_notice_hours: 48
integrations:
  - { id: provisioning, from: enabler, to: host, capability: subscriber_data, protocol: rest, authentication: mtls, encryption: tls, internet_facing: false, data: [identity], custom_work_person_days: 80 }
  - { id: crm-sync, from: enabler, to: crm, protocol: rest, authentication: oauth2, encryption: tls, internet_facing: true, data: [identity, profile], custom_work_person_days: 30 }
  - { id: usage-feed, from: host, to: enabler, protocol: sftp, authentication: ssh_key, encryption: ssh, internet_facing: false, data: [usage], custom_work_person_days: 20 }
data:
  - { id: identity, name: Subscriber identity, category: subscriber_identity, sensitivity: confidential, held_by: [host, enabler, crm], residency: [GB, IE], residency_required: [GB, IE] }
  - { id: keys, name: Ki/OPc, category: authentication_keys, sensitivity: restricted, held_by: [host], residency: [GB] }
  - { id: usage, name: Usage records, category: usage_records, sensitivity: confidential, held_by: [host, enabler], residency: [GB] }
  - { id: profile, name: Customer profile, category: customer_profile, sensitivity: confidential, held_by: [crm], residency: [IE] }
sims:
  - { id: physical, kind: physical, count: 90000, imsi_issuers: [host], key_holders: [host], swap_unit_cost: 4 }
  - { id: esim, kind: esim_consumer, count: 10000, imsi_issuers: [host], key_holders: [host], rsp_operator: enabler-esim }
numbering:
  msisdn_holder: host
  msisdn_sub_allocated: true
intelligence:
  - { id: care-bot, name: Care assistant, decides: first-line answers to care contacts, criticality: medium, runs_on: ai-vendor, model_controlled_by: ai-vendor, training_data_controlled_by: op, trained_on_operator_data: true, model_export: true, inferences_per_month: 200000, cost_per_1k_inferences: 2.0, monthly_cost_cap: 1000 }
costs:
  - { id: wholesale-data, name: Wholesale data, provider: host, driver: wholesale, basis: usage, unit: gb, unit_price: 0.5, usage_per_subscriber_month: 8 }
  - { id: wholesale-voice, name: Wholesale voice, provider: host, driver: wholesale, basis: usage, unit: minute, unit_price: 0.005, usage_per_subscriber_month: 150 }
  - { id: platform-fee, name: Platform fee, provider: enabler, driver: cloud, basis: per_subscriber, per_subscriber_month: 0.8, floats_with: { cloud: 30% } }
  - { id: crm-fee, name: CRM, provider: crm, driver: other, basis: per_subscriber, per_subscriber_month: 0.2 }
  - { id: ai-inference, name: AI inference, provider: ai-vendor, driver: ai_inference, basis: fixed, monthly_amount: 400 }
  - { id: staff, name: Staff, provider: team, driver: labour, basis: fixed, monthly_amount: 250000 }
capital:
  cash: 8000000
  monthly_burn: 100000
  investors:
    - { id: founders, name: Founders, kind: founder, stake: 60% }
    - { id: fund, name: Fund, kind: financial, stake: 40% }
decisions:
  - id: choose-host
    title: Host network
    date: 2023-06-01
    chosen: Host Mobile, unit pricing
    providers: [host]
    alternatives: [a second national network]
    criteria: [time_to_launch, cost]
    interactions_assessed: true
    exit_plan: migrate to a second host over 18 months with new SIMs
    last_review: 2025-12-01
`;
