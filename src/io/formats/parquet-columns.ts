/**
 * One row group's column buffers. Strings and timestamps are dictionary columns: a cell's text
 * gets an id (kept across row groups) whose index in this group's dictionary is stamped on first
 * use, so a repeated cell costs a few typed-array accesses. Numbers are kept as DOUBLE or as the
 * 16 PLAIN bytes of DECIMAL(38,18). parquet-chunk.ts encodes them.
 */
import { Bytes } from './parquet-encoding.js';

/**
 * Beyond this many distinct values a column forgets them at the next row-group boundary
 * (high-cardinality columns would otherwise hold every value of the file in memory).
 */
export const INTERN_CAP = 50_000;

/**
 * Columns intern static cells: a template then holds one small integer per cell instead of
 * converted values (tens of thousands of templates are alive at once). Id -1 is null.
 */
interface Interning {
  intern(text: string): number;
  put(r: number, id: number): void;
  /** Called between row groups; true when ids handed out so far became void. */
  trim(): boolean;
}

function grown(a: Int32Array, need: number): Int32Array {
  if (need < a.length) return a;
  const b = new Int32Array(Math.max(need + 1, a.length * 2));
  b.set(a);
  return b;
}

export class DictColumn implements Interning {
  readonly kind = 'dict';
  private map = new Map<string, number>();
  keys: string[] = [];
  /** Epoch milliseconds per id, for timestamp columns (parsing failures throw). */
  millis: number[] = [];
  /** Row-group generation that last used an id, and the id's index in that group's dictionary. */
  private stamp: Int32Array = new Int32Array(1024);
  private local: Int32Array = new Int32Array(1024);
  private gen = 1;
  /**
   * This row group's dictionary as ids, in order of first use (it follows the rows:
   * deterministic): `order[0..size)`. One array reused by every row group; a fresh array per group
   * lived a whole group and ended up as old-generation garbage.
   */
  order: Int32Array = new Int32Array(1024);
  size = 0;
  readonly idx: Int32Array;

  constructor(
    readonly name: string,
    rows: number,
    readonly timestamp: boolean,
  ) {
    this.idx = new Int32Array(rows);
  }

  intern(key: string): number {
    let id = this.map.get(key);
    if (id === undefined) {
      id = this.keys.length;
      if (this.timestamp) {
        const t = Date.parse(key);
        if (Number.isNaN(t)) throw new Error(`not a timestamp: ${JSON.stringify(key)}`);
        this.millis.push(t);
      }
      this.keys.push(key);
      this.map.set(key, id);
      this.stamp = grown(this.stamp, id);
      this.local = grown(this.local, id);
    }
    return id;
  }

  put(r: number, id: number): void {
    if (id < 0) {
      this.idx[r] = -1;
      return;
    }
    if (this.stamp[id] !== this.gen) {
      this.stamp[id] = this.gen;
      if (this.size === this.order.length) this.order = grown(this.order, this.size);
      this.local[id] = this.size;
      this.order[this.size++] = id;
    }
    this.idx[r] = this.local[id];
  }

  setText(r: number, v: string | null): void {
    this.put(r, v === null ? -1 : this.intern(v));
  }

  trim(): boolean {
    this.size = 0;
    this.gen++;
    if (this.keys.length <= INTERN_CAP) return false;
    this.map = new Map();
    this.keys = [];
    this.millis = [];
    return true;
  }
}

export class DoubleColumn implements Interning {
  readonly kind = 'double';
  private map = new Map<string, number>();
  private pool = new Float64Array(256);
  private size = 0;
  readonly vals: Float64Array;
  readonly nulls: Uint8Array;

  constructor(
    readonly name: string,
    rows: number,
  ) {
    this.vals = new Float64Array(rows);
    this.nulls = new Uint8Array(rows);
  }

  intern(text: string): number {
    let id = this.map.get(text);
    if (id === undefined) {
      id = this.size++;
      if (id >= this.pool.length) {
        const p = new Float64Array(this.pool.length * 2);
        p.set(this.pool);
        this.pool = p;
      }
      this.pool[id] = Number(text);
      this.map.set(text, id);
    }
    return id;
  }

  put(r: number, id: number): void {
    if (id < 0) this.nulls[r] = 1;
    else {
      this.nulls[r] = 0;
      this.vals[r] = this.pool[id];
    }
  }

  set(r: number, v: number | null): void {
    if (v === null) this.nulls[r] = 1;
    else {
      this.nulls[r] = 0;
      this.vals[r] = v;
    }
  }

  trim(): boolean {
    if (this.size <= INTERN_CAP) return false;
    this.map = new Map();
    this.size = 0;
    return true;
  }
}

