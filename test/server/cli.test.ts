/**
 * `focusgen serve` as a process: bad configuration stops it with a message naming the variable;
 * SIGTERM shuts it down cleanly (exit 0) after in-flight work.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closedPort } from './helpers.js';

const BIN = resolve('src/cli/bin.ts');

function serve(env: Record<string, string>) {
  const p = spawn(process.execPath, ['--import', 'tsx', BIN, 'serve'], {
    env: { ...process.env, LOG_LEVEL: 'info', ENVIRONMENT: 'test', DATA_DIR: mkdtempSync(join(tmpdir(), 'focusgen-cli-')), REDIS_URL: '', S3_BUCKET_NAME: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  p.stdout.on('data', (d) => (out += d));
  p.stderr.on('data', (d) => (err += d));
  return { p, out: () => out, err: () => err };
}

describe('focusgen serve', () => {
  it('refuses a bad configuration with exit 2 and a message naming the variable', async () => {
    const s = serve({ API_PORT: 'eighty', RATE_LIMIT_PER_HOUR: 'lots' });
    const [code] = await once(s.p, 'exit');
    expect(code).toBe(2);
    expect(s.err()).toContain('API_PORT');
    expect(s.err()).toContain('RATE_LIMIT_PER_HOUR');
    expect(s.err()).not.toMatch(/\n\s+at /);
  });

  it('serves, logs JSON lines with correlation ids, and exits 0 on SIGTERM', async () => {
    const port = await closedPort();
    const s = serve({ API_PORT: String(port), API_HOST: '127.0.0.1', SECRET_KEY: 'cli-test-secret-0123456789abcdef' });
    let ok = false;
    for (let i = 0; i < 200 && !ok; i++) {
      await new Promise((r) => setTimeout(r, 100));
      ok = await fetch(`http://127.0.0.1:${port}/health`, { headers: { 'x-correlation-id': 'cli-corr-1' } }).then((r) => r.ok, () => false);
    }
    expect(ok).toBe(true);
    s.p.kill('SIGTERM');
    const [code] = await once(s.p, 'exit');
    expect(code).toBe(0);
    const lines = s.out().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.some((l) => l.correlation_id === 'cli-corr-1')).toBe(true);
    expect(lines.some((l) => /shutting down/.test(l.message))).toBe(true);
  });
});
