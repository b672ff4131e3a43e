/**
 * Whether an analysis reads the model's `economics` section at all, seen on one run with the
 * model's property reads watched. An analysis that never reads it runs exactly the same on a
 * copy with an economics parameter pinned, so its result on the loaded model stands for every
 * such pin without running it again.
 */
import type { ResolvedModel } from '../model/resolved-model.js';

export function watchEconomicsReads<T>(
  model: ResolvedModel,
  analysis: (model: ResolvedModel) => T,
): { readonly result: T; readonly readsEconomics: boolean } {
  let readsEconomics = false;
  // A copy made by spreading the model reads every key through `get`, so it is seen too.
  const watched = new Proxy(model, {
    get(target, key, receiver) {
      if (key === 'economics') readsEconomics = true;
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (key === 'economics') readsEconomics = true;
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (key === 'economics') readsEconomics = true;
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  const result = analysis(watched);
  return { result, readsEconomics };
}