/**
 * Unscaled values are stored as their 16 PLAIN bytes (big-endian two's complement) as soon as
 * they arrive: a bigint per cell kept for a whole row group was measured to double the heap.
 */
export class DecimalColumn implements Interning {
  readonly kind = 'decimal';
  private map = new Map<string, number>();
  private pool = new Bytes(4096);
  readonly vals: Uint8Array;
  private readonly view: DataView;
  readonly nulls: Uint8Array;

  constructor(
    readonly name: string,
    rows: number,
    private readonly parse: (text: string, column: string) => bigint,
  ) {
    this.vals = new Uint8Array(16 * rows);
    this.view = new DataView(this.vals.buffer);
    this.nulls = new Uint8Array(rows);
  }

  intern(text: string): number {
    let id = this.map.get(text);
    if (id === undefined) {
      const v = this.parse(text, this.name);
      const pool = this.pool;
      id = pool.len >> 4;
      pool.room(16);
      pool.view.setBigInt64(pool.len, v >> 64n, false);
      pool.view.setBigUint64(pool.len + 8, BigInt.asUintN(64, v), false);
      pool.len += 16;
      this.map.set(text, id);
    }
    return id;
  }

  put(r: number, id: number): void {
    if (id < 0) {
      this.nulls[r] = 1;
      return;
    }
    this.nulls[r] = 0;
    // A byte loop, not set(subarray): a view per cell was garbage V8 promoted to the old generation.
    const src = this.pool.buf;
    const vals = this.vals;
    for (let i = 0, from = id << 4, to = r << 4; i < 16; i++) vals[to + i] = src[from + i];
  }

  /**
   * Stores m * 10^(scale - s) without bigints when |m| is a safe integer; returns false (nothing
   * stored) otherwise, so the caller takes the bigint path.
   */
  setScaled(r: number, m: number, s: number, scale: number): boolean {
    if (s < 0 || s > scale || !Number.isSafeInteger(m)) return false;
    this.nulls[r] = 0;
    unscaledBytes(m, POW10_LIMBS[scale - s], this.vals, r << 4);
    return true;
  }

  set(r: number, v: bigint | null): void {
    if (v === null) {
      this.nulls[r] = 1;
      return;
    }
    this.nulls[r] = 0;
    this.view.setBigInt64(r << 4, v >> 64n, false);
    this.view.setBigUint64((r << 4) + 8, BigInt.asUintN(64, v), false);
  }

  trim(): boolean {
    if (this.pool.len >> 4 <= INTERN_CAP) return false;
    this.map = new Map();
    this.pool.reset();
    return true;
  }
}

export type Column = DictColumn | DoubleColumn | DecimalColumn;

/** 10^k (k = 0..18) as four 16-bit limbs, least significant first (10^18 < 2^64). */
const POW10_LIMBS = Array.from({ length: 19 }, (_, k) => {
  let p = 10n ** BigInt(k);
  const limbs = new Float64Array(4);
  for (let i = 0; i < 4; i++, p >>= 16n) limbs[i] = Number(p & 0xffffn);
  return limbs;
});
const LIMBS = new Float64Array(8);

/**
 * The 16 big-endian two's-complement bytes of m * p (|m| <= 2^53, p < 2^64) at out[at..at+16],
 * computed on 16-bit limbs: every partial product and column sum stays below 2^53, so double
 * arithmetic is exact. The per-value bigints of the plain path were most of the old-generation
 * garbage of a DECIMAL file.
 */
export function unscaledBytes(m: number, p: Float64Array, out: Uint8Array, at: number): void {
  const r = LIMBS;
  r.fill(0);
  let a = Math.abs(m);
  for (let i = 0; i < 4; i++) {
    const ai = a % 65536;
    a = (a - ai) / 65536;
    if (ai === 0) continue;
    for (let j = 0; j < 4; j++) r[i + j] += ai * p[j];
  }
  let carry = 0;
  for (let i = 0; i < 8; i++) {
    const v = r[i] + carry;
    const low = v % 65536;
    carry = (v - low) / 65536;
    r[i] = low;
  }
  if (m < 0) {
    // Two's complement: invert every limb, add one.
    carry = 1;
    for (let i = 0; i < 8; i++) {
      const v = 65535 - r[i] + carry;
      r[i] = v & 0xffff;
      carry = v >>> 16;
    }
  }
  for (let i = 0; i < 8; i++) {
    const v = r[i];
    out[at + 15 - 2 * i] = v & 0xff;
    out[at + 14 - 2 * i] = v >>> 8;
  }
}
