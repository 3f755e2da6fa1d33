/**
 * Reparse proof: the Parquet we write reads back (with independent readers: hyparquet and DuckDB)
 * as exactly the cells of our CSV for the same scenario and seed: every column, every row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { runGeneration } from '../../src/io/run.js';
import { canonicalDecimal, duck, parseCsv, scenario, tempDir } from './helpers.js';

const base = { providers: ['aws', 'azure'], rowCount: 1500, seed: 7 };
let tmp: Awaited<ReturnType<typeof tempDir>>;
let csv: Map<string, (string | null)[][]>;

beforeAll(async () => {
  tmp = await tempDir('reparse');
  const r = await runGeneration(scenario({ ...base, output: { format: 'csv' } }), { destination: join(tmp.dir, 'csv') });
  csv = new Map();
  for (const f of r.files.filter((x) => x.kind === 'data')) {
    csv.set(`${f.provider}|${f.billingPeriod}`, parseCsv(await readFile(join(tmp.dir, 'csv', f.name), 'utf8')));
  }
  expect(csv.size).toBe(2);
});
afterAll(() => tmp.cleanup());

async function parquetFiles(compression: 'snappy' | 'zstd', numbers: 'double' | 'decimal') {
  const dest = join(tmp.dir, `pq-${compression}-${numbers}`);
  const r = await runGeneration(scenario({ ...base, output: { format: 'parquet', parquetCompression: compression, parquetNumbers: numbers } }), { destination: dest });
  return r.files.filter((f) => f.kind === 'data').map((f) => ({ key: `${f.provider}|${f.billingPeriod}`, path: join(dest, f.name) }));
}

describe('Parquet reads back as the CSV', () => {
  for (const compression of ['snappy', 'zstd'] as const) {
    it(`hyparquet, ${compression}, DOUBLE numbers: all columns, all rows`, async () => {
      for (const { key, path } of await parquetFiles(compression, 'double')) {
        const [header, ...rows] = csv.get(key)!;
        const buf = await readFile(path);
        const objects = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), compressors });
        expect(objects.length).toBe(rows.length);
        for (let r = 0; r < rows.length; r++) {
          const o = objects[r];
          for (let c = 0; c < header.length; c++) {
            const want = rows[r][c];
            const got = o[header[c]!];
            if (want === null) expect(got, `${key} row ${r} ${header[c]}`).toBeNull();
            else if (got instanceof Date) expect(got.toISOString().replace('.000Z', 'Z')).toBe(want);
            else if (typeof got === 'number') expect(got, `${key} row ${r} ${header[c]}`).toBe(Number(want));
            else expect(got, `${key} row ${r} ${header[c]}`).toBe(want);
          }
        }
      }
    });
  }

  it('DuckDB, zstd, DECIMAL(38,18) numbers: exact decimal text, timestamps UTC, all rows', async () => {
    const db = await duck();
    try {
      for (const { key, path } of await parquetFiles('zstd', 'decimal')) {
        const [header, ...rows] = csv.get(key)!;
        const types = await db.all(`select column_name, column_type from (describe select * from read_parquet('${path}'))`);
        const typeOf = new Map(types.map((t) => [t.column_name as string, t.column_type as string]));
        const select = header
          .map((h) => {
            const t = typeOf.get(h!)!;
            if (t.startsWith('TIMESTAMP')) return `strftime("${h}" AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS "${h}"`;
            return `CAST("${h}" AS VARCHAR) AS "${h}"`;
          })
          .join(', ');
        const got = await db.all(`SET TimeZone='UTC'; select ${select} from read_parquet('${path}')`);
        expect(got.length).toBe(rows.length);
        for (let r = 0; r < rows.length; r++) {
          for (let c = 0; c < header.length; c++) {
            const want = rows[r][c];
            const v = got[r][header[c]!] as string | null;
            const t = typeOf.get(header[c]!)!;
            expect(t.startsWith('DECIMAL') && v !== null ? canonicalDecimal(v) : v, `${key} row ${r} ${header[c]}`).toBe(want);
          }
        }
        const decimals = [...typeOf.values()].filter((t) => t.startsWith('DECIMAL'));
        expect(decimals.length).toBeGreaterThan(0);
        expect(decimals.every((t) => t === 'DECIMAL(38,18)')).toBe(true);
      }
    } finally {
      db.close();
    }
  });

  it('names the FOCUS version in the Parquet key-value metadata', async () => {
    const db = await duck();
    try {
      const [{ path }] = await parquetFiles('snappy', 'double');
      const kv = await db.all(`select decode(key) k, decode(value) v from parquet_kv_metadata('${path}')`);
      expect(kv).toContainEqual({ k: 'FocusVersion', v: '1.2' });
    } finally {
      db.close();
    }
  });
});
