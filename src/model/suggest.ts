/**
 * "Did you mean …?" for mistyped ids, keys and enum values. Edit distance is the measure
 * (fastest-levenshtein); a candidate is offered only when it is close relative to the
 * length of the word, so that `mno-a` suggests `mno-b` but `x` does not suggest `billing`.
 *
 * The work is bounded: a word is compared with every candidate of a small set (keys, enum
 * values, the ids of a hand-written model), but with at most MAX_COMPARED of a large one (the
 * ids of a model of 50,000 providers): its neighbours in the set sorted forwards and
 * backwards, from an index built once per set. 60,000 dangling references against 60,000 ids
 * then cost 60,000 × 64 comparisons and a binary search instead of 3.6 billion comparisons.
 */
import { distance } from 'fastest-levenshtein';

/** Candidate sets larger than this are searched through their index by length. */
const SMALL_SET = 512;
/** Candidates compared with one word from a large set (at most; neighbours may coincide). */
const MAX_COMPARED = 64;

export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const lowered = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of boundedCandidates(lowered, candidates)) {
    const d = distance(lowered, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const tolerance = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  const contains =
    best.toLowerCase().includes(lowered) ||
    (lowered.length >= 4 && lowered.includes(best.toLowerCase()));
  return bestDistance <= tolerance || contains ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = nearest(word, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}

/** A large set sorted twice: by its words and by its words read backwards. */
interface SortedIndex {
  /** The set's size when indexed: a set that has changed since is indexed again. */
  readonly size: number;
  readonly forward: readonly Entry[];
  readonly backward: readonly Entry[];
}

/** A candidate, the text it is sorted by, and its place in the set (ties go to the first). */
interface Entry {
  readonly key: string;
  readonly candidate: string;
  readonly order: number;
}

const indexes = new WeakMap<object, SortedIndex>();

/**
 * Every candidate of a small set; of a large one, the MAX_COMPARED neighbours of the word in
 * the set sorted forwards (a typo near the end keeps the prefix) and backwards (a typo near
 * the start keeps the suffix), in the set's own order.
 */
function boundedCandidates(word: string, candidates: Iterable<string>): Iterable<string> {
  const size = sizeOf(candidates);
  if (size === undefined || size <= SMALL_SET) return candidates;
  let index = indexes.get(candidates);
  if (index === undefined || index.size !== size) {
    index = sortedIndex(candidates, size);
    indexes.set(candidates, index);
  }
  const chosen = new Map<number, string>();
  const half = MAX_COMPARED / 4;
  for (const [entries, key] of [
    [index.forward, word],
    [index.backward, reversed(word)],
  ] as const) {
    const at = lowerBound(entries, key);
    for (let i = Math.max(0, at - half); i < Math.min(entries.length, at + half); i++) {
      const entry = entries[i] as Entry;
      chosen.set(entry.order, entry.candidate);
    }
  }
  return [...chosen.entries()].sort((a, b) => a[0] - b[0]).map(([, candidate]) => candidate);
}

/** The size of a set or list (the collections that can be indexed once); undefined otherwise. */
function sizeOf(candidates: Iterable<string>): number | undefined {
  if (candidates instanceof Set) return candidates.size;
  if (Array.isArray(candidates)) return candidates.length;
  return undefined;
}

function sortedIndex(candidates: Iterable<string>, size: number): SortedIndex {
  const forward: Entry[] = [];
  const backward: Entry[] = [];
  let order = 0;
  for (const candidate of candidates) {
    const lowered = candidate.toLowerCase();
    forward.push({ key: lowered, candidate, order });
    backward.push({ key: reversed(lowered), candidate, order });
    order++;
  }
  const byKey = (a: Entry, b: Entry) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order;
  return { size, forward: forward.sort(byKey), backward: backward.sort(byKey) };
}

function reversed(text: string): string {
  return [...text].reverse().join('');
}

/** The first place whose key is not below `key`. */
function lowerBound(entries: readonly Entry[], key: string): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entries[mid] as Entry).key < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
