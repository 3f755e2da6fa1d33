/**
 * `npm run bench:parquet`: Parquet generation rows/s and peak RSS for 1M and 10M rows (FOCUS 1.2,
 * aws, daily) to a file, snappy with DOUBLE numbers (the AWS way, the default) plus zstd and
 * DECIMAL(38,18) (the Azure way). Each run is its own child process, so each peak RSS is its own.
 *   BENCH_ROWS=100000 npm run bench:parquet
 *   NODE_OPTIONS=--max-old-space-size=128 npm run bench:parquet   (peak RSS with a small heap)
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEntry, row, runChild, sizes } from './generate.bench.js';

const VARIANTS = [
  { label: 'parquet snappy, double', output: { parquetCompression: 'snappy', parquetNumbers: 'double' } },
  { label: 'parquet zstd, decimal(38,18)', output: { parquetCompression: 'zstd', parquetNumbers: 'decimal' } },
];

async function main(): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const lines = [`focusgen bench:parquet (FOCUS 1.2, aws, daily) on ${process.version}, ${new Date().toISOString()}`];
  process.stdout.write(lines[0] + '\n');
  for (const n of sizes()) {
    for (const v of VARIANTS) {
      const dir = await mkdtemp(join(tmpdir(), 'focusgen-bench-pq-'));
      try {
        const m = { ...(await runChild(script, ['gen', String(n), 'parquet', dir, JSON.stringify(v.output)])), label: `${v.label} -> file` };
        const l = row(m);
        process.stdout.write(l + '\n');
        lines.push(l);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  }
  if (process.env.BENCH_OUT) await appendFile(process.env.BENCH_OUT, lines.join('\n') + '\n');
}

benchEntry(import.meta.url, main);
