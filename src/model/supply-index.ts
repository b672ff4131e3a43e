/**
 * Who supplies each capability, indexed once per model. Several analyses ask it for every
 * capability; scanning all providers each time would make them quadratic in the model's size.
 */
import type { ModelPath } from './load/diagnostic.js';
import type { ResolvedModel, ResolvedProvider, ResolvedSupply } from './resolved-model.js';

export interface SupplyEntry {
  readonly provider: ResolvedProvider;
  readonly supply: ResolvedSupply;
  /** Where the supply stands in the model: providers[i].supplies[j]. */
  readonly path: ModelPath;
}

const cache = new WeakMap<ResolvedModel, ReadonlyMap<string, readonly SupplyEntry[]>>();

export function suppliesByCapability(
  model: ResolvedModel,
): ReadonlyMap<string, readonly SupplyEntry[]> {
  let index = cache.get(model);
  if (index === undefined) {
    const built = new Map<string, SupplyEntry[]>();
    model.providers.forEach((provider, i) => {
      provider.supplies.forEach((supply, j) => {
        const list = built.get(supply.capability) ?? [];
        list.push({ provider, supply, path: ['providers', i, 'supplies', j] });
        built.set(supply.capability, list);
      });
    });
    index = built;
    cache.set(model, index);
  }
  return index;
}

export function suppliersOf(model: ResolvedModel, capability: string): readonly SupplyEntry[] {
  return suppliesByCapability(model).get(capability) ?? [];
}
