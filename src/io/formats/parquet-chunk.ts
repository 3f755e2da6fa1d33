/**
 * Encoding of one row group's column into a Parquet column chunk: a dictionary page for
 * dictionary columns, then one DATA_PAGE_V2 (definition levels, then RLE_DICTIONARY indices or
 * PLAIN values). Statistics (min, max, null count) are kept for every column; dictionary
 * columns take them from their distinct values only, which is cheap.
 */
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import type { ByteWriter } from 'hyparquet-writer';
import { Bytes, bitWidth, writeDoubles, writeHybrid, writeInt64s } from './parquet-encoding.js';
import type { Column } from './parquet-columns.js';

import type { ColumnChunk, SchemaElement } from './parquet-footer.js';

type Statistics = NonNullable<NonNullable<ColumnChunk['meta_data']>['statistics']>;
type Codec = NonNullable<ColumnChunk['meta_data']>['codec'];

/** Where chunks go, how pages are compressed, and scratch buffers reused for every page. */
export interface ChunkSink {
  file: ByteWriter;
  codec: Codec;
  /** May return a view of `scratch`, which is only read before the next page is compressed. */
  compress: ((b: Uint8Array, scratch: Bytes) => Uint8Array) | null;
  packed: Bytes;
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
  const packed = sink.compress ? sink.compress(values, sink.packed) : values;
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
    const size = col.size;
    if (size) {
      if (col.timestamp) {
        const millis = sink.doubles;
        let min = col.millis[dict[0]];
        let max = min;
        for (let i = 0; i < size; i++) {
          const t = (millis[i] = col.millis[dict[i]]);
          if (t < min) min = t;
          if (t > max) max = t;
        }
        writeInt64s(page, millis, size);
        statistics = { min_value: BigInt(min), max_value: BigInt(max), null_count: BigInt(nulls) };
      } else {
        let min = col.keys[dict[0]];
        let max = min;
        for (let i = 0; i < size; i++) {
          const key = col.keys[dict[i]];
          page.string(key);
          if (compareUtf8(key, min) < 0) min = key;
          if (compareUtf8(key, max) > 0) max = key;
        }
        statistics = { min_value: min, max_value: max, null_count: BigInt(nulls) };
      }
      dictionaryOffset = start;
      uncompressed += emitPage(sink, { type: 'DICTIONARY_PAGE', uncompressed_page_size: 0, compressed_page_size: 0, dictionary_page_header: { num_values: size, encoding: 'PLAIN' } }, null, page.bytes());
      page.reset();
      const width = bitWidth(size);
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
    let k = 0;
    page.room(16 * n);
    const out = page.buf;
    let min = -1;
    let max = -1;
    for (let r = 0; r < n; r++) {
      if (col.nulls[r]) {
        defs[r] = 0;
        nulls++;
        continue;
      }
      defs[r] = 1;
      if (min < 0 || compareInt128(col.vals, r << 4, min) < 0) min = r << 4;
      if (max < 0 || compareInt128(col.vals, r << 4, max) > 0) max = r << 4;
      // A byte loop: a subarray per value was most of this writer's old-generation garbage.
      const vals = col.vals;
      for (let i = 0, from = r << 4, to = page.len + 16 * k++; i < 16; i++) out[to + i] = vals[from + i];
    }
    page.len += 16 * k;
    statistics = k ? { min_value: int128At(col.vals, min), max_value: int128At(col.vals, max), null_count: BigInt(nulls) } : { null_count: BigInt(nulls) };
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

/** Signed order of two 16-byte big-endian two's complement values. */
function compareInt128(b: Uint8Array, x: number, y: number): number {
  const d = ((b[x] << 24) >> 24) - ((b[y] << 24) >> 24);
  if (d !== 0) return d;
  for (let i = 1; i < 16; i++) {
    const e = b[x + i] - b[y + i];
    if (e !== 0) return e;
  }
  return 0;
}

function int128At(b: Uint8Array, at: number): bigint {
  const v = new DataView(b.buffer, b.byteOffset + at, 16);
  return (v.getBigInt64(0, false) << 64n) | v.getBigUint64(8, false);
}
