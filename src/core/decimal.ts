/**
 * Exact decimals for money and quantities: value = m / 10^s with an integer mantissa.
 * The hot path keeps the mantissa a safe JS integer; any operation whose result would not be
 * exact as a double switches that value to a bigint mantissa, so results are always exact.
 * Printing never goes through floating point, so no `0.30000000000000004` can appear.
 */
export interface Dec {
  readonly m: number | bigint;
  readonly s: number;
}

const POW10: number[] = [];
for (let i = 0; i <= 22; i++) POW10.push(10 ** i);
const BPOW10: bigint[] = [];
for (let i = 0; i <= 60; i++) BPOW10.push(10n ** BigInt(i));

function bpow(n: number): bigint {
  return n < BPOW10.length ? BPOW10[n] : 10n ** BigInt(n);
}

export const ZERO: Dec = { m: 0, s: 0 };
export const ONE: Dec = { m: 1, s: 0 };

function make(m: number | bigint, s: number): Dec {
  if (typeof m === 'bigint') {
    if (m >= -9007199254740991n && m <= 9007199254740991n) return norm({ m: Number(m), s });
    return normBig(m, s);
  }
  return norm({ m, s });
}

function norm(d: Dec): Dec {
  let m = d.m as number;
  let s = d.s;
  if (m === 0) return ZERO;
  while (s > 0 && m % 10 === 0) {
    m /= 10;
    s--;
  }
  return m === d.m && s === d.s ? d : { m, s };
}

function normBig(m: bigint, s: number): Dec {
  while (s > 0 && m % 10n === 0n) {
    m /= 10n;
    s--;
  }
  if (m >= -9007199254740991n && m <= 9007199254740991n) return { m: Number(m), s };
  return { m, s };
}

const DEC_RE = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Parse a plain decimal string ("12", "-0.0042"). Throws on anything else. */
export function dec(str: string): Dec {
  const match = DEC_RE.exec(str);
  if (!match) throw new Error(`not a decimal: ${JSON.stringify(str)}`);
  const frac = match[3] ?? '';
  const digits = match[2] + frac;
  const big = BigInt(digits);
  return make(match[1] ? -big : big, frac.length);
}

/** Round a double to `scale` decimals (half away from zero) and make it exact from then on. */
export function fromNumber(x: number, scale: number): Dec {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  const m = Math.round(Math.abs(x) * POW10[scale]) * (x < 0 ? -1 : 1);
  if (Number.isSafeInteger(m)) return norm({ m, s: scale });
  return dec(x.toFixed(scale));
}

export function fromInt(n: number): Dec {
  return norm({ m: n, s: 0 });
}

function big(d: Dec): bigint {
  return typeof d.m === 'bigint' ? d.m : BigInt(d.m);
}

export function mul(a: Dec, b: Dec): Dec {
  if (typeof a.m === 'number' && typeof b.m === 'number') {
    const m = a.m * b.m;
    if (Number.isSafeInteger(m)) return norm({ m, s: a.s + b.s });
  }
  return make(big(a) * big(b), a.s + b.s);
}

export function add(a: Dec, b: Dec): Dec {
  if (a.m === 0) return b;
  if (b.m === 0) return a;
  const s = a.s > b.s ? a.s : b.s;
  if (typeof a.m === 'number' && typeof b.m === 'number' && s <= 22) {
    const am = a.m * POW10[s - a.s];
    const bm = b.m * POW10[s - b.s];
    const m = am + bm;
    if (Number.isSafeInteger(am) && Number.isSafeInteger(bm) && Number.isSafeInteger(m)) return norm({ m, s });
  }
  return make(big(a) * bpow(s - a.s) + big(b) * bpow(s - b.s), s);
}

export function neg(a: Dec): Dec {
  return a.m === 0 ? a : { m: typeof a.m === 'bigint' ? -a.m : -a.m, s: a.s };
}

export function sub(a: Dec, b: Dec): Dec {
  return add(a, neg(b));
}

