/**
 * zstd for Parquet pages, compressed into a reused buffer. @bokuweb/zstd-wasm's compress() returns
 * a fresh array per call; over a 10M-row file that garbage, which V8 collects late, lifted peak RSS
 * by 40 to 130 MB. Its wasm module exports ZSTD_compress and malloc, so pages go through two
 * buffers allocated once in wasm memory and the result is copied into the caller's scratch. The
 * bytes are those of compress() (same function, same level). If the module's internals are not
 * there (another version of the package), compress() is used.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { init, compress } from '@bokuweb/zstd-wasm';
import type { Bytes } from './parquet-encoding.js';

interface ZstdModule {
  HEAPU8: Uint8Array;
  _malloc(n: number): number;
  _free(ptr: number): void;
  _ZSTD_compressBound(n: number): number;
  _ZSTD_compress(dst: number, cap: number, src: number, n: number, level: number): number;
  _ZSTD_isError(code: number): number;
}

let ready: Promise<void> | undefined;
let cached: ZstdModule | null = null;

/**
 * Instantiate the wasm module before the first (synchronous) compress. The module is loaded by
 * its path and initialised here unless the package entry already did, so the fast path does not
 * rely on the entry and the path resolving to the same instance (they do under node and tsx).
 */
export function ensureZstd(): Promise<void> {
  ready ??= (async () => {
    try {
      const require = createRequire(import.meta.url);
      const dir = dirname(require.resolve('@bokuweb/zstd-wasm'));
      const mod = require(join(dir, 'module.js')) as { Module?: Partial<ZstdModule> & { init?(wasm: Uint8Array): void }; waitInitialized?(): Promise<void> };
      const m = mod.Module;
      if (m && typeof m.init === 'function' && typeof mod.waitInitialized === 'function') {
        if (!m.HEAPU8) {
          m.init(await readFile(join(dir, 'zstd.wasm')));
          await mod.waitInitialized();
        }
        const usable = m.HEAPU8 && ['_malloc', '_free', '_ZSTD_compressBound', '_ZSTD_compress', '_ZSTD_isError'].every((f) => typeof m[f as keyof ZstdModule] === 'function');
        if (usable) cached = m as ZstdModule;
      }
    } catch {
      cached = null;
    }
    if (!cached) await init();
  })();
  return ready;
}

/** True when pages go through reused wasm buffers (false: the package's compress(), a new array per page). */
export function zstdReusesBuffers(): boolean {
  return cached !== null;
}

function wasm(): ZstdModule | null {
  return cached;
}

export class ZstdPages {
  private src = 0;
  private srcCap = 0;
  private dst = 0;
  private dstCap = 0;

  constructor(private readonly level = 3) {}

  /** Compress a page; the result may be a view of `out`, valid until the next call. */
  compress(page: Uint8Array, out: Bytes): Uint8Array {
    const m = wasm();
    if (!m) return compress(page, this.level);
    const bound = m._ZSTD_compressBound(page.length);
    if (!this.src || page.length > this.srcCap) {
      if (this.src) m._free(this.src);
      this.srcCap = Math.max(page.length, 1 << 20);
      this.src = m._malloc(this.srcCap);
    }
    if (!this.dst || bound > this.dstCap) {
      if (this.dst) m._free(this.dst);
      this.dstCap = Math.max(bound, 1 << 20);
      this.dst = m._malloc(this.dstCap);
    }
    if (!this.src || !this.dst) throw new Error('zstd: out of wasm memory');
    // HEAPU8 is replaced when wasm memory grows, so it is read after every allocation.
    m.HEAPU8.set(page, this.src);
    const n = m._ZSTD_compress(this.dst, this.dstCap, this.src, page.length, this.level);
    if (m._ZSTD_isError(n)) throw new Error(`zstd compression failed (code ${n})`);
    out.reset();
    out.room(n);
    out.buf.set(m.HEAPU8.subarray(this.dst, this.dst + n));
    out.len = n;
    return out.bytes();
  }
}
