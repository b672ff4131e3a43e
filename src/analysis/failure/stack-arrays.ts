/**
 * The stack read once into arrays, for the failure analysis: provider i is model.providers[i],
 * capability c is capabilityIds[c] (the model's capabilities, then any only a supply names),
 * and what each provider carries (each supply with a share or on standby, as listed) and the
 * known providers it is hosted on are CSR slices. Each provider object is read in one pass
 * (after one for the ids), and the analyses then index arrays instead of reading model objects
 * and looking ids up again in every pass.
 */
import type { ResolvedModel } from '../../model/resolved-model.js';

export interface StackArrays {
  readonly providerIds: readonly string[];
  readonly providerIndex: ReadonlyMap<string, number>;
  readonly capabilityIds: readonly string[];
  readonly capabilityIndex: ReadonlyMap<string, number>;
  /** Provider i carries carried*[carriedStart[i] .. carriedStart[i + 1]). */
  readonly carriedStart: Int32Array;
  readonly carriedCapability: Int32Array;
  readonly carriedShare: Float64Array;
  readonly carriedStandby: Uint8Array;
  readonly availability: Float64Array;
  /** Each provider's ownership group id. */
  readonly groupOf: readonly string[];
  /** Provider i runs on hosts[hostStart[i] .. hostStart[i + 1]), as named (unknown ids left out). */
  readonly hostStart: Int32Array;
  readonly hosts: Int32Array;
}

export function stackArrays(model: ResolvedModel): StackArrays {
  const providerIds: string[] = [];
  const providerIndex = new Map<string, number>();
  for (const provider of model.providers) {
    providerIndex.set(provider.id, providerIds.length);
    providerIds.push(provider.id);
  }
  const capabilityIds = model.capabilities.map((c) => c.id);
  const capabilityIndex = new Map(capabilityIds.map((id, i) => [id, i]));
  const n = model.providers.length;
  const carriedStart = new Int32Array(n + 1);
  const capabilities: number[] = [];
  const shares: number[] = [];
  const standby: number[] = [];
  const availability = new Float64Array(n);
  const groupOf: string[] = [];
  const hostStart = new Int32Array(n + 1);
  const hosts: number[] = [];
  model.providers.forEach((provider, i) => {
    availability[i] = provider.availability;
    groupOf.push(provider.group);
    for (const host of provider.hosted_on) {
      const index = providerIndex.get(host);
      if (index !== undefined) hosts.push(index);
    }
    hostStart[i + 1] = hosts.length;
    for (const supply of provider.supplies) {
      if (supply.share <= 0 && !supply.standby) continue;
      let c = capabilityIndex.get(supply.capability);
      if (c === undefined) {
        c = capabilityIds.length;
        capabilityIds.push(supply.capability);
        capabilityIndex.set(supply.capability, c);
      }
      capabilities.push(c);
      shares.push(supply.share);
      standby.push(supply.standby ? 1 : 0);
    }
    carriedStart[i + 1] = capabilities.length;
  });
  return {
    providerIds,
    providerIndex,
    capabilityIds,
    capabilityIndex,
    carriedStart,
    carriedCapability: Int32Array.from(capabilities),
    carriedShare: Float64Array.from(shares),
    carriedStandby: Uint8Array.from(standby),
    availability,
    groupOf,
    hostStart,
    hosts: Int32Array.from(hosts),
  };
}
