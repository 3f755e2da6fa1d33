/**
 * Snappy compression (raw format, no framing) into a reused buffer. The library compressor grows
 * a fresh buffer by doubling for every page and copies the result out, which left several
 * megabytes of garbage ArrayBuffers per row group; those are only collected once V8's external
 * memory threshold is crossed, so they showed up in peak RSS.
 *
 * Written from the format description: a varint of the uncompressed length, then literals and
 * back-references to at most 64 KiB back (two offset bytes). The match table is cleared per
 * call, so output depends on the input alone.
 */
import { Bytes } from './parquet-encoding.js';

const MAX_OFFSET = 0xffff;
const HASH_BITS = 14;
const table = new Int32Array(1 << HASH_BITS);

function load32(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
}

function literal(out: Bytes, src: Uint8Array, from: number, to: number): void {
  const len = to - from;
  if (len === 0) return;
  out.room(len + 5);
  const buf = out.buf;
  let o = out.len;
  const n = len - 1;
  if (n < 60) buf[o++] = n << 2;
  else if (n < 0x100) {
    buf[o++] = 60 << 2;
    buf[o++] = n;
  } else {
    // Tags 61..63: the length minus one follows in 2..4 little-endian bytes.
    const bytes = n < 0x10000 ? 2 : n < 0x1000000 ? 3 : 4;
    buf[o++] = (59 + bytes) << 2;
    for (let k = 0; k < bytes; k++) buf[o++] = (n >>> (8 * k)) & 0xff;
  }
  buf.set(src.subarray(from, to), o);
  out.len = o + len;
}

function copy(out: Bytes, offset: number, len: number): void {
  out.room(3 * ((len >> 6) + 2));
  const buf = out.buf;
  let o = out.len;
  // Two-byte-offset copies carry at most 64 bytes; the split keeps the last piece >= 4 bytes.
  while (len >= 68) {
    buf[o++] = (63 << 2) | 2;
    buf[o++] = offset & 0xff;
    buf[o++] = offset >>> 8;
    len -= 64;
  }
  if (len > 64) {
    buf[o++] = (59 << 2) | 2;
    buf[o++] = offset & 0xff;
    buf[o++] = offset >>> 8;
    len -= 60;
  }
  if (len <= 11 && offset < 2048) {
    buf[o++] = ((offset >>> 8) << 5) | ((len - 4) << 2) | 1;
    buf[o++] = offset & 0xff;
  } else {
    buf[o++] = ((len - 1) << 2) | 2;
    buf[o++] = offset & 0xff;
    buf[o++] = offset >>> 8;
  }
  out.len = o;
}

function compress(out: Bytes, src: Uint8Array, start: number, end: number): void {
  table.fill(-1);
  let lit = start;
  let ip = start;
  let skip = 32;
  const last = end - 4;
  while (ip <= last) {
    const v = load32(src, ip);
    const h = Math.imul(v, 0x1e35a7bd) >>> (32 - HASH_BITS);
    const cand = table[h];
    table[h] = ip;
    if (cand < 0 || ip - cand > MAX_OFFSET || load32(src, cand) !== v) {
      // Probe less often the longer nothing matched (one step more per 32 misses), as the
      // reference implementation does: incompressible data then costs little time.
      ip += skip++ >> 5;
      continue;
    }
    literal(out, src, lit, ip);
    let len = 4;
    while (ip + len < end && src[cand + len] === src[ip + len]) len++;
    copy(out, ip - cand, len);
    ip += len;
    lit = ip;
    skip = 32;
    if (ip - 1 <= last) table[Math.imul(load32(src, ip - 1), 0x1e35a7bd) >>> (32 - HASH_BITS)] = ip - 1;
  }
  literal(out, src, lit, end);
}

/** Compresses `src` into `out` (reset first); the result is `out.bytes()` until the next call. */
export function snappyInto(out: Bytes, src: Uint8Array): Uint8Array {
  out.reset();
  const n = src.length;
  // Output is usually smaller than the input; emitters make room for the rest.
  out.room(n + 16);
  out.varint(n);
  compress(out, src, 0, n);
  return out.bytes();
}
