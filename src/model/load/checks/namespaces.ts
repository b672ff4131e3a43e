/**
 * The id spaces of a model: which ids a reference of each kind may name. Parties are the
 * operator itself and its providers (who may hold keys, data, IMSI ranges).
 */
import { CATALOGUE_IDS } from '../../capability-catalogue.js';
import { field, listField, stringField } from '../value-view.js';

export type Namespace = 'group' | 'capability' | 'provider' | 'party' | 'data' | 'investor';

export const NAMESPACE_NOUNS: Record<Namespace, string> = {
  group: 'an ownership group (declared under `groups`)',
  capability: 'a capability (from the catalogue or declared under `capabilities`)',
  provider: 'a provider (declared under `providers`)',
  party: 'a party (the operator id or a provider id)',
  data: 'a data class (declared under `data`)',
  investor: 'an investor (declared under `capital.investors`)',
};

function ids(list: readonly unknown[]): string[] {
  return list.map((item) => stringField(item, 'id')).filter((id): id is string => id !== undefined);
}

export function namespaces(root: unknown): Record<Namespace, ReadonlySet<string>> {
  const providers = ids(listField(root, 'providers'));
  const operatorId = stringField(field(root, 'operator'), 'id');
  return {
    group: new Set(ids(listField(root, 'groups'))),
    capability: new Set([...CATALOGUE_IDS, ...ids(listField(root, 'capabilities'))]),
    provider: new Set(providers),
    party: new Set(operatorId === undefined ? providers : [operatorId, ...providers]),
    data: new Set(ids(listField(root, 'data'))),
    investor: new Set(ids(listField(field(root, 'capital'), 'investors'))),
  };
}
