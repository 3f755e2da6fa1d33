/**
 * The job runner the server talks to. In-process (a concurrency-limited queue in this process) by
 * default; BullMQ on Redis when REDIS_URL is set (see bullmq.ts).
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { Scenario } from '../core/scenario/schema.js';
import { executeJob, jobDir, type S3Target } from './execute.js';
import type { JobStore } from './store.js';
import { FINISHED, emptyProgress, type JobRecord, type JobState } from './types.js';

export class JobQueueFullError extends Error {
  constructor(readonly maxQueued: number) {
    super(`The job queue is full (${maxQueued} jobs waiting); try again later`);
    this.name = 'JobQueueFullError';
  }
}

export class JobFinishedError extends Error {
  constructor(readonly state: JobState) {
    super(`The job has already finished (state ${state})`);
    this.name = 'JobFinishedError';
  }
}

export interface SubmitInfo {
  totalRows: number;
  totalFiles: number;
  correlationId: string;
}

export interface JobRunner {
  readonly kind: 'in-process' | 'bullmq';
  readonly store: JobStore;
  submit(scenario: Scenario, info: SubmitInfo): Promise<JobRecord>;
  get(id: string): Promise<JobRecord | undefined>;
  /** Cancel a queued or running job; resolves with the record once cancelled (or after a short wait). */
  cancel(id: string): Promise<JobRecord | undefined>;
  counts(): Promise<Record<JobState, number>>;
  /** Remove finished jobs (records and files) older than the cutoff. */
  cleanup(finishedBefore: number): Promise<number>;
  /** Stop taking jobs and cancel the running ones. */
  close(): Promise<void>;
}

export function newJobRecord(scenario: Scenario, info: SubmitInfo): JobRecord {
  return {
    id: randomUUID(),
    state: 'queued',
    createdAt: new Date().toISOString(),
    correlationId: info.correlationId,
    scenario,
    progress: emptyProgress(info.totalRows, info.totalFiles),
  };
}

/** Poll the store until the job is finished or the wait runs out. */
export async function waitFinished(store: JobStore, id: string, ms: number): Promise<JobRecord | undefined> {
  const until = Date.now() + ms;
  let rec = await store.get(id);
  while (rec && !FINISHED.has(rec.state) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 25));
    rec = await store.get(id);
  }
  return rec;
}

export interface InProcessOptions {
  store: JobStore;
  dataDir: string;
  concurrency: number;
  maxQueued: number;
  threads?: number;
  s3?: S3Target;
  log: FastifyBaseLogger;
  onDone?: (rows: number, bytes: number) => void;
}

export class InProcessRunner implements JobRunner {
  readonly kind = 'in-process' as const;
  readonly store: JobStore;
  private readonly waiting: JobRecord[] = [];
  private readonly running = new Map<string, AbortController>();
  private readonly settled = new Set<Promise<unknown>>();
  private closed = false;

  constructor(private readonly opts: InProcessOptions) {
    this.store = opts.store;
  }

  async submit(scenario: Scenario, info: SubmitInfo): Promise<JobRecord> {
    if (this.closed) throw new JobQueueFullError(0);
    if (this.waiting.length >= this.opts.maxQueued) throw new JobQueueFullError(this.opts.maxQueued);
    const rec = newJobRecord(scenario, info);
    await this.store.put(rec);
    this.waiting.push(rec);
    this.pump();
    return rec;
  }

  get(id: string): Promise<JobRecord | undefined> {
    return this.store.get(id);
  }

  async cancel(id: string): Promise<JobRecord | undefined> {
    const rec = await this.store.get(id);
    if (!rec) return undefined;
    if (FINISHED.has(rec.state)) throw new JobFinishedError(rec.state);
    const i = this.waiting.findIndex((r) => r.id === id);
    if (i >= 0) {
      this.waiting.splice(i, 1);
      return this.store.update(id, { state: 'cancelled', finishedAt: new Date().toISOString() });
    }
    await this.store.requestCancel(id);
    this.running.get(id)?.abort('cancelled by request');
    return waitFinished(this.store, id, 5_000);
  }

  counts(): Promise<Record<JobState, number>> {
    return this.store.counts();
  }

  async cleanup(finishedBefore: number): Promise<number> {
    const ids = await this.store.expire(finishedBefore);
    await Promise.all(ids.map((id) => rm(jobDir(this.opts.dataDir, id), { recursive: true, force: true })));
    return ids.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const rec of this.waiting.splice(0)) {
      await this.store.update(rec.id, { state: 'cancelled', finishedAt: new Date().toISOString(), error: { type: 'Shutdown', message: 'The server shut down before the job started' } });
    }
    for (const c of this.running.values()) c.abort('server shutting down');
    await Promise.allSettled([...this.settled]);
  }

  private pump(): void {
    while (!this.closed && this.running.size < this.opts.concurrency && this.waiting.length) {
      const rec = this.waiting.shift()!;
      const controller = new AbortController();
      this.running.set(rec.id, controller);
      const log = this.opts.log.child({ correlation_id: rec.correlationId, job_id: rec.id });
      const p = executeJob(rec, { store: this.store, dataDir: this.opts.dataDir, log, signal: controller.signal, onDone: this.opts.onDone, threads: this.opts.threads, s3: this.opts.s3 })
        .catch((err) => log.error({ err }, 'job runner fault'))
        .finally(() => {
          this.running.delete(rec.id);
          this.settled.delete(p);
          this.pump();
        });
      this.settled.add(p);
    }
  }
}
