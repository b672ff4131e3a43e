/**
 * A copy of a loaded model with one parameter pinned at a value: the economics parameter in
 * `economics`, the operator's figure in `operator`, or the default availability on every
 * provider (or group) that states none. Only the objects on the way to the pinned value are
 * copied; the rest is shared with the loaded model, which is never changed.
 */
import type { ResolvedModel } from '../model/resolved-model.js';
import type { ParameterTarget } from './varied-parameters.js';

export function pinParameter(
  model: ResolvedModel,
  target: ParameterTarget,
  value: number,
): ResolvedModel {
  switch (target.kind) {
    case 'economics':
      return { ...model, economics: { ...model.economics, [target.name]: value } };
    case 'operator':
      return { ...model, operator: { ...model.operator, [target.name]: value } };
    case 'provider_availability': {
      const pinned = new Set(target.indices);
      return {
        ...model,
        providers: model.providers.map((p, i) =>
          pinned.has(i) ? { ...p, availability: value } : p,
        ),
      };
    }
    case 'group_availability': {
      const pinned = new Set(target.indices);
      return {
        ...model,
        groups: model.groups.map((g, i) => (pinned.has(i) ? { ...g, availability: value } : g)),
      };
    }
  }
}
