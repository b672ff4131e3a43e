/**
 * Defaults for figures a model may leave out, each with the reason it has this value. Every
 * one that is used is reported as an assumption with the output, never applied silently.
 */
import { counted } from '../text/whole-number.js';
import { catalogueCapability } from './capability-catalogue.js';
import { PartyRoles } from './party-roles.js';
import type {
  Assumption,
  ResolvedCapability,
  ResolvedGroup,
  ResolvedModel,
  ResolvedOperator,
  ResolvedProvider,
  ResolvedSimGroup,
  ResolvedSupply,
} from './resolved-model.js';
import type { StackModel } from './schema/model.js';
import { deriveAttachment } from './sim-attachment.js';

export const DEFAULTS = {
  monthly_growth: {
    value: 0,
    reason: 'no growth figure given: subscribers are held flat',
  },
  monthly_churn: {
    value: 0.015,
    reason:
      '1.5% a month, a mid-range figure for a European prepaid/SIM-only base; give operator.monthly_churn',
  },
  horizon_months: {
    value: 60,
    reason: 'five years, the usual length of a host wholesale term',
  },
  discount_rate: {
    value: 0.1,
    reason: '10% a year, a typical cost of capital for a small telecom operator',
  },
  group_availability: {
    value: 0.9999,
    reason:
      'a group-wide outage or failure (shared operations, insolvency) about 53 minutes a year',
  },
  availability: {
    value: 0.999,
    reason: 'three nines (8.8 hours down a year), a common floor in telecom supplier SLAs',
  },
} as const;

export interface Resolution {
  readonly model: ResolvedModel;
  readonly assumptions: Assumption[];
}

export function resolveModel(model: StackModel): Resolution {
  const assumptions: Assumption[] = [];
  const operator = resolveOperator(model, assumptions);
  const providers = resolveProviders(model, assumptions);
  const capabilities = resolveCapabilities(model, providers);
  const groups = resolveGroups(model, providers, assumptions);
  const partial = { ...model, operator, providers, capabilities, groups, sims: undefined };
  const sims = resolveSims(model, new PartyRoles(partial), assumptions);
  return { model: { ...partial, sims }, assumptions };
}

/** Each SIM group's host networks, derived where the model does not state them. */
function resolveSims(
  model: StackModel,
  roles: PartyRoles,
  assumptions: Assumption[],
): ResolvedSimGroup[] | undefined {
  return model.sims?.map((group, index) => {
    const { hosts, derived } = deriveAttachment(group, roles);
    if (derived) {
      assumptions.push({
        path: ['sims', index, 'attaches_to'],
        value: hosts.length === 0 ? 'no host' : hosts.join(', '),
        basis: 'derived',
        reason:
          'the host networks these SIMs reach without a swap, from the IMSIs they carry and who runs their profile management; state `attaches_to` to override',
      });
    }
    return { ...group, attaches_to: hosts };
  });
}

function resolveOperator(model: StackModel, assumptions: Assumption[]): ResolvedOperator {
  const op = model.operator;
  const pick = (
    key: 'monthly_growth' | 'monthly_churn' | 'horizon_months' | 'discount_rate',
  ): number => {
    const given = op[key];
    if (given !== undefined) return given;
    const { value, reason } = DEFAULTS[key];
    assumptions.push({ path: ['operator', key], value, basis: 'default', reason });
    return value;
  };
  let annualTurnover = op.annual_turnover;
  if (annualTurnover === undefined) {
    annualTurnover = op.subscribers * op.arpu * 12;
    assumptions.push({
      path: ['operator', 'annual_turnover'],
      value: annualTurnover,
      basis: 'derived',
      reason: 'subscribers × ARPU × 12',
    });
  }
  return {
    ...op,
    monthly_growth: pick('monthly_growth'),
    monthly_churn: pick('monthly_churn'),
    horizon_months: pick('horizon_months'),
    discount_rate: pick('discount_rate'),
    annual_turnover: annualTurnover,
  };
}

interface SupplyDraft {
  readonly providerIndex: number;
  readonly supplyIndex: number;
  readonly capability: string;
  readonly share: number | undefined;
  readonly arrangement: ResolvedSupply['arrangement'];
  readonly standby: boolean;
}

