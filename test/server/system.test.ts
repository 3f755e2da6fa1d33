import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { ConfigError, loadConfig } from '../../src/server/config.js';
import { LogSink, expectErrorShape, listen, testConfig, type Running } from './helpers.js';

describe('configuration', () => {
  it('names every bad variable and what it accepts', () => {
    let err: unknown;
    try {
      loadConfig({ API_PORT: 'eighty', RATE_LIMIT_PER_MINUTE: '-1', REDIS_URL: 'http://x', ENVIRONMENT: 'staging' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    for (const name of ['API_PORT', 'RATE_LIMIT_PER_MINUTE', 'REDIS_URL', 'ENVIRONMENT']) expect(msg).toContain(name);
    expect(msg).toContain('redis://');
  });

  it('requires SECRET_KEY in production and reads the seed defaults', () => {
    expect(() => loadConfig({ ENVIRONMENT: 'production' })).toThrow(/SECRET_KEY/);
    const c = loadConfig({});
    expect(c.port).toBe(8000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.ephemeralSecret).toBe(true);
    const d = loadConfig({ API_PORT: '9001', CORS_ORIGINS: 'https://a.example, https://b.example', MAX_FILE_SIZE_MB: '5', DEBUG: 'true' });
    expect(d.port).toBe(9001);
    expect(d.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(d.maxUploadBytes).toBe(5 * 1024 * 1024);
    expect(d.logLevel).toBe('debug');
  });
});

describe('system endpoints', () => {
  let app: FastifyInstance;
  const logs = new LogSink();
  beforeAll(async () => {
    app = await buildApp(testConfig({ LOG_LEVEL: 'info', CORS_ORIGINS: 'http://ui.example' }), { logStream: logs });
  });
  afterAll(() => app.close());

  it('GET /health is alive', async () => {
    const r = await app.inject({ method: 'GET', url: '/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json().status).toBe('healthy');
  });

  it('GET /ready checks storage (and reports the job runner)', async () => {
    const r = await app.inject({ method: 'GET', url: '/ready' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ready', checks: { storage: 'ok', jobs: 'in-process' } });
  });

  it('GET /ready is 503 when the data directory is not writable', async () => {
    // a data directory below a regular file cannot be created
    const file = join(mkdtempSync(join(tmpdir(), 'focusgen-ro-')), 'plain-file');
    writeFileSync(file, 'x');
    const bad = await buildApp(testConfig({ DATA_DIR: join(file, 'data') }));
    try {
      const r = await bad.inject({ method: 'GET', url: '/ready' });
      expect(r.statusCode).toBe(503);
      expect(r.json().checks.storage).not.toBe('ok');
    } finally {
      await bad.close();
    }
  });

  it('GET /metrics is Prometheus text with request histograms and our counters', async () => {
    await app.inject({ method: 'GET', url: '/health' });
    const r = await app.inject({ method: 'GET', url: '/metrics' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = r.body;
    expect(text).toMatch(/# TYPE focusgen_http_request_duration_seconds histogram/);
    expect(text).toMatch(/focusgen_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/health",status_code="200"\} \d+/);
    for (const name of ['focusgen_rows_generated_total', 'focusgen_bytes_written_total', 'focusgen_rate_limit_rejections_total', 'focusgen_jobs']) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    expect(text).toMatch(/focusgen_jobs\{state="queued"\} 0/);
    // every sample line parses as "name{labels} value"
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      expect(line).toMatch(/^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? -?[0-9.e+-]+|NaN|[+-]Inf$/);
    }
  });

  it('serves OpenAPI generated from the route schemas, and the docs UI', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    for (const p of ['/generate-cur', '/generate-cur-stream', '/health', '/ready', '/metrics', '/api/v1/jobs', '/api/v1/jobs/{id}', '/api/v1/jobs/{id}/events', '/api/v1/preview', '/api/v1/validate', '/api/v1/csrf', '/api/v1/schema', '/api/v1/downloads/{token}']) {
      expect(Object.keys(spec.paths)).toContain(p);
    }
    const body = spec.paths['/generate-cur'].post.requestBody.content['application/json'].schema;
    expect(body.properties.row_count).toBeDefined();
    expect(body.properties.focusVersion.enum).toContain('1.4');
    const docs = await app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });

  it('GET /api/v1/schema is the scenario JSON Schema', async () => {
    const s = (await app.inject({ method: 'GET', url: '/api/v1/schema' })).json();
    expect(s.type).toBe('object');
    expect(s.properties.providers.items.enum).toEqual(['aws', 'azure', 'gcp']);
  });

  it('GET / serves the web UI or a page linking /docs', async () => {
    const r = await app.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/html/);
  });

  it('echoes a well-formed correlation id, replaces a hostile one, and logs it on every request line', async () => {
    const a = await app.inject({ method: 'GET', url: '/health', headers: { 'x-correlation-id': 'req-abc.123' } });
    expect(a.headers['x-correlation-id']).toBe('req-abc.123');
    const b = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'from-x-request-id' } });
    expect(b.headers['x-correlation-id']).toBe('from-x-request-id');
    const c = await app.inject({ method: 'GET', url: '/nope', headers: { 'x-correlation-id': '<script>alert(1)</script>' } });
    expect(c.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.statusCode).toBe(404);
    const err = c.json();
    expectErrorShape(err);
    expect(err.error_id).toBe(c.headers['x-correlation-id']);
    expect(c.body).not.toContain('script');
    const mine = logs.lines.filter((l) => l.correlation_id === 'req-abc.123');
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const requestLines = logs.lines.filter((l) => l.req || l.res);
    expect(requestLines.every((l) => typeof l.correlation_id === 'string')).toBe(true);
    expect(logs.lines.every((l) => typeof l.timestamp === 'string' && typeof l.level === 'string')).toBe(true);
  });

  it('sets security headers, CORS for configured origins only, and compresses', async () => {
    const ok = await app.inject({ method: 'GET', url: '/api/v1/schema', headers: { origin: 'http://ui.example', 'accept-encoding': 'gzip' } });
    expect(ok.headers['access-control-allow-origin']).toBe('http://ui.example');
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['content-security-policy']).toContain("default-src 'self'");
    expect(ok.headers['content-encoding']).toBe('gzip');
    const other = await app.inject({ method: 'GET', url: '/health', headers: { origin: 'http://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await app.inject({ method: 'OPTIONS', url: '/generate-cur', headers: { origin: 'http://ui.example', 'access-control-request-method': 'POST' } });
    expect(pre.statusCode).toBe(204);
  });

  it('serves a built web UI with single-page-app fallback, and JSON 404s for API paths', async () => {
    const web = mkdtempSync(join(tmpdir(), 'focusgen-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>ui-marker</title>');
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    const ui = await buildApp(testConfig({ WEB_DIST_DIR: web }));
    try {
      const html = { accept: 'text/html' };
      expect((await ui.inject({ method: 'GET', url: '/', headers: html })).body).toContain('ui-marker');
      expect((await ui.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
      expect((await ui.inject({ method: 'GET', url: '/scenarios/42', headers: html })).body).toContain('ui-marker');
      const api = await ui.inject({ method: 'GET', url: '/api/v1/nope', headers: html });
      expect(api.statusCode).toBe(404);
      expectErrorShape(api.json());
      expect((await ui.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
    } finally {
      await ui.close();
    }
  });

  it('works over real HTTP too', async () => {
    const r: Running = await listen(testConfig());
    try {
      const res = await fetch(`${r.url}/health`, { headers: { 'X-Correlation-ID': 'http-1' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-correlation-id')).toBe('http-1');
    } finally {
      await r.close();
    }
  });
});
