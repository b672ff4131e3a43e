/**
 * "Did you mean …?" for mistyped ids, keys and enum values. Edit distance is the measure
 * (fastest-levenshtein); a candidate is offered only when it is close relative to the
 * length of the word, so that `mno-a` suggests `mno-b` but `x` does not suggest `billing`.
 */
import { distance } from 'fastest-levenshtein';

export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const lowered = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
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
