/**
 * Same scenario + seed -> byte-identical output, whatever the number of worker threads; an
 * aborted run leaves nothing behind that looks complete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runGeneration } from '../../src/io/run.js';
import { scenario, tempDir, verifySha256Sums } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir('determinism');
});
afterAll(() => tmp.cleanup());

const cases = [
  { format: 'csv.gz', layout: 'flat', maxRowsPerFile: 500 },
  { format: 'parquet', layout: 'azure-exports', parquetCompression: 'zstd', maxRowsPerFile: 700 },
  { format: 'jsonl', layout: 'zip' },
] as const;

describe('determinism', () => {
  for (const output of cases) {
    it(`${output.format}/${output.layout}: two runs and 1 vs 3 workers give identical SHA256SUMS`, async () => {
      const s = scenario({ providers: ['aws', 'gcp'], months: 2, rowCount: 1200, seed: 3, output });
      const tag = `${output.format}-${output.layout}`;
      const a = join(tmp.dir, `${tag}-a`);
      const b = join(tmp.dir, `${tag}-b`);
      const c = join(tmp.dir, `${tag}-c`);
      await runGeneration(s, { destination: a, workers: 1 });
      await runGeneration(s, { destination: b, workers: 1 });
      const r3 = await runGeneration(s, { destination: c, workers: 3 });
      const sums = await Promise.all([a, b, c].map((d) => readFile(join(d, 'SHA256SUMS'), 'utf8')));
      expect(sums[0].length).toBeGreaterThan(0);
      expect(sums[1]).toBe(sums[0]);
      expect(sums[2]).toBe(sums[0]);
      await verifySha256Sums(c);
      expect(r3.summary.rows).toBe(4 * 1200);
    });
  }

  it('FOCUS 1.4 with BillingPeriod and InvoiceDetail: 1 vs 3 workers, files split in parts, identical SHA256SUMS', async () => {
    const s = scenario({
      focusVersion: '1.4',
      datasets: ['CostAndUsage', 'BillingPeriod', 'InvoiceDetail'],
      providers: ['azure', 'gcp'],
      months: 2,
      rowCount: 900,
      seed: 5,
      output: { format: 'csv', layout: 'hive', maxRowsPerFile: 40 },
    });
    const [a, c] = [join(tmp.dir, 'billing-a'), join(tmp.dir, 'billing-c')];
    const r1 = await runGeneration(s, { destination: a, workers: 1 });
    await runGeneration(s, { destination: c, workers: 3 });
    const sums = await Promise.all([a, c].map((d) => readFile(join(d, 'SHA256SUMS'), 'utf8')));
    expect(sums[1]).toBe(sums[0]);
    await verifySha256Sums(c);
    const invoiceParts = r1.files.filter((f) => f.kind === 'data' && f.dataset === 'InvoiceDetail');
    expect(invoiceParts.length).toBeGreaterThan(4); // several 40-row parts per provider-month
    expect(r1.files.filter((f) => f.kind === 'data' && f.dataset === 'BillingPeriod').map((f) => f.rows)).toEqual([1, 1, 1, 1]);
  });

  it('FOCUS 1.4 CostAndUsage in parts over 3 workers: InvoiceDetailId of marketplace rows does not depend on which thread made the part', async () => {
    const s = scenario({ focusVersion: '1.4', providers: ['aws'], months: 1, rowCount: 3000, seed: 8, output: { format: 'csv', layout: 'flat', maxRowsPerFile: 25 } });
    const [a, c] = [join(tmp.dir, 'marketplace-a'), join(tmp.dir, 'marketplace-c')];
    await runGeneration(s, { destination: a, workers: 1 });
    await runGeneration(s, { destination: c, workers: 3 });
    const sums = await Promise.all([a, c].map((d) => readFile(join(d, 'SHA256SUMS'), 'utf8')));
    expect(sums[1]).toBe(sums[0]);
  });

  it('a different seed changes the checksums only where the data depends on it', async () => {
    const d1 = join(tmp.dir, 'seed1');
    const d2 = join(tmp.dir, 'seed2');
    await runGeneration(scenario({ rowCount: 200, seed: 1 }), { destination: d1 });
    await runGeneration(scenario({ rowCount: 200, seed: 2 }), { destination: d2 });
    const m1 = JSON.parse(await readFile(join(d1, 'manifest.json'), 'utf8'));
    const m2 = JSON.parse(await readFile(join(d2, 'manifest.json'), 'utf8'));
    expect(m1.scenario.seed).toBe(1);
    expect(m2.scenario.seed).toBe(2);
  });
});

describe('cancellation', () => {
  for (const workers of [1, 2]) {
    it(`aborting mid-run (workers=${workers}) removes every file it wrote and writes no SHA256SUMS`, async () => {
      const dir = join(tmp.dir, `abort-${workers}`);
      const controller = new AbortController();
      let seen = 0;
      const run = runGeneration(scenario({ providers: ['aws', 'azure'], months: 3, rowCount: 40_000, output: { format: 'csv' } }), {
        destination: dir,
        workers,
        signal: controller.signal,
        onProgress: (p) => {
          seen = p.rowsWritten;
          if (p.rowsWritten >= 20_000) controller.abort(new Error('stop requested'));
        },
      });
      await expect(run).rejects.toThrow('stop requested');
      expect(seen).toBeGreaterThanOrEqual(20_000);
      const left = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
      expect(left.filter((f) => !f.endsWith('/') && /\.(csv|json)$|SHA256SUMS|partial$/.test(f))).toEqual([]);
    });
  }
});

describe('bytes do not depend on the destination', () => {
  it('two destinations give identical files, manifests and SHA256SUMS', async () => {
    const a = join(tmp.dir, 'dest-a');
    const b = join(tmp.dir, 'dest-b');
    const s = scenario({ providers: ['gcp'], rowCount: 500, output: { format: 'csv' } });
    await runGeneration(s, { destination: a });
    await runGeneration(s, { destination: b });
    expect(await readFile(join(a, 'SHA256SUMS'), 'utf8')).toBe(await readFile(join(b, 'SHA256SUMS'), 'utf8'));
  });
});
