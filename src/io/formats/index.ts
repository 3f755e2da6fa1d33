import { csvGzWriter, csvWriter } from './csv.js';
import { jsonlWriter } from './jsonl.js';
import { parquetWriter } from './parquet.js';
import type { ByteOut, OutputFormat, RowWriter, WriterOptions } from './types.js';

export * from './types.js';

export async function createRowWriter(format: OutputFormat, out: ByteOut, opts: WriterOptions): Promise<RowWriter> {
  switch (format) {
    case 'csv':
      return csvWriter(out, opts);
    case 'csv.gz':
      return csvGzWriter(out, opts);
    case 'jsonl':
      return jsonlWriter(out, opts);
    case 'parquet':
      return parquetWriter(out, opts);
  }
}
