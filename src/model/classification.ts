/**
 * Classifies the operator type from the value-chain elements it holds, following the
 * ownership matrix in shared/research/mvno-domain.md §1.2 (OECD 2014; Yozzo's ladder of
 * control): the type is the highest rung whose elements the operator all holds.
 *
 *   full      ⇐ own IMSI range ∧ HSS/AuC ∧ packet gateway run by or for the operator ∧ own SIMs
 *   enhanced  ⇐ SIM supply ∧ billing ∧ rating/charging held by the operator (not an enabler's platform)
 *   light     ⇐ CRM/care or billing held by the operator (an enabler may run it on its behalf)
 *   reseller  ⇐ brand only
 *
 * Hybrid: the operator also runs radio (owned small cells, CBRS, Wi-Fi offload). An owner of
 * the operator that is also its host network's group makes it an MNO sub-brand (> 50%) or a
 * joint venture with the host (20–50%) (§1.1: sub-brands are not independent competitors).
 */
import { type Holder, type PartyRoles, partyRolesOf } from './party-roles.js';
import type { ResolvedModel } from './resolved-model.js';
import { suppliersOf } from './supply-index.js';

export const OPERATOR_TYPES = ['branded_reseller', 'light', 'enhanced', 'full'] as const;
export type OperatorType = (typeof OPERATOR_TYPES)[number];

export const OPERATOR_TYPE_NAMES: Record<OperatorType, string> = {
  branded_reseller: 'Branded reseller',
  light: 'Light MVNO (thin / service provider)',
  enhanced: 'Enhanced service provider (medium MVNO)',
  full: 'Full MVNO',
};

export type { Holder } from './party-roles.js';

export const ELEMENTS = [
  'brand',
  'crm_care',
  'billing',
  'rating',
  'sim_supply',
  'imsi_range',
  'msisdn_range',
  'subscriber_data',
  'packet_gateway',
  'messaging',
  'voice',
  'roaming',
  'radio',
] as const;
export type Element = (typeof ELEMENTS)[number];

const ELEMENT_CAPABILITY: Partial<Record<Element, string>> = {
  brand: 'brand_distribution',
  crm_care: 'crm_care',
  billing: 'billing',
  rating: 'charging',
  sim_supply: 'sim_supply',
  subscriber_data: 'subscriber_data',
  packet_gateway: 'packet_gateway',
  messaging: 'messaging',
  voice: 'voice_ims',
  roaming: 'roaming',
  radio: 'radio_access',
};

export interface ElementHolding {
  readonly element: Element;
  readonly holder: Holder;
  /** Share of the element held by the operator side (operator + third_party), 0–1. */
  readonly operatorShare: number;
  /** Why: the suppliers or SIM groups behind the holder, in words. */
  readonly evidence: string;
}

export type HostAffiliation =
  | {
      readonly kind: 'sub_brand' | 'joint_venture' | 'minority_stake';
      readonly group: string;
      readonly stake: number;
    }
  | undefined;

export interface Classification {
  readonly type: OperatorType;
  readonly name: string;
  readonly hybrid: boolean;
  readonly hostAffiliation: HostAffiliation;
  /** Providers supplying radio access that the operator does not run. */
  readonly hostNetworks: readonly string[];
  readonly elements: readonly ElementHolding[];
  /** The elements that decided the type, in words. */
  readonly reasons: readonly string[];
  /** What the operator lacks for the next rung up, if there is one. */
  readonly nextRung:
    | { readonly type: OperatorType; readonly missing: readonly string[] }
    | undefined;
}

