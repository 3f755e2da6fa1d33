/**
 * Each layout's output loaded into DuckDB the way a user would (read_csv / read_parquet /
 * read_json, hive partitioning): row counts and Σ BilledCost equal the generator's own summary;
 * manifests agree with the files on disk; SHA256SUMS verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yauzl from 'yauzl';
import { runGeneration, type RunResult } from '../../src/io/run.js';
import { duck, scenario, tempDir, verifySha256Sums } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let db: Awaited<ReturnType<typeof duck>>;
beforeAll(async () => {
  tmp = await tempDir('layouts');
  db = await duck();
});
afterAll(async () => {
  db.close();
  await tmp.cleanup();
});

const base = { providers: ['aws', 'azure'], months: 2, rowCount: 700, seed: 11 };

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)));
  return out.sort();
}

function reader(format: string, glob: string, hive = false): string {
  // Providers add their own x_ columns, so files are combined by column name, as users do.
  const h = (hive ? ', hive_partitioning = true' : '') + ', union_by_name = true';
  if (format === 'parquet') return `read_parquet('${glob}'${h})`;
  // Tags keys differ only by case across rows; depth 1 keeps JSON columns as JSON, not structs.
  if (format === 'jsonl') return `read_json('${glob}', format = 'newline_delimited', maximum_depth = 1${h})`;
  // BilledCost as text, so the sum below is exact decimal arithmetic, not a sum of doubles.
  return `read_csv('${glob}', header = true, types = {'BilledCost': 'VARCHAR'}${h})`;
}

/** Σ computed by DuckDB in DECIMAL(38,12) so it is exact for our inputs, compared as numbers of cents and below. */
async function duckTotals(from: string): Promise<{ rows: number; billed: string }> {
  const [r] = await db.all(`select count(*)::BIGINT as n, sum(CAST(BilledCost AS DECIMAL(38,12)))::VARCHAR as b from ${from}`);
  return { rows: Number(r.n), billed: String(r.b) };
}

function sameDecimal(a: string, b: string): boolean {
  const norm = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  return norm(a) === norm(b);
}

function expectMatchesSummary(t: { rows: number; billed: string }, r: RunResult) {
  expect(t.rows).toBe(r.summary.rows);
  expect(r.summary.rows).toBe(r.plan.totalRows);
  expect(sameDecimal(t.billed, r.summary.billedCost), `${t.billed} vs ${r.summary.billedCost}`).toBe(true);
}

