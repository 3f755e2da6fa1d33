/**
 * What the routes share: configuration, storage, the job runner, rate limiter, metrics and the
 * optional Redis client. Built once per app by app.ts.
 */
import type { Redis } from 'ioredis';
import type { ServerConfig } from './config.js';
import type { LocalStorage, LinkSigner } from './storage.js';
import type { JobRunner } from '../jobs/runner.js';
import type { S3Target } from '../jobs/execute.js';
import type { RateLimiter } from './ratelimit.js';
import type { Metrics } from './metrics.js';
import type { PassThrough } from 'node:stream';

export interface ServerContext {
  config: ServerConfig;
  storage: LocalStorage;
  links: LinkSigner;
  /** Set when results go to S3 (S3_BUCKET_NAME). */
  s3?: S3Target;
  runner: JobRunner;
  limiter: RateLimiter;
  metrics: Metrics;
  redis?: Redis;
  /** Open Server-Sent Event streams, ended before shutdown so close() does not wait on them. */
  sse: Set<PassThrough>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Count this route against the client's rate limits. */
    rateLimited?: boolean;
  }
}
