/**
 * The HTTP app: built here (tests `inject()` into it or listen on port 0), started by server.ts.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyReply } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import compress from '@fastify/compress';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ServerConfig } from './config.js';
import type { ServerContext } from './context.js';
import { ApiError, errorBody, installErrorHandlers } from './errors.js';
import { createMetrics } from './metrics.js';
import { RateLimiter } from './ratelimit.js';
import { LocalStorage } from './storage.js';
import { registerSecurity } from './security.js';
import { systemRoutes } from './routes/system.js';
import { seedRoutes } from './routes/seed.js';
import { jobRoutes } from './routes/jobs.js';
import { apiRoutes } from './routes/api.js';
import { MemoryJobStore } from '../jobs/store.js';
import { InProcessRunner, type JobRunner } from '../jobs/runner.js';
import { BullRunner, JobWorker } from '../jobs/bullmq.js';
import type { S3Target } from '../jobs/execute.js';

export interface AppOptions {
  /** Where JSON log lines go (default stdout). */
  logStream?: Writable;
}

const CORRELATION = /^[A-Za-z0-9._:-]{1,128}$/;
const MAX_BODY_DEPTH = 16;

function depthExceeds(root: object, max: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) return true;
    if (v !== null && typeof v === 'object') for (const c of Object.values(v)) if (c !== null && typeof c === 'object') stack.push([c, d + 1]);
  }
  return false;
}

/** Correlation id: the client's X-Correlation-ID / X-Request-ID when well-formed, else a new one. */
function correlationId(headers: Record<string, string | string[] | undefined>): string {
  for (const name of ['x-correlation-id', 'x-request-id']) {
    const v = headers[name];
    const s = Array.isArray(v) ? v[0] : v;
    if (s && CORRELATION.test(s)) return s;
  }
  return randomUUID();
}

async function connectRedis(url: string, log: FastifyInstance['log']): Promise<{ redis: Redis; up: boolean }> {
  // Commands fail fast instead of queueing while Redis is down, so callers can fall back.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: true, retryStrategy: (n) => Math.min(n * 250, 5000) });
  redis.on('error', () => undefined); // reported by the callers that need Redis
  try {
    await Promise.race([redis.connect(), new Promise((_, rej) => setTimeout(() => rej(new Error('connect timeout')), 2000))]);
    return { redis, up: true };
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'Redis unreachable at start: rate limits fall back to memory and jobs run in-process');
    return { redis, up: false };
  }
}

/** Where results go when S3_BUCKET_NAME is set (presigned links live as long as results, at most 7 days). */
export function s3Target(config: ServerConfig): S3Target | undefined {
  if (!config.s3Bucket) return undefined;
  return { bucket: config.s3Bucket, options: config.s3Options, expiresIn: Math.max(60, Math.min(Math.floor(config.resultTtlMs / 1000), 604_800)) };
}

export async function buildApp(config: ServerConfig, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      messageKey: 'message',
      base: { service: 'focusgen' },
      timestamp: () => `,"timestamp":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'correlation_id' }),
    genReqId: (req) => correlationId(req.headers),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    connectionTimeout: 0,
    keepAliveTimeout: 10_000,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 2048 },
    // errors raised before routing (bad URL encoding, over-long parameters) skip the hooks
    frameworkErrors: (error, request, reply) => {
      reply.header('X-Correlation-ID', request.id);
      const message = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long' : 'The URL is malformed';
      (reply as FastifyReply).code(400).send(errorBody(request, 'BadRequest', message));
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });

  let redis: Redis | undefined;
  let redisUp = false;
  if (config.redisUrl) ({ redis, up: redisUp } = await connectRedis(config.redisUrl, app.log));

  const storage = new LocalStorage(config.dataDir, config.secretKey, config.publicUrl ?? '');
  const s3 = s3Target(config);
  let runner: JobRunner;
  // metrics need the runner and the runner reports to metrics: resolve through a late binding
  const metrics = createMetrics(() => runner.counts());
  const onDone = (rows: number, bytes: number) => {
    metrics.rowsGenerated.inc({ endpoint: 'job' }, rows);
    metrics.bytesWritten.inc({ endpoint: 'job' }, bytes);
  };
  if (config.redisUrl && redisUp) {
    const opts = { redisUrl: config.redisUrl, prefix: config.redisPrefix, dataDir: storage.root, resultTtlMs: config.resultTtlMs, concurrency: config.jobs.concurrency, maxQueued: config.jobs.maxQueued, threads: config.jobs.threads, s3, log: app.log, onDone };
    runner = new BullRunner(opts, config.jobs.embeddedWorker ? new JobWorker(opts) : undefined);
  } else {
    runner = new InProcessRunner({ store: new MemoryJobStore(), dataDir: storage.root, concurrency: config.jobs.concurrency, maxQueued: config.jobs.maxQueued, threads: config.jobs.threads, s3, log: app.log, onDone });
  }
  if (config.ephemeralSecret) app.log.warn('SECRET_KEY is not set: a random one is used, so download links stop working when the server restarts');

  const ctx: ServerContext = {
    config,
    storage,
    links: storage,
    s3,
    runner,
    limiter: new RateLimiter(config.rateLimit, redis, config.redisPrefix, app.log),
    metrics,
    redis,
    sse: new Set(),
  };

  installErrorHandlers(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Correlation-ID', request.id);
  });
  // No request body we accept nests deeper than a few levels; deeper ones are hostile and would
  // overflow the stack in recursive code further on (validation, error messages).
  app.addHook('preHandler', async (request) => {
    if (request.body !== null && typeof request.body === 'object' && depthExceeds(request.body, MAX_BODY_DEPTH)) {
      throw new ApiError(400, 'ValidationError', `The body nests deeper than ${MAX_BODY_DEPTH} levels`, { maxDepth: MAX_BODY_DEPTH });
    }
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  await registerSecurity(app, ctx);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'FOCUS Generator API', version: '0.1.0', description: 'Synthetic FinOps FOCUS (1.0-1.4) cost and usage data for AWS, Azure and GCP. Errors use {error, error_id, message, type, details}; every response carries X-Correlation-ID.' },
      tags: [{ name: 'seed', description: 'Seed-compatible endpoints' }, { name: 'jobs' }, { name: 'api' }, { name: 'system' }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await systemRoutes(app, ctx);
  await seedRoutes(app, ctx);
  await jobRoutes(app, ctx);
  await apiRoutes(app, ctx);

  const sweep = async () => {
    const cutoff = Date.now() - config.resultTtlMs;
    try {
      const n = (await storage.cleanupResults(cutoff)) + (await runner.cleanup(cutoff));
      if (n) app.log.info({ removed: n }, 'expired results removed');
    } catch (err) {
      app.log.warn({ err: (err as Error).message }, 'cleanup of expired results failed');
    }
  };
  const timer = setInterval(sweep, Math.min(config.resultTtlMs / 4, 600_000));
  timer.unref();
  app.addHook('onReady', async () => void sweep());

  app.addHook('preClose', async () => {
    for (const s of ctx.sse) s.end();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await runner.close();
    if (redis) await redis.quit().catch(() => redis!.disconnect());
  });
  app.decorate('focusgen', ctx);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    focusgen: ServerContext;
  }
}
