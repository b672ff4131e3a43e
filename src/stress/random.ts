/**
 * Seeded random streams for the Monte Carlo stress engine, one per trial, so that a run gives the
 * same numbers however its trials are split across worker threads: the stream of trial t depends
 * on (seed, t) only, never on which worker draws it or on what was drawn before.
 *
 * Generator: xoroshiro128+ (Blackman & Vigna 2018, parameters a = 24, b = 16, c = 37, the same
 * step as pure-rand's `xoroshiro128plus`), held as four 32-bit halves. Each uniform takes the top
 * 52 bits of one 64-bit output (the low bits of xoroshiro128+ are its weak ones) and centres them:
 * u = (k + ½)·2⁻⁵², k ∈ [0, 2⁵²), so 0 < u < 1 exactly, with 1 − u distributed as u.
 *
 * Seeding: SplitMix64 (Steele, Lea & Flood 2014), the seeding the xoroshiro authors recommend. The
 * key is the first SplitMix64 output for `seed`; trial t takes outputs 2t + 1 and 2t + 2 of the
 * SplitMix64 stream started at the key, i.e. mix(key + (2t + 1)γ) and mix(key + (2t + 2)γ), γ the
 * golden-ratio increment. The mix is a bijection of 64-bit words, so distinct trials of a seed
 * start from distinct states, and the state is never all zero. The 64-bit arithmetic runs on
 * 32-bit halves, without BigInt, so that a reseed costs well under a microsecond.
 *
 * Why by hand rather than a library: no well-kept sampler library offers seeded, allocation-free
 * streams keyed by a counter (the trial index) and usable from worker threads; pure-rand has the
 * generator but neither a counter-keyed seeding nor non-uniform samplers, and simple-statistics,
 * jStat and the like draw from Math.random. Every sampler below allocates nothing per draw, and
 * `reset` lets a worker reuse one stream object for all its trials.
 *
 * Samplers: normal by Marsaglia's polar method (the spare is cached); Poisson by Knuth's product
 * of uniforms below a mean of 10 and by Hörmann's PTRS transformed rejection (Insurance: Math.
 * Econ. 12:39–45, 1993) from 10 up, both exact; gamma by Marsaglia & Tsang (ACM TOMS 26:363–372,
 * 2000); PERT as min + (max − min)·Beta(1 + 4(mode − min)/(max − min), 1 + 4(max − mode)/(max −
 * min)); triangular by inversion.
 *
 * Cost per draw, measured on the shared two-core development container (AMD EPYC, Node 20.20,
 * 10⁷ draws after warm-up, ranges over runs; Math.random costs 10–14 ns there): uniform 12–18 ns,
 * normal 27–35 ns, exponential 34–37 ns, lognormal 60–70 ns, bernoulli ≈ 16 ns, triangular
 * 16–25 ns, PERT 160–190 ns (two gamma draws), Poisson ≈ 20 ns at a mean of 0.3 and 65–90 ns at 4
 * (Knuth: mean + 1 uniforms), 80–90 ns at 10–25 and 50–75 ns at 200 (PTRS), reset 100–150 ns.
 */

/** The four 32-bit words of a xoroshiro128+ state: s0 high, s0 low, s1 high, s1 low. */
export type StreamState = readonly [number, number, number, number];

/** 2³² and the scales that turn 32-bit words into fractions. */
const TWO_32 = 4294967296;
const TWO_MINUS_32 = 1 / TWO_32;
const TWO_MINUS_52 = 2 ** -52;

/** SplitMix64's increment γ = 0x9E3779B97F4A7C15, in 32-bit halves. */
const GAMMA_HI = 0x9e3779b9;
const GAMMA_LO = 0x7f4a7c15;

/** Poisson means from which PTRS replaces Knuth's product of uniforms. */
const PTRS_FROM = 10;

/** ln k! for k below this come from a table. */
const LOG_FACTORIAL_TABLE_SIZE = 256;
const LOG_FACTORIALS = logFactorialTable(LOG_FACTORIAL_TABLE_SIZE);

/** ½·ln(2π). */
const HALF_LOG_2PI = 0.9189385332046728;

/**
 * Result registers of the 64-bit helpers below: `word` the high and low halves (int32), `seeded`
 * the output of `seedTrial` (s0 high, s0 low, s1 high, s1 low). Module state, but only ever read
 * straight after the call that wrote it, within one synchronous function. Typed arrays rather
 * than module variables: those hold a 32-bit word outside the small-integer range as a boxed
 * number, an allocation on every write (a dozen a trial).
 */
const word = new Int32Array(2);
const seeded = new Int32Array(4);
const HI = 0;
const LO = 1;

