/**
 * Order statistics of a large sample without sorting all of it: the risk measures read a few
 * ranks (the median, VaR̂) and the top few per cent (ES^), and a full sort of millions of trials
 * cost more than running them.
 *
 * Selection by buckets of the bit pattern: a double's high 16 bits, with the sign flipped (and all
 * bits flipped for negatives), order doubles the way an ascending sort does (−0 before +0), so
 * one counting pass says which bucket holds each wanted rank and how many values lie below it; a
 * second pass copies the values of the wanted buckets to their sorted positions, and only those
 * buckets are sorted. The positions read afterwards hold exactly what a full sort puts there —
 * the same values in the same order, so sums over them (ES's excess) agree to the last bit.
 * A sample with a NaN or an infinity (the buckets of exponent 0x7FF) is sorted whole instead.
 */

/** Buckets of the top 16 bits: sign, exponent, 4 bits of mantissa (1/16 of an octave each). */
const BUCKETS = 1 << 16;

/** The buckets whose values have exponent 0x7FF (±∞ and NaN), at both ends of the order. */
const SPECIAL_LOW = 0x0010;
const SPECIAL_HIGH = 0xfff0;

/**
 * Samples up to this size are sorted whole: setting up 65,536 buckets costs more than sorting
 * a few thousand values (a 16-trial stress test spent most of its summary there).
 */
const SORT_WHOLE_BELOW = 4096;

/** Where a double's high 32-bit word sits in its 8 bytes (1 on little-endian machines). */
const HIGH_WORD = new Int32Array(new Float64Array([-0]).buffer)[1] === -0x80000000 ? 1 : 0;

/**
 * A copy of `values` that holds, at index r − 1, the r-th smallest value for every rank r in
 * `ranks` and for every rank from `tailFrom` up to the sample size; other indexes hold values of
 * the sample in no useful order. Ranks are 1-based and must lie in 1..n. `counted`: the buckets
 * of exactly these values, counted beforehand (used when it counted n values).
 */
export function partlySorted(
  values: Float64Array,
  ranks: readonly number[],
  tailFrom = values.length + 1,
  counted?: BucketCounts,
): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  if (n < SORT_WHOLE_BELOW) {
    for (const rank of ranks) requireRank(rank, n);
    out.set(values);
    return out.sort();
  }
  const words = highWords(values);
  let counts: Int32Array;
  if (counted !== undefined && counted.size === n) {
    counts = counted.counts;
  } else {
    const own = new BucketCounts();
    own.add(values);
    counts = own.counts;
  }
  if (hasSpecialValues(counts)) {
    out.set(values);
    return out.sort();
  }
  // cursor[b]: where bucket b's next value goes (its first sorted position), or −1 if unwanted.
  const cursor = new Int32Array(BUCKETS).fill(-1);
  const starts = new Int32Array(BUCKETS + 1);
  for (let b = 0; b < BUCKETS; b++) starts[b + 1] = (starts[b] as number) + (counts[b] as number);
  const wanted = ranks.map((rank) => bucketOfRank(starts, rank));
  const tailBucket = tailFrom <= n ? bucketOfRank(starts, tailFrom) : BUCKETS;
  for (const b of wanted) cursor[b] = starts[b] as number;
  for (let b = tailBucket; b < BUCKETS; b++) cursor[b] = starts[b] as number;
  for (let i = 0; i < n; i++) {
    const b = bucketOf(words[2 * i + HIGH_WORD] as number);
    const at = cursor[b] as number;
    if (at >= 0) {
      out[at] = values[i] as number;
      cursor[b] = at + 1;
    }
  }
  for (const b of new Set(wanted)) {
    if (b < tailBucket) sortRange(out, starts[b] as number, starts[b + 1] as number);
  }
  if (tailBucket < BUCKETS) {
    // The tail's first bucket may be a large run of ties (most trials lose nothing): sorted
    // alone, it is skipped when constant; the buckets above it hold at most n − tailFrom values.
    sortRange(out, starts[tailBucket] as number, starts[tailBucket + 1] as number);
    sortRange(out, starts[tailBucket + 1] as number, n);
  }
  return out;
}

/**
 * How many values of a sample fall in each bucket: the first pass of `partlySorted`, which a
 * run can make chunk by chunk (in any order) while its later trials are still running.
 */
export class BucketCounts {
  readonly counts = new Int32Array(BUCKETS);
  /** Values counted. */
  size = 0;

  add(values: Float64Array): void {
    const words = highWords(values);
    const counts = this.counts;
    for (let i = 0; i < values.length; i++) {
      const b = bucketOf(words[2 * i + HIGH_WORD] as number);
      counts[b] = (counts[b] as number) + 1;
    }
    this.size += values.length;
  }
}

/** The 32-bit words of `values`, two per double. */
function highWords(values: Float64Array): Int32Array {
  return new Int32Array(values.buffer, values.byteOffset, 2 * values.length);
}

/** The bucket of a double by its high word (int32): monotone in the value, −0 below +0. */
function bucketOf(high: number): number {
  return (high < 0 ? ~high : high ^ -0x80000000) >>> 16;
}

/** The bucket holding the value of 1-based rank `rank`, from the buckets' first positions. */
function bucketOfRank(starts: Int32Array, rank: number): number {
  requireRank(rank, starts[BUCKETS] as number);
  let low = 0;
  let high = BUCKETS - 1;
  // The last bucket whose first position is below the rank's position, rank − 1.
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] as number) <= rank - 1) low = middle;
    else high = middle - 1;
  }
  return low;
}

function requireRank(rank: number, n: number): void {
  if (!Number.isInteger(rank) || rank < 1 || rank > n) {
    throw new RangeError(`a rank must lie in 1..${n}, got ${rank}`);
  }
}

function hasSpecialValues(counts: Int32Array): boolean {
  for (let b = 0; b < SPECIAL_LOW; b++) if ((counts[b] as number) > 0) return true;
  for (let b = SPECIAL_HIGH; b < BUCKETS; b++) if ((counts[b] as number) > 0) return true;
  return false;
}

/** Sorts out[from, to) ascending in place, unless all its values are the same. */
function sortRange(out: Float64Array, from: number, to: number): void {
  if (to - from < 2) return;
  const first = out[from] as number;
  let constant = true;
  for (let i = from + 1; i < to && constant; i++) constant = out[i] === first;
  if (!constant) out.subarray(from, to).sort();
}