export function classify(model: ResolvedModel): Classification {
  const roles = partyRolesOf(model);
  const elements = ELEMENTS.map((element) => holding(element, model, roles));
  const held = new Map(elements.map((e) => [e.element, e]));
  const get = (element: Element): ElementHolding => held.get(element) as ElementHolding;

  const rungs = rungRequirements(get);
  let type: OperatorType = 'branded_reseller';
  for (const candidate of ['light', 'enhanced', 'full'] as const) {
    if (rungs[candidate].every((requirement) => requirement.met)) type = candidate;
  }
  const reasons = reasonsFor(type, rungs, get);
  const next = NEXT_RUNG[type];
  const radio = get('radio');
  const hybrid = radio.holder !== 'absent' && radio.operatorShare > 0 && roles.hosts.length > 0;
  if (hybrid) reasons.push(`runs part of its radio access itself (${radio.evidence}): a hybrid`);
  const hostAffiliation = affiliation(model, roles);
  if (hostAffiliation !== undefined) {
    reasons.push(
      `${formatShare(hostAffiliation.stake)} of the operator is owned by ${hostAffiliation.group}, the group of its host network: ${AFFILIATION_WORDS[hostAffiliation.kind]}`,
    );
  }
  return {
    type,
    name: OPERATOR_TYPE_NAMES[type],
    hybrid,
    hostAffiliation,
    hostNetworks: roles.hosts.map((p) => p.id),
    elements,
    reasons,
    nextRung:
      next === undefined
        ? undefined
        : { type: next, missing: rungs[next].filter((r) => !r.met).map((r) => r.unmet) },
  };
}

const AFFILIATION_WORDS = {
  sub_brand: 'an MNO sub-brand, not an independent operator',
  joint_venture: 'a joint venture with its host',
  minority_stake: 'its host holds a minority stake',
} as const;

interface Requirement {
  readonly met: boolean;
  readonly met_reason: string;
  readonly unmet: string;
}

type Rung = Exclude<OperatorType, 'branded_reseller'>;

const NEXT_RUNG: Record<OperatorType, Rung | undefined> = {
  branded_reseller: 'light',
  light: 'enhanced',
  enhanced: 'full',
  full: undefined,
};

function rungRequirements(get: (e: Element) => ElementHolding): Record<Rung, Requirement[]> {
  const operatorSide = (e: ElementHolding) => e.holder === 'operator' || e.holder === 'third_party';
  const require = (
    element: Element,
    ok: (e: ElementHolding) => boolean,
    what: string,
  ): Requirement => {
    const e = get(element);
    return {
      met: ok(e),
      met_reason: `${what}: ${e.evidence}`,
      unmet: `${what} (now: ${e.evidence})`,
    };
  };
  const customerFacing = (e: ElementHolding) => operatorSide(e) || e.holder === 'enabler';
  return {
    light: [
      {
        met: customerFacing(get('crm_care')) || customerFacing(get('billing')),
        met_reason: `owns the customer: CRM and care ${get('crm_care').evidence}; billing ${get('billing').evidence}`,
        unmet: `CRM and care or billing of its own (now: CRM ${get('crm_care').evidence}; billing ${get('billing').evidence})`,
      },
    ],
    enhanced: [
      require('sim_supply', operatorSide, 'issues its own SIMs'),
      require('billing', operatorSide, 'runs its own billing'),
      require('rating', operatorSide, 'rates and charges usage itself'),
    ],
    full: [
      require('imsi_range', (e) => e.holder === 'operator', 'holds its own IMSI range'),
      require('subscriber_data', (e) =>
        e.holder === 'operator', 'runs subscriber data and authentication (HSS/AuC)'),
      require('packet_gateway', (e) => e.holder === 'operator', 'runs the packet gateway'),
      require('sim_supply', operatorSide, 'issues its own SIMs'),
    ],
  };
}

function reasonsFor(
  type: OperatorType,
  rungs: Record<Rung, Requirement[]>,
  get: (e: Element) => ElementHolding,
): string[] {
  if (type === 'branded_reseller') {
    return [`holds the brand (${get('brand').evidence}); customer care and billing are the host's`];
  }
  return rungs[type].map((r) => r.met_reason);
}

