/**
 * Jobs on Redis: the server enqueues on a BullMQ queue and stores the record in Redis; any
 * `focusgen worker` (or the server's embedded worker) takes it, runs it and writes progress back,
 * so every instance can report and cancel any job. Workers and servers must share DATA_DIR (or,
 * once src/io writes to S3, the bucket).
 */
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { rm } from 'node:fs/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { Scenario } from '../core/scenario/schema.js';
import { executeJob, jobDir, type S3Target } from './execute.js';
import { RedisJobStore, type JobStore } from './store.js';
import { JobFinishedError, JobQueueFullError, newJobRecord, waitFinished, type JobRunner, type SubmitInfo } from './runner.js';
import { FINISHED, type JobRecord, type JobState } from './types.js';

export const QUEUE_NAME = 'focusgen-jobs';

export interface BullOptions {
  redisUrl: string;
  /** Key prefix, e.g. "focusgen:" (BullMQ's own keys go under "<prefix>bull:"). */
  prefix: string;
  dataDir: string;
  resultTtlMs: number;
  concurrency: number;
  maxQueued: number;
  threads?: number;
  s3?: S3Target;
  log: FastifyBaseLogger;
  onDone?: (rows: number, bytes: number) => void;
}

/** Options rather than a client, so BullMQ owns (and closes) its connections. */
function connection(url: string): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // BullMQ needs this on its blocking connections
    maxRetriesPerRequest: null,
  };
}

/** Take jobs from the queue; used by `focusgen worker` and by the server's embedded worker. */
export class JobWorker {
  private readonly worker: Worker;
  private readonly redis: Redis;
  private readonly store: JobStore;
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly opts: BullOptions) {
    this.redis = new Redis(opts.redisUrl, { maxRetriesPerRequest: 2 });
    this.store = new RedisJobStore(this.redis, opts.prefix, opts.resultTtlMs);
    this.worker = new Worker(QUEUE_NAME, (job) => this.process(String(job.data.id)), {
      connection: connection(opts.redisUrl),
      prefix: `${opts.prefix}bull`,
      concurrency: opts.concurrency,
      // a generation holds the event loop in bursts; a generous lock avoids false "stalled" jobs
      lockDuration: 120_000,
    });
    this.worker.on('error', (err) => opts.log.warn({ err: err.message }, 'job worker: queue error'));
  }

  private async process(id: string): Promise<void> {
    const rec = await this.store.get(id);
    if (!rec || rec.state !== 'queued') return;
    const controller = new AbortController();
    this.running.set(id, controller);
    const log = this.opts.log.child({ correlation_id: rec.correlationId, job_id: id });
    // another instance asks for cancellation through the store
    const poll = setInterval(() => {
      this.store
        .cancelRequested(id)
        .then((yes) => yes && controller.abort('cancelled by request'))
        .catch(() => undefined);
    }, 250);
    try {
      await executeJob(rec, { store: this.store, dataDir: this.opts.dataDir, log, signal: controller.signal, onDone: this.opts.onDone, threads: this.opts.threads, s3: this.opts.s3 });
    } finally {
      clearInterval(poll);
      this.running.delete(id);
    }
  }

  async close(): Promise<void> {
    for (const c of this.running.values()) c.abort('worker shutting down');
    await this.worker.close();
    this.redis.disconnect();
  }
}

export class BullRunner implements JobRunner {
  readonly kind = 'bullmq' as const;
  readonly store: JobStore;
  private readonly queue: Queue;
  private readonly redis: Redis;

  constructor(
    private readonly opts: BullOptions,
    private readonly embedded?: JobWorker,
  ) {
    this.redis = new Redis(opts.redisUrl, { maxRetriesPerRequest: 2 });
    this.store = new RedisJobStore(this.redis, opts.prefix, opts.resultTtlMs);
    this.queue = new Queue(QUEUE_NAME, { connection: connection(opts.redisUrl), prefix: `${opts.prefix}bull` });
    this.queue.on('error', (err) => opts.log.warn({ err: err.message }, 'job queue error'));
  }

  async submit(scenario: Scenario, info: SubmitInfo): Promise<JobRecord> {
    if ((await this.queue.getWaitingCount()) >= this.opts.maxQueued) throw new JobQueueFullError(this.opts.maxQueued);
    const rec = newJobRecord(scenario, info);
    await this.store.put(rec);
    await this.queue.add('generate', { id: rec.id }, { jobId: rec.id, removeOnComplete: true, removeOnFail: true });
    return rec;
  }

  get(id: string): Promise<JobRecord | undefined> {
    return this.store.get(id);
  }

  async cancel(id: string): Promise<JobRecord | undefined> {
    const rec = await this.store.get(id);
    if (!rec) return undefined;
    if (FINISHED.has(rec.state)) throw new JobFinishedError(rec.state);
    await this.store.requestCancel(id);
    if (rec.state === 'queued') {
      const removed = await this.queue.remove(id).catch(() => 0);
      const now = await this.store.get(id);
      if (removed || now?.state === 'queued') return this.store.update(id, { state: 'cancelled', finishedAt: new Date().toISOString() });
    }
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

  async ping(): Promise<boolean> {
    return (await this.redis.ping()) === 'PONG';
  }

  async close(): Promise<void> {
    await this.embedded?.close();
    await this.queue.close();
    this.redis.disconnect();
  }
}
