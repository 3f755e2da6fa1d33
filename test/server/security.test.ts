import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { MemoryRateStore, windowsFrom } from '../../src/server/ratelimit.js';
import { LogSink, REDIS_URL, closedPort, expectErrorShape, json, listen, redisSkipReason, testConfig } from './helpers.js';

const body = JSON.stringify({ scenario: { providers: ['aws'], rowCount: 5 } });
const preview = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/v1/preview`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('CSRF for cookie-bearing browser requests', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(testConfig());
  });
  afterAll(() => app.close());

  it('API clients without cookies need no token', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/preview', payload: JSON.parse(body) });
    expect(r.statusCode).toBe(200);
  });

  it('a request with cookies but no token is 403; with the token from /api/v1/csrf it passes', async () => {
    const t = await app.inject({ method: 'GET', url: '/api/v1/csrf' });
    expect(t.statusCode).toBe(200);
    const token = t.json().token as string;
    const cookie = t.cookies.find((c) => c.name === '_csrf');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const cookieHeader = `_csrf=${cookie!.value}`;
    const none = await app.inject({ method: 'POST', url: '/api/v1/preview', payload: JSON.parse(body), headers: { cookie: cookieHeader } });
    expect(none.statusCode).toBe(403);
    expectErrorShape(none.json());
    expect(none.json().type).toBe('CsrfError');
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/preview', payload: JSON.parse(body), headers: { cookie: cookieHeader, 'x-csrf-token': 'forged' } });
    expect(wrong.statusCode).toBe(403);
    const noSecret = await app.inject({ method: 'POST', url: '/api/v1/preview', payload: JSON.parse(body), headers: { cookie: 'session=1', 'x-csrf-token': token } });
    expect(noSecret.statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: '/api/v1/preview', payload: JSON.parse(body), headers: { cookie: cookieHeader, 'x-csrf-token': token } });
    expect(ok.statusCode).toBe(200);
    const del = await app.inject({ method: 'DELETE', url: '/api/v1/jobs/abc', headers: { cookie: cookieHeader } });
    expect(del.statusCode).toBe(403);
  });
});

describe('sliding-window rate limits', () => {
  it('memory store: windows slide rather than reset at a boundary', () => {
    const s = new MemoryRateStore(windowsFrom({ perMinute: 3, perHour: 5, perDay: 0 }));
    const t0 = 1_000_000;
    expect(s.hit('a', t0).allowed).toBe(true);
    expect(s.hit('a', t0 + 30_000).allowed).toBe(true);
    expect(s.hit('a', t0 + 59_000).allowed).toBe(true);
    const blocked = s.hit('a', t0 + 59_500);
    expect(blocked.allowed).toBe(false);
    expect(blocked.window.name).toBe('minute');
    expect(blocked.resetSeconds).toBe(1); // the first hit leaves the window at t0 + 60 s
    expect(s.hit('a', t0 + 60_001).allowed).toBe(true); // one slot freed, not three
    expect(s.hit('a', t0 + 60_002).allowed).toBe(false);
    expect(s.hit('b', t0 + 60_002).allowed).toBe(true); // per client
    expect(s.hit('a', t0 + 91_000).allowed).toBe(true); // 5th in the hour
    const hour = s.hit('a', t0 + 200_000);
    expect(hour.allowed).toBe(false);
    expect(hour.window.name).toBe('hour');
  });

  it('in memory by default: 429 with Retry-After, RateLimit-* headers and a metric', async () => {
    const srv = await listen(testConfig({ RATE_LIMIT_PER_MINUTE: '3' }));
    try {
      const codes: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await preview(srv.url);
        codes.push(last.status);
        if (i === 0) {
          expect(last.headers.get('ratelimit-limit')).toBe('3');
          expect(last.headers.get('ratelimit-remaining')).toBe('2');
          expect(last.headers.get('ratelimit-policy')).toContain('3;w=60');
        }
      }
      expect(codes).toEqual([200, 200, 200, 429, 429]);
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
      const err = await json(last!);
      expectErrorShape(err);
      expect(err.type).toBe('RateLimitExceeded');
      expect(err.details).toMatchObject({ window: 'minute', limit: 3 });
      // unlimited routes stay available
      expect((await fetch(`${srv.url}/health`)).status).toBe(200);
      expect(await (await fetch(`${srv.url}/metrics`)).text()).toMatch(/focusgen_rate_limit_rejections_total\{window="minute"\} 2/);
    } finally {
      await srv.close();
    }
  });
});

describe('rate limits on Redis', async () => {
  const skip = await redisSkipReason();

  it.skipIf(!!skip)(`are shared by instances and exact under concurrent clients (${skip ?? 'Redis up'})`, async () => {
    const config = testConfig({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '20' });
    const a = await listen(config);
    const b = await listen(config);
    try {
      // 60 concurrent requests split over two instances: exactly 20 pass
      const all = await Promise.all(Array.from({ length: 60 }, (_, i) => preview(i % 2 ? a.url : b.url)));
      const codes = all.map((r) => r.status);
      expect(codes.filter((c) => c === 200)).toHaveLength(20);
      expect(codes.filter((c) => c === 429)).toHaveLength(40);
      await Promise.all(all.map((r) => r.arrayBuffer()));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('fall back to memory with a logged warning when Redis is down', async () => {
    const logs = new LogSink();
    const port = await closedPort();
    const srv = await listen(testConfig({ REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_PER_MINUTE: '2', LOG_LEVEL: 'warn' }), logs);
    try {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await preview(srv.url)).status);
      expect(codes).toEqual([200, 200, 429]);
      const ready = await fetch(`${srv.url}/ready`);
      expect(ready.status).toBe(503);
      expect((await json(ready)).checks.redis).toBe('unreachable');
      expect(logs.lines.some((l) => l.level === 'warn' && /Redis/.test(String(l.message)))).toBe(true);
    } finally {
      await srv.close();
    }
  });
});
