/**
 * `npm run bench`: CSV and CSV.gz generation speed (rows/s, MB/s) and peak RSS for 1M and 10M rows
 * (FOCUS 1.2, aws, daily), to a file and to /dev/null, next to the speed of writing the same bytes
 * from memory (the baseline; the ratio says how close generation gets to raw I/O).
 * Each measurement runs in its own child process so its peak RSS is its own.
 *   BENCH_ROWS=100000,1000000 npm run bench      (other sizes)
 *   BENCH_OUT=bench-results.txt npm run bench     (also append the table to a file)
 *   NODE_OPTIONS=--max-old-space-size=128 npm run bench
 *     (children inherit it: shows the live set fits a small heap; with default flags V8 lets
 *     garbage pile up before collecting, so peak RSS is partly a GC heuristic, not retained data)
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { appendFile, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeScenario } from '../src/core/scenario/index.js';
import { runGeneration } from '../src/io/run.js';
import type { Sink } from '../src/io/sinks/types.js';

export interface Measurement {
  label: string;
  rows: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
}

const MiB = 1024 * 1024;

/** A sink whose files all go to /dev/null (measures generation + encoding without disk). */
function devNullSink(): Sink {
  return {
    kind: 'local',
    root: '/dev/null',
    async create() {
      const ws = createWriteStream('/dev/null');
      return {
        write: (c, release) => {
          if (!ws.write(c, release && (() => release()))) return new Promise<void>((r) => ws.once('drain', () => r()));
        },
        close: () => new Promise<void>((r) => ws.end(() => r())),
        abort: async () => void ws.destroy(),
      };
    },
    async publish() {},
    async discard() {},
  };
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Child: one generation run; prints a Measurement as JSON on stdout. */
async function childGenerate(rows: number, format: string, target: string, extra: Record<string, unknown>): Promise<Measurement> {
  const scenario = normalizeScenario({ focusVersion: '1.2', providers: ['aws'], granularity: 'daily', rowCount: rows, now: '2025-02-01T00:00:00Z', output: { format, ...extra } });
  const t0 = performance.now();
  const r = await runGeneration(scenario, target === '/dev/null' ? { sink: devNullSink() } : { destination: target });
  const seconds = (performance.now() - t0) / 1000;
  const data = r.files.filter((f) => f.kind === 'data');
  return { label: '', rows: r.totalRows, bytes: data.reduce((a, f) => a + f.bytes, 0), seconds, peakRssMb: peakRssMb() };
}

/** Child: write `bytes` bytes, taken from the start of `source` and held in memory, to `target`. */
async function childRaw(source: string, bytes: number, target: string): Promise<Measurement> {
  const fh = await open(source, 'r');
  const size = Math.min(64 * MiB, (await fh.stat()).size);
  const buf = Buffer.alloc(size);
  await fh.read(buf, 0, size, 0);
  await fh.close();
  const out = createWriteStream(target);
  const t0 = performance.now();
  let left = bytes;
  const chunk = 1 * MiB;
  while (left > 0) {
    for (let off = 0; off < size && left > 0; off += chunk) {
      const n = Math.min(chunk, size - off, left);
      left -= n;
      if (!out.write(buf.subarray(off, off + n))) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
  return { label: '', rows: 0, bytes, seconds: (performance.now() - t0) / 1000, peakRssMb: peakRssMb() };
}

export function runChild(script: string, args: string[]): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', script, '--child', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`benchmark child ${args.join(' ')} exited ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as Measurement);
    });
  });
}

export function row(m: Measurement, baseline?: Measurement): string {
  const rps = m.rows ? Math.round(m.rows / m.seconds).toLocaleString('en-US') : '-';
  const mbs = (m.bytes / MiB / m.seconds).toFixed(1);
  const ratio = baseline ? `${Math.round((100 * (m.bytes / m.seconds)) / (baseline.bytes / baseline.seconds))}%` : '';
  return `${m.label.padEnd(34)} ${String(m.rows.toLocaleString('en-US')).padStart(11)} rows ${(m.bytes / MiB).toFixed(0).padStart(7)} MB ${m.seconds.toFixed(1).padStart(7)} s ${rps.padStart(10)} rows/s ${mbs.padStart(7)} MB/s ${String(m.peakRssMb).padStart(5)} MB RSS ${ratio}`;
}

export function sizes(): number[] {
  return (process.env.BENCH_ROWS ?? '1000000,10000000').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
}

export async function childMain(argv: string[]): Promise<void> {
  const [mode, ...rest] = argv;
  const m =
    mode === 'raw'
      ? await childRaw(rest[0], Number(rest[1]), rest[2])
      : await childGenerate(Number(rest[0]), rest[1], rest[2], rest[3] ? (JSON.parse(rest[3]) as Record<string, unknown>) : {});
  process.stdout.write(JSON.stringify(m) + '\n');
}

async function main(): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const lines = [`focusgen bench (CSV / CSV.gz, FOCUS 1.2, aws, daily) on ${process.version}, ${new Date().toISOString()}`];
  process.stdout.write(lines[0] + '\n');
  for (const n of sizes()) {
    for (const format of ['csv', 'csv.gz']) {
      const dir = await mkdtemp(join(tmpdir(), 'focusgen-bench-'));
      try {
        const toFile = { ...(await runChild(script, ['gen', String(n), format, dir])), label: `${format} -> file` };
        const file = join(dir, `aws-focus-2025-01.${format}`);
        const bytes = (await stat(file)).size;
        const raw = { ...(await runChild(script, ['raw', file, String(bytes), join(dir, 'raw.bin')])), label: '  same bytes from memory -> file' };
        await rm(join(dir, 'raw.bin'), { force: true });
        const rawNull = { ...(await runChild(script, ['raw', file, String(bytes), '/dev/null'])), label: '  same bytes from memory -> /dev/null' };
        await rm(file, { force: true });
        const toNull = { ...(await runChild(script, ['gen', String(n), format, '/dev/null'])), label: `${format} -> /dev/null` };
        const out = [row(toFile, raw), row(raw), row(toNull, rawNull), row(rawNull)];
        for (const l of out) process.stdout.write(l + '\n');
        lines.push(...out);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  }
  lines.push('(percent = MB/s relative to writing the same bytes from memory to the same target)');
  if (process.env.BENCH_OUT) await appendFile(process.env.BENCH_OUT, lines.join('\n') + '\n');
}

/** Entry of a bench script: a measuring child with --child, else the driver `main`. */
export function benchEntry(scriptUrl: string, main: () => Promise<void>): void {
  if (process.argv[1] !== fileURLToPath(scriptUrl)) return;
  const child = process.argv.indexOf('--child');
  (child > 0 ? childMain(process.argv.slice(child + 1)) : main()).catch((e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}

benchEntry(import.meta.url, main);
