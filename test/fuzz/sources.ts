/** The models the fuzzer mutates: the starter model and every shipped example. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { starterModel } from '../../src/model/starter-model.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

export function fuzzSources(): { readonly name: string; readonly text: string }[] {
  const examples = readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));
  return [{ name: 'starter', text: starterModel() }, ...examples];
}

/** Input `index` of a run seeded `seed`: which source it mutates and the seed of its mutator. */
export function inputOf(
  seed: number,
  index: number,
  sources: number,
): { source: number; seed: number } {
  return { source: index % sources, seed: (seed * 1_000_003 + index) >>> 0 };
}
