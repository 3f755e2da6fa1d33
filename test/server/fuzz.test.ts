/**
 * Hostile input: >= 500 malformed or adversarial bodies, queries and headers against every route.
 * No 5xx, no hang, errors in the seed shape, no header reflected, and the server healthy after.
 * Seeded, so a failure reproduces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { scenarioJsonSchema } from '../../src/core/scenario/index.js';
import { listen, testConfig, type Running } from './helpers.js';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_VALUES: unknown[] = [
  null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1 + 0.2, 1.5, '', ' ', 'a'.repeat(5000), '\u0000', '\ud800', '💥', '../../etc/passwd',
  '<script>alert(1)</script>', "'; DROP TABLE x; --", '${jndi:ldap://x}', '%s%s%n', [], [[]], {}, { __proto__: { polluted: 1 } }, [null], ['aws', 'aws'],
  ['aws', 'azure', 'gcp', 'oci'], { $gt: '' }, '2025-13', '2025-00', '9999-12', 'NaN', 'Infinity', '1e9', [1, 'a', null, {}],
];

const RAW_BODIES = [
  '', '{', '}', '[', '{"a":', 'null', 'true', '"str"', '123', '[]', '{"row_count":1e999}', '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}', '{"a":1,"a":2}', '\u0000\u0001\u0002', '{"x":"\\ud800"}', 'NaN', '{\'a\':1}',
  '[' .repeat(50_000) + ']'.repeat(50_000), '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000), '{"providers":["aws"]}'.repeat(1000),
];

const ROUTES: [string, string][] = [
  ['POST', '/generate-cur'],
  ['POST', '/generate-cur-stream'],
  ['POST', '/api/v1/jobs'],
  ['POST', '/api/v1/preview'],
  ['POST', '/api/v1/validate'],
];

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=xyz', 'application/xml', '', 'application/json;;;', '*/*'];

const PATHS = [
  '/api/v1/jobs/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/api/v1/jobs/' + 'a'.repeat(3000), '/api/v1/jobs/%00', '/api/v1/jobs/null/events', '/api/v1/downloads/%2e%2e', '/api/v1/downloads/' + 'A'.repeat(5000),
  '/api/v1/downloads/eyJ4IjoxfQ.AAAA', '/../../etc/passwd', '/generate-cur?row_count=1e9', '/health?' + 'a=1&'.repeat(2000), '/docs/../../package.json', '/%', '/%zz', '/api/v1/schema?__proto__[x]=1',
  '/metrics?format=json', '/api/v1/csrf?x=<script>', '/static/../../../etc/passwd', '/api/v1/jobs/00000000-0000-0000-0000-000000000000/events', '//api//v1//jobs', '/api/v1/jobs/x?y=%ff%fe',
];