export function cmp(a: Dec, b: Dec): number {
  const d = sub(a, b).m;
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

export function isZero(a: Dec): boolean {
  return a.m === 0;
}

export function sign(a: Dec): number {
  return a.m > 0 ? 1 : a.m < 0 ? -1 : 0;
}

export function min(a: Dec, b: Dec): Dec {
  return cmp(a, b) <= 0 ? a : b;
}

export function max(a: Dec, b: Dec): Dec {
  return cmp(a, b) >= 0 ? a : b;
}

/** Round to `scale` decimals, half away from zero (how invoices round to the cent). */
export function round(a: Dec, scale: number): Dec {
  if (a.s <= scale) return a;
  const m = big(a);
  const div = bpow(a.s - scale);
  const q = m / div;
  const r = m % div;
  const twice = (r < 0n ? -r : r) * 2n;
  const adj = twice >= div ? (m < 0n ? -1n : 1n) : 0n;
  return make(q + adj, scale);
}

/** Truncate toward zero to `scale` decimals. */
export function trunc(a: Dec, scale: number): Dec {
  if (a.s <= scale) return a;
  return make(big(a) / bpow(a.s - scale), scale);
}

export function toNumber(a: Dec): number {
  return typeof a.m === 'number' ? a.m / POW10[a.s] : Number(a.m) / 10 ** a.s;
}

// The same cost object is often printed in several columns of a row (billed = contracted =
// effective on on-demand usage); a two-entry identity cache avoids formatting it again.
let lastIn1: Dec | null = null;
let lastOut1 = '';
let lastIn2: Dec | null = null;
let lastOut2 = '';

/** Canonical text: plain digits, optional '-', no exponent, no trailing zeros. */
export function format(a: Dec): string {
  if (a === lastIn1) return lastOut1;
  if (a === lastIn2) return lastOut2;
  const out = formatUncached(a);
  lastIn2 = lastIn1;
  lastOut2 = lastOut1;
  lastIn1 = a;
  lastOut1 = out;
  return out;
}

function formatUncached(a: Dec): string {
  if (a.m === 0) return '0';
  const s = a.s;
  let digits: string;
  let negative: boolean;
  if (typeof a.m === 'number') {
    negative = a.m < 0;
    digits = String(negative ? -a.m : a.m);
  } else {
    negative = a.m < 0n;
    digits = (negative ? -a.m : a.m).toString();
  }
  if (s === 0) return negative ? '-' + digits : digits;
  if (digits.length <= s) digits = '0'.repeat(s - digits.length + 1) + digits;
  const cut = digits.length - s;
  const out = digits.slice(0, cut) + '.' + digits.slice(cut);
  return negative ? '-' + out : out;
}

/**
 * Split `total` into parts proportional to `weights`, each rounded to `scale`, summing exactly to
 * `total` (largest remainder). Used wherever allocations must reconcile to the cent.
 */
export function allocate(total: Dec, weights: readonly number[], scale: number): Dec[] {
  const unit = round(total, scale);
  const totalUnits = big(unit) * bpow(scale - unit.s);
  const wsum = weights.reduce((x, y) => x + y, 0);
  if (weights.length === 0) return [];
  if (wsum <= 0) return weights.map((_, i) => (i === 0 ? unit : ZERO));
  const tn = Number(totalUnits);
  const raw = weights.map((w) => (tn * w) / wsum);
  const floors = raw.map((x) => BigInt(Math.trunc(x)));
  let rest = totalUnits - floors.reduce((x, y) => x + y, 0n);
  const order = raw
    .map((x, i) => ({ i, frac: Math.abs(x - Math.trunc(x)) }))
    .sort((p, q) => q.frac - p.frac || p.i - q.i);
  const step = rest >= 0n ? 1n : -1n;
  for (let k = 0; rest !== 0n; k = (k + 1) % order.length) {
    floors[order[k].i] += step;
    rest -= step;
  }
  return floors.map((m) => make(m, scale));
}

/** Round to `digits` significant digits (prices and quantities), so products stay exact doubles. */
export function roundSig(a: Dec, digits: number): Dec {
  if (a.m === 0) return a;
  const abs = typeof a.m === 'bigint' ? (a.m < 0n ? -a.m : a.m).toString() : String(Math.abs(a.m));
  const intDigits = abs.length - a.s;
  const scale = Math.max(0, digits - intDigits);
  return round(a, scale);
}

/** A double rounded to `digits` significant digits as an exact decimal. */
export function fromNumberSig(x: number, digits: number): Dec {
  if (x === 0) return ZERO;
  const intDigits = Math.floor(Math.log10(Math.abs(x))) + 1;
  return fromNumber(x, Math.min(20, Math.max(0, digits - intDigits)));
}

/**
 * Exact running sum of many decimals (file totals over millions of rows). Safe-integer mantissas
 * are added per scale in plain doubles and folded into one bigint only before they could lose
 * exactness, so the common add costs no allocation and no bigint work.
 */
export class DecSum {
  private readonly fast = new Float64Array(64);
  private exact: Dec = ZERO;

  add(a: Dec): void {
    const m = a.m;
    if (typeof m === 'number' && a.s < 64) {
      const next = this.fast[a.s] + m;
      // Below 2^52 in magnitude every partial sum of safe integers stays exact.
      if (next < 4503599627370496 && next > -4503599627370496) {
        this.fast[a.s] = next;
        return;
      }
      this.fold(a.s);
      this.fast[a.s] = m;
      return;
    }
    this.exact = add(this.exact, a);
  }

  private fold(s: number): void {
    if (this.fast[s] !== 0) this.exact = add(this.exact, make(BigInt(this.fast[s]), s));
    this.fast[s] = 0;
  }

  value(): Dec {
    for (let s = 0; s < 64; s++) this.fold(s);
    return this.exact;
  }
}
