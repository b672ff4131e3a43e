import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { DataClass } from '../../model/schema/model.js';
import type { Rule, RuleFinding } from '../rule.js';

/**
 * The 27 EU member states (ISO 3166-1 alpha-2; Greece is GR), so that `EU` in
 * residency_required admits each of them.
 */
const EU_MEMBERS: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** Data held where it must not be, or by a company whose law reaches it from outside. */
export const secDataOutsideRequiredJurisdiction: Rule = {
  meta: {
    id: 'sec-data-outside-required-jurisdiction',
    title: 'Data held outside the jurisdictions it must stay in',
    category: 'security',
    layers: ['intelligence'],
    severity: 'high',
    rationale:
      "Where data must stay is set by law or contract; data held elsewhere breaks it outright, and data held by a company based elsewhere can be reached by that country's authorities and seen from there, whatever the data centre's address.",
    references: [
      "UK Telecoms Security CoP M10.09 (protect data leaving the provider's control; know who can see it and from where)",
      'UK Telecoms Security CoP M10.08 (avoid transferring control of network and user data)',
      'mvno-domain.md §5.4 SUP-REG-05, SUP-REG-06',
    ],
    detects:
      'A data class with residency_required where a residency entry lies outside it (high), or, when the residency complies, where a holder (the operator, by its country, or a provider, by its jurisdiction) is based outside it (medium). EU in residency_required admits any member state; a holder without a jurisdiction is left to reg-supplier-register-complete.',
    recommendation:
      'Move the data into the required jurisdictions, or have the holder process it from there only under a contract that says so (M10.09); if the requirement is wrong, correct residency_required.',
  },
  check({ model, indexOf }) {
    return (model.data ?? []).flatMap((data) => {
      const required = data.residency_required;
      if (required === undefined || required.length === 0) return [];
      const index = indexOf('data', data.id);
      const outside = (data.residency ?? []).filter((place) => !within(place, required));
      const holders = holdersOutside(data, required, model);
      if (outside.length === 0 && holders.length === 0) return [];
      return [finding(data, index, outside, holders)];
    });
  },
};

function within(place: string, allowed: readonly string[]): boolean {
  return allowed.includes(place) || (allowed.includes('EU') && EU_MEMBERS.has(place));
}

/** Holders based outside the required jurisdictions, as "id (XX)". */
function holdersOutside(
  data: DataClass,
  required: readonly string[],
  model: ResolvedModel,
): string[] {
  const jurisdictionOf = new Map<string, string | undefined>(
    model.providers.map((p) => [p.id, p.jurisdiction]),
  );
  jurisdictionOf.set(model.operator.id, model.operator.country);
  return data.held_by.flatMap((holder) => {
    const place = jurisdictionOf.get(holder);
    return place === undefined || within(place, required) ? [] : [`${holder} (${place})`];
  });
}

function finding(
  data: DataClass,
  index: number,
  outside: readonly string[],
  holders: readonly string[],
): RuleFinding {
  const required = (data.residency_required ?? []).join(', ');
  const facts = [
    outside.length > 0 ? `is held in ${outside.join(', ')}` : '',
    holders.length > 0 ? `is held by ${holders.join(', ')}` : '',
  ].filter((f) => f !== '');
  const evidence: ModelPath[] = [
    ...(outside.length > 0 ? [['data', index, 'residency'] as ModelPath] : []),
    ...(holders.length > 0 ? [['data', index, 'held_by'] as ModelPath] : []),
    ['data', index, 'residency_required'],
  ];
  return {
    elements: [data.id],
    message: `${data.id} (${data.sensitivity}) must stay in ${required} but ${facts.join(' and ')}`,
    evidence,
    ...(outside.length > 0 ? {} : { severity: 'medium' as const }),
  };
}
