/**
 * The operator section of an imported model. No architecture source states an MVNO's
 * subscribers, ARPU or country, yet the model needs them to load; each gets a placeholder
 * value marked `# TODO placeholder`, which `validate` lists as a warning until it is replaced.
 * The placeholders are deliberately blank-looking (zero subscribers, zero ARPU) rather than
 * plausible, so no figure computed from them can pass for a real one.
 */
import type { DraftEntry } from './draft-model.js';

/** Used for `as_of` when the source states no date of its own. */
export const PLACEHOLDER_DATE = '2026-01-01';

export interface OperatorFacts {
  readonly name?: string;
  readonly currency?: string;
  readonly asOf?: string;
}

export function operatorPlaceholder(facts: OperatorFacts, from: string): DraftEntry {
  const missing = 'not in the source';
  const placeholders: Record<string, string> = {
    id: 'the operator id other sections name',
    country: `the operator's home country is ${missing}`,
    segments: `the market segments are ${missing}`,
    subscribers: `the subscriber count is ${missing}`,
    arpu: `ARPU is ${missing}`,
  };
  if (facts.name === undefined) placeholders.name = `the operator's name is ${missing}`;
  if (facts.currency === undefined) placeholders.currency = `the currency is ${missing}`;
  if (facts.asOf === undefined) placeholders.as_of = `the date the model describes is ${missing}`;
  return {
    value: {
      id: 'operator',
      name: facts.name ?? 'Operator',
      country: 'EU',
      segments: ['consumer'],
      subscribers: 0,
      arpu: 0,
      currency: facts.currency ?? 'EUR',
      as_of: facts.asOf ?? PLACEHOLDER_DATE,
    },
    from,
    placeholders,
  };
}
