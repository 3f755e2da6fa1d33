/**
 * CSV (RFC 4180: header line, quotes only where needed, empty field = null, LF line ends) and
 * CSV.gz (the same bytes through node:zlib). Rows are joined into ~256 KB chunks so the per-row
 * cost is string work only.
 */
import { createGzip, constants as zc, type Gzip } from 'node:zlib';
import type { Cell } from '../../core/generate.js';
import type { ByteOut, RowWriter, WriterOptions } from './types.js';

const CHUNK_CHARS = 256 * 1024;
const NEEDS_QUOTES = /[",\n\r]/;

export function csvCell(v: Cell): string {
  if (v === null) return '';
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(row: readonly Cell[]): string {
  let line = row.length ? csvCell(row[0]) : '';
  for (let i = 1; i < row.length; i++) line += ',' + csvCell(row[i]);
  return line + '\n';
}

/** Text accumulated into large chunks, handed to `emit` as UTF-8 bytes. */
class TextChunker {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly emit: (chunk: Uint8Array) => void | Promise<void>) {}
  push(s: string): void | Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= CHUNK_CHARS) return this.flush();
  }
  flush(): void | Promise<void> {
    if (this.size === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
    return this.emit(buf);
  }
}

export function csvWriter(out: ByteOut, opts: WriterOptions): RowWriter {
  const text = new TextChunker((c) => out.write(c));
  if (opts.header !== false) text.push(csvLine(opts.columns.map((c) => c.name)));
  return {
    writeRow: (row) => text.push(csvLine(row)),
    finish: async () => {
      await text.flush();
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
            gz.once('drain', () => resolve());
            gz.once('error', reject);
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
