/**
 * The deterministic half of the fuzzing: every number of every source model, one at a time, set
 * to the largest value the schema accepts (tried from 1e15 down) and to 0, and all of them at
 * once to their largest. What the schema accepts the analyses must answer, so these are the
 * inputs most likely to overflow a curve or degenerate a lattice.
 */
import { parse, stringify } from 'yaml';
import { loadModel } from '../../src/model/load/load-model.js';

/** Candidates for "the largest accepted", largest first: the schema's bounds and a few below. */
const CANDIDATES = [1e15, 1e9, 2e9, 1e7, 1e6, 100_000, 36_500, 8760, 1200, 600, 365, 120, 1];

type Path = readonly (string | number)[];

function numericPaths(tree: unknown): Path[] {
  const paths: Path[] = [];
  const walk = (node: unknown, path: Path): void => {
    if (typeof node === 'number') paths.push(path);
    else if (Array.isArray(node)) {
      node.forEach((child, i) => {
        walk(child, [...path, i]);
      });
    } else if (typeof node === 'object' && node !== null)
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(tree, []);
  return paths;
}

function setAt(tree: unknown, path: Path, value: unknown): void {
  let node = tree as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
}

/** The largest candidate the loader accepts at `path` of `tree`, or undefined. */
function largestAccepted(tree: unknown, path: Path): number | undefined {
  for (const candidate of CANDIDATES) {
    const copy = structuredClone(tree);
    setAt(copy, path, candidate);
    if (loadModel(stringify(copy)).ok) return candidate;
  }
  return undefined;
}

/** Every extreme variant of one source text, named by what was changed. */
export function* extremeVariants(source: string): Generator<{ name: string; text: string }> {
  const tree: unknown = parse(source);
  const all = structuredClone(tree);
  for (const path of numericPaths(tree)) {
    const largest = largestAccepted(tree, path);
    const name = path.join('.');
    for (const value of [largest, 0]) {
      if (value === undefined) continue;
      const copy = structuredClone(tree);
      setAt(copy, path, value);
      yield { name: `${name}=${value}`, text: stringify(copy) };
    }
    if (largest !== undefined) setAt(all, path, largest);
  }
  yield { name: 'every number at its largest', text: stringify(all) };
}
