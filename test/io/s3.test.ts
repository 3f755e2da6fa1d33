/**
 * S3 sink against a real S3-protocol server (s3rver in a child process on loopback): multipart
 * streaming upload, SHA256SUMS matching the stored objects, presigned GET URLs, and the fault case
 * of the server dying mid-upload (clear error, nothing published as complete).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { runGeneration } from '../../src/io/run.js';
import type { S3SinkOptions } from '../../src/io/sinks/s3.js';
import { scenario } from './helpers.js';

const SERVER = fileURLToPath(new URL('./s3-server.mjs', import.meta.url));
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

interface Server {
  proc: ChildProcess;
  port: number;
  directory: string;
}

async function startServer(directory?: string): Promise<Server> {
  const proc = spawn(process.execPath, [SERVER, ...(directory ? [directory] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: proc.stdout! }), 'line')) as [string];
  const info = JSON.parse(line) as { port: number; directory: string };
  return { proc, ...info };
}

async function stopServer(s: Server): Promise<void> {
  if (s.proc.exitCode !== null || s.proc.signalCode !== null) return;
  s.proc.kill('SIGKILL');
  await once(s.proc, 'exit');
}

function options(s: Server): S3SinkOptions {
  return { endpoint: `http://127.0.0.1:${s.port}`, region: 'us-east-1', forcePathStyle: true, credentials, maxAttempts: 2, retryBaseDelayMs: 20, partSize: 5 * 1024 * 1024 };
}

function client(s: Server): S3Client {
  return new S3Client({ endpoint: `http://127.0.0.1:${s.port}`, region: 'us-east-1', forcePathStyle: true, credentials });
}

async function keys(c: S3Client, prefix: string): Promise<string[]> {
  const r = await c.send(new ListObjectsV2Command({ Bucket: 'focus-test', Prefix: prefix }));
  return (r.Contents ?? []).map((o) => o.Key!).sort();
}

async function body(c: S3Client, key: string): Promise<Buffer> {
  const r = await c.send(new GetObjectCommand({ Bucket: 'focus-test', Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await stopServer(server);
  await rm(server.directory, { recursive: true, force: true });
});

describe('S3 sink', () => {
  it('uploads a multi-part CSV run whose SHA256SUMS matches the stored objects; presigned URLs download it', async () => {
    const s = scenario({ providers: ['aws'], rowCount: 15_000, output: { format: 'csv', layout: 'flat' } });
    const r = await runGeneration(s, { destination: 's3://focus-test/runs/one', s3: options(server), presignExpiresIn: 600 });
    const data = r.files.filter((f) => f.kind === 'data');
    expect(data).toHaveLength(1);
    // Larger than one 5 MiB part, so this went through the multipart path.
    expect(data[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
    const c = client(server);
    const listed = await keys(c, 'runs/one/');
    expect(listed).toEqual(['runs/one/SHA256SUMS', 'runs/one/aws-focus-2025-01.csv', 'runs/one/aws-focus-metadata.json', 'runs/one/manifest.json']);
    const sums = (await body(c, 'runs/one/SHA256SUMS')).toString().trim().split('\n');
    expect(sums).toHaveLength(3);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(createHash('sha256').update(await body(c, `runs/one/${name}`)).digest('hex')).toBe(hash);
    }
    const url = data[0].url!;
    expect(url).toMatch(/X-Amz-Expires=600/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex')).toBe(data[0].sha256);
    c.destroy();
  });

  it('server killed mid-upload: the run fails with a clear S3 error and publishes nothing complete', async () => {
    const victim = await startServer();
    const s = scenario({ providers: ['aws', 'azure'], months: 2, rowCount: 60_000, output: { format: 'csv' } });
    let killed = false;
    const run = runGeneration(s, {
      destination: 's3://focus-test/runs/broken',
      s3: options(victim),
      onProgress: (p) => {
        if (!killed && p.bytesWritten > 8 * 1024 * 1024) {
          killed = true;
          victim.proc.kill('SIGKILL');
        }
      },
    });
    const error = await run.then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^S3 upload of s3:\/\/focus-test\/runs\/broken\/\S+ failed: (connect ECONNREFUSED|socket hang up|read ECONNRESET|write EPIPE|.*closed)/);
    expect(killed).toBe(true);
    // Same storage directory, new server: nothing marks the run complete.
    const revived = await startServer(victim.directory);
    const c = client(revived);
    const left = await keys(c, 'runs/broken/');
    expect(left.filter((k) => /SHA256SUMS|manifest\.json|Manifest\.json/.test(k))).toEqual([]);
    c.destroy();
    await stopServer(revived);
    await rm(victim.directory, { recursive: true, force: true });
  });

  it('rejects a malformed S3 URL naming what is allowed', async () => {
    await expect(runGeneration(scenario({ rowCount: 5 }), { destination: 's3://' })).rejects.toThrow(/allowed: s3:\/\/bucket/);
  });
});
