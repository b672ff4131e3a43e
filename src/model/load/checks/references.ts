/**
 * Every reference names something that exists. A dangling reference is the most common
 * mistake in a hand-written model, so each one gets the nearest valid id as a suggestion.
 */
import { didYouMean } from '../../suggest.js';
import { type CheckContext, type ModelCheck, visit } from './check-context.js';
import { NAMESPACE_NOUNS, type Namespace, namespaces } from './namespaces.js';

/** Where references stand, as path patterns, and what each must name. */
export const REFERENCE_SITES: readonly (readonly [readonly string[], Namespace])[] = [
  [['operator', 'group'], 'group'],
  [['operator', 'owners', '*', 'group'], 'group'],
  [['providers', '*', 'group'], 'group'],
  [['providers', '*', 'hosted_on', '*'], 'provider'],
  [['providers', '*', 'subcontractor_of'], 'provider'],
  [['providers', '*', 'supplies', '*'], 'capability'],
  [['providers', '*', 'supplies', '*', 'capability'], 'capability'],
  [['contracts', '*', 'provider'], 'provider'],
  [['contracts', '*', 'covers', '*'], 'capability'],
  [['integrations', '*', 'from'], 'party'],
  [['integrations', '*', 'to'], 'party'],
  [['integrations', '*', 'capability'], 'capability'],
  [['integrations', '*', 'data', '*'], 'data'],
  [['data', '*', 'held_by', '*'], 'party'],
  [['sims', '*', 'imsi_issuers', '*'], 'party'],
  [['sims', '*', 'key_holders', '*'], 'party'],
  [['sims', '*', 'sim_vendor'], 'provider'],
  [['sims', '*', 'ota_keys_holder'], 'party'],
  [['sims', '*', 'rsp_operator'], 'party'],
  [['sims', '*', 'sm_sr_operator'], 'party'],
  [['sims', '*', 'eim_operator'], 'party'],
  [['sims', '*', 'attaches_to', '*'], 'provider'],
  [['numbering', 'msisdn_holder'], 'party'],
  [['numbering', 'global_titles', 'lessor'], 'provider'],
  [['intelligence', '*', 'runs_on'], 'party'],
  [['intelligence', '*', 'model_controlled_by'], 'party'],
  [['intelligence', '*', 'training_data_controlled_by'], 'party'],
  [['intelligence', '*', 'data', '*'], 'data'],
  [['costs', '*', 'provider'], 'provider'],
  [['capital', 'investors', '*', 'group'], 'group'],
  [['capital', 'funding', '*', 'from', '*'], 'investor'],
  [['decisions', '*', 'providers', '*'], 'provider'],
  [['decisions', '*', 'capabilities', '*'], 'capability'],
];

/** What a reference must name, written once per namespace rather than once per reference. */
const EXPECTED = Object.fromEntries(
  Object.entries(NAMESPACE_NOUNS).map(([namespace, noun]) => [namespace, `the id of ${noun}`]),
) as Record<Namespace, string>;

export const checkReferences: ModelCheck = (context: CheckContext) => {
  const known = namespaces(context.root);
  for (const [pattern, namespace] of REFERENCE_SITES) {
    visit(context.root, pattern, (path, value) => {
      // Non-strings are the schema's to report; objects in `supplies` are read via `.capability`.
      if (typeof value !== 'string' || known[namespace].has(value)) return;
      const unknownCapability = namespace === 'capability';
      context.error([...path], {
        code: unknownCapability ? 'unknown-capability' : 'unknown-reference',
        message: `\`${value}\` does not name ${NAMESPACE_NOUNS[namespace]}`,
        expected: EXPECTED[namespace],
        found: `\`${value}\``,
        suggestion: () =>
          didYouMean(value, known[namespace]) ??
          (unknownCapability
            ? 'declare it under `capabilities` with a name, layers and critical, or use a catalogue id (mvnoscope schema lists them)'
            : undefined),
      });
    });
  }
};
