import { BufferPool } from '../buffer-pool.js';

/** Receives a full chunk; `release` hands its buffer back for reuse (see ByteOut). */
export type Emit = (chunk: Uint8Array, release: () => void) => void | Promise<void>;

const pools = new Map<number, BufferPool<Buffer>>();
/** One pool per chunk size, shared by the writers of a thread (files are written one at a time). */
function poolOf(size: number): BufferPool<Buffer> {
  let p = pools.get(size);
  if (!p) pools.set(size, (p = new BufferPool(size, (n) => Buffer.allocUnsafe(n))));
  return p;
}

/**
 * Output is built straight in large Buffers (joining many small strings first costs more than
 * the encoding); each full buffer is handed to `emit` and another one started, taken from a pool
 * that consumers refill by releasing what they are done with.
 */
export class ByteChunker {
  protected buf: Buffer;
  protected off = 0;
  private readonly pool: BufferPool<Buffer>;

  constructor(
    private readonly emit: Emit,
    chunkBytes = 1 << 20,
  ) {
    this.pool = poolOf(chunkBytes);
    this.buf = this.pool.take();
  }

  /** Make room for `n` more bytes; returns the sink's backpressure promise if a chunk was flushed. */
  protected room(n: number): void | Promise<void> {
    if (this.off + n <= this.buf.length) return;
    const wait = this.flush();
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n);
    return wait;
  }

  push(s: string): void | Promise<void> {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    const wait = this.room(s.length * 3);
    this.off += this.buf.write(s, this.off);
    return wait;
  }

  flush(): void | Promise<void> {
    if (this.off === 0) return;
    const buf = this.buf;
    const full = buf.subarray(0, this.off);
    this.buf = this.pool.take();
    this.off = 0;
    return this.emit(full, () => this.pool.give(buf));
  }
}