function resolveProviders(model: StackModel, assumptions: Assumption[]): ResolvedProvider[] {
  const drafts: SupplyDraft[] = model.providers.flatMap((provider, providerIndex) =>
    (provider.supplies ?? []).map((entry, supplyIndex) => {
      const supply = typeof entry === 'string' ? { capability: entry } : entry;
      const standby = supply.standby ?? false;
      return {
        providerIndex,
        supplyIndex,
        capability: supply.capability,
        share: standby ? 0 : supply.share,
        arrangement: supply.arrangement ?? (provider.kind === 'in_house' ? 'managed' : 'service'),
        standby,
      };
    }),
  );
  const shares = fillShares(drafts, model, assumptions);
  const draftsByProvider = new Map<number, SupplyDraft[]>();
  for (const draft of drafts) {
    const list = draftsByProvider.get(draft.providerIndex) ?? [];
    list.push(draft);
    draftsByProvider.set(draft.providerIndex, list);
  }

  return model.providers.map((provider, providerIndex) => {
    let availability = provider.availability;
    if (availability === undefined) {
      availability = DEFAULTS.availability.value;
      assumptions.push({
        path: ['providers', providerIndex, 'availability'],
        value: availability,
        basis: 'default',
        reason: DEFAULTS.availability.reason,
      });
    }
    const supplies = (draftsByProvider.get(providerIndex) ?? []).map((d) => ({
      capability: d.capability,
      share: shares.get(d) ?? 0,
      arrangement: d.arrangement,
      standby: d.standby,
    }));
    return {
      ...provider,
      supplies,
      availability,
      group: provider.group ?? provider.id,
      hosted_on: provider.hosted_on ?? [],
    };
  });
}

/**
 * A sole active supplier without a share carries all of it. Several suppliers without shares
 * split what the given shares leave, equally, and that split is reported as an assumption.
 */
function fillShares(
  drafts: readonly SupplyDraft[],
  model: StackModel,
  assumptions: Assumption[],
): Map<SupplyDraft, number> {
  const result = new Map<SupplyDraft, number>();
  const byCapability = new Map<string, SupplyDraft[]>();
  for (const draft of drafts) {
    if (draft.standby) {
      result.set(draft, 0);
      continue;
    }
    const list = byCapability.get(draft.capability) ?? [];
    list.push(draft);
    byCapability.set(draft.capability, list);
  }
  for (const [capability, list] of byCapability) {
    const given = list.reduce((sum, d) => sum + (d.share ?? 0), 0);
    const missing = list.filter((d) => d.share === undefined);
    const each = missing.length === 0 ? 0 : Math.max(0, 1 - given) / missing.length;
    for (const draft of list) {
      result.set(draft, draft.share ?? each);
      if (draft.share !== undefined || list.length === 1) continue;
      const provider = model.providers[draft.providerIndex]?.id ?? '?';
      assumptions.push({
        path: ['providers', draft.providerIndex, 'supplies', draft.supplyIndex, 'share'],
        value: each,
        basis: 'default',
        reason: `${provider} has no share of \`${capability}\`: what the given shares leave is split equally among ${counted(missing.length, 'supplier')}`,
      });
    }
  }
  return result;
}

function resolveGroups(
  model: StackModel,
  providers: readonly ResolvedProvider[],
  assumptions: Assumption[],
): ResolvedGroup[] {
  const members = new Map<string, string[]>();
  for (const provider of providers) {
    const list = members.get(provider.group) ?? [];
    list.push(provider.id);
    members.set(provider.group, list);
  }
  return (model.groups ?? []).map((group, index) => {
    const ids = members.get(group.id) ?? [];
    // A common cause needs two members to be one; a one-provider group fails with its provider.
    let availability = group.availability ?? (ids.length >= 2 ? undefined : 1);
    if (availability === undefined) {
      availability = DEFAULTS.group_availability.value;
      assumptions.push({
        path: ['groups', index, 'availability'],
        value: availability,
        basis: 'default',
        reason: DEFAULTS.group_availability.reason,
      });
    }
    return { ...group, availability, members: ids };
  });
}

function resolveCapabilities(
  model: StackModel,
  providers: readonly ResolvedProvider[],
): ResolvedCapability[] {
  const declared = new Map((model.capabilities ?? []).map((c) => [c.id, c]));
  const ids = new Set<string>(declared.keys());
  for (const provider of providers)
    for (const supply of provider.supplies) ids.add(supply.capability);
  return [...ids].map((id) => {
    const entry = declared.get(id);
    const base = catalogueCapability(id);
    return {
      id,
      name: entry?.name ?? base?.name ?? id,
      description: entry?.description ?? base?.description ?? '',
      layers: entry?.layers ?? base?.layers ?? [],
      critical: entry?.critical ?? base?.critical ?? false,
      custom: base === undefined,
    };
  });
}
