import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../server/config.js';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * `focusgen worker`: take generation jobs from the Redis queue (REDIS_URL) that `focusgen serve`
 * instances fill. Workers share DATA_DIR with the servers.
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Process queued generation jobs from Redis (needs REDIS_URL; shares DATA_DIR with the servers)')
    .option('--concurrency <n>', 'jobs at a time (overrides MAX_CONCURRENT_JOBS)')
    .action(async (opts: { concurrency?: string }) => {
      const env = { ...process.env };
      if (opts.concurrency) env.MAX_CONCURRENT_JOBS = opts.concurrency;
      let config;
      try {
        config = loadConfig(env);
      } catch (err) {
        if (err instanceof ConfigError) throw new UsageError(err.message);
        throw err;
      }
      if (!config.redisUrl) throw new UsageError('focusgen worker needs REDIS_URL (e.g. redis://127.0.0.1:6379)');
      const { default: pino } = await import('pino');
      const log = pino({ level: config.logLevel, messageKey: 'message', base: { service: 'focusgen-worker' } });
      const { JobWorker } = await import('../../jobs/bullmq.js');
      const { s3Target } = await import('../../server/app.js');
      const worker = new JobWorker({
        redisUrl: config.redisUrl,
        prefix: config.redisPrefix,
        dataDir: resolve(config.dataDir),
        resultTtlMs: config.resultTtlMs,
        concurrency: config.jobs.concurrency,
        maxQueued: config.jobs.maxQueued,
        threads: config.jobs.threads,
        s3: s3Target(config),
        log,
      });
      log.info({ concurrency: config.jobs.concurrency }, 'worker started');
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log.info({ signal }, 'worker stopping: cancelling running jobs');
          worker.close().finally(resolve);
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
}
