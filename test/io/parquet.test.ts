/**
 * The Parquet writer's own column encoder: the templated fast path (writeView) writes exactly
 * the bytes of the plain path (writeRow of the materialized row), across several row groups and
 * across the point where a column forgets its interned values; DuckDB reads every cell back and
 * finds min/max statistics; Dec conversions equal the string conversions they replace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, type Dec } from '../../src/core/decimal.js';
import type { ColumnSpec } from '../../src/core/focus/columns.js';
import { materialize, type RowView, type Value } from '../../src/core/focus/project.js';
import type { Cell } from '../../src/core/generate.js';
import { decimalToUnscaled, decToDouble, decToUnscaled, parquetWriter } from '../../src/io/formats/parquet.js';
import { INTERN_CAP, unscaledBytes } from '../../src/io/formats/parquet-columns.js';
import { Bytes } from '../../src/io/formats/parquet-encoding.js';
import { snappyInto } from '../../src/io/formats/parquet-snappy.js';
import { snappyUncompress } from 'hyparquet';
import { compress as zstdCompress } from '@bokuweb/zstd-wasm';
import { ZstdPages, ensureZstd, zstdReusesBuffers } from '../../src/io/formats/parquet-zstd.js';
import { canonicalDecimal, duck, tempDir } from './helpers.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLUMNS: ColumnSpec[] = [
  { name: 'Id', type: 'string' },
  { name: 'ChargePeriodStart', type: 'datetime' },
  { name: 'Cost', type: 'decimal' },
  { name: 'Region', type: 'string' },
  { name: 'ListUnitPrice', type: 'decimal' },
  { name: 'Tags', type: 'json' },
  { name: 'BillingPeriodStart', type: 'datetime' },
];
const DYNAMIC = [1, 2];

/** Rows as the core yields them: mostly templated views (reused objects), some complete rows. */
function* views(count: number, seed: number, uniqueIds = false): Generator<RowView> {
  const rand = rng(seed);
  const templates: Cell[][] = [];
  for (let t = 0; t < 7; t++) {
    templates.push([
      `res-${t}`,
      'stale',
      'stale',
      t % 3 === 0 ? null : t % 3 === 1 ? 'eu-west-1' : 'Zürich 🏔',
      t === 4 ? null : (t * 0.125).toString(),
      t % 2 ? '{"env":"prod","team":"a,b \\"c\\""}' : null,
      '2025-01-01T00:00:00Z',
    ]);
  }
  const view: RowView = { base: [], shared: false, dynamic: DYNAMIC, values: [null, null] };
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(rand() * 28);
    const start = `2025-01-${String(day).padStart(2, '0')}T00:00:00Z`;
    const cost: Dec | null = rand() < 0.05 ? null : { m: Math.round((rand() - 0.3) * 1e9), s: Math.floor(rand() * 12) };
    if (uniqueIds ? i % 2 === 0 : rand() < 0.1) {
      view.shared = false;
      view.base = [uniqueIds ? `unique-${i}` : `solo-${i % 5}`, start, cost === null ? null : format(cost), null, '3.5', null, '2025-01-01T00:00:00Z'];
    } else {
      view.shared = true;
      view.base = templates[Math.floor(rand() * templates.length)];
      view.values = [start, cost] as Value[];
    }
    yield view;
  }
}

async function write(rows: Iterable<RowView>, fast: boolean, opts: { numbers: 'double' | 'decimal'; compression: 'snappy' | 'zstd' | 'none'; rowGroupSize: number }): Promise<{ bytes: Buffer; cells: Cell[][] }> {
  const chunks: Uint8Array[] = [];
  const w = await parquetWriter(
    { write: (c) => void chunks.push(c) },
    { columns: COLUMNS, parquetNumbers: opts.numbers, parquetCompression: opts.compression, parquetRowGroupSize: opts.rowGroupSize, parquetMetadata: { FocusVersion: '1.2' } },
  );
  const cells: Cell[][] = [];
  for (const v of rows) {
    const row = materialize(v);
    cells.push(row);
    await (fast ? w.writeView!(v) : w.writeRow(row));
  }
  await w.finish();
  return { bytes: Buffer.concat(chunks), cells };
}

function attempt<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir('parquet');
});
afterAll(() => tmp.cleanup());