describe('fuzz', () => {
  let app: FastifyInstance;
  let srv: Running;
  beforeAll(async () => {
    const config = testConfig({ SYNC_MAX_ROWS_PER_FILE: '300', STREAM_MAX_ROWS: '3000', JOB_MAX_ROWS: '3000', MAX_QUEUED_JOBS: '5', MAX_FILE_SIZE_MB: '1', MAX_GENERATION_TIMEOUT: '10' });
    app = await buildApp(config);
    srv = await listen(config);
  });
  afterAll(async () => {
    await app.close();
    await srv.close();
  });

  it('>= 500 hostile requests: no 5xx, seed error shape, nothing reflected, still healthy', async () => {
    const rand = rng(20251126);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const props = Object.keys((scenarioJsonSchema().properties ?? {}) as object).concat(['row_count', 'multi_month', 'trend_options', 'scenario', 'maxRows']);
    const requests: { method: string; url: string; headers: Record<string, string>; payload?: string }[] = [];

    // mutated scenarios: one to three fields set to hostile values, wrapped or not in {scenario}
    for (let i = 0; i < 260; i++) {
      const body: Record<string, unknown> = { providers: ['aws'], row_count: 5 };
      for (let k = 0, n = 1 + Math.floor(rand() * 3); k < n; k++) body[pick(props)] = pick(HOSTILE_VALUES);
      if (rand() < 0.3) body.trend_options = { monthCount: pick(HOSTILE_VALUES), scenario: pick(['linear', 'x', null]), parameters: pick(HOSTILE_VALUES) };
      const [method, url] = pick(ROUTES);
      const wrapped = url.startsWith('/api/v1/') ? { scenario: body, maxRows: rand() < 0.5 ? pick(HOSTILE_VALUES) : 3 } : body;
      requests.push({ method, url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(wrapped) });
    }
    // raw, broken or oversized bodies under odd content types
    for (let i = 0; i < 120; i++) {
      const [method, url] = pick(ROUTES);
      requests.push({ method, url, headers: { 'content-type': pick(CONTENT_TYPES) }, payload: pick(RAW_BODIES) });
    }
    // hostile paths and queries with every method
    for (let i = 0; i < 80; i++) {
      requests.push({ method: pick(['GET', 'DELETE', 'POST', 'PUT', 'PATCH', 'OPTIONS', 'HEAD']), url: pick(PATHS), headers: {} });
    }
    // hostile headers
    const headerSets: Record<string, string>[] = [
      { 'x-correlation-id': '<img src=x onerror=hdrmark(1)>' },
      { 'x-correlation-id': 'a'.repeat(10_000) },
      { 'x-request-id': '../../hdrmark/etc' },
      { cookie: '_csrf=' + 'x'.repeat(4000) },
      { cookie: '; ; ;=;' },
      { 'x-csrf-token': 'forged-hdrmark', cookie: '_csrf=hdrmark' },
      { 'content-encoding': 'gzip', 'content-type': 'application/json' },
      { 'content-encoding': 'br', 'content-type': 'application/json' },
      { accept: '*/*;q=abc' },
      { 'accept-encoding': 'gzip;q=2, deflate;q=-1, *' },
      { origin: 'null' },
      { 'x-forwarded-for': '1.1.1.1, <hdrmark>' },
      { 'content-type': 'application/json', 'content-length': '5' },
    ];
    for (let i = 0; i < 60; i++) {
      const [method, url] = pick([...ROUTES, ['GET', '/health'] as [string, string], ['GET', '/api/v1/csrf'] as [string, string]]);
      requests.push({ method, url, headers: { ...pick(headerSets) }, payload: method === 'POST' ? JSON.stringify({ scenario: { providers: ['aws'], rowCount: 3 }, row_count: 3 }) : undefined });
    }
    expect(requests.length).toBeGreaterThanOrEqual(500);

    const failures: string[] = [];
    for (const [i, r] of requests.entries()) {
      const res = await Promise.race([
        app.inject({ method: r.method as 'GET', url: r.url, headers: r.headers, payload: r.payload }),
        new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`request ${i} hung: ${r.method} ${r.url}`)), 15_000)),
      ]);
      const where = `#${i} ${r.method} ${r.url.slice(0, 60)} ${JSON.stringify(r.headers).slice(0, 80)} ${String(r.payload ?? '').slice(0, 80)}`;
      if (res.statusCode >= 500) failures.push(`${res.statusCode} ${where}: ${res.body.slice(0, 200)}`);
      if (!res.headers['x-correlation-id']) failures.push(`no correlation id ${where}`);
      // header values never come back (body values may be quoted in field errors, as JSON)
      if (res.body.includes('hdrmark') || JSON.stringify(res.headers).includes('hdrmark')) failures.push(`reflected ${where}`);
      if (res.statusCode >= 400 && r.method !== 'HEAD' && String(res.headers['content-type']).startsWith('application/json')) {
        const b = res.json();
        if (b.error !== true || typeof b.error_id !== 'string' || typeof b.message !== 'string' || typeof b.type !== 'string' || typeof b.details !== 'object') failures.push(`shape ${where}: ${res.body.slice(0, 200)}`);
        if (/\bat .*\.(ts|js):\d+/.test(res.body)) failures.push(`stack ${where}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });

  it('malformed HTTP on a real socket does not take the server down', async () => {
    const raw = [
      'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
      'POST /generate-cur HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
      'POST /generate-cur HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Length: 20\r\n\r\n{}',
      'GARBAGE\r\n\r\n',
      'GET /health HTTP/1.1\r\n' + 'X-A: b\r\n'.repeat(3000) + '\r\n',
      'POST /api/v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"scenario":',
    ];
    const port = Number(new URL(srv.url).port);
    for (const payload of raw) {
      await new Promise<void>((resolve) => {
        const s = connect(port, '127.0.0.1', () => s.end(payload));
        let out = '';
        s.on('data', (d) => (out += d.toString()));
        s.setTimeout(3000, () => s.destroy());
        s.on('close', () => {
          expect(out).not.toMatch(/^HTTP\/1\.1 5\d\d/);
          resolve();
        });
        s.on('error', () => resolve());
      });
    }
    const health = await fetch(`${srv.url}/health`);
    expect(health.status).toBe(200);
    const gen = await fetch(`${srv.url}/generate-cur`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ providers: ['aws'], row_count: 5 }) });
    expect(gen.status).toBe(200);
  });
});
