/**
 * Parquet through hyparquet-writer's incremental ParquetWriter: rows are buffered column-wise
 * for one row group, encoded, and the bytes handed on, so memory depends on the row-group size,
 * never on the row count. Typed columns: timestamps as UTC TIMESTAMP(MILLIS), money and
 * quantities as DECIMAL(38,18) or DOUBLE, strings and JSON objects as UTF-8 strings.
 */
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { init as zstdInit, compress as zstdCompress } from '@bokuweb/zstd-wasm';
import type { Cell } from '../../core/generate.js';
import type { ColumnSpec } from '../../core/focus/columns.js';
import type { ByteOut, RowWriter, WriterOptions } from './types.js';

// hyparquet-writer pins its own hyparquet, so its schema type is taken from the writer itself.
type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

export const DECIMAL_PRECISION = 38;
export const DECIMAL_SCALE = 18;
const DEFAULT_ROW_GROUP = 25_000;
const SCALE_POW = 10n ** BigInt(DECIMAL_SCALE);

let zstdReady: Promise<void> | undefined;
/** zstd is a wasm module that must be instantiated once before the first (synchronous) compress. */
export function ensureZstd(): Promise<void> {
  zstdReady ??= zstdInit();
  return zstdReady;
}

/** Decimal string -> unscaled integer at DECIMAL_SCALE; refuses values that would lose digits. */
export function decimalToUnscaled(v: string, column: string): bigint {
  const dot = v.indexOf('.');
  const frac = dot < 0 ? '' : v.slice(dot + 1);
  if (frac.length > DECIMAL_SCALE) {
    throw new Error(`column ${column}: value ${v} has more than ${DECIMAL_SCALE} decimals; use parquetNumbers "double"`);
  }
  const digits = (dot < 0 ? v : v.slice(0, dot) + frac) + '0'.repeat(DECIMAL_SCALE - frac.length);
  return BigInt(digits);
}

/** Unscaled DECIMAL(38,18) value back to the canonical decimal text the CSV carries. */
export function unscaledToDecimal(u: bigint): string {
  const neg = u < 0n;
  const a = neg ? -u : u;
  const int = a / SCALE_POW;
  let frac = (a % SCALE_POW).toString().padStart(DECIMAL_SCALE, '0').replace(/0+$/, '');
  frac = frac ? '.' + frac : '';
  const s = int.toString() + frac;
  return neg && s !== '0' ? '-' + s : s;
}

function schemaElement(c: ColumnSpec, numbers: 'decimal' | 'double'): SchemaElement {
  const base = { name: c.name, repetition_type: 'OPTIONAL' as const };
  switch (c.type) {
    case 'datetime':
      return {
        ...base,
        type: 'INT64',
        converted_type: 'TIMESTAMP_MILLIS',
        logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
      };
    case 'decimal':
      return numbers === 'double'
        ? { ...base, type: 'DOUBLE' }
        : {
            ...base,
            type: 'FIXED_LEN_BYTE_ARRAY',
            type_length: 16,
            converted_type: 'DECIMAL',
            precision: DECIMAL_PRECISION,
            scale: DECIMAL_SCALE,
            logical_type: { type: 'DECIMAL', precision: DECIMAL_PRECISION, scale: DECIMAL_SCALE },
          };
    default:
      return { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } };
  }
}

/** Schema of a FOCUS file as Parquet (root element first, the way the format lays it out). */
export function parquetSchema(columns: ColumnSpec[], numbers: 'decimal' | 'double'): SchemaElement[] {
  return [{ name: 'root', num_children: columns.length }, ...columns.map((c) => schemaElement(c, numbers))];
}

/** A ByteWriter whose bytes leave after each row group instead of piling up in one buffer. */
class ForwardingWriter extends ByteWriter {
  constructor(private readonly out: ByteOut) {
    super(1 << 20);
  }
  private emit(): void | Promise<void> {
    if (this.index === 0) return;
    const chunk = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    return this.out.write(chunk);
  }
  flush(): void | Promise<void> {
    return this.emit();
  }
  override finish(): void | Promise<void> {
    return this.emit();
  }
}

type Converter = (v: string) => unknown;

export async function parquetWriter(out: ByteOut, opts: WriterOptions): Promise<RowWriter> {
  const compression = opts.parquetCompression ?? 'snappy';
  const numbers = opts.parquetNumbers ?? 'double';
  if (compression === 'zstd') await ensureZstd();
  const columns = opts.columns;
  const rowGroupSize = opts.parquetRowGroupSize ?? DEFAULT_ROW_GROUP;
  const writer = new ForwardingWriter(out);
  const pq = new ParquetWriter({
    writer,
    schema: parquetSchema(columns, numbers),
    codec: compression === 'zstd' ? 'ZSTD' : compression === 'snappy' ? 'SNAPPY' : 'UNCOMPRESSED',
    compressors: compression === 'zstd' ? { ZSTD: (input: Uint8Array) => zstdCompress(input, 3) } : undefined,
    kvMetadata: Object.entries(opts.parquetMetadata ?? {}).map(([key, value]) => ({ key, value })),
    createdBy: 'focus-generator',
  });
  // Timestamps repeat (one per charge period), so parsing each distinct text once is enough.
  const tsCache = new Map<string, number>();
  const toMillis: Converter = (v) => {
    let t = tsCache.get(v);
    if (t === undefined) {
      t = Date.parse(v);
      if (Number.isNaN(t)) throw new Error(`not a timestamp: ${JSON.stringify(v)}`);
      if (tsCache.size > 100_000) tsCache.clear();
      tsCache.set(v, t);
    }
    return t;
  };
  const converters: (Converter | null)[] = columns.map((c, i) =>
    c.type === 'datetime' ? toMillis : c.type === 'decimal' ? (numbers === 'double' ? Number : (v: string) => decimalToUnscaled(v, columns[i].name)) : null,
  );
  // Column buffers are filled by index, then handed over whole (hyparquet-writer slices them).
  const fresh = () => columns.map(() => new Array<unknown>(rowGroupSize));
  let buffers = fresh();
  let rows = 0;
  const flushGroup = (): void | Promise<void> => {
    if (rows === 0) return;
    const n = rows;
    const columnData = columns.map((c, i) => ({ name: c.name, data: (n === rowGroupSize ? buffers[i] : buffers[i].slice(0, n)) as never }));
    buffers = fresh();
    rows = 0;
    return pq.write({ columnData, rowGroupSize: n });
  };
  const plain = converters.map((c) => c === null);
  return {
    writeRow(row: Cell[]) {
      const r = rows;
      for (let i = 0; i < plain.length; i++) {
        const v = row[i];
        buffers[i][r] = v === null || plain[i] ? v : converters[i]!(v);
      }
      if (++rows >= rowGroupSize) return flushGroup();
    },
    async finish() {
      await flushGroup();
      await pq.finish();
    },
  };
}
