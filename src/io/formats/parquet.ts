/**
 * Parquet writer: rows are buffered column-wise for one row group (typed arrays, see
 * parquet-columns.ts), encoded, and the bytes handed on, so memory depends on the row-group size,
 * never on the row count. Typed columns: timestamps as UTC TIMESTAMP(MILLIS), money and
 * quantities as DECIMAL(38,18) or DOUBLE, strings and JSON objects as UTF-8 strings.
 * hyparquet-writer supplies the page headers, and the Thrift serializer; its generic column encoder
 * was measured at about two thirds of the run time, so columns are encoded here.
 */
import { ByteWriter } from 'hyparquet-writer';
import type { Cell } from '../../core/generate.js';
import type { ColumnSpec } from '../../core/focus/columns.js';
import type { RowView, Value } from '../../core/focus/project.js';
import { format, type Dec } from '../../core/decimal.js';
import type { ByteOut, RowWriter, WriterOptions } from './types.js';
import { Bytes } from './parquet-encoding.js';
import { BufferPool } from '../buffer-pool.js';
import { snappyInto } from './parquet-snappy.js';
import { ZstdPages, ensureZstd } from './parquet-zstd.js';
import { DecimalColumn, DictColumn, DoubleColumn, type Column } from './parquet-columns.js';
import { writeChunk, type ChunkSink } from './parquet-chunk.js';
import { Footer, type SchemaElement } from './parquet-footer.js';

export const DECIMAL_PRECISION = 38;
export const DECIMAL_SCALE = 18;
const DEFAULT_ROW_GROUP = 25_000;
const SCALE_POW = 10n ** BigInt(DECIMAL_SCALE);

export { ensureZstd } from './parquet-zstd.js';

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

const PIECE = 1 << 20;
const PIECES = new BufferPool(PIECE, (n) => new Uint8Array(n));

/** A ByteWriter whose bytes leave after each row group instead of piling up in one buffer. */
class ForwardingWriter extends ByteWriter {
  constructor(private readonly out: ByteOut) {
    super(1 << 20);
  }
  private emit(): void | Promise<void> {
    const end = this.index;
    this.index = 0;
    return this.pieces(0, end);
  }
  /**
   * A row group leaves in pieces of at most 1 MiB, copied into pooled buffers that the sink
   * hands back when written: the checksum thread reuses its buffers only for chunks up to that
   * size, and fresh buffers were garbage that V8 collects late (external memory).
   */
  private pieces(from: number, end: number): void | Promise<void> {
    const src = new Uint8Array(this.buffer);
    while (from < end) {
      const to = Math.min(end, from + PIECE);
      const piece = PIECES.take();
      piece.set(src.subarray(from, to));
      const wait = this.out.write(piece.subarray(0, to - from), () => PIECES.give(piece));
      from = to;
      if (wait) return wait.then(() => this.pieces(from, end));
    }
  }
  flush(): void | Promise<void> {
    return this.emit();
  }
  override finish(): void | Promise<void> {
    return this.emit();
  }
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const UNSCALE = Array.from({ length: DECIMAL_SCALE + 1 }, (_, i) => 10n ** BigInt(DECIMAL_SCALE - i));

/**
 * The double `Number(format(d))` gives, without the string: when m and 10^s are exact doubles
 * (|m| <= 2^53, s <= 22) one IEEE division rounds the exact quotient to nearest, as parsing the
 * decimal text does. `+ 0` turns a -0 into the 0 that "0" parses to.
 */
export function decToDouble(d: Dec): number {
  const m = d.m;
  return typeof m === 'number' && d.s <= 22 && d.s >= 0 && Number.isSafeInteger(m) ? m / POW10[d.s] + 0 : Number(format(d));
}

/** `decimalToUnscaled(format(d))` without the string. */
export function decToUnscaled(d: Dec, column: string): bigint {
  const s = d.s;
  if (s < 0 || s > DECIMAL_SCALE) return decimalToUnscaled(format(d), column);
  return (typeof d.m === 'number' ? BigInt(d.m) : d.m) * UNSCALE[s];
}

/** Static columns of templated rows for one set of dynamic columns, grouped by column kind. */
interface Statics {
  dynamic: readonly number[];
  dict: DictColumn[];
  doubles: DoubleColumn[];
  decimals: DecimalColumn[];
  /** Column index of each template id, in id order. */
  at: number[];
}

class ParquetRowWriter implements RowWriter {
  private readonly cols: Column[];
  private readonly schema: SchemaElement[];
  private readonly file: ForwardingWriter;
  private readonly sink: ChunkSink;
  private readonly footer: Footer;
  /**
   * Per template: the interned ids of its static cells in Statics order (dict, doubles,
   * decimals), then the epoch they belong to.
   */
  private readonly templates = new WeakMap<readonly Cell[], number[]>();
  private statics: Statics | undefined;
  private rows = 0;
  /** Bumped when a column forgets its interned values, which voids every template's ids. */
  private epoch = 0;

  constructor(
    out: ByteOut,
    columns: ColumnSpec[],
    numbers: 'decimal' | 'double',
    private readonly rowGroupSize: number,
    codec: ChunkSink['codec'],
    compress: ChunkSink['compress'],
    private readonly kv: { key: string; value: string }[],
  ) {
    this.schema = parquetSchema(columns, numbers);
    this.footer = new Footer(this.schema);
    this.cols = columns.map((c) =>
      c.type === 'datetime'
        ? new DictColumn(c.name, rowGroupSize, true)
        : c.type === 'decimal'
          ? numbers === 'double'
            ? new DoubleColumn(c.name, rowGroupSize)
            : new DecimalColumn(c.name, rowGroupSize, decimalToUnscaled)
          : new DictColumn(c.name, rowGroupSize, false),
    );
    this.file = new ForwardingWriter(out);
    this.file.appendUint32(0x31524150); // PAR1
    this.sink = {
      file: this.file,
      codec,
      compress,
      levels: new Bytes(),
      page: new Bytes(1 << 20),
      packed: new Bytes(1 << 20),
      ids: new Int32Array(rowGroupSize),
      defs: new Uint8Array(rowGroupSize),
      doubles: new Float64Array(rowGroupSize),
    };
  }

