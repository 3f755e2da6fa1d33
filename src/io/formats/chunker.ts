const chunk = (n: number): Buffer => Buffer.allocUnsafe(n);

/**
 * Output is built straight in large Buffers (joining many small strings first costs more than
 * the encoding); each full buffer is handed to `emit` and a fresh one started.
 */
export class ByteChunker {
  protected buf: Buffer;
  protected off = 0;

  constructor(
    private readonly emit: (chunk: Uint8Array) => void | Promise<void>,
    private readonly chunkBytes = 1 << 20,
  ) {
    this.buf = chunk(chunkBytes);
  }

  /** Make room for `n` more bytes; returns the sink's backpressure promise if a chunk was flushed. */
  protected room(n: number): void | Promise<void> {
    if (this.off + n <= this.buf.length) return;
    const wait = this.flush();
    if (n > this.buf.length) this.buf = chunk(n);
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
    const full = this.buf.subarray(0, this.off);
    this.buf = chunk(this.chunkBytes);
    this.off = 0;
    return this.emit(full);
  }
}
