/**
 * JSON Lines: one object per row, keys in column order. Decimals are written as JSON numbers
 * with their exact canonical digits (JSON numbers have arbitrary precision in text), JSON columns
 * as nested objects, timestamps as strings, null as null.
 */
import { ByteChunker } from './chunker.js';
import type { ByteOut, RowWriter, WriterOptions } from './types.js';

export function jsonlWriter(out: ByteOut, opts: WriterOptions): RowWriter {
  const keys = opts.columns.map((c) => JSON.stringify(c.name) + ':');
  const raw = opts.columns.map((c) => c.type === 'decimal' || c.type === 'json');
  const bytes = new ByteChunker((c, release) => out.write(c, release));
  return {
    writeRow(row) {
      let line = '{';
      for (let i = 0; i < keys.length; i++) {
        const v = row[i];
        line += (i ? ',' : '') + keys[i] + (v === null ? 'null' : raw[i] ? v : JSON.stringify(v));
      }
      return bytes.push(line + '}\n');
    },
    finish: async () => {
      await bytes.flush();
    },
  };
}
