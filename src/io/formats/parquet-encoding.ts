/**
 * Low-level Parquet value encodings over typed arrays: a reusable growable byte buffer, the
 * RLE / bit-packed hybrid (definition levels and dictionary indices) and PLAIN values. Working on
 * typed arrays instead of arrays of JS values is what keeps a row group's encoding off the
 * garbage collector's plate.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf8 = new TextEncoder();

/** Grows by doubling and is reused across pages, so steady state allocates nothing. */
export class Bytes {
  buf: Uint8Array;
  view: DataView;
  len = 0;

  constructor(size = 1 << 16) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }

  reset(): void {
    this.len = 0;
  }

  room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }

  u8(v: number): void {
    this.room(1);
    this.buf[this.len++] = v;
  }

  u32(v: number): void {
    this.room(4);
    this.view.setUint32(this.len, v, true);
    this.len += 4;
  }

  varint(v: number): void {
    this.room(5);
    while (v > 0x7f) {
      this.buf[this.len++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.len++] = v;
  }

  append(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  /** PLAIN BYTE_ARRAY value: length prefix then UTF-8; returns where the UTF-8 starts. */
  string(s: string): number {
    this.room(4 + s.length * 3);
    const at = this.len + 4;
    const buf = this.buf;
    // ASCII is copied unit by unit; encodeInto needs a view per call, and a dictionary page of
    // thousands of strings made thousands of them.
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      buf[at + i] = c;
    }
    const written = i === s.length ? i : i + utf8.encodeInto(s.slice(i), buf.subarray(at + i)).written;
    this.view.setUint32(this.len, written, true);
    this.len = at + written;
    return at;
  }
}

/** Bits needed for dictionary indices 0..size-1 (at least 1: some readers reject width 0). */
export function bitWidth(size: number): number {
  let w = 1;
  while (size > 1 << w) w++;
  return w;
}

/**
 * Arrow and parquet-mr write at most 63 eight-value groups per bit-packed run; staying within
 * that keeps every reader on its tested path.
 */
const MAX_GROUPS = 63;

/** RLE / bit-packed hybrid of vals[0..n) (unsigned, < 2^width, width <= 24), no length prefix. */
export function writeHybrid(out: Bytes, vals: Int32Array | Uint8Array, n: number, width: number): void {
  const valueBytes = (width + 7) >> 3;
  let i = 0;
  let litStart = 0;
  let groups = 0;
  while (i < n) {
    const v = vals[i];
    let j = i + 1;
    while (j < n && vals[j] === v) j++;
    if (j - i >= 8) {
      if (groups) {
        packGroups(out, vals, n, litStart, groups, width);
        groups = 0;
      }
      out.varint((j - i) * 2);
      out.room(valueBytes);
      for (let b = 0; b < valueBytes; b++) out.buf[out.len++] = (v >>> (8 * b)) & 0xff;
      i = j;
    } else {
      if (groups === 0) litStart = i;
      i += 8;
      if (++groups === MAX_GROUPS) {
        packGroups(out, vals, n, litStart, groups, width);
        groups = 0;
      }
    }
  }
  if (groups) packGroups(out, vals, n, litStart, groups, width);
}

function packGroups(out: Bytes, vals: Int32Array | Uint8Array, n: number, start: number, groups: number, width: number): void {
  out.varint(groups * 2 + 1);
  out.room(groups * width);
  const buf = out.buf;
  let len = out.len;
  let acc = 0;
  let bits = 0;
  const end = start + groups * 8;
  for (let i = start; i < end; i++) {
    const v = i < n ? vals[i] : 0;
    acc |= v << bits;
    bits += width;
    while (bits >= 8) {
      buf[len++] = acc & 0xff;
      acc >>>= 8;
      bits -= 8;
    }
  }
  out.len = len;
}

/** PLAIN DOUBLE values. */
export function writeDoubles(out: Bytes, vals: Float64Array, n: number): void {
  out.room(n * 8);
  if (LITTLE_ENDIAN) {
    out.buf.set(new Uint8Array(vals.buffer, vals.byteOffset, n * 8), out.len);
  } else {
    for (let i = 0; i < n; i++) out.view.setFloat64(out.len + i * 8, vals[i], true);
  }
  out.len += n * 8;
}

/** PLAIN INT64 values given as JS numbers (safe integers such as epoch milliseconds). */
export function writeInt64s(out: Bytes, vals: ArrayLike<number>, n: number): void {
  out.room(n * 8);
  const view = out.view;
  for (let i = 0; i < n; i++) view.setBigInt64(out.len + i * 8, BigInt(vals[i]), true);
  out.len += n * 8;
}

/** Unsigned lexicographic order of two byte ranges (the order Parquet uses for BYTE_ARRAY bounds). */
export function compareBytes(buf: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): number {
  const n = Math.min(aEnd - a, bEnd - b);
  for (let i = 0; i < n; i++) {
    const d = buf[a + i] - buf[b + i];
    if (d !== 0) return d;
  }
  return aEnd - a - (bEnd - b);
}