/** A seeded stream of random draws for one trial; reuse it across trials with `reset`. */
export class RandomStream {
  /**
   * xoroshiro128+ state as s0 high, s0 low, s1 high, s1 low. A typed array rather than four
   * fields: V8 then keeps the words as raw int32 (measured ~30 % faster than object fields).
   */
  private readonly words = new Int32Array(4);
  /** Second normal of the last polar pair, if not handed out yet. */
  private spare = 0;
  private hasSpare = false;
  /** Knuth's e^(−mean), cached for the last small mean. */
  private knuthMean = Number.NaN;
  private knuthLimit = 0;
  /** PTRS constants, cached for the last large mean. */
  private ptrsMean = Number.NaN;
  private ptrsA = 0;
  private ptrsB = 0;
  private ptrsVr = 0;
  private ptrsInvAlpha = 0;
  private ptrsLogMean = 0;

  constructor(seed: number, trial: number) {
    this.reset(seed, trial);
  }

  /** The seed whose key is cached below (a worker's trials all share one seed). */
  private keySeed = Number.NaN;
  private keyHi = 0;
  private keyLo = 0;

  /** Restarts the stream at the state of (seed, trial), as if it had just been created. */
  reset(seed: number, trial: number): this {
    if (seed !== this.keySeed) {
      seedKey(seed);
      this.keySeed = seed;
      this.keyHi = word[HI] as number;
      this.keyLo = word[LO] as number;
    }
    seedTrial(this.keyHi, this.keyLo, trial);
    const words = this.words;
    words[0] = seeded[0] as number;
    words[1] = seeded[1] as number;
    words[2] = seeded[2] as number;
    words[3] = seeded[3] as number;
    this.hasSpare = false;
    this.spare = 0;
    return this;
  }

  /** The current generator state (allocates; for tests and diagnostics). */
  state(): StreamState {
    const words = this.words;
    return [words[0] ?? 0, words[1] ?? 0, words[2] ?? 0, words[3] ?? 0];
  }

  /** Uniform on the open interval (0, 1): (k + ½)·2⁻⁵² from the top 52 bits of one output. */
  uniform(): number {
    // `as number` rather than `?? 0`: the words are always there, and the draw's bytecode stays
    // small enough for V8 to inline it at every call site of the trial kernel.
    const words = this.words;
    const s0Hi = words[0] as number;
    const s0Lo = words[1] as number;
    const s1Hi = words[2] as number;
    const s1Lo = words[3] as number;
    // Output s0 + s1 (mod 2⁶⁴): the low word wraps, and it wrapped iff it fell below s0's.
    const low = (s0Lo + s1Lo) | 0;
    const carry = low >>> 0 < s0Lo >>> 0 ? 1 : 0;
    const high = (s0Hi + s1Hi + carry) >>> 0;
    // Step: s1 ^= s0; s0 = rotl(s0, 24) ^ s1 ^ (s1 << 16); s1 = rotl(s1, 37).
    const xLo = s1Lo ^ s0Lo;
    const xHi = s1Hi ^ s0Hi;
    words[0] = (s0Hi << 24) ^ (s0Lo >>> 8) ^ xHi ^ ((xHi << 16) | (xLo >>> 16));
    words[1] = (s0Lo << 24) ^ (s0Hi >>> 8) ^ xLo ^ (xLo << 16);
    words[2] = (xLo << 5) ^ (xHi >>> 27);
    words[3] = (xHi << 5) ^ (xLo >>> 27);
    return high * TWO_MINUS_32 + ((low >>> 12) + 0.5) * TWO_MINUS_52;
  }

  /** Standard normal by Marsaglia's polar method; every second call returns the cached spare. */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let x = 0;
    let y = 0;
    let s = 0;
    do {
      x = 2 * this.uniform() - 1;
      y = 2 * this.uniform() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const scale = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = y * scale;
    this.hasSpare = true;
    return x * scale;
  }

  /** exp(μ + σZ), Z standard normal (σ ≥ 0). */
  lognormal(mu: number, sigma: number): number {
    if (!Number.isFinite(mu) || !(sigma >= 0 && sigma < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`lognormal needs a finite μ and a finite σ ≥ 0, got ${mu}, ${sigma}`);
    }
    return Math.exp(mu + sigma * this.normal());
  }

  /** Exponential with the given rate (> 0, finite): −ln(U)/rate, mean 1/rate. */
  exponential(rate: number): number {
    if (!(rate > 0 && rate < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`exponential needs a positive finite rate, got ${rate}`);
    }
    return -Math.log(this.uniform()) / rate;
  }

  /** Poisson count with the given mean (≥ 0, finite): Knuth below 10, PTRS from 10 up. */
  poisson(mean: number): number {
    if (!(mean >= 0 && mean < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`poisson needs a finite mean ≥ 0, got ${mean}`);
    }
    if (mean === 0) return 0;
    return mean < PTRS_FROM ? this.poissonKnuth(mean) : this.poissonPtrs(mean);
  }

