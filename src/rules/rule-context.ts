/** Builds what every rule reads: the model, the structural analysis, who is who, and indexes. */
import type { StructuralAnalysis } from '../analysis/analyse.js';
import { partyRolesOf } from '../model/party-roles.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import type { ElementSection, RuleContext } from './rule.js';

/** The context every rule reads, without the per-rule problem log (runRules adds it). */
export type SharedRuleContext = Omit<RuleContext, 'noteProblem'>;

export function ruleContext(model: ResolvedModel, analysis: StructuralAnalysis): SharedRuleContext {
  const sections = {
    providers: model.providers,
    contracts: model.contracts ?? [],
    integrations: model.integrations ?? [],
    data: model.data ?? [],
    sims: model.sims ?? [],
    intelligence: model.intelligence ?? [],
    costs: model.costs ?? [],
    decisions: model.decisions ?? [],
    groups: model.groups,
  } as const satisfies Record<ElementSection, readonly { readonly id: string }[]>;
  const indexes = new Map<string, Map<string, number>>();
  for (const [name, list] of Object.entries(sections)) {
    indexes.set(name, new Map(list.map((item: { id: string }, i: number) => [item.id, i])));
  }
  return {
    model,
    analysis,
    roles: partyRolesOf(model),
    indexOf: (section, id) => indexes.get(section)?.get(id) ?? -1,
  };
}
