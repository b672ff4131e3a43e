/**
 * The model `mvnoscope init` writes: a small, complete light MVNO that validates, with a
 * comment on every section saying what it is for. Kept in the core so the web app can offer
 * the same starting point.
 */
export function starterModel(schemaPath = './mvnoscope.schema.json'): string {
  return `# yaml-language-server: $schema=${schemaPath}
# A starter mvnoscope stack model. Every figure below is illustrative: replace it with yours.
# Check it with: mvnoscope validate <this file>
mvnoscope: 1

# The operator whose architecture this is. Money is in \`currency\`; rates accept 0.015 or "1.5%".
operator:
  id: my-mvno
  name: My MVNO
  country: GB
  segments: [consumer]
  subscribers: 50000
  monthly_growth: 2%
  monthly_churn: 1.8%
  arpu: 10.0
  currency: GBP
  horizon_months: 60
  discount_rate: 10%
  as_of: 2026-11-01

# Ownership groups: two providers of one group count as one dependency.
groups:
  - id: host-group
    name: Host Telecom Group
    jurisdiction: GB

# Who supplies what. Capability ids come from the built-in catalogue (mvnoscope catalogue).
providers:
  - id: host-mno
    name: Host Mobile
    kind: mno
    jurisdiction: GB
    group: host-group
    availability: 99.95%
    supplies: [radio_access, mobility_core, subscriber_data, packet_gateway, policy, messaging,
               voice_ims, signalling_edge, numbering, interconnect, roaming, lawful_intercept]
  - id: enabler
    name: Example MVNE
    kind: mvne
    jurisdiction: GB
    hosted_on: [cloud]
    availability: 99.9%
    supplies: [charging, mediation, billing, product_order, porting, sim_supply, esim_rsp]
  - id: crm-saas
    name: Example CRM
    kind: saas
    jurisdiction: IE
    hosted_on: [cloud]
    availability: 99.9%
    supplies: [crm_care]
  - id: cloud
    name: Example Cloud
    kind: cloud
    jurisdiction: US
    availability: 99.99%
    supplies: [hosting]
  - id: my-mvno-team
    name: My MVNO (own team)
    kind: in_house
    availability: 99.9%
    supplies: [brand_distribution, payments]

# Contracts: term and notice in months, money in the operator's currency.
contracts:
  - id: wholesale
    provider: host-mno
    start: 2025-01-01
    term_months: 36
    notice_months: 6
    auto_renewal: true
    renewal_term_months: 12
    exit_fee: 250000
    minimum_commitment_per_month: 60000
    exclusive: true
    price_model: unit
    unit_prices: { per_gb: 0.55, per_minute: 0.006, per_sms: 0.003 }
    price_review: annual_review
    data_return: false
    security_requirements: true
    incident_notice_hours: 72

# Links that carry data between the operator and providers (or between providers).
integrations:
  - id: host-provisioning
    from: enabler
    to: host-mno
    capability: subscriber_data
    protocol: rest
    authentication: mtls
    encryption: tls
    internet_facing: false
    data: [subscriber-identity]
    custom_work_person_days: 60

# Data classes, who holds them and where they must stay.
data:
  - id: subscriber-identity
    name: Subscriber identity (IMSI, MSISDN, name)
    category: subscriber_identity
    sensitivity: confidential
    held_by: [host-mno, enabler, crm-saas]
    residency: [GB, IE]
  - id: auth-keys
    name: Ki/OPc authentication keys
    category: authentication_keys
    sensitivity: restricted
    held_by: [host-mno]
    residency: [GB]

# SIMs in service: who issues the IMSIs and who holds the keys decides who can leave whom.
sims:
  - id: physical
    kind: physical
    count: 50000
    imsi_issuers: [host-mno]
    key_holders: [host-mno]
    swap_unit_cost: 4.0

numbering:
  msisdn_holder: host-mno
  msisdn_sub_allocated: true

# Cost lines: fixed, per subscriber, per unit of usage, or a share of revenue.
costs:
  - id: wholesale-data
    name: Wholesale data
    provider: host-mno
    driver: wholesale
    basis: usage
    unit: gb
    unit_price: 0.55
    usage_per_subscriber_month: 9
  - id: platform-fee
    name: Enabler platform fee
    provider: enabler
    driver: cloud
    basis: per_subscriber
    per_subscriber_month: 0.9
    floats_with: { cloud: 50%, energy: 10% }

capital:
  cash: 3000000
  monthly_burn: 150000

# The decision log: how the architecture came to be.
decisions:
  - id: choose-host
    title: Host network
    date: 2024-09-01
    chosen: Host Mobile, unit pricing, 3 years
    providers: [host-mno]
    alternatives: [a second national network, an MVNA]
    criteria: [time_to_launch, cost]
    interactions_assessed: false
    last_review: 2025-09-01
`;
}
