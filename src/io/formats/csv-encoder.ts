/**
 * The CSV hot path: rows are encoded straight into large byte buffers. A templated row (RowView
 * with `shared`) is its template's static cells, pre-quoted and pre-encoded once into the byte
 * segments between the varying cells, followed by only the varying cells copied byte by byte.
 * Output is byte-identical to `csvLine` of the materialized row (tested). Building strings and
 * letting Buffer.write flatten them was measured 2x slower than this.
 */
import type { RowView } from '../../core/focus/project.js';
import { format } from '../../core/decimal.js';
import type { Cell } from '../../core/generate.js';
import { ByteChunker, type Emit } from './chunker.js';
import type { ColumnSpec } from '../../core/focus/columns.js';

const NEEDS_QUOTES = /[",\n\r]/;
const utf8 = new TextEncoder();

/** ASCII bytes that force a cell into quotes (", comma, LF, CR). */
const SPECIAL = new Uint8Array(128);
for (const ch of '",\n\r') SPECIAL[ch.charCodeAt(0)] = 1;

function digitCount(x: number): number {
  let n = 1;
  while (x >= 10) {
    x = (x / 10) | 0;
    n++;
  }
  return n;
}

export function csvCell(v: Cell): string {
  if (v === null) return '';
  return NEEDS_QUOTES.test(v) ? '"' + v.replaceAll('"', '""') + '"' : v;
}

export function csvLine(row: readonly Cell[]): string {
  let line = row.length ? csvCell(row[0]) : '';
  for (let i = 1; i < row.length; i++) line += ',' + csvCell(row[i]);
  return line + '\n';
}

/**
 * Pre-encoded static parts of one template: part k (before varying cell k; the last part ends
 * the line) is slab[ends[k-1] .. ends[k]), with ends[-1] = start. Tens of thousands of templates
 * are alive at once, so their bytes and offsets are packed into shared slabs rather than two
 * small buffers each (every ArrayBuffer carries ~200 bytes of bookkeeping).
 */
interface Segments {
  slab: Uint8Array;
  start: number;
  ends: Int32Array;
}

const SLAB_BYTES = 1 << 20;
const ENDS_SLAB = 1 << 16;

class Slabs {
  private bytes = new Uint8Array(SLAB_BYTES);
  private used = 0;
  private ends = new Int32Array(ENDS_SLAB);
  private usedEnds = 0;

  /** Store `parts` (the texts between varying cells) and return where they are. */
  store(parts: string[]): Segments {
    const text = parts.join('');
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.used + text.length * 3 > this.bytes.length) {
      this.bytes = new Uint8Array(Math.max(SLAB_BYTES, text.length * 3));
      this.used = 0;
    }
    if (this.usedEnds + parts.length > this.ends.length) {
      this.ends = new Int32Array(Math.max(ENDS_SLAB, parts.length));
      this.usedEnds = 0;
    }
    const start = this.used;
    const written = utf8.encodeInto(text, this.bytes.subarray(start)).written;
    // ASCII (the norm): byte offsets are character offsets.
    const ascii = written === text.length;
    const ends = this.ends.subarray(this.usedEnds, this.usedEnds + parts.length);
    let at = start;
    for (let p = 0; p < parts.length; p++) ends[p] = at += ascii ? parts[p].length : Buffer.byteLength(parts[p]);
    this.used += written;
    this.usedEnds += parts.length;
    return { slab: this.bytes, start, ends };
  }
}

/** The static texts of a template row, split at its varying cells, quoted as CSV needs. */
function staticParts(v: RowView, plain: readonly boolean[]): string[] {
  const parts: string[] = [];
  let cur = '';
  let k = 0;
  for (let i = 0; i < v.base.length; i++) {
    if (i > 0) cur += ',';
    if (v.dynamic[k] === i) {
      parts.push(cur);
      cur = '';
      k++;
    } else {
      const x = v.base[i];
      if (x !== null) cur += plain[i] ? x : csvCell(x);
    }
  }
  parts.push(cur + '\n');
  return parts;
}

