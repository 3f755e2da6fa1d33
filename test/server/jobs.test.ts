import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { REDIS_URL, csvRecords, expectErrorShape, json, listen, redisSkipReason, testConfig, type Running } from './helpers.js';

interface SseEvent {
  event: string;
  data: any;
}

/** Read a Server-Sent Events stream until it ends; returns the events in order. */
async function readEvents(url: string, timeoutMs = 30_000): Promise<SseEvent[]> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const text = await res.text();
  return text
    .split('\n\n')
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      return event && data ? { event, data: JSON.parse(data) } : undefined;
    })
    .filter((e): e is SseEvent => !!e);
}

async function roundTrip(srv: Running) {
  const scenario = { providers: ['aws', 'gcp'], rowCount: 2000, months: 2 };
  const created = await fetch(`${srv.url}/api/v1/jobs`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-correlation-id': 'job-rt' }, body: JSON.stringify({ scenario }) });
  expect(created.status).toBe(202);
  const job = await json(created);
  expect(job.state).toMatch(/^(queued|running)$/);
  expect(job.links).toEqual({ self: `/api/v1/jobs/${job.id}`, events: `/api/v1/jobs/${job.id}/events`, cancel: `/api/v1/jobs/${job.id}` });
  expect(job.progress.totalRows).toBe(8000);
  const events = await readEvents(`${srv.url}${job.links.events}`);
  const last = events[events.length - 1];
  expect(last.event).toBe('done');
  expect(events.slice(0, -1).every((e) => e.event === 'progress')).toBe(true);
  const status = await json(await fetch(`${srv.url}${job.links.self}`));
  expect(status.state).toBe('succeeded');
  expect(status.progress).toMatchObject({ rowsWritten: 8000, totalRows: 8000 });
  expect(status.result.totalRows).toBe(8000);
  const data = status.result.files.filter((f: { kind?: string }) => (f.kind ?? 'data') === 'data');
  expect(data).toHaveLength(4);
  for (const f of data) {
    const body = Buffer.from(await (await fetch(`${srv.url}${f.downloadUrl}`)).arrayBuffer());
    expect(body.length).toBe(f.bytes);
    expect(createHash('sha256').update(body).digest('hex')).toBe(f.sha256);
    expect(csvRecords(body.toString('utf8'))).toBe(2001);
  }
  const zip = await fetch(`${srv.url}${status.result.zipUrl}`);
  expect(zip.status).toBe(200);
  const zbytes = Buffer.from(await zip.arrayBuffer());
  expect(zbytes.subarray(0, 4).toString('hex')).toBe('504b0304');
  return status;
}

describe('jobs, in-process runner', () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await listen(testConfig({ MAX_CONCURRENT_JOBS: '1', MAX_QUEUED_JOBS: '2' }));
  });
  afterAll(() => srv.close());

  it('create -> SSE progress -> done -> download every file (checksums match) and the ZIP', async () => {
    await roundTrip(srv);
    const metrics = await (await fetch(`${srv.url}/metrics`)).text();
    expect(metrics).toMatch(/focusgen_rows_generated_total\{endpoint="job"\} 8000/);
    expect(metrics).toMatch(/focusgen_jobs\{state="succeeded"\} [1-9]/);
  });

  it('cancels a queued job, 409 on cancelling a finished one, 404 for unknown ids, 400 for bad ids', async () => {
    const big = { scenario: { providers: ['aws'], rowCount: 3_000_000 } };
    const post = () => fetch(`${srv.url}/api/v1/jobs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(big) });
    const a = await json(await post()); // runs (concurrency 1)
    const b = await json(await post()); // waits
    const del = await fetch(`${srv.url}/api/v1/jobs/${b.id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect((await json(del)).state).toBe('cancelled');
    const again = await fetch(`${srv.url}/api/v1/jobs/${b.id}`, { method: 'DELETE' });
    expect(again.status).toBe(409);
    expectErrorShape(await json(again));
    const events = await readEvents(`${srv.url}/api/v1/jobs/${b.id}/events`);
    expect(events.map((e) => e.event)).toEqual(['cancelled']);
    // cancel the running one too, so the suite does not wait for it
    const ca = await fetch(`${srv.url}/api/v1/jobs/${a.id}`, { method: 'DELETE' });
    expect([200, 409]).toContain(ca.status);
    const nf = await fetch(`${srv.url}/api/v1/jobs/00000000-0000-0000-0000-000000000000`);
    expect(nf.status).toBe(404);
    expectErrorShape(await json(nf));
    const bad = await fetch(`${srv.url}/api/v1/jobs/..%2F..%2Fetc`);
    expect(bad.status).toBe(400);
    expectErrorShape(await json(bad));
  });

  it('a full queue is 429; bad scenarios are 400; over the row limit is 413', async () => {
    const post = (body: unknown) => fetch(`${srv.url}/api/v1/jobs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const bad = await post({ scenario: { providers: ['ibm'] } });
    expect(bad.status).toBe(400);
    expect((await json(bad)).details.issues[0].field).toBe('providers.0');
    const noScenario = await post({ providers: ['aws'] });
    expect(noScenario.status).toBe(400);
    const huge = await post({ scenario: { providers: ['aws', 'azure', 'gcp'], rowCount: 2_000_000_000, months: 36 } });
    expect(huge.status).toBe(413);
    const long = { scenario: { providers: ['aws'], rowCount: 2_000_000 } };
    const ids: string[] = [];
    let full: Response | undefined;
    for (let i = 0; i < 5 && !full; i++) {
      const r = await post(long);
      if (r.status === 429) full = r;
      else ids.push((await json(r)).id);
    }
    expect(full?.status).toBe(429);
    expect((await json(full!)).type).toBe('TooManyJobs');
    for (const id of ids) await fetch(`${srv.url}/api/v1/jobs/${id}`, { method: 'DELETE' });
  });
});

describe('jobs on Redis (BullMQ) with a separate focusgen worker process', async () => {
  const skip = await redisSkipReason();
  let srv: Running;
  let worker: ReturnType<typeof spawn> | undefined;
  const config = testConfig({ REDIS_URL, EMBEDDED_WORKER: 'false' });

  beforeAll(async () => {
    if (skip) return;
    srv = await listen(config);
    const env = { ...process.env, REDIS_URL, REDIS_KEY_PREFIX: config.redisPrefix, DATA_DIR: config.dataDir, SECRET_KEY: 'test-secret-key-0123456789abcdef', LOG_LEVEL: 'warn', ENVIRONMENT: 'test' };
    worker = spawn(process.execPath, ['--import', 'tsx', resolve('src/cli/bin.ts'), 'worker'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  });
  afterAll(async () => {
    worker?.kill('SIGTERM');
    await srv?.close();
  });

  it.skipIf(!!skip)(`round trip through the queue; any instance reports progress (${skip ?? 'Redis up'})`, async () => {
    const ready = await json(await fetch(`${srv.url}/ready`));
    expect(ready.checks).toMatchObject({ redis: 'ok', jobs: 'bullmq' });
    const status = await roundTrip(srv);
    // a second instance sharing Redis sees the same job
    const other = await listen({ ...config, jobs: { ...config.jobs, embeddedWorker: false } });
    try {
      const seen = await json(await fetch(`${other.url}/api/v1/jobs/${status.id}`));
      expect(seen.state).toBe('succeeded');
      expect(seen.result.totalRows).toBe(8000);
    } finally {
      await other.close();
    }
  });
});
