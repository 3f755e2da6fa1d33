/**
 * One interface for every output format: rows of cells in, bytes out. Writers know nothing of
 * billing; they only know the column types (string, decimal, datetime, json).
 */
import type { Cell } from '../../core/generate.js';
import type { RowView } from '../../core/focus/project.js';
import type { ColumnSpec } from '../../core/focus/columns.js';

export const OUTPUT_FORMATS = ['csv', 'csv.gz', 'parquet', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * Where a writer's bytes go. A returned promise means "wait before producing more" (backpressure).
 * The chunk belongs to the consumer until it calls `release` (when given): then the producer may
 * reuse its memory. A consumer that cannot tell when it is done never calls it, and the producer
 * simply allocates another buffer (see io/buffer-pool.ts).
 */
export interface ByteOut {
  write(chunk: Uint8Array, release?: () => void): void | Promise<void>;
}

export interface RowWriter {
  /** Returns a promise only when the caller must wait (a chunk was flushed and the sink is full). */
  writeRow(row: Cell[]): void | Promise<void>;
  /** Optional fast path for views of templated rows (same output as writeRow of the materialized row). */
  writeView?(view: RowView): void | Promise<void>;
  /** Flush everything and write trailers (gzip footer, Parquet footer). */
  finish(): Promise<void>;
}

export interface WriterOptions {
  columns: ColumnSpec[];
  /** CSV: write the header line (false for continuation chunks written to one stream). */
  header?: boolean;
  parquetCompression?: 'snappy' | 'zstd' | 'none';
  /** CSV.gz deflate level 1-9. */
  gzipLevel?: number;
  parquetNumbers?: 'decimal' | 'double';
  /** Key-value metadata stored in the Parquet footer (FOCUS version, generator). */
  parquetMetadata?: Record<string, string>;
  parquetRowGroupSize?: number;
}

/** File name extension per format (AWS and Azure name Parquet files `.snappy.parquet`). */
export function formatExtension(format: OutputFormat, compression: 'snappy' | 'zstd' | 'none' = 'snappy', providerStyle = false): string {
  if (format !== 'parquet') return format;
  if (!providerStyle || compression === 'none') return 'parquet';
  return `${compression}.parquet`;
}