  /** True with probability p (0 ≤ p ≤ 1). */
  bernoulli(p: number): boolean {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`bernoulli needs 0 ≤ p ≤ 1, got ${p}`);
    return this.uniform() < p;
  }

  /** Triangular on [min, max] with the given mode, by inversion; mean (min + mode + max)/3. */
  triangular(min: number, mode: number, max: number): number {
    requireRange('triangular', min, mode, max);
    const width = max - min;
    if (width === 0) return min;
    const u = this.uniform();
    const left = mode - min;
    return u * width < left
      ? min + Math.sqrt(u * width * left)
      : max - Math.sqrt((1 - u) * width * (max - mode));
  }

  /** PERT on [min, max] with the given mode (λ = 4); mean (min + 4·mode + max)/6. */
  pert(min: number, mode: number, max: number): number {
    requireRange('pert', min, mode, max);
    const width = max - min;
    if (width === 0) return min;
    const a = 1 + (4 * (mode - min)) / width;
    const b = 1 + (4 * (max - mode)) / width;
    return min + width * this.betaDraw(a, b);
  }

  /** Gamma with the given shape (> 0) and scale 1, by Marsaglia–Tsang. */
  gamma(shape: number): number {
    if (!(shape > 0 && shape < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`gamma needs a positive finite shape, got ${shape}`);
    }
    return this.gammaDraw(shape);
  }

  /** Beta(a, b) (a, b > 0) as X/(X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
  beta(a: number, b: number): number {
    if (!(a > 0 && a < Number.POSITIVE_INFINITY && b > 0 && b < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`beta needs positive finite shapes, got ${a}, ${b}`);
    }
    return this.betaDraw(a, b);
  }

  /** Knuth: the number of uniforms whose running product stays above e^(−mean), minus one. */
  private poissonKnuth(mean: number): number {
    if (mean !== this.knuthMean) {
      this.knuthMean = mean;
      this.knuthLimit = Math.exp(-mean);
    }
    const limit = this.knuthLimit;
    let count = 0;
    let product = this.uniform();
    while (product > limit) {
      count++;
      product *= this.uniform();
    }
    return count;
  }

  /** Hörmann's PTRS (transformed rejection with squeeze), for means ≥ 10. */
  private poissonPtrs(mean: number): number {
    if (mean !== this.ptrsMean) this.preparePtrs(mean);
    const a = this.ptrsA;
    const b = this.ptrsB;
    for (;;) {
      const u = this.uniform() - 0.5;
      const v = this.uniform();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= this.ptrsVr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      const lhs = Math.log((v * this.ptrsInvAlpha) / (a / (us * us) + b));
      if (lhs <= k * this.ptrsLogMean - mean - logFactorial(k)) return k;
    }
  }

  /** Caches PTRS's constants for one mean. */
  private preparePtrs(mean: number): void {
    const b = 0.931 + 2.53 * Math.sqrt(mean);
    this.ptrsMean = mean;
    this.ptrsB = b;
    this.ptrsA = -0.059 + 0.02483 * b;
    this.ptrsVr = 0.9277 - 3.6224 / (b - 2);
    this.ptrsInvAlpha = 1.1239 + 1.1328 / (b - 3.4);
    this.ptrsLogMean = Math.log(mean);
  }

  /** Marsaglia–Tsang for shape ≥ 1; shape < 1 boosted as Gamma(shape + 1)·U^(1/shape). */
  private gammaDraw(shape: number): number {
    if (shape < 1) return this.gammaDraw(shape + 1) * this.uniform() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      const t = 1 + c * x;
      if (t <= 0) continue;
      const v = t * t * t;
      const u = this.uniform();
      const xx = x * x;
      if (u < 1 - 0.0331 * xx * xx) return d * v;
      if (Math.log(u) < 0.5 * xx + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Beta(a, b) from two gamma draws. */
  private betaDraw(a: number, b: number): number {
    const x = this.gammaDraw(a);
    const y = this.gammaDraw(b);
    return x / (x + y);
  }
}

/** A fresh stream for one trial of a seeded run. */
export function trialStream(seed: number, trial: number): RandomStream {
  return new RandomStream(seed, trial);
}

/** The xoroshiro128+ state of (seed, trial) (allocates; for tests and diagnostics). */
export function streamState(seed: number, trial: number): StreamState {
  seedState(seed, trial);
  return [seeded[0] ?? 0, seeded[1] ?? 0, seeded[2] ?? 0, seeded[3] ?? 0];
}

/**
 * Writes the state of (seed, trial) into the `seeded` registers: with key = mix(seed + γ) and
 * c = key + (2·trial + 1)·γ, s0 = mix(c) and s1 = mix(c + γ). `seed` is any safe integer (negative
 * ones as 64-bit two's complement); `trial` a safe integer ≥ 0.
 */
function seedState(seed: number, trial: number): void {
  seedKey(seed);
  seedTrial(word[HI] as number, word[LO] as number, trial);
}

/** The key of a seed, mix(seed + γ), into `word`. */
function seedKey(seed: number): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  add64(highWord(seed), seed | 0, GAMMA_HI, GAMMA_LO);
  mix64(word[HI] as number, word[LO] as number);
}

