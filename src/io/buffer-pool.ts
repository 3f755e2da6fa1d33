/**
 * Reused output buffers. A chunk handed to a file or deflate stream stays referenced until the
 * write completes, long enough for V8 to promote it to the old generation, where ArrayBuffer
 * garbage is only freed by a full collection; V8 lets such external memory grow by tens of MB
 * first (a 10M-row Parquet file peaked 40-60 MB higher). So writers take their chunks from a pool
 * and consumers give them back through the `release` callback of ByteOut.write once done.
 */
export class BufferPool<T extends Uint8Array> {
  private readonly free: T[] = [];

  /** `keep`: buffers held for reuse; beyond that, released buffers are left to the GC. */
  constructor(
    readonly size: number,
    private readonly alloc: (n: number) => T,
    private readonly keep = 8,
  ) {}

  take(): T {
    return this.free.pop() ?? this.alloc(this.size);
  }

  /** Back for reuse (buffers of another size, e.g. one-off large ones, are not kept). */
  give(b: T): void {
    if (b.length === this.size && this.free.length < this.keep) this.free.push(b);
  }
}
