/**
 * A seeded mutation fuzzer for model files: it takes a valid model, parses it to a tree and
 * applies a few edits aimed at what crashes analyses rather than parsers — numbers pushed to
 * the edges (0, 1e308, NaN, huge months and counts), deleted and duplicated entries, reserved
 * and control-character strings, values of the wrong type — and now and then a raw edit of the
 * text (a NUL, a cut, a stray bracket). The same seed always gives the same text.
 */

import { dump } from 'js-yaml';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { parse } from 'yaml';

/** Numbers at the edges of what a field could hold, and just past the schema's bounds. */
const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  0.999999,
  1.000001,
  2,
  12,
  36,
  60,
  119,
  120,
  121,
  599,
  600,
  601,
  1200,
  1201,
  1e-300,
  5e-324,
  1e-9,
  1e6,
  1e9,
  2e9,
  2e9 + 1,
  2147483647,
  4294967296,
  1e12,
  1e15,
  1e15 + 2,
  1e16,
  2 ** 53 + 2,
  1e100,
  1e300,
  1e308,
  Number.MAX_VALUE,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e8,
  1e15 * 12,
];
const EDGE_STRINGS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '0',
  '100%',
  '1e308%',
  '150%',
  'a\u0000b',
  'x\u001b[31mred\u001b[0m',
  '\u202eevil',
  'GBP',
  'USD',
  'mno-a',
  'host-mno',
  'radio_access',
  '2026-02-30',
  '9999-12-31',
  '0001-01-01',
  'NaN',
  'Infinity',
];
const RESERVED = ['__proto__', 'constructor', 'prototype'];
const RAW_INSERTS = [
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\r',
  '\t',
  '[',
  '{',
  ': ',
  '&a ',
  '*a',
  '!!js/regexp /a/',
  '\uFEFF',
  '\ud800',
];

type Container = Record<string, unknown> | unknown[];

/** Each source parsed once: a clone of its tree is several times cheaper than parsing again. */
const parsedSources = new Map<string, unknown>();

function parsedSource(source: string): unknown {
  if (!parsedSources.has(source)) parsedSources.set(source, parse(source));
  return parsedSources.get(source);
}
interface Site {
  readonly container: Container;
  readonly key: string | number;
}

export class ModelMutator {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(0, list.length - 1)] as T;
  }

  /** A number at an edge, or one drawn on a log scale over the whole double range. */
  number(): number {
    if (this.int(0, 2) > 0) return this.pick(EDGE_NUMBERS);
    const magnitude = 10 ** (uniformFloat64(this.rng) * 616 - 308);
    return this.int(0, 3) === 0
      ? -magnitude
      : this.int(0, 1) === 0
        ? Math.round(magnitude)
        : magnitude;
  }

  /** One mutant of `source`: 1 or 2 edits of its tree, and a raw text edit one time in ten. */
  mutate(source: string): string {
    const tree: unknown = structuredClone(parsedSource(source));
    const edits = this.int(1, 2);
    for (let i = 0; i < edits; i++) this.editTree(tree);
    // js-yaml writes a model about twice as fast as `yaml` does; objects repeated in the tree
    // are written out each time, not as anchors and aliases; long strings stay on one line
    // (folding them is a quarter of the writing time).
    let text = dump(tree, { noRefs: true, lineWidth: -1 });
    if (this.int(0, 9) === 0) text = this.editText(text);
    return text;
  }

  private editTree(tree: unknown): void {
    const sites = sitesOf(tree);
    if (sites.length === 0) return;
    // Numbers are where analyses break, so they are chosen half of the time.
    const numeric = sites.filter((s) => typeof valueAt(s) === 'number');
    const site = numeric.length > 0 && this.int(0, 1) === 0 ? this.pick(numeric) : this.pick(sites);
    const { container, key } = site;
    const kind = this.int(0, 9);
    if (kind <= 3) set(site, this.number());
    else if (kind === 4) remove(site);
    else if (kind === 5 && Array.isArray(container)) {
      container.splice(key as number, 0, structuredClone(container[key as number]));
    } else if (kind === 5 && !Array.isArray(container)) {
      // A reserved key beside the others (fx_rates.__proto__, a map key), as an own property.
      Object.defineProperty(container, this.pick(RESERVED), {
        value: this.int(0, 1) === 0 ? 1 : structuredClone(valueAt(site)),
        enumerable: true,
        configurable: true,
        writable: true,
      });
    } else if (kind === 6) set(site, this.pick(EDGE_STRINGS));
    else if (kind === 7) set(site, this.pick([true, false, null, [], {}, [this.number()]]));
    else if (kind === 8) set(site, structuredClone(valueAt(this.pick(sites))));
    else if (typeof valueAt(site) === 'string') {
      const text = valueAt(site) as string;
      const at = this.int(0, text.length);
      set(site, text.slice(0, at) + this.pick(RAW_INSERTS) + text.slice(at));
    } else set(site, this.number());
  }

  private editText(text: string): string {
    const at = this.int(0, text.length);
    if (this.int(0, 1) === 0) return text.slice(0, at) + this.pick(RAW_INSERTS) + text.slice(at);
    return text.slice(0, at) + text.slice(at + this.int(1, 40));
  }
}

function valueAt(site: Site): unknown {
  return (site.container as Record<string | number, unknown>)[site.key];
}

function set(site: Site, value: unknown): void {
  (site.container as Record<string | number, unknown>)[site.key] = value;
}

function remove(site: Site): void {
  if (Array.isArray(site.container)) site.container.splice(site.key as number, 1);
  else delete site.container[site.key as string];
}

/** Every place in the tree a value sits, depth first. */
function sitesOf(tree: unknown): Site[] {
  const sites: Site[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        sites.push({ container: node, key: i });
        walk(child);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        sites.push({ container: node as Record<string, unknown>, key });
        walk(child);
      }
    }
  };
  walk(tree);
  return sites;
}
