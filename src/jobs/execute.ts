/**
 * Run one job to completion: the same code in the server's in-process runner and in
 * `focusgen worker`. Output goes under DATA_DIR/jobs/<id>/ (never the scenario's own
 * destination: a request must not choose paths on the server).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { runGeneration, type RunProgress } from '../io/run.js';
import { ScenarioError } from '../core/scenario/errors.js';
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
  /** Called once with the rows and bytes a successful job produced (metrics). */
  onDone?: (rows: number, bytes: number) => void;
}

/** How often progress is written to the store (and a remote cancel request is noticed). */
const TICK_MS = 250;

export async function executeJob(rec: JobRecord, deps: ExecuteDeps): Promise<JobRecord | undefined> {
  const { store, log } = deps;
  const started = Date.now();
  const dir = jobDir(deps.dataDir, rec.id);
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
    const result = await runGeneration(rec.scenario, { destination: dir, onProgress, signal: deps.signal });
    await pending;
    const files = result.files.map((f) => ({ name: f.name, rows: f.rows, bytes: f.bytes, sha256: f.sha256, provider: f.provider, billingPeriod: f.billingPeriod, dataset: f.dataset, kind: (f as { kind?: string }).kind }));
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
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    if (deps.signal.aborted) {
      log.info({ job_id: rec.id, reason: String(deps.signal.reason ?? '') }, 'job cancelled');
      return store.update(rec.id, { state: 'cancelled', finishedAt: new Date().toISOString() });
    }
    const known = err instanceof ScenarioError;
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
