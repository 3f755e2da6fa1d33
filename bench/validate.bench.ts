/**
 * Validator speed: writes 1M synthetic conformant FOCUS 1.2 rows as CSV and as Parquet (DuckDB
 * converts the CSV), validates each in a fresh child process (spec semantics, criteria ALL), and
 * prints seconds (wall and CPU), rows/s and the child's peak RSS.
 * Usage: npm run bench:validate [-- rows [existing-dir]]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { COLUMNS_12, rows12, toCsv, type Row } from '../test/validate/fixtures.js';

async function child(path: string): Promise<void> {
  const { validate } = await import('../src/validate/index.js');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await validate({ paths: [path] }, { criteria: 'ALL' });
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const rss = process.resourceUsage().maxRSS / 1024;
  const cpu = (c.user + c.system) / 1e6;
  process.stdout.write(JSON.stringify({ rows: r.input.rows, seconds: s, cpu, rss, ok: r.ok, failed: r.summary.failed, extraFailed: r.summary.extraFailed }) + '\n');
}

/** One block = the 14-row fixture with its ids made unique per block (no duplicate rows). */
function block(k: number): Row[] {
  return rows12().map((r): Row => ({
    ...r,
    ResourceId: r.ResourceId ? `${r.ResourceId}-${k}` : null,
    CommitmentDiscountId: r.CommitmentDiscountId ? `${r.CommitmentDiscountId}-${k}` : null,
    ChargeDescription: `${r.ChargeDescription} #${k}`,
  })).map((r) => (r.ChargeCategory === 'Purchase' || r.CommitmentDiscountStatus === 'Unused' ? { ...r, ResourceId: r.CommitmentDiscountId } : r));
}

async function writeData(csv: string, parquet: string, target: number): Promise<void> {
  const out = createWriteStream(csv);
  out.write(COLUMNS_12.join(',') + '\n');
  let rows = 0;
  for (let k = 0; rows < target; k++) {
    const b = block(k); // whole blocks, so every commitment reconciles
    const text = toCsv(COLUMNS_12, b);
    if (!out.write(text.slice(text.indexOf('\n') + 1))) await new Promise<void>((r) => out.once('drain', () => r()));
    rows += b.length;
  }
  await new Promise<void>((r) => out.end(() => r()));
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true, header = true)) TO '${parquet}' (FORMAT parquet)`);
  conn.closeSync();
  db.closeSync();
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3]);
  const target = Number(process.argv[2] ?? 1_000_000);
  const reuse = process.argv[3]; // a directory from an earlier run: skip writing the data again
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'focus-bench-'));
  const csv = join(dir, 'focus-1.2.csv');
  const parquet = join(dir, 'focus-1.2.parquet');
  if (!reuse) await writeData(csv, parquet, target);
  console.log(`CSV ${(statSync(csv).size / 1e6).toFixed(0)} MB, Parquet ${(statSync(parquet).size / 1e6).toFixed(0)} MB (in ${dir})`);
  for (const [label, path] of [['CSV', csv], ['Parquet', parquet]]) {
    const res = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', path], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (res.status !== 0) throw new Error(`${label} child failed: ${res.stderr}`);
    const r = JSON.parse(res.stdout.trim().split('\n').pop()!);
    // CPU seconds too: on a shared machine wall time mostly measures the neighbours
    console.log(
      `${label.padEnd(8)} ${r.seconds.toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU  ${Math.round(r.rows / r.seconds).toLocaleString('en-US')} rows/s  ` +
        `peak RSS ${r.rss.toFixed(0)} MB  load avg ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs  (ok=${r.ok}, failed rules ${r.failed}, failed extra checks ${r.extraFailed})`,
    );
  }
}

await main();
