import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedProvider } from '../../model/resolved-model.js';
import type { Rule, RuleFinding } from '../rule.js';

/** Kinds that run on someone else's platform as a rule, so an empty hosted_on hides a sub-supplier. */
const HOSTED_KINDS: ReadonlySet<string> = new Set(['saas', 'mvne', 'mvna', 'ai_platform']);

/** A supplier recorded without what the register needs: where it is, and what it runs on. */
export const regSupplierRegisterComplete: Rule = {
  meta: {
    id: 'reg-supplier-register-complete',
    title: 'Supplier register incomplete: jurisdiction or sub-suppliers missing',
    category: 'regulation',
    layers: [],
    severity: 'medium',
    rationale:
      'A provider must know who supplies what it uses, their own subcontractors and where they are, before it can judge their risk; the unrecorded cloud under a SaaS tool or an enabler is a dependency that no failure or breach analysis can see.',
    references: [
      "UK SI 2022/933 reg. 7(2) and 7(3)(b) (identify supply-chain risks, including suppliers' own sub-contracting)",
      'UK Telecoms Security CoP M10.01 (records of suppliers, their third parties and major components)',
      'mvno-domain.md §5.4 SUP-REG-01',
    ],
    detects:
      'A provider outside the operator (not in_house) recorded without a jurisdiction, or of kind saas, mvne, mvna or ai_platform with no hosted_on (where it runs, and so its sub-suppliers, unrecorded). One finding per provider.',
    recommendation:
      'Ask the supplier for its jurisdiction, hosting and material subcontractors, and record them: jurisdiction, hosted_on, and providers with subcontractor_of.',
  },
  check({ model, roles, indexOf }) {
    return model.providers.flatMap((provider) => {
      if (roles.isOperatorSide(provider.id)) return [];
      const gaps = gapsOf(provider);
      return gaps.length === 0 ? [] : [finding(provider, indexOf('providers', provider.id), gaps)];
    });
  },
};

type Gap = 'jurisdiction' | 'hosted_on';

function gapsOf(provider: ResolvedProvider): Gap[] {
  const gaps: Gap[] = [];
  if (provider.jurisdiction === undefined) gaps.push('jurisdiction');
  if (HOSTED_KINDS.has(provider.kind) && provider.hosted_on.length === 0) gaps.push('hosted_on');
  return gaps;
}

function finding(provider: ResolvedProvider, index: number, gaps: readonly Gap[]): RuleFinding {
  const words = gaps.map((g) =>
    g === 'jurisdiction'
      ? 'no jurisdiction'
      : `no hosted_on, so where this ${provider.kind} runs, and on whose platform, is unrecorded`,
  );
  const evidence: ModelPath[] = [
    ['providers', index],
    ...(gaps.includes('hosted_on') ? [['providers', index, 'kind'] as ModelPath] : []),
  ];
  return {
    elements: [provider.id],
    message: `${provider.id} is recorded with ${words.join(' and ')}`,
    evidence,
  };
}