export class CsvBytes extends ByteChunker {
  private readonly templates = new WeakMap<readonly Cell[], Segments>();
  private readonly slabs = new Slabs();
  /** Columns whose cells never need quotes (decimals and timestamps), by index. */
  private readonly plain: boolean[];

  constructor(emit: Emit, chunkBytes?: number, columns: readonly ColumnSpec[] = []) {
    super(emit, chunkBytes);
    this.plain = columns.map((c) => c.type === 'decimal' || c.type === 'datetime');
  }

  pushView(v: RowView): void | Promise<void> {
    if (!v.shared) return this.push(csvLine(v.base));
    let t = this.templates.get(v.base);
    if (!t) this.templates.set(v.base, (t = this.slabs.store(staticParts(v, this.plain))));
    const values = v.values;
    const { slab, start, ends } = t;
    let need = ends[ends.length - 1] - start;
    for (let k = 0; k < values.length; k++) {
      const x = values[k];
      // Text worst case: every unit a 3-byte character, or every char a doubled quote, plus quotes.
      // A decimal with a safe-integer mantissa prints in at most 16 digits, sign, point and zeros.
      if (x !== null) need += typeof x === 'string' ? x.length * 3 + 2 : typeof x.m === 'number' ? x.s + 20 : 3 * format(x).length;
    }
    const wait = this.room(need);
    this.put(slab, start, ends[0]);
    for (let k = 0; k < values.length; k++) {
      const x = values[k];
      if (x !== null) {
        if (typeof x === 'string') this.putCell(x);
        else if (typeof x.m === 'number') this.putDecimal(x.m, x.s);
        else this.putCell(format(x));
      }
      this.put(slab, ends[k], ends[k + 1]);
    }
    return wait;
  }

  private put(b: Uint8Array, from: number, to: number): void {
    const n = to - from;
    // Copying a few bytes by hand beats the call into TypedArray.prototype.set.
    if (n < 24) {
      const buf = this.buf;
      const off = this.off - from;
      for (let i = from; i < to; i++) buf[off + i] = b[i];
    } else this.buf.set(b.subarray(from, to), this.off);
    // (experiment)
    this.off += n;
  }

  /**
   * Digits of m / 10^s written as `format` prints them (no exponent, "0.00x" below one). The
   * mantissa is split into two int32 halves of 8 digits so every step is integer arithmetic
   * (a double % 10 is a slow floating-point remainder).
   */
  private putDecimal(m: number, s: number): void {
    const buf = this.buf;
    let off = this.off;
    if (m === 0) {
      buf[off] = 48;
      this.off = off + 1;
      return;
    }
    if (m < 0) {
      buf[off++] = 45;
      m = -m;
    }
    let hi = 0;
    let lo = m;
    if (m >= 1e8) {
      hi = Math.floor(m / 1e8);
      if (hi * 1e8 > m) hi--;
      lo = m - hi * 1e8;
    }
    let lo32 = lo | 0;
    let hi32 = hi | 0;
    const digits = hi32 > 0 ? 8 + digitCount(hi32) : digitCount(lo32);
    const n = digits > s ? digits : s + 1;
    const end = off + n + (s > 0 ? 1 : 0);
    let pos = end - 1;
    for (let i = 0; i < n; i++) {
      if (i === s && s > 0) buf[pos--] = 46;
      let d: number;
      if (i < 8) {
        const q = (lo32 / 10) | 0;
        d = lo32 - q * 10;
        lo32 = q;
      } else {
        const q = (hi32 / 10) | 0;
        d = hi32 - q * 10;
        hi32 = q;
      }
      buf[pos--] = 48 + d;
    }
    this.off = end;
  }

  private putCell(x: string): void {
    const buf = this.buf;
    const off = this.off;
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = x.charCodeAt(i);
      if (c > 127 || SPECIAL[c] === 1) {
        // Rare: needs quoting or is not ASCII; encode the whole cell the general way.
        this.off += buf.write(csvCell(x), off);
        return;
      }
      buf[off + i] = c;
    }
    this.off = off + n;
  }
}
