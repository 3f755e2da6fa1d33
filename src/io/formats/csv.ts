/**
 * CSV (RFC 4180: header line, quotes only where needed, empty field = null, LF line ends) and
 * CSV.gz (the same bytes through node:zlib). Rows are encoded straight into 1 MB chunks
 * (csv-encoder.ts).
 */
import { createGzip, constants as zc, type Gzip, type ZlibOptions } from 'node:zlib';
import type { TransformOptions } from 'node:stream';
import { CsvBytes, csvLine } from './csv-encoder.js';
import { nextTurn, waitDrain } from '../backpressure.js';
import type { ByteOut, RowWriter, WriterOptions } from './types.js';

export { csvCell, csvLine } from './csv-encoder.js';

export function csvWriter(out: ByteOut, opts: WriterOptions): RowWriter {
  const bytes = new CsvBytes((c, release) => out.write(c, release), undefined, opts.columns);
  if (opts.header !== false) bytes.push(csvLine(opts.columns.map((c) => c.name)));
  return {
    writeRow: (row) => bytes.push(csvLine(row)),
    writeView: (v) => bytes.pushView(v),
    finish: async () => {
      await bytes.flush();
    },
  };
}

/** Pipe bytes through a gzip stream whose output is forwarded to `out` with backpressure. */
export function gzipOut(out: ByteOut, level: number = zc.Z_DEFAULT_COMPRESSION): { input: ByteOut; end(): Promise<void> } {
  // The header has mtime 0, so bytes are stable. Two chunks may wait, so deflate (on the
  // thread pool) runs while the next chunk is generated instead of after it.
  const options: ZlibOptions & TransformOptions = { level, chunkSize: 256 * 1024, writableHighWaterMark: 2 * 1024 * 1024 };
  const gz: Gzip = createGzip(options);
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
      write(chunk, release) {
        if (failure) throw failure;
        if (!gz.write(chunk, release && (() => release()))) return waitDrain(gz);
        return nextTurn();
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
  const gz = gzipOut(out, opts.gzipLevel);
  const inner = csvWriter(gz.input, opts);
  return {
    writeRow: (row) => inner.writeRow(row),
    writeView: inner.writeView,
    finish: async () => {
      await inner.finish();
      await gz.end();
    },
  };
}
