import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import { percent } from '../../text/percent.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/** How each kind of outside holder reads in a message. */
const HOLDER_WORDS: Readonly<Record<string, string>> = {
  host: "host network's group",
  enabler: "enabler's group",
  third_party: 'third party',
  absent: 'not in the model',
};

/** What one outside party can reach: SIM groups whose keys it holds, key data classes it holds. */
interface KeyReach {
  readonly sims: { readonly id: string; readonly count: number; readonly index: number }[];
  readonly data: { readonly id: string; readonly index: number }[];
}

/** Someone outside the operator holds Ki/OPc, and with them the power to clone or lock SIMs. */
export const secProviderReachesKeys: Rule = {
  meta: {
    id: 'sec-provider-reaches-keys',
    title: 'A party outside the operator holds SIM authentication keys',
    category: 'security',
    layers: ['edge_control'],
    severity: 'high',
    rationale:
      'Ki/OPc authenticate every SIM on the network: whoever holds a copy can clone SIMs or impersonate the network to them, and a holder that runs the HSS decides whether the SIMs can follow the operator to another host. Copies kept after manufacture are a classic target.',
    references: [
      'mvno-domain.md §2.5 (who holds Ki/OPc)',
      'UK Telecoms Security CoP M10.08 (avoid transferring control of user data except where necessary)',
      "UK Telecoms Security CoP M10.09 (protect data leaving the provider's control)",
    ],
    detects:
      "A party other than the operator side that holds a data class of category authentication_keys, or is named in a SIM group's key_holders. The operator side is the operator, its in_house providers, and a provider running the HSS/AuC (subscriber_data) under a managed arrangement for the operator. One finding per party.",
    recommendation:
      "Keep keys only in the operator's (or its managed) HSS/AuC: have SIM vendors generate keys under the operator's transport key and delete their copies on delivery, with evidence; for a host-run HSS, negotiate key export at exit.",
  },
  check(context) {
    const reach = keyReach(context);
    const totalSims = (context.model.sims ?? []).reduce((sum, g) => sum + g.count, 0);
    return [...reach].map(([party, r]) => finding(party, r, totalSims, context));
  },
};

/** Providers running the HSS/AuC for the operator, who owns its data and configuration. */
function managedHss(model: ResolvedModel): ReadonlySet<string> {
  return new Set(
    model.providers
      .filter((p) =>
        p.supplies.some((s) => s.capability === 'subscriber_data' && s.arrangement === 'managed'),
      )
      .map((p) => p.id),
  );
}

function keyReach({ model, roles, indexOf }: RuleContext): Map<string, KeyReach> {
  const managed = managedHss(model);
  const outside = (party: string) => !roles.isOperatorSide(party) && !managed.has(party);
  const reach = new Map<string, KeyReach>();
  const entry = (party: string): KeyReach => {
    const found = reach.get(party) ?? { sims: [], data: [] };
    reach.set(party, found);
    return found;
  };
  for (const data of model.data ?? []) {
    if (data.category !== 'authentication_keys') continue;
    for (const holder of data.held_by.filter(outside))
      entry(holder).data.push({ id: data.id, index: indexOf('data', data.id) });
  }
  for (const group of model.sims ?? []) {
    for (const holder of group.key_holders.filter(outside))
      entry(holder).sims.push({
        id: group.id,
        count: group.count,
        index: indexOf('sims', group.id),
      });
  }
  return reach;
}

function finding(
  party: string,
  reach: KeyReach,
  totalSims: number,
  { roles }: RuleContext,
): RuleFinding {
  const kind = roles.byId.get(party)?.kind ?? 'party';
  const sims = reach.sims.reduce((sum, g) => sum + g.count, 0);
  const facts = [
    reach.sims.length > 0
      ? `holds Ki/OPc of ${reach.sims.map((g) => g.id).join(', ')} (${wholeNumber(sims)} SIMs, ${percent(totalSims === 0 ? 0 : sims / totalSims)} of all)`
      : '',
    reach.data.length > 0 ? `holds ${reach.data.map((d) => d.id).join(', ')}` : '',
  ].filter((f) => f !== '');
  const evidence: ModelPath[] = [
    ...reach.sims.map((g) => ['sims', g.index, 'key_holders'] as ModelPath),
    ...reach.data.map((d) => ['data', d.index, 'held_by'] as ModelPath),
  ];
  return {
    elements: [party],
    message: `${party} (${kind}, ${HOLDER_WORDS[roles.holderOfParty(party)] ?? 'outside'}) ${facts.join(' and ')}`,
    evidence,
  };
}