  private setValue(col: Column, r: number, x: Value): void {
    if (col.kind === 'dict') col.setText(r, x === null || typeof x === 'string' ? x : format(x));
    else if (col.kind === 'double') col.set(r, x === null ? null : typeof x === 'string' ? Number(x) : decToDouble(x));
    else if (x === null || typeof x === 'string') col.set(r, x === null ? null : decimalToUnscaled(x, col.name));
    else if (typeof x.m !== 'number' || !col.setScaled(r, x.m, x.s, DECIMAL_SCALE)) col.set(r, decToUnscaled(x, col.name));
  }

  writeRow(row: readonly Cell[]): void | Promise<void> {
    const r = this.rows;
    for (let i = 0; i < this.cols.length; i++) this.setValue(this.cols[i], r, row[i]);
    if (++this.rows >= this.rowGroupSize) return this.flushGroup();
  }

  writeView(v: RowView): void | Promise<void> {
    if (!v.shared) return this.writeRow(v.base);
    let s = this.statics;
    if (s === undefined || s.dynamic !== v.dynamic) this.statics = s = this.staticsOf(v.dynamic);
    let t = this.templates.get(v.base);
    if (t === undefined || t[t.length - 1] !== this.epoch) this.templates.set(v.base, (t = this.template(s, v.base)));
    const r = this.rows;
    let k = 0;
    for (let j = 0; j < s.dict.length; j++) s.dict[j].put(r, t[k++]);
    for (let j = 0; j < s.doubles.length; j++) s.doubles[j].put(r, t[k++]);
    for (let j = 0; j < s.decimals.length; j++) s.decimals[j].put(r, t[k++]);
    const values = v.values;
    const dynamic = v.dynamic;
    for (let j = 0; j < dynamic.length; j++) this.setValue(this.cols[dynamic[j]], r, values[j]);
    if (++this.rows >= this.rowGroupSize) return this.flushGroup();
  }

  private staticsOf(dynamic: readonly number[]): Statics {
    const s: Statics = { dynamic, dict: [], doubles: [], decimals: [], at: [] };
    const fixed = this.cols.map((c, i) => i).filter((i) => !dynamic.includes(i));
    for (const kind of ['dict', 'double', 'decimal'] as const) {
      for (const i of fixed) {
        const c = this.cols[i];
        if (c.kind !== kind) continue;
        s.at.push(i);
        if (c.kind === 'dict') s.dict.push(c);
        else if (c.kind === 'double') s.doubles.push(c);
        else s.decimals.push(c);
      }
    }
    return s;
  }

  private template(s: Statics, base: readonly Cell[]): number[] {
    const n = s.at.length;
    const ids = new Array<number>(n + 1);
    for (let k = 0; k < n; k++) {
      const x = base[s.at[k]];
      ids[k] = x === null ? -1 : this.cols[s.at[k]].intern(x);
    }
    ids[n] = this.epoch;
    return ids;
  }

  private flushGroup(): void | Promise<void> {
    const n = this.rows;
    if (n === 0) return;
    const start = this.file.offset;
    const chunks = this.cols.map((c, i) => writeChunk(this.sink, c, this.schema[i + 1], n));
    let uncompressed = 0n;
    for (const c of chunks) uncompressed += c.meta_data!.total_uncompressed_size;
    this.footer.addRowGroup({
      columns: chunks,
      total_byte_size: uncompressed,
      num_rows: BigInt(n),
      file_offset: BigInt(start),
      total_compressed_size: BigInt(this.file.offset - start),
    });
    this.rows = 0;
    for (const c of this.cols) if (c.trim()) this.epoch++;
    return this.file.flush();
  }

  async finish(): Promise<void> {
    await this.flushGroup();
    this.footer.write(this.file, 'focus-generator', this.kv);
    this.file.appendUint32(0x31524150);
    await this.file.finish();
  }
}

/** One per thread: its wasm buffers are reused by every file (compression is synchronous). */
let zstd: ZstdPages | undefined;
function zstdPages(): (b: Uint8Array, scratch: Bytes) => Uint8Array {
  const z = (zstd ??= new ZstdPages(3));
  return (b, scratch) => z.compress(b, scratch);
}

export async function parquetWriter(out: ByteOut, opts: WriterOptions): Promise<RowWriter> {
  const compression = opts.parquetCompression ?? 'snappy';
  if (compression === 'zstd') await ensureZstd();
  return new ParquetRowWriter(
    out,
    opts.columns,
    opts.parquetNumbers ?? 'double',
    opts.parquetRowGroupSize ?? DEFAULT_ROW_GROUP,
    compression === 'zstd' ? 'ZSTD' : compression === 'snappy' ? 'SNAPPY' : 'UNCOMPRESSED',
    compression === 'zstd' ? zstdPages() : compression === 'snappy' ? (b, scratch) => snappyInto(scratch, b) : null,
    Object.entries(opts.parquetMetadata ?? {}).map(([key, value]) => ({ key, value })),
  );
}
