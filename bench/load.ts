/**
 * Load figures for the HTTP server (loopback only, bounded): requests/s and latency percentiles
 * for preview and small synchronous generations (autocannon), then one 1M-row
 * /generate-cur-stream download: throughput and the server's RSS while it streams.
 *
 *   npm run bench:load            (BENCH_SECONDS=10 per autocannon run, STREAM_ROWS=1000000)
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const STREAM_ROWS = Number(process.env.STREAM_ROWS ?? 1_000_000);

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', resolve('src/cli/bin.ts'), 'serve'], {
    env: {
      ...process.env,
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
      ENVIRONMENT: 'test',
      SECRET_KEY: 'bench-secret-key-0123456789abcdef',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'focusgen-bench-')),
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_PER_HOUR: '0',
      RATE_LIMIT_PER_DAY: '0',
      STREAM_MAX_ROWS: String(Math.max(STREAM_ROWS, 1)),
      REDIS_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        if (i > 150) throw new Error('server did not start');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(`server pid ${server.pid}, idle RSS ${rssMb(server.pid!).toFixed(0)} MB; ${SECONDS} s per run, 10 connections\n`);
    const runs: [string, string, unknown][] = [
      ['POST /api/v1/preview (aws, 100 rows/file, 20 rows back)', '/api/v1/preview', { scenario: { providers: ['aws'], rowCount: 100 }, maxRows: 20 }],
      ['POST /generate-cur (seed Quick Test: 100 rows, aws)', '/generate-cur', { profile: 'Greenfield', distribution: 'Evenly Distributed', row_count: 100, providers: ['aws'] }],
      ['GET /health', '/health', undefined],
    ];
    console.log('| endpoint | req/s | p50 ms | p90 ms | p99 ms | non-2xx |');
    console.log('|---|---|---|---|---|---|');
    for (const [label, path, body] of runs) {
      const r = await autocannon({
        url: `${base}${path}`,
        method: body ? 'POST' : 'GET',
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        connections: 10,
        duration: SECONDS,
      });
      console.log(`| ${label} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p99} | ${r.non2xx} |`);
    }

    const before = rssMb(server.pid!);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid!))), 100);
    const t0 = performance.now();
    const res = await fetch(`${base}/generate-cur-stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile: 'Enterprise', distribution: 'Data-Intensive', row_count: STREAM_ROWS, providers: ['aws'] }),
    });
    if (!res.ok || !res.body) throw new Error(`stream failed: ${res.status} ${await res.text()}`);
    let bytes = 0;
    for await (const chunk of res.body) bytes += (chunk as Uint8Array).byteLength;
    const secs = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    console.log(
      `\n/generate-cur-stream ${STREAM_ROWS.toLocaleString('en')} rows: ${secs.toFixed(1)} s, ${Math.round(STREAM_ROWS / secs).toLocaleString('en')} rows/s, ` +
        `${(bytes / 1048576).toFixed(1)} MB gzip (${(bytes / 1048576 / secs).toFixed(1)} MB/s); server RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB`,
    );
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error(`bench:load failed: ${(err as Error).message}`);
  process.exitCode = 1;
});