async function readBack(path: string): Promise<(string | null)[][]> {
  const db = await duck();
  try {
    const select = COLUMNS.map(({ name, type }) =>
      type === 'datetime' ? `strftime("${name}" AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS "${name}"` : `CAST("${name}" AS VARCHAR) AS "${name}"`,
    ).join(', ');
    const rows = await db.all(`SET TimeZone='UTC'; select ${select} from read_parquet('${path}')`);
    return rows.map((r) => COLUMNS.map(({ name, type }) => {
      const v = r[name] as string | null;
      return type === 'decimal' && v !== null ? canonicalDecimal(v) : v;
    }));
  } finally {
    db.close();
  }
}

describe('Parquet column encoder', () => {
  for (const [numbers, compression] of [['double', 'snappy'], ['decimal', 'zstd'], ['double', 'none']] as const) {
    it(`${numbers}, ${compression}: views and rows give the same bytes; DuckDB reads every cell and the statistics`, async () => {
      const opts = { numbers, compression, rowGroupSize: 64 };
      const fast = await write(views(300, 11), true, opts);
      const slow = await write(views(300, 11), false, opts);
      expect(fast.bytes.equals(slow.bytes)).toBe(true);
      const again = await write(views(300, 11), true, opts);
      expect(again.bytes.equals(fast.bytes)).toBe(true);

      const path = join(tmp.dir, `t-${numbers}-${compression}.parquet`);
      await writeFile(path, fast.bytes);
      const got = await readBack(path);
      const want = fast.cells.map((row) => row.map((c, i) => (c !== null && COLUMNS[i].type === 'decimal' ? canonicalDecimal(numbers === 'double' ? String(Number(c)) : c) : c)));
      expect(got).toEqual(want);

      const db = await duck();
      try {
        const groups = await db.all(`select count(distinct row_group_id)::INT n from parquet_metadata('${path}')`);
        expect(groups[0].n).toBe(5);
        const stats = await db.all(`select path_in_schema p, row_group_id g, coalesce(stats_min_value, stats_min) mn, coalesce(stats_max_value, stats_max) mx, stats_null_count nc from parquet_metadata('${path}') order by g`);
        for (let g = 0; g < 5; g++) {
          const rows = want.slice(g * 64, g * 64 + 64);
          for (const [ci, col] of COLUMNS.entries()) {
            const s = stats.find((x) => x.p === col.name && Number(x.g) === g)!;
            const present = rows.map((r) => r[ci]).filter((v): v is string => v !== null);
            expect(Number(s.nc), `${col.name} group ${g} nulls`).toBe(rows.length - present.length);
            if (!present.length) continue;
            if (col.type === 'decimal') {
              const nums = present.map(Number);
              expect(Number(s.mn) + 0, `${col.name} min`).toBe(Math.min(...nums) + 0);
              expect(Number(s.mx), `${col.name} max`).toBe(Math.max(...nums));
            } else if (col.type === 'datetime') {
              const sorted = present.map((v) => v.replace('T', ' ').replace('Z', '')).sort();
              expect(String(s.mn)).toContain(sorted[0]);
              expect(String(s.mx)).toContain(sorted[sorted.length - 1]);
            } else {
              expect(s.mn, `${col.name} min`).not.toBeNull();
              expect(s.mx, `${col.name} max`).not.toBeNull();
            }
          }
        }
      } finally {
        db.close();
      }
    });
  }

  it('templates stay right after a column forgets its interned values (high-cardinality column)', async () => {
    const count = 2 * INTERN_CAP + 10_000;
    const opts = { numbers: 'double', compression: 'snappy', rowGroupSize: 20_000 } as const;
    const fast = await write(views(count, 5, true), true, opts);
    const slow = await write(views(count, 5, true), false, opts);
    expect(fast.bytes.equals(slow.bytes)).toBe(true);
    const path = join(tmp.dir, 'high-cardinality.parquet');
    await writeFile(path, fast.bytes);
    const got = await readBack(path);
    expect(got.length).toBe(count);
    for (let r = 0; r < count; r++) {
      if (got[r][0] !== fast.cells[r][0] || got[r][3] !== fast.cells[r][3]) throw new Error(`row ${r}: ${JSON.stringify(got[r])} != ${JSON.stringify(fast.cells[r])}`);
    }
  });

  it('Dec conversions equal parsing the printed decimal', () => {
    const rand = rng(3);
    for (let i = 0; i < 50_000; i++) {
      const digits = 1 + Math.floor(rand() * 16);
      const m = Math.floor(rand() * 10 ** digits) * (rand() < 0.3 ? -1 : 1);
      const d: Dec = { m: i % 7 === 0 ? BigInt(m) * 1000n : m, s: Math.floor(rand() * 23) };
      const viaText = Number(format(d));
      expect(Object.is(decToDouble(d), viaText), `${format(d)}`).toBe(true);
      expect(attempt(() => decToUnscaled(d, 'x'))).toEqual(attempt(() => decimalToUnscaled(format(d), 'x')));
    }
    expect(() => decToUnscaled({ m: 5, s: 19 }, 'x')).toThrow(/more than 18 decimals/);
    expect(Object.is(decToDouble({ m: -0, s: 3 }), 0)).toBe(true);
    expect(decToDouble({ m: 2 ** 53 + 2, s: 1 })).toBe(Number(format({ m: 2 ** 53 + 2, s: 1 })));
  });

  it('DECIMAL bytes computed on limbs equal the bigint encoding', () => {
    const rand = rng(11);
    const bigintBytes = (u: bigint): number[] => {
      const b = Buffer.alloc(16);
      b.writeBigInt64BE(u >> 64n, 0);
      b.writeBigUInt64BE(BigInt.asUintN(64, u), 8);
      return [...b];
    };
    const edge = [0, -0, 1, -1, 65535, 65536, -65536, 2 ** 32, 2 ** 53, -(2 ** 53), 2 ** 53 - 1, 1 - 2 ** 53];
    const out = new Uint8Array(32);
    for (let i = 0; i < 60_000; i++) {
      const m = i < edge.length * 19 ? edge[i % edge.length] : Math.floor(rand() * 10 ** (1 + Math.floor(rand() * 16))) * (rand() < 0.4 ? -1 : 1);
      const k = i < edge.length * 19 ? Math.floor(i / edge.length) : Math.floor(rand() * 19);
      const p = new Float64Array(4);
      let pk = 10n ** BigInt(k);
      for (let j = 0; j < 4; j++, pk >>= 16n) p[j] = Number(pk & 0xffffn);
      out.fill(0xaa);
      unscaledBytes(m, p, out, 8);
      const want = bigintBytes(BigInt(m) * 10n ** BigInt(k));
      if ([...out.subarray(8, 24)].join() !== want.join()) throw new Error(`m=${m} k=${k}: ${[...out.subarray(8, 24)]} != ${want}`);
      expect(out[7]).toBe(0xaa);
      expect(out[24]).toBe(0xaa);
    }
  });

  it('snappy output decompresses to its input (literals of every tag size, overlapping and far copies)', () => {
    const rand = rng(9);
    const random = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
    const text = new TextEncoder().encode('eu-west-1,AmazonEC2,BoxUsage:m5.large,'.repeat(4000));
    const mixed = new Uint8Array(300_000);
    for (let at = 0; at < mixed.length; at += 1000) mixed.set(rand() < 0.5 ? random(1000) : text.subarray(at % 5000, (at % 5000) + 1000), at);
    const inputs = [new Uint8Array(0), random(3), random(59), random(61), random(300), random(70_000), random(17_000_000), new Uint8Array(200_000).fill(7), text, mixed];
    const out = new Bytes(16);
    for (const input of inputs) {
      const packed = snappyInto(out, input).slice();
      const back = new Uint8Array(input.length);
      snappyUncompress(packed, back);
      expect(Buffer.from(back).equals(Buffer.from(input)), `length ${input.length}`).toBe(true);
      if (input === text) expect(packed.length).toBeLessThan(input.length / 20);
    }
  });

  it('zstd pages through reused wasm buffers are the bytes of the package\'s own compress()', async () => {
    await ensureZstd();
    expect(zstdReusesBuffers()).toBe(true);
    let seed = 99;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const page = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? Math.floor(rand() * 256) : 65 + (i % 7)));
    const z = new ZstdPages(3);
    const out = new Bytes(16);
    // Growing and shrinking sizes make the reused wasm buffers grow and be reused.
    for (const n of [0, 1, 100, 70_000, 3_000_000, 5_000, 2_000_000]) {
      const input = page(n);
      expect(Buffer.from(z.compress(input, out)).equals(Buffer.from(zstdCompress(input, 3))), `length ${n}`).toBe(true);
    }
  });
});