function holding(element: Element, model: ResolvedModel, roles: PartyRoles): ElementHolding {
  if (element === 'imsi_range') return imsiHolding(model, roles);
  if (element === 'msisdn_range') return msisdnHolding(model, roles);
  const capability = ELEMENT_CAPABILITY[element] as string;
  const shares = new Map<Holder, number>();
  const names: string[] = [];
  for (const { provider, supply } of suppliersOf(model, capability)) {
    if (supply.standby) continue;
    const holder = roles.holderOfSupply(provider, supply.arrangement);
    shares.set(holder, (shares.get(holder) ?? 0) + supply.share);
    names.push(
      `${provider.id} (${holder.replace('_', ' ')}${supply.share < 1 ? `, ${formatShare(supply.share)}` : ''})`,
    );
  }
  if (names.length === 0) {
    // A brand nobody is named for is the operator's own: every MVNO type holds its brand (§1.2).
    if (element === 'brand')
      return {
        element,
        holder: 'operator',
        operatorShare: 1,
        evidence: 'the operator (no supplier named)',
      };
    return { element, holder: 'absent', operatorShare: 0, evidence: 'not in the model' };
  }
  const operatorShare = (shares.get('operator') ?? 0) + (shares.get('third_party') ?? 0);
  // Name the first few suppliers; a capability with hundreds would make the reason unreadable.
  const listed =
    names.length <= 6
      ? names.join(', ')
      : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
  return { element, holder: largest(shares), operatorShare, evidence: listed };
}

/** The IMSI range is held by whoever issues the IMSIs on most SIMs in service. */
function imsiHolding(model: ResolvedModel, roles: PartyRoles): ElementHolding {
  const sims = model.sims ?? [];
  const total = sims.reduce((sum, group) => sum + group.count, 0);
  if (total === 0) {
    const own = (model.numbering?.mcc_mnc?.length ?? 0) > 0;
    return {
      element: 'imsi_range',
      holder: own ? 'operator' : 'absent',
      operatorShare: own ? 1 : 0,
      evidence: own
        ? `own MCC-MNC ${model.numbering?.mcc_mnc?.join(', ')}`
        : 'no SIMs or MCC-MNC in the model',
    };
  }
  const ownCount = sims
    .filter((group) => group.imsi_issuers.some((issuer) => roles.operatorParties.has(issuer)))
    .reduce((sum, group) => sum + group.count, 0);
  const operatorShare = ownCount / total;
  const issuers = [...new Set(sims.flatMap((group) => group.imsi_issuers))];
  const others = issuers.filter((i) => !roles.operatorParties.has(i));
  const holder: Holder = operatorShare >= 0.5 ? 'operator' : roles.holderOfParty(others[0]);
  return {
    element: 'imsi_range',
    holder,
    operatorShare,
    evidence: `${formatShare(operatorShare)} of ${total.toLocaleString('en')} SIMs carry an IMSI of the operator's own; issuers: ${issuers.join(', ')}`,
  };
}

function msisdnHolding(model: ResolvedModel, roles: PartyRoles): ElementHolding {
  const holderId = model.numbering?.msisdn_holder;
  if (holderId === undefined)
    return {
      element: 'msisdn_range',
      holder: 'absent',
      operatorShare: 0,
      evidence: 'not in the model',
    };
  const holder = roles.holderOfParty(holderId);
  const subAllocated = model.numbering?.msisdn_sub_allocated === true ? ', sub-allocated' : '';
  return {
    element: 'msisdn_range',
    holder,
    operatorShare: holder === 'operator' ? 1 : 0,
    evidence: `${holderId}${subAllocated}`,
  };
}

function affiliation(model: ResolvedModel, roles: PartyRoles): HostAffiliation {
  if (model.operator.group !== undefined && roles.hostGroups.has(model.operator.group)) {
    return { kind: 'sub_brand', group: model.operator.group, stake: 1 };
  }
  let best: HostAffiliation;
  for (const owner of model.operator.owners ?? []) {
    if (!roles.hostGroups.has(owner.group) || owner.stake <= 0) continue;
    if (best !== undefined && best.stake >= owner.stake) continue;
    const kind =
      owner.stake > 0.5 ? 'sub_brand' : owner.stake >= 0.2 ? 'joint_venture' : 'minority_stake';
    best = { kind, group: owner.group, stake: owner.stake };
  }
  return best;
}

function largest(shares: ReadonlyMap<Holder, number>): Holder {
  let best: Holder = 'absent';
  let bestShare = -1;
  for (const [holder, share] of shares) {
    if (share > bestShare) {
      best = holder;
      bestShare = share;
    }
  }
  return best;
}

function formatShare(value: number): string {
  return `${Number((value * 100).toFixed(1))}%`;
}
