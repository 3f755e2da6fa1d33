/**
 * Counter-based randomness: every draw is a pure function of (seed, stream, index), so any entity,
 * day or part can be generated on its own and in any order (DESIGN.md section 3).
 * The mixer is a 32-bit avalanche hash (murmur3 finaliser) applied twice; cheap and well distributed.
 */

/** FNV-1a of a string to a 32-bit unsigned int; used to turn stream labels into keys. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combine a key with a 32-bit value. */
export function mix(key: number, value: number): number {
  return fmix((key ^ Math.imul(value + 0x9e3779b9, 0x85ebca6b)) >>> 0);
}

/** A seeded stream: draws are indexed, never stateful, so callers say which draw they want. */
export class Stream {
  readonly key: number;
  constructor(key: number) {
    this.key = key >>> 0;
  }
  /** Sub-stream for a label (e.g. 'resources') or an index (e.g. entity number). */
  child(label: string | number): Stream {
    return new Stream(mix(this.key, typeof label === 'number' ? label : hashString(label)));
  }
  u32(i: number): number {
    return mix(this.key, i);
  }
  /** Uniform in [0, 1). */
  float(i: number): number {
    return mix(this.key, i) / 4294967296;
  }
  /** Integer in [lo, hi] inclusive. */
  int(i: number, lo: number, hi: number): number {
    return lo + Math.floor(this.float(i) * (hi - lo + 1));
  }
  range(i: number, lo: number, hi: number): number {
    return lo + this.float(i) * (hi - lo);
  }
  pick<T>(i: number, items: readonly T[]): T {
    return items[Math.floor(this.float(i) * items.length)];
  }
  /** Pick by weights (weights need not sum to 1). */
  weighted<T>(i: number, items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float(i) * total;
    for (let k = 0; k < items.length; k++) {
      x -= weights[k];
      if (x < 0) return items[k];
    }
    return items[items.length - 1];
  }
  chance(i: number, p: number): boolean {
    return this.float(i) < p;
  }
  /** Standard normal via Box-Muller on two indexed draws. */
  normal(i: number): number {
    const u = (mix(this.key, 2 * i) + 1) / 4294967297;
    const v = mix(this.key, 2 * i + 1) / 4294967296;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** Pareto-like heavy tail: many small values, few large (alpha ~1.1 gives top-10% >= 50%). */
  pareto(i: number, alpha = 1.16): number {
    const u = 1 - this.float(i);
    return Math.pow(u, -1 / alpha);
  }
  /** Lowercase hex string of n chars. */
  hex(i: number, n: number): string {
    let out = '';
    let k = 0;
    while (out.length < n) out += this.child(i).u32(k++).toString(16).padStart(8, '0');
    return out.slice(0, n);
  }
  /** Decimal digits string of n chars (first digit non-zero). */
  digits(i: number, n: number): string {
    const s = this.child(i);
    let out = String(1 + (s.u32(0) % 9));
    for (let k = 1; k < n; k++) out += String(s.u32(k) % 10);
    return out;
  }
  /** RFC 4122-shaped v4 GUID from the stream (deterministic). */
  guid(i: number): string {
    const h = this.hex(i, 32);
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

/** Weighted choice with the cumulative weights computed once (for picks made many times). */
export class WeightedPicker<T> {
  private readonly cum: Float64Array;
  private readonly total: number;
  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    this.cum = new Float64Array(items.length);
    let t = 0;
    for (let k = 0; k < items.length; k++) this.cum[k] = t += weights[k];
    this.total = t;
  }
  pick(rnd: Stream, i: number): T {
    const x = rnd.float(i) * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

export function rootStream(seed: number | string): Stream {
  return new Stream(typeof seed === 'number' ? mix(0x5eed, seed >>> 0) ^ hashString(String(seed)) : hashString(seed));
}
