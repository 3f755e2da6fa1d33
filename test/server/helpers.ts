/**
 * Shared test scaffolding: a config for a throwaway data directory, apps on real ports, and a
 * probe for the local Redis (tests that need it skip with a reason, or fail under CI=true).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type ServerConfig } from '../../src/server/config.js';
import { buildApp } from '../../src/server/app.js';

export const REDIS_URL = 'redis://127.0.0.1:6379';

export function testConfig(env: Record<string, string> = {}, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return loadConfig(
    {
      ENVIRONMENT: 'test',
      SECRET_KEY: 'test-secret-key-0123456789abcdef',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'focusgen-test-')),
      LOG_LEVEL: 'silent',
      JOB_THREADS: '1',
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_HOUR: '1000000',
      RATE_LIMIT_PER_DAY: '10000000',
      REDIS_KEY_PREFIX: `focusgen-test-${randomUUID().slice(0, 8)}:`,
      ...env,
    },
    overrides,
  );
}

/** Collects JSON log lines. */
export class LogSink extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) this.lines.push(JSON.parse(l));
    cb();
  }
}

export interface Running {
  app: FastifyInstance;
  url: string;
  close: () => Promise<void>;
}

export async function listen(config: ServerConfig, logStream?: Writable): Promise<Running> {
  const app = await buildApp(config, { logStream });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export async function redisAvailable(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port: 6379 });
    s.setTimeout(500);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
    s.once('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

/** Skip reason when Redis is absent; under CI absence is a failure. */
export async function redisSkipReason(): Promise<string | undefined> {
  if (await redisAvailable()) return undefined;
  if (process.env.CI === 'true') throw new Error('Redis at 127.0.0.1:6379 is required under CI=true');
  return 'no Redis at 127.0.0.1:6379';
}

/** A TCP port with nothing listening (for "Redis is down"). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const p = (srv.address() as { port: number }).port;
      srv.close(() => resolve(p));
    });
  });
}

/** Count CSV records (quote-aware: quoted fields may hold newlines). */
export function csvRecords(text: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) n++;
  }
  return n;
}

export function expectErrorShape(body: unknown): asserts body is { error: true; error_id: string; message: string; type: string; details: Record<string, unknown> } {
  const b = body as Record<string, unknown>;
  if (b.error !== true || typeof b.error_id !== 'string' || typeof b.message !== 'string' || typeof b.type !== 'string' || typeof b.details !== 'object' || b.details === null) {
    throw new Error(`not the seed error shape: ${JSON.stringify(body).slice(0, 300)}`);
  }
  if (/\n\s+at\s|node_modules|\/src\//.test(JSON.stringify(body))) throw new Error(`error body leaks internals: ${JSON.stringify(body).slice(0, 300)}`);
}

export const SEED_EXAMPLES = {
  quickTest: { profile: 'Greenfield', distribution: 'Evenly Distributed', row_count: 100, providers: ['aws'] },
  generateCur: {
    profile: 'Greenfield',
    distribution: 'Evenly Distributed',
    row_count: 1000,
    providers: ['aws', 'azure', 'gcp'],
    multi_month: false,
    trend_options: { monthCount: 6, scenario: 'linear', parameters: { growthRate: 10, peakMultiplier: 2.5 } },
  },
  stream: { profile: 'Enterprise', distribution: 'Data-Intensive', row_count: 50000, providers: ['aws'] },
};

/** A response body as loosely typed JSON (tests assert its shape). */
export const json = (r: Response): Promise<any> => r.json();