/** The state of a trial under a seed's key (keyHi:keyLo) into the `seeded` registers. */
function seedTrial(keyHi: number, keyLo: number, trial: number): void {
  if (!Number.isSafeInteger(trial) || trial < 0) {
    throw new RangeError(`trial must be a safe integer ≥ 0, got ${trial}`);
  }
  // 2·trial + 1 as a 64-bit word (trial < 2⁵³, so nothing is lost).
  const trialHi = highWord(trial);
  const trialLo = trial | 0;
  mul64((trialHi << 1) | (trialLo >>> 31), (trialLo << 1) | 1, GAMMA_HI, GAMMA_LO);
  add64(word[HI] as number, word[LO] as number, keyHi, keyLo);
  const counterHi = word[HI] as number;
  const counterLo = word[LO] as number;
  mix64(counterHi, counterLo);
  seeded[0] = word[HI] as number;
  seeded[1] = word[LO] as number;
  add64(counterHi, counterLo, GAMMA_HI, GAMMA_LO);
  mix64(word[HI] as number, word[LO] as number);
  seeded[2] = word[HI] as number;
  seeded[3] = word[LO] as number;
}

/** High 32 bits (int32) of a safe integer's 64-bit two's complement. */
function highWord(x: number): number {
  return Math.floor(x / TWO_32) | 0;
}

/** (aHi:aLo) + (bHi:bLo) mod 2⁶⁴ into `word`. */
function add64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const low = (aLo >>> 0) + (bLo >>> 0);
  word[LO] = low | 0;
  word[HI] = (aHi + bHi + (low >= TWO_32 ? 1 : 0)) | 0;
}

/** (aHi:aLo)·(bHi:bLo) mod 2⁶⁴ into `word`. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const high = (mulHigh32(aLo >>> 0, bLo >>> 0) + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) | 0;
  word[LO] = Math.imul(aLo, bLo);
  word[HI] = high;
}

/** High 32 bits of the 64-bit product of two unsigned 32-bit words (16-bit limbs, all exact). */
function mulHigh32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const t = a1 * b0 + ((a0 * b0) >>> 16);
  const w1 = a0 * b1 + (t & 0xffff);
  return a1 * b1 + (t >>> 16) + (w1 >>> 16);
}

/** SplitMix64's finaliser (Stafford's mix 13) of (hi:lo) into `word`. */
function mix64(hi: number, lo: number): void {
  let h = hi;
  let l = lo;
  // z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
  mul64(h ^ (h >>> 30), l ^ ((l >>> 30) | (h << 2)), 0xbf58476d, 0x1ce4e5b9);
  h = word[HI] as number;
  l = word[LO] as number;
  // z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
  mul64(h ^ (h >>> 27), l ^ ((l >>> 27) | (h << 5)), 0x94d049bb, 0x133111eb);
  h = word[HI] as number;
  l = word[LO] as number;
  // z ^ (z >>> 31)
  word[HI] = h ^ (h >>> 31);
  word[LO] = l ^ ((l >>> 31) | (h << 1));
}

/** ln k! for integers k ≥ 0: a table below `LOG_FACTORIAL_TABLE_SIZE`, Stirling's series above. */
function logFactorial(k: number): number {
  if (k < LOG_FACTORIAL_TABLE_SIZE) return LOG_FACTORIALS[k] ?? Number.NaN;
  // ln Γ(x) with x = k + 1 ≥ 257: the series' next term, 1/(1188x⁹), is below 1e-24.
  const x = k + 1;
  const w = 1 / (x * x);
  const series = (1 / 12 - w * (1 / 360 - w * (1 / 1260 - w / 1680))) / x;
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
}

/** ln 0!, …, ln (size − 1)! by running sums of ln i. */
function logFactorialTable(size: number): Float64Array {
  const table = new Float64Array(size);
  for (let i = 2; i < size; i++) table[i] = (table[i - 1] ?? 0) + Math.log(i);
  return table;
}

/** Throws RangeError unless min ≤ mode ≤ max, all finite. */
function requireRange(name: string, min: number, mode: number, max: number): void {
  if (!(Number.isFinite(min) && Number.isFinite(max) && min <= mode && mode <= max)) {
    throw new RangeError(`${name} needs finite min ≤ mode ≤ max, got ${min}, ${mode}, ${max}`);
  }
}
