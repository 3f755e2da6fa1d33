/**
 * S3_BUCKET_NAME: results go to an S3-protocol server (s3rver on loopback, the io tests' helper)
 * and the API hands out presigned URLs that download exactly the files described.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { json, listen, testConfig, type Running } from './helpers.js';

const SERVER = fileURLToPath(new URL('../io/s3-server.mjs', import.meta.url));
const skip = existsSync(SERVER) ? undefined : 'no S3 test server script (test/io/s3-server.mjs)';
if (skip && process.env.CI === 'true') throw new Error(skip);

describe.skipIf(!!skip)(`results in S3 (${skip ?? 's3rver'})`, () => {
  let s3: ChildProcess;
  let srv: Running;
  let port = 0;
  beforeAll(async () => {
    s3 = spawn(process.execPath, [SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: s3.stdout! }), 'line')) as [string];
    port = (JSON.parse(line) as { port: number }).port;
    srv = await listen(
      testConfig({}, {
        s3Bucket: 'focus-test',
        s3Options: { endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, maxAttempts: 2, retryBaseDelayMs: 20 },
      }),
    );
  });
  afterAll(async () => {
    await srv?.close();
    s3?.kill('SIGKILL');
  });

  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('GET /ready checks the bucket', async () => {
    const r = await json(await fetch(`${srv.url}/ready`));
    expect(r.checks.s3).toBe('ok');
  });

  it('POST /generate-cur returns a presigned S3 URL (one file as such, several as the io ZIP)', async () => {
    const one = await json(await fetch(`${srv.url}/generate-cur`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ providers: ['aws'], row_count: 50 }) }));
    expect(one.downloadUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/focus-test/results/[0-9a-f-]+/.+X-Amz-Signature=`));
    const body = Buffer.from(await (await fetch(one.downloadUrl)).arrayBuffer());
    expect(body.length).toBe(one.fileSizeBytes);
    expect(sha(body)).toBe(one.summary.files.find((f: { name: string }) => f.name === one.fileName).sha256);
    const many = await json(await fetch(`${srv.url}/generate-cur`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ providers: ['aws', 'gcp'], row_count: 20 }) }));
    expect(many.fileName).toMatch(/\.zip$/);
    const zip = Buffer.from(await (await fetch(many.downloadUrl)).arrayBuffer());
    expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(zip.length).toBe(many.fileSizeBytes);
  });

  it('a job writes to S3 and lists presigned links whose content matches the checksums', async () => {
    const created = await json(await fetch(`${srv.url}/api/v1/jobs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: { providers: ['azure'], rowCount: 300 } }) }));
    let job = created;
    for (let i = 0; i < 600 && !['succeeded', 'failed', 'cancelled'].includes(job.state); i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = await json(await fetch(`${srv.url}${created.links.self}`));
    }
    expect(job.state).toBe('succeeded');
    expect(job.result.zipUrl).toBeUndefined();
    for (const f of job.result.files) {
      expect(f.downloadUrl).toContain(`/focus-test/jobs/${job.id}/`);
      const b = Buffer.from(await (await fetch(f.downloadUrl)).arrayBuffer());
      expect(sha(b)).toBe(f.sha256);
    }
  });
});
