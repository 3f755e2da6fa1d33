/**
 * The Parquet footer, built up as the file is written: each row group's metadata is serialized
 * to Thrift compact bytes as soon as the group is written, instead of being kept as objects
 * until the end. The objects (a ColumnChunk with statistics per column per group) were the part
 * of the heap that grew with the row count. Serialization goes through hyparquet-writer's own
 * Thrift writer and statistics conversion, so the bytes equal what writeMetadata writes.
 */
import { CompressionCodecs, ConvertedTypes, Encodings, FieldRepetitionTypes, PageTypes, ParquetTypes } from 'hyparquet/src/constants.js';
import { logicalType, type writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { serializeTCompactProtocol } from 'hyparquet-writer/src/thrift.js';
import { unconvertStatistics } from 'hyparquet-writer/src/unconvert.js';
import { ByteWriter } from 'hyparquet-writer';
import { Bytes } from './parquet-encoding.js';

type FileMetaData = Parameters<typeof writeMetadata>[1];
export type RowGroup = FileMetaData['row_groups'][number];
export type SchemaElement = FileMetaData['schema'][number];
export type ColumnChunk = RowGroup['columns'][number];

type Thrift = Parameters<typeof serializeTCompactProtocol>[1];

/** Compact protocol type ids (the Thrift spec's), for the one field written by hand. */
const LIST = 9;
const STRUCT = 12;

function compactChunk(c: ColumnChunk, element: SchemaElement): Thrift {
  const m = c.meta_data!;
  return {
    field_2: c.file_offset,
    field_3: {
      field_1: ParquetTypes.indexOf(m.type),
      field_2: m.encodings.map((e) => Encodings.indexOf(e)),
      field_3: m.path_in_schema,
      field_4: CompressionCodecs.indexOf(m.codec),
      field_5: m.num_values,
      field_6: m.total_uncompressed_size,
      field_7: m.total_compressed_size,
      field_9: m.data_page_offset,
      field_11: m.dictionary_page_offset,
      field_12: m.statistics && unconvertStatistics(m.statistics, element),
      field_13: m.encoding_stats?.map((es) => ({ field_1: PageTypes.indexOf(es.page_type), field_2: Encodings.indexOf(es.encoding), field_3: es.count })),
    },
  };
}

function compactSchema(e: SchemaElement): Thrift {
  return {
    field_1: e.type && ParquetTypes.indexOf(e.type),
    field_2: e.type_length,
    field_3: e.repetition_type && FieldRepetitionTypes.indexOf(e.repetition_type),
    field_4: e.name,
    field_5: e.num_children,
    field_6: e.converted_type && ConvertedTypes.indexOf(e.converted_type),
    field_7: e.scale,
    field_8: e.precision,
    field_9: e.field_id,
    field_10: logicalType(e.logical_type),
  };
}

function thriftBytes(data: Thrift): Uint8Array {
  const w = new ByteWriter(1024);
  serializeTCompactProtocol(w, data);
  return w.getBytes();
}

export class Footer {
  /** Serialized RowGroup structs, back to back. */
  private readonly groups = new Bytes(1 << 16);
  private count = 0;
  private numRows = 0n;

  constructor(private readonly schema: SchemaElement[]) {}

  /** `columns[i]` belongs to schema element i + 1 (element 0 is the root). */
  addRowGroup(rg: RowGroup): void {
    const data: Thrift = {
      field_1: rg.columns.map((c, i) => compactChunk(c, this.schema[i + 1])),
      field_2: rg.total_byte_size,
      field_3: rg.num_rows,
      field_5: rg.file_offset,
      field_6: rg.total_compressed_size,
    };
    this.groups.append(thriftBytes(data));
    this.count++;
    this.numRows += rg.num_rows;
  }

  /** FileMetaData followed by its length (the trailing magic is the caller's). */
  write(file: ByteWriter, createdBy: string, kv: { key: string; value: string }[]): void {
    const start = file.offset;
    // Fields 1-3, then the row-group list (field 4) spliced in as the bytes kept so far, then
    // fields 5-7. The serializer knows nothing of splicing: fields 1-3 come from a struct whose
    // STOP byte is dropped, and 5-7 from a struct with fields renumbered 1-3, since the compact
    // protocol writes field ids as deltas (4 -> 5 is the same delta as 0 -> 1).
    const head = thriftBytes({ field_1: 2, field_2: this.schema.map(compactSchema), field_3: this.numRows });
    file.appendBytes(head.subarray(0, head.length - 1));
    file.appendUint8((1 << 4) | LIST);
    if (this.count > 14) {
      file.appendUint8((15 << 4) | STRUCT);
      file.appendVarInt(this.count);
    } else {
      file.appendUint8((this.count << 4) | STRUCT);
    }
    file.appendBytes(this.groups.bytes());
    file.appendBytes(
      thriftBytes({
        field_1: kv.map((e) => ({ field_1: e.key, field_2: e.value })),
        field_2: createdBy,
        field_3: this.schema.filter((e) => e.type).map(() => ({ field_1: {} })),
      }),
    );
    file.appendUint32(file.offset - start);
  }
}
