/**
 * JSON Lines: one object per row, keys in column order. Decimals are written as JSON numbers
 * with their exact canonical digits (JSON numbers have arbitrary precision in text), JSON columns
 * as nested objects, timestamps as strings, null as null.
 */
import type { ByteOut, RowWriter, WriterOptions } from './types.js';

const CHUNK_CHARS = 256 * 1024;

export function jsonlWriter(out: ByteOut, opts: WriterOptions): RowWriter {
  const keys = opts.columns.map((c) => JSON.stringify(c.name) + ':');
  const raw = opts.columns.map((c) => c.type === 'decimal' || c.type === 'json');
  let parts: string[] = [];
  let size = 0;
  const flush = (): void | Promise<void> => {
    if (!size) return;
    const buf = Buffer.from(parts.join(''), 'utf8');
    parts = [];
    size = 0;
    return out.write(buf);
  };
  return {
    writeRow(row) {
      let line = '{';
      for (let i = 0; i < keys.length; i++) {
        const v = row[i];
        line += (i ? ',' : '') + keys[i] + (v === null ? 'null' : raw[i] ? v : JSON.stringify(v));
      }
      line += '}\n';
      parts.push(line);
      size += line.length;
      if (size >= CHUNK_CHARS) return flush();
    },
    finish: async () => {
      await flush();
    },
  };
}
