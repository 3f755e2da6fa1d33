/**
 * CSV (RFC 4180: header line, quotes only where needed, empty field = null, LF line ends) and
 * CSV.gz (the same bytes through node:zlib). Rows are joined into ~256 KB chunks so the per-row
 * cost is string work only.
 */
import { createGzip, constants as zc, type Gzip } from 'node:zlib';
import type { Cell } from '../../core/generate.js';
import type { ByteOut, RowWriter, WriterOptions } from './types.js';

const CHUNK_BYTES = 1 << 20;
const NEEDS_QUOTES = /[",\n\r]/;

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
 * A line encoder for fixed columns, byte-identical to csvLine: decimals and timestamps never need
 * quotes, so only text cells are inspected, and the line is built by one join (null -> empty).
 */
export function csvLineEncoder(columns: WriterOptions['columns']): (row: readonly Cell[]) => string {
  const text = columns.flatMap((c, i) => (c.type === 'string' || c.type === 'json' ? [i] : []));
  return (row) => {
    let cells: readonly Cell[] = row;
    for (let k = 0; k < text.length; k++) {
      const v = row[text[k]];
      if (v !== null && NEEDS_QUOTES.test(v)) {
        if (cells === row) cells = row.slice();
        (cells as Cell[])[text[k]] = '"' + v.replaceAll('"', '""') + '"';
      }
    }
    return cells.join(',') + '\n';
  };
}

/**
 * Lines written straight into large Buffers (joining many small strings first costs more than
 * the encoding); each full buffer is handed to `emit` and a fresh one started.
 */
export class ByteChunker {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES);
  private off = 0;
  constructor(private readonly emit: (chunk: Uint8Array) => void | Promise<void>) {}
  push(s: string): void | Promise<void> {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    const room = s.length * 3;
    let wait: void | Promise<void> = undefined;
    if (this.off + room > this.buf.length) {
      wait = this.flush();
      if (room > this.buf.length) this.buf = Buffer.allocUnsafe(room);
    }
    this.off += this.buf.write(s, this.off);
    return wait;
  }
  flush(): void | Promise<void> {
    if (this.off === 0) return;
    const chunk = this.buf.subarray(0, this.off);
    this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
    this.off = 0;
    return this.emit(chunk);
  }
}

export function csvWriter(out: ByteOut, opts: WriterOptions): RowWriter {
  const bytes = new ByteChunker((c) => out.write(c));
  const line = csvLineEncoder(opts.columns);
  if (opts.header !== false) bytes.push(csvLine(opts.columns.map((c) => c.name)));
  return {
    writeRow: (row) => bytes.push(line(row)),
    finish: async () => {
      await bytes.flush();
    },
  };
}

/** Pipe bytes through a gzip stream whose output is forwarded to `out` with backpressure. */
export function gzipOut(out: ByteOut): { input: ByteOut; end(): Promise<void> } {
  // Level 6 (zlib default) balances speed and size; the header has mtime 0, so bytes are stable.
  const gz: Gzip = createGzip({ level: zc.Z_DEFAULT_COMPRESSION, chunkSize: 256 * 1024 });
  let failure: Error | undefined;
  let pending: Promise<void> = Promise.resolve();
  gz.on('data', (chunk: Buffer) => {
    const r = out.write(chunk);
    if (r) {
      gz.pause();
      pending = r.then(
        () => void gz.resume(),
        (e: Error) => {
          failure = e;
          gz.destroy(e);
        },
      );
    }
  });
  gz.on('error', (e) => (failure ??= e));
  const ended = new Promise<void>((resolve, reject) => {
    gz.on('end', () => resolve());
    gz.on('close', () => (failure ? reject(failure) : resolve()));
  });
  return {
    input: {
      write(chunk) {
        if (failure) throw failure;
        if (!gz.write(chunk)) {
          return new Promise<void>((resolve, reject) => {
            const onError = (e: Error) => {
              gz.off('drain', onDrain);
              reject(e);
            };
            const onDrain = () => {
              gz.off('error', onError);
              resolve();
            };
            gz.once('drain', onDrain);
            gz.once('error', onError);
          });
        }
      },
    },
    async end() {
      gz.end();
      await ended;
      await pending;
      if (failure) throw failure;
    },
  };
}

export function csvGzWriter(out: ByteOut, opts: WriterOptions): RowWriter {
  const gz = gzipOut(out);
  const inner = csvWriter(gz.input, opts);
  return {
    writeRow: (row) => inner.writeRow(row),
    finish: async () => {
      await inner.finish();
      await gz.end();
    },
  };
}
