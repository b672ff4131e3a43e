import type { CapabilityConcentration } from '../../analysis/concentration/concentration.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import { suppliersOf } from '../../model/supply-index.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/** HHI of a market with one firm: 100% squared. */
const SINGLE_SUPPLIER_HHI = 10_000;

/** A capability the service cannot run without, in the hands of one ownership group. */
export const regSingleSupplierCritical: Rule = {
  meta: {
    id: 'reg-single-supplier-critical',
    title: 'Service-critical capability supplied by a single ownership group',
    category: 'regulation',
    layers: ['network_routes', 'edge_control'],
    severity: 'medium',
    rationale:
      "When one group supplies all of a capability the service needs, its outage, insolvency, sanction or price rise is the operator's, with nothing ready to take over; the EU 5G Toolbox asks operators for a multi-vendor strategy to avoid exactly this dependency.",
    references: [
      'EU 5G Toolbox (29 Jan 2020) SM05 (multi-vendor strategy; avoid dependency on a single supplier)',
      'NIS2 Art. 21(2)(c) (business continuity)',
      'mvno-domain.md §5.3; §5.4 SUP-REG-11',
    ],
    detects: `A service-critical capability whose suppliers carrying traffic all belong to one ownership group (group HHI ${wholeNumber(SINGLE_SUPPLIER_HHI)}), with no standby supplier from another group, and not run entirely by the operator itself (in_house). Providers under a managed arrangement count as suppliers. One finding per ownership group, listing its capabilities.`,
    recommendation:
      'Qualify a second supplier from another group and keep it on standby (integrated and tested), or split the capability between two groups; where that is not proportionate, record the accepted risk with an exit plan.',
  },
  check(context) {
    // One finding per group, listing its capabilities: a single-host MVNO would otherwise get
    // ten findings saying one thing.
    const byGroup = new Map<
      string,
      { capabilities: string[]; providers: Set<string>; evidence: ModelPath[] }
    >();
    for (const concentration of context.analysis.concentration.capabilities) {
      if (
        !concentration.critical ||
        concentration.suppliers === 0 ||
        concentration.groupHhi < SINGLE_SUPPLIER_HHI
      )
        continue;
      const sole = soleSupply(concentration, context);
      if (sole === undefined) continue;
      const entry = byGroup.get(concentration.leadingGroup) ?? {
        capabilities: [],
        providers: new Set<string>(),
        evidence: [],
      };
      entry.capabilities.push(concentration.capability);
      for (const id of sole.providers) entry.providers.add(id);
      entry.evidence.push(...sole.evidence);
      byGroup.set(concentration.leadingGroup, entry);
    }
    return [...byGroup].map(([group, { capabilities, providers, evidence }]): RuleFinding => {
      const ids = [...providers];
      const who =
        ids.length === 1 && ids[0] === group ? group : `group ${group} (${ids.join(', ')})`;
      return {
        elements: [group],
        message: `${who} is the only supplier of ${capabilities.length} service-critical capabilit${capabilities.length === 1 ? 'y' : 'ies'} (${capabilities.join(', ')}): group HHI ${wholeNumber(SINGLE_SUPPLIER_HHI)}, no standby from another group`,
        evidence,
      };
    });
  },
};

/** The suppliers of a capability held by one outside group with nothing standing by, if so. */
function soleSupply(
  concentration: CapabilityConcentration,
  { model, roles }: RuleContext,
): { providers: string[]; evidence: ModelPath[] } | undefined {
  const entries = suppliersOf(model, concentration.capability);
  const active = entries.filter((e) => e.supply.share > 0);
  if (active.every((e) => roles.isOperatorSide(e.provider.id))) return undefined;
  const standbyElsewhere = entries.some(
    (e) => e.supply.standby && e.provider.group !== concentration.leadingGroup,
  );
  if (standbyElsewhere) return undefined;
  return { providers: active.map((e) => e.provider.id), evidence: active.map((e) => e.path) };
}