describe('layouts', () => {
  it('flat CSV: seed naming, one file per provider-month, DuckDB totals = summary', async () => {
    const dir = join(tmp.dir, 'flat');
    const r = await runGeneration(scenario({ ...base, output: { format: 'csv' } }), { destination: dir });
    const files = await listFiles(dir);
    expect(files.filter((f) => f.endsWith('.csv'))).toEqual(['aws-focus-2025-01.csv', 'aws-focus-2025-02.csv', 'azure-focus-2025-01.csv', 'azure-focus-2025-02.csv']);
    expect(files).toContain('aws-focus-metadata.json');
    expect(files).toContain('azure-focus-metadata.json');
    expect((await verifySha256Sums(dir)).sort()).toEqual(files.filter((f) => f !== 'SHA256SUMS'));
    expectMatchesSummary(await duckTotals(reader('csv', `${dir}/*.csv`)), r);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    for (const f of manifest.files) expect((await stat(join(dir, f.name))).size).toBe(f.bytes);
    expect(manifest.scenario.seed).toBe(11);
  });

  it('flat JSON Lines and CSV.gz load with the same totals', async () => {
    for (const format of ['jsonl', 'csv.gz'] as const) {
      const dir = join(tmp.dir, `flat-${format}`);
      const r = await runGeneration(scenario({ ...base, output: { format } }), { destination: dir });
      expect((await listFiles(dir)).filter((f) => f.endsWith(format))).toHaveLength(4);
      expectMatchesSummary(await duckTotals(reader(format, `${dir}/*.${format}`)), r);
      await verifySha256Sums(dir);
    }
  });

  it('hive Parquet split into parts: read_parquet with hive_partitioning sees billing_period and provider', async () => {
    const dir = join(tmp.dir, 'hive');
    const r = await runGeneration(scenario({ ...base, output: { format: 'parquet', layout: 'hive', maxRowsPerFile: 300 } }), { destination: dir });
    const files = await listFiles(dir);
    expect(files).toContain('CostAndUsage/billing_period=2025-01/provider=aws/part-00000.parquet');
    expect(files).toContain('CostAndUsage/billing_period=2025-02/provider=azure/part-00002.parquet');
    expect(files.filter((f) => f.endsWith('.parquet'))).toHaveLength(12);
    const from = reader('parquet', `${dir}/CostAndUsage/**/*.parquet`, true);
    expectMatchesSummary(await duckTotals(from), r);
    const per = await db.all(`select provider, billing_period, count(*)::INT n from ${from} group by all order by all`);
    expect(per).toEqual([
      { provider: 'aws', billing_period: '2025-01', n: 700 },
      { provider: 'aws', billing_period: '2025-02', n: 700 },
      { provider: 'azure', billing_period: '2025-01', n: 700 },
      { provider: 'azure', billing_period: '2025-02', n: 700 },
    ]);
    await verifySha256Sums(dir);
  });

  it('zip: one archive with data, metadata, manifest.json and inner SHA256SUMS', async () => {
    const dir = join(tmp.dir, 'zip');
    const r = await runGeneration(scenario({ ...base, output: { format: 'csv', layout: 'zip' } }), { destination: dir });
    expect(await listFiles(dir)).toEqual(['SHA256SUMS', 'focus-aws-azure-2025-01_2025-02.zip']);
    await verifySha256Sums(dir);
    const entries = await new Promise<Map<string, Buffer>>((resolve, reject) => {
      const out = new Map<string, Buffer>();
      yauzl.open(join(dir, 'focus-aws-azure-2025-01_2025-02.zip'), { lazyEntries: true }, (err, zip) => {
        if (err) return reject(err);
        zip.on('entry', (e: yauzl.Entry) =>
          zip.openReadStream(e, (err2, s) => {
            if (err2) return reject(err2);
            const parts: Buffer[] = [];
            s.on('data', (c: Buffer) => parts.push(c));
            s.on('end', () => {
              out.set(e.fileName, Buffer.concat(parts));
              zip.readEntry();
            });
          }),
        );
        zip.on('end', () => resolve(out));
        zip.readEntry();
      });
    });
    expect([...entries.keys()].sort()).toEqual(['SHA256SUMS', 'aws-focus-2025-01.csv', 'aws-focus-2025-02.csv', 'azure-focus-2025-01.csv', 'azure-focus-2025-02.csv', 'azure-focus-metadata.json', 'aws-focus-metadata.json', 'manifest.json'].sort());
    const manifest = JSON.parse(entries.get('manifest.json')!.toString());
    const { createHash } = await import('node:crypto');
    for (const f of manifest.files) {
      const body = entries.get(f.name)!;
      expect(body.length).toBe(f.bytes);
      expect(createHash('sha256').update(body).digest('hex')).toBe(f.sha256);
    }
    const dataRows = manifest.files.filter((f: { name: string }) => f.name.endsWith('.csv')).reduce((a: number, f: { rows: number }) => a + f.rows, 0);
    expect(dataRows).toBe(r.summary.rows);
  });

  it('aws-data-exports: real paths, Manifest.json per billing period with true rows and bytes', async () => {
    const dir = join(tmp.dir, 'aws');
    const r = await runGeneration(scenario({ ...base, providers: ['aws'], output: { format: 'parquet', layout: 'aws-data-exports', exportName: 'cur2', maxRowsPerFile: 400 } }), { destination: dir });
    const files = await listFiles(dir);
    expect(files).toContain('cur2/data/BILLING_PERIOD=2025-01/cur2-00001.snappy.parquet');
    expect(files).toContain('cur2/data/BILLING_PERIOD=2025-01/cur2-00002.snappy.parquet');
    expect(files).toContain('cur2/metadata/BILLING_PERIOD=2025-02/cur2-Manifest.json');
    for (const period of ['2025-01', '2025-02']) {
      const m = JSON.parse(await readFile(join(dir, `cur2/metadata/BILLING_PERIOD=${period}/cur2-Manifest.json`), 'utf8'));
      expect(m.exportName).toBe('cur2');
      let rows = 0;
      for (const f of m.files) {
        expect((await stat(join(dir, f.key))).size).toBe(f.byteCount);
        const [c] = await db.all(`select count(*)::INT n from read_parquet('${join(dir, f.key)}')`);
        expect(c.n).toBe(f.rowCount);
        rows += f.rowCount;
      }
      expect(m.totalRowCount).toBe(rows);
      expect(m.dataFiles).toHaveLength(m.numberOfFiles);
    }
    expectMatchesSummary(await duckTotals(reader('parquet', `${dir}/cur2/data/*/*.parquet`, true)), r);
    await verifySha256Sums(dir);
  });

  it('azure-exports: run folders with manifest.json whose byteCount, blobCount and dataRowCount are true', async () => {
    const dir = join(tmp.dir, 'azure');
    const r = await runGeneration(scenario({ ...base, providers: ['azure'], output: { format: 'csv.gz', layout: 'azure-exports', exportName: 'focus-daily', maxRowsPerFile: 250 } }), { destination: dir });
    const files = await listFiles(dir);
    const data = files.filter((f) => f.endsWith('.csv.gz'));
    expect(data).toHaveLength(6);
    for (const f of data) expect(f).toMatch(/^focus-daily\/2025(0101-20250131|0201-20250228)\/202503010000\/[0-9a-f-]{36}\/part_0_000[1-3]\.csv\.gz$/);
    const manifests = files.filter((f) => f.endsWith('/manifest.json'));
    expect(manifests).toHaveLength(2);
    for (const mf of manifests) {
      const m = JSON.parse(await readFile(join(dir, mf), 'utf8'));
      expect(m.manifestVersion).toBe('2024-04-01');
      expect(m.exportConfig).toMatchObject({ exportName: 'focus-daily', type: 'FocusCost' });
      expect(m.deliveryConfig).toMatchObject({ fileFormat: 'Csv', compressionMode: 'Gzip' });
      expect(m.runInfo.submittedTime).toBe('2025-03-01T00:00:00Z');
      expect(mf).toContain(m.runInfo.runId);
      expect(m.blobCount).toBe(m.blobs.length);
      let bytes = 0;
      let rows = 0;
      for (const b of m.blobs) {
        expect((await stat(join(dir, b.blobName))).size).toBe(b.byteCount);
        const [c] = await db.all(`select count(*)::INT n from read_csv('${join(dir, b.blobName)}', header = true)`);
        expect(c.n).toBe(b.dataRowCount);
        bytes += b.byteCount;
        rows += b.dataRowCount;
      }
      expect(m.byteCount).toBe(bytes);
      expect(m.dataRowCount).toBe(rows);
    }
    expectMatchesSummary(await duckTotals(reader('csv', `${dir}/focus-daily/**/*.csv.gz`)), r);
    await verifySha256Sums(dir);
  });

  it('FOCUS metadata document beside the data names version, generator and typed columns', async () => {
    const dir = join(tmp.dir, 'flat');
    const meta = JSON.parse(await readFile(join(dir, 'aws-focus-metadata.json'), 'utf8'));
    expect(meta).toMatchObject({ FocusVersion: '1.2', DataGenerator: 'focus-generator', CreationDate: '2025-03-01T00:00:00Z' });
    expect(meta.SchemaId).toMatch(/^focus-generator-1\.2-CostAndUsage-[0-9a-f]{12}$/);
    const header = (await readFile(join(dir, 'aws-focus-2025-01.csv'), 'utf8')).split('\n')[0].split(',');
    expect(meta.ColumnDefinition.map((c: { ColumnName: string }) => c.ColumnName)).toEqual(header);
    const byName = new Map(meta.ColumnDefinition.map((c: { ColumnName: string }) => [c.ColumnName, c]));
    expect(byName.get('BilledCost')).toMatchObject({ DataType: 'DECIMAL' });
    expect(byName.get('ChargePeriodStart')).toMatchObject({ DataType: 'DATETIME' });
    expect(byName.get('Tags')).toMatchObject({ DataType: 'JSON', ProviderTagPrefixes: ['aws:'] });
    const azure = JSON.parse(await readFile(join(dir, 'azure-focus-metadata.json'), 'utf8'));
    const azureHeader = (await readFile(join(dir, 'azure-focus-2025-02.csv'), 'utf8')).split('\n')[0].split(',');
    expect(azure.ColumnDefinition.map((c: { ColumnName: string }) => c.ColumnName)).toEqual(azureHeader);
  });

  it('target file size splits large files into parts near the target', async () => {
    const dir = join(tmp.dir, 'target');
    const r = await runGeneration(scenario({ providers: ['aws'], rowCount: 12000, output: { format: 'csv', targetFileSizeMb: 1 } }), { destination: dir });
    const data = r.files.filter((f) => f.kind === 'data');
    const total = data.reduce((a, f) => a + f.bytes, 0);
    expect(total).toBeGreaterThan(1.5 * 1024 * 1024);
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(data.map((f) => f.name)).toContain('aws-focus-2025-01-part-00002.csv');
    for (const f of data) expect(f.bytes).toBeLessThan(1.2 * 1024 * 1024);
    expect(data.reduce((a, f) => a + f.rows, 0)).toBe(12000);
  });
});
