/**
 * One row group's column buffers and their encoding into Parquet column chunks. Strings and
 * timestamps are dictionary-encoded: a cell's text gets an id (kept across row groups) whose
 * index in this group's dictionary is stamped on first use, so a repeated cell costs a few
 * typed-array accesses. Numbers are PLAIN (DOUBLE or DECIMAL(38,18)
 * as 16-byte big-endian two's complement). Statistics (min, max, null count) are kept for every
 * column: dictionary columns take them from their distinct values only, which is cheap.
 */
import { writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import type { ByteWriter } from 'hyparquet-writer';
import { Bytes, bitWidth, writeDoubles, writeHybrid, writeInt64s } from './parquet-encoding.js';

type FileMetaData = Parameters<typeof writeMetadata>[1];
export type RowGroup = FileMetaData['row_groups'][number];
export type SchemaElement = FileMetaData['schema'][number];
type ColumnChunk = RowGroup['columns'][number];
type Statistics = NonNullable<NonNullable<ColumnChunk['meta_data']>['statistics']>;
type Codec = NonNullable<ColumnChunk['meta_data']>['codec'];

/**
 * Beyond this many distinct values a column forgets them at the next row-group boundary
 * (high-cardinality columns would otherwise hold every value of the file in memory).
 */
export const INTERN_CAP = 50_000;

/**
 * Columns intern static cells: a template then holds one small integer per cell instead of
 * converted values (tens of thousands of templates are alive at once). Id -1 is null.
 */
interface Interning {
  intern(text: string): number;
  put(r: number, id: number): void;
  /** Called between row groups; true when ids handed out so far became void. */
  trim(): boolean;
}

function grown(a: Int32Array, need: number): Int32Array {
  if (need < a.length) return a;
  const b = new Int32Array(Math.max(need + 1, a.length * 2));
  b.set(a);
  return b;
}

export class DictColumn implements Interning {
  readonly kind = 'dict';
  private map = new Map<string, number>();
  keys: string[] = [];
  /** Epoch milliseconds per id, for timestamp columns (parsing failures throw). */
  millis: number[] = [];
  /** Row-group generation that last used an id, and the id's index in that group's dictionary. */
  private stamp: Int32Array = new Int32Array(1024);
  private local: Int32Array = new Int32Array(1024);
  private gen = 1;
  /** This row group's dictionary as ids, in order of first use (it follows the rows: deterministic). */
  order: number[] = [];
  readonly idx: Int32Array;

  constructor(
    readonly name: string,
    rows: number,
    readonly timestamp: boolean,
  ) {
    this.idx = new Int32Array(rows);
  }

  intern(key: string): number {
    let id = this.map.get(key);
    if (id === undefined) {
      id = this.keys.length;
      if (this.timestamp) {
        const t = Date.parse(key);
        if (Number.isNaN(t)) throw new Error(`not a timestamp: ${JSON.stringify(key)}`);
        this.millis.push(t);
      }
      this.keys.push(key);
      this.map.set(key, id);
      this.stamp = grown(this.stamp, id);
      this.local = grown(this.local, id);
    }
    return id;
  }

  put(r: number, id: number): void {
    if (id < 0) {
      this.idx[r] = -1;
      return;
    }
    if (this.stamp[id] !== this.gen) {
      this.stamp[id] = this.gen;
      this.local[id] = this.order.length;
      this.order.push(id);
    }
    this.idx[r] = this.local[id];
  }

  setText(r: number, v: string | null): void {
    this.put(r, v === null ? -1 : this.intern(v));
  }

  trim(): boolean {
    this.order = [];
    this.gen++;
    if (this.keys.length <= INTERN_CAP) return false;
    this.map = new Map();
    this.keys = [];
    this.millis = [];
    return true;
  }
}

export class DoubleColumn implements Interning {
  readonly kind = 'double';
  private map = new Map<string, number>();
  private pool = new Float64Array(256);
  private size = 0;
  readonly vals: Float64Array;
  readonly nulls: Uint8Array;

  constructor(
    readonly name: string,
    rows: number,
  ) {
    this.vals = new Float64Array(rows);
    this.nulls = new Uint8Array(rows);
  }

  intern(text: string): number {
    let id = this.map.get(text);
    if (id === undefined) {
      id = this.size++;
      if (id >= this.pool.length) {
        const p = new Float64Array(this.pool.length * 2);
        p.set(this.pool);
        this.pool = p;
      }
      this.pool[id] = Number(text);
      this.map.set(text, id);
    }
    return id;
  }

  put(r: number, id: number): void {
    if (id < 0) this.nulls[r] = 1;
    else {
      this.nulls[r] = 0;
      this.vals[r] = this.pool[id];
    }
  }

  set(r: number, v: number | null): void {
    if (v === null) this.nulls[r] = 1;
    else {
      this.nulls[r] = 0;
      this.vals[r] = v;
    }
  }

  trim(): boolean {
    if (this.size <= INTERN_CAP) return false;
    this.map = new Map();
    this.size = 0;
    return true;
  }
}

export class DecimalColumn implements Interning {
  readonly kind = 'decimal';
  private map = new Map<string, number>();
  private pool: bigint[] = [];
  readonly vals: (bigint | null)[];

  constructor(
    readonly name: string,
    rows: number,
    private readonly parse: (text: string, column: string) => bigint,
  ) {
    this.vals = new Array<bigint | null>(rows).fill(null);
  }

  intern(text: string): number {
    let id = this.map.get(text);
    if (id === undefined) {
      id = this.pool.length;
      this.pool.push(this.parse(text, this.name));
      this.map.set(text, id);
    }
    return id;
  }

  put(r: number, id: number): void {
    this.vals[r] = id < 0 ? null : this.pool[id];
  }

  set(r: number, v: bigint | null): void {
    this.vals[r] = v;
  }

  trim(): boolean {
    if (this.pool.length <= INTERN_CAP) return false;
    this.map = new Map();
    this.pool = [];
    return true;
  }
}

export type Column = DictColumn | DoubleColumn | DecimalColumn;

/** Where chunks go, how pages are compressed, and scratch buffers reused for every page. */
export interface ChunkSink {
  file: ByteWriter;
  codec: Codec;
  compress: ((b: Uint8Array) => Uint8Array) | null;
  levels: Bytes;
  page: Bytes;
  /** Non-null dictionary indices of one chunk, compacted. */
  ids: Int32Array;
  /** Definition levels of one chunk (1 = value present). */
  defs: Uint8Array;
  doubles: Float64Array;
}

function emitPage(sink: ChunkSink, header: Parameters<typeof writePageHeader>[1], levels: Uint8Array | null, values: Uint8Array): number {
  const file = sink.file;
  const start = file.offset;
  const packed = sink.compress ? sink.compress(values) : values;
  const levelBytes = levels ? levels.length : 0;
  header.uncompressed_page_size = levelBytes + values.length;
  header.compressed_page_size = levelBytes + packed.length;
  writePageHeader(file, header);
  const headerBytes = file.offset - start;
  if (levels) file.appendBytes(levels);
  file.appendBytes(packed);
  return headerBytes + levelBytes + values.length;
}

function dataPage(sink: ChunkSink, n: number, nulls: number, encoding: 'PLAIN' | 'RLE_DICTIONARY', values: Uint8Array): number {
  sink.levels.reset();
  writeHybrid(sink.levels, sink.defs, n, 1);
  const levels = sink.levels.bytes();
  return emitPage(
    sink,
    {
      type: 'DATA_PAGE_V2',
      uncompressed_page_size: 0,
      compressed_page_size: 0,
      data_page_header_v2: {
        num_values: n,
        num_nulls: nulls,
        num_rows: n,
        encoding,
        definition_levels_byte_length: levels.length,
        repetition_levels_byte_length: 0,
        is_compressed: true,
      },
    },
    levels,
    values,
  );
}

/** Writes rows [0, n) of a column as one column chunk (dictionary page if any, one data page). */
export function writeChunk(sink: ChunkSink, col: Column, element: SchemaElement, n: number): ColumnChunk {
  const start = BigInt(sink.file.offset);
  let dictionaryOffset: bigint | undefined;
  let uncompressed = 0;
  let nulls = 0;
  let statistics: Statistics;
  const defs = sink.defs;
  const page = sink.page;
  page.reset();
  if (col.kind === 'dict') {
    const ids = sink.ids;
    let k = 0;
    for (let r = 0; r < n; r++) {
      const id = col.idx[r];
      if (id < 0) {
        defs[r] = 0;
        nulls++;
      } else {
        defs[r] = 1;
        ids[k++] = id;
      }
    }
    const dict = col.order;
    if (dict.length) {
      if (col.timestamp) {
        const millis = dict.map((id) => col.millis[id]);
        writeInt64s(page, millis, millis.length);
        let min = millis[0];
        let max = min;
        for (const t of millis) {
          if (t < min) min = t;
          if (t > max) max = t;
        }
        statistics = { min_value: BigInt(min), max_value: BigInt(max), null_count: BigInt(nulls) };
      } else {
        let min = col.keys[dict[0]];
        let max = min;
        for (const id of dict) {
          const key = col.keys[id];
          page.string(key);
          if (compareUtf8(key, min) < 0) min = key;
          if (compareUtf8(key, max) > 0) max = key;
        }
        statistics = { min_value: min, max_value: max, null_count: BigInt(nulls) };
      }
      dictionaryOffset = start;
      uncompressed += emitPage(sink, { type: 'DICTIONARY_PAGE', uncompressed_page_size: 0, compressed_page_size: 0, dictionary_page_header: { num_values: dict.length, encoding: 'PLAIN' } }, null, page.bytes());
      page.reset();
      const width = bitWidth(dict.length);
      page.u8(width);
      writeHybrid(page, ids, k, width);
    } else {
      statistics = { null_count: BigInt(nulls) };
    }
  } else if (col.kind === 'double') {
    const out = sink.doubles;
    let k = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let r = 0; r < n; r++) {
      if (col.nulls[r]) {
        defs[r] = 0;
        nulls++;
      } else {
        defs[r] = 1;
        const v = col.vals[r];
        out[k++] = v;
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    writeDoubles(page, out, k);
    // Parquet orders -0 below +0: a zero minimum is written as -0 and a zero maximum as +0.
    statistics = k ? { min_value: min === 0 ? -0 : min, max_value: max === 0 ? 0 : max, null_count: BigInt(nulls) } : { null_count: BigInt(nulls) };
  } else {
    let min: bigint | undefined;
    let max: bigint | undefined;
    let k = 0;
    page.room(16 * n);
    const view = page.view;
    for (let r = 0; r < n; r++) {
      const v = col.vals[r];
      if (v === null) {
        defs[r] = 0;
        nulls++;
        continue;
      }
      defs[r] = 1;
      if (min === undefined || v < min) min = v;
      if (max === undefined || v > max) max = v;
      const at = page.len + 16 * k++;
      view.setBigInt64(at, v >> 64n, false);
      view.setBigUint64(at + 8, BigInt.asUintN(64, v), false);
    }
    page.len += 16 * k;
    statistics = { min_value: min, max_value: max, null_count: BigInt(nulls) };
  }
  const dictionary = dictionaryOffset !== undefined;
  const dataOffset = BigInt(sink.file.offset);
  uncompressed += dataPage(sink, n, nulls, dictionary ? 'RLE_DICTIONARY' : 'PLAIN', page.bytes());
  return {
    file_offset: start,
    meta_data: {
      type: element.type!,
      encodings: dictionary ? ['PLAIN', 'RLE', 'RLE_DICTIONARY'] : ['PLAIN', 'RLE'],
      path_in_schema: [element.name],
      codec: sink.codec,
      num_values: BigInt(n),
      total_compressed_size: BigInt(sink.file.offset) - start,
      total_uncompressed_size: BigInt(uncompressed),
      data_page_offset: dataOffset,
      dictionary_page_offset: dictionaryOffset,
      statistics,
      encoding_stats: [
        ...(dictionary ? [{ page_type: 'DICTIONARY_PAGE' as const, encoding: 'PLAIN' as const, count: 1 }] : []),
        { page_type: 'DATA_PAGE_V2', encoding: dictionary ? 'RLE_DICTIONARY' : 'PLAIN', count: 1 },
      ],
    },
  };
}

/**
 * UTF-8 byte order, which is code point order; plain `<` compares UTF-16 units and misorders
 * characters above U+FFFF against U+E000..U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  const xs = x >= 0xd800 && x <= 0xdfff;
  const ys = y >= 0xd800 && y <= 0xdfff;
  if (xs === ys) return x - y;
  // A surrogate (a code point above U+FFFF) sorts after every other UTF-16 unit.
  return xs ? 1 : -1;
}
