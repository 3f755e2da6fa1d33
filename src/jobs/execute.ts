/**
 * Run one job to completion: the same code in the server's in-process runner and in
 * `focusgen worker`. Output goes under DATA_DIR/jobs/<id>/ (never the scenario's own
 * destination: a request must not choose paths on the server).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { Worker } from 'node:worker_threads';
import type { RunProgress } from '../io/run.js';
import type { Scenario } from '../core/scenario/schema.js';
import type { ThreadMessage } from './job-thread.js';
import type { S3SinkOptions } from '../io/sinks/s3-options.js';

/** Results in S3 (S3_BUCKET_NAME): objects under s3://bucket/<kind>/<id>/ with presigned links. */
export interface S3Target {
  bucket: string;
  options: S3SinkOptions;
  /** Presigned URL lifetime in seconds (SigV4 allows at most 7 days). */
  expiresIn: number;
}

export function s3Destination(t: S3Target, kind: 'jobs' | 'results', id: string): string {
  return `s3://${t.bucket}/${kind}/${id}`;
}
import type { JobStore } from './store.js';
import type { JobRecord } from './types.js';

export function jobDir(dataDir: string, id: string): string {
  return join(dataDir, 'jobs', id);
}

export interface ExecuteDeps {
  store: JobStore;
  dataDir: string;
  log: FastifyBaseLogger;
  signal: AbortSignal;
  /** Extra worker threads encoding the job's files (src/io); the job itself always runs in its own thread. */
  threads?: number;
  s3?: S3Target;
  /** Called once with the rows and bytes a successful job produced (metrics). */
  onDone?: (rows: number, bytes: number) => void;
}

interface ThreadResult {
  files: Extract<ThreadMessage, { type: 'done' }>['files'];
  totalRows: number;
  totalBytes: number;
}

export class ThreadError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

interface ThreadData {
  scenario: Scenario;
  destination: string;
  threads: number;
  s3?: S3SinkOptions;
  presignExpiresIn?: number;
}

function spawnThread(data: ThreadData): Worker {
  const isTs = import.meta.url.endsWith('.ts');
  const url = new URL(`./job-thread.${isTs ? 'ts' : 'js'}`, import.meta.url);
  if (!isTs) return new Worker(url, { workerData: data });
  // under tsx the thread must register tsx's loader itself (Node 20 threads ignore --import)
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((t) => { t.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData: data });
}

/** runGeneration in a worker thread, with progress and abort. */
export function generateInThread(
  scenario: Scenario,
  destination: string,
  threads: number,
  signal: AbortSignal,
  onProgress: (p: RunProgress) => void,
  s3?: S3Target,
): Promise<ThreadResult> {
  return new Promise((resolve, reject) => {
    const worker = spawnThread({ scenario, destination, threads, s3: s3?.options, presignExpiresIn: s3?.expiresIn });
    const abort = () => worker.postMessage({ type: 'abort' });
    signal.addEventListener('abort', abort, { once: true });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', abort);
      fn();
    };
    worker.on('message', (m: ThreadMessage) => {
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'done') finish(() => resolve(m));
      else finish(() => reject(new ThreadError(m.aborted ? 'aborted' : m.name, m.message)));
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => finish(() => reject(new ThreadError('exit', `generation thread exited with code ${code}`))));
    if (signal.aborted) abort();
  });
}

/** How often progress is written to the store (and a remote cancel request is noticed). */
const TICK_MS = 250;

export async function executeJob(rec: JobRecord, deps: ExecuteDeps): Promise<JobRecord | undefined> {
  const { store, log } = deps;
  const started = Date.now();
  const dir = deps.s3 ? s3Destination(deps.s3, 'jobs', rec.id) : jobDir(deps.dataDir, rec.id);
  await store.update(rec.id, { state: 'running', startedAt: new Date(started).toISOString() });
  log.info({ job_id: rec.id }, 'job started');
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const onProgress = (p: RunProgress) => {
    const now = Date.now();
    if (now - last < TICK_MS && p.filesDone < p.totalFiles) return;
    last = now;
    const secs = (now - started) / 1000;
    const rate = secs > 0 ? p.rowsWritten / secs : 0;
    const progress = { ...p, rowsPerSecond: Math.round(rate), etaSeconds: rate > 0 ? Math.ceil((p.totalRows - p.rowsWritten) / rate) : null };
    pending = pending.then(() => store.update(rec.id, { progress })).catch((err) => log.warn({ err: (err as Error).message }, 'job progress not stored'));
  };
  try {
    const result = await generateInThread(rec.scenario, dir, deps.threads ?? 1, deps.signal, onProgress, deps.s3);
    await pending;
    const files = result.files;
    const secs = (Date.now() - started) / 1000;
    deps.onDone?.(result.totalRows, result.totalBytes);
    log.info({ job_id: rec.id, rows: result.totalRows, bytes: result.totalBytes, seconds: secs }, 'job succeeded');
    return await store.update(rec.id, {
      state: 'succeeded',
      finishedAt: new Date().toISOString(),
      progress: {
        rowsWritten: result.totalRows,
        totalRows: result.totalRows,
        bytesWritten: result.totalBytes,
        filesDone: files.length,
        totalFiles: files.length,
        rowsPerSecond: secs > 0 ? Math.round(result.totalRows / secs) : 0,
        etaSeconds: 0,
      },
      result: { files, totalRows: result.totalRows, totalBytes: result.totalBytes },
    });
  } catch (err) {
    await pending;
    // (an S3 sink deletes what a failed run uploaded)
    if (!deps.s3) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    if (deps.signal.aborted) {
      log.info({ job_id: rec.id, reason: String(deps.signal.reason ?? '') }, 'job cancelled');
      return store.update(rec.id, { state: 'cancelled', finishedAt: new Date().toISOString() });
    }
    const known = err instanceof ThreadError && err.kind === 'ScenarioError';
    log.error({ job_id: rec.id, err }, 'job failed');
    return store.update(rec.id, {
      state: 'failed',
      finishedAt: new Date().toISOString(),
      error: known
        ? { type: 'ValidationError', message: err.message }
        : { type: 'GenerationError', message: `Generation failed; quote job id ${rec.id} when reporting it` },
    });
  }
}
