/**
 * Server configuration from the environment, under the seed's variable names (SEED-README
 * "Configuration") plus a few of ours. Validated once at start: a bad value stops the server with
 * one message naming every bad variable and what it accepts.
 */
import { z } from 'zod';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { s3OptionsFromEnv, type S3SinkOptions } from '../io/sinks/s3-options.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const EnvSchema = z.object({
  API_HOST: z.string().min(1).default('0.0.0.0'),
  API_PORT: int(0, 65535).default(8000),
  ENVIRONMENT: z.enum(['development', 'production', 'test']).default('development'),
  DEBUG: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SECRET_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  CSRF_SECRET_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  CORS_ORIGINS: z.string().default('http://localhost:3000,http://localhost:5173'),
  S3_BUCKET_NAME: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3-63 lowercase letters, digits, . and -)')
    .optional(),
  S3_PUBLIC_READ: bool.default(false),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'letters, digits, : _ . - (max 64)').default('focusgen:'),
  RATE_LIMIT_PER_MINUTE: int(0, 1_000_000).default(30),
  RATE_LIMIT_PER_HOUR: int(0, 10_000_000).default(500),
  RATE_LIMIT_PER_DAY: int(0, 100_000_000).default(5000),
  MAX_FILE_SIZE_MB: int(1, 100_000).default(100),
  MAX_GENERATION_TIMEOUT: int(1, 86_400).default(300),
  DATA_DIR: z.string().min(1).default(join(tmpdir(), 'focusgen-data')),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: bool.default(false),
  MAX_BODY_KB: int(1, 100_000).default(256),
  SYNC_MAX_ROWS_PER_FILE: int(1, 100_000_000).default(100_000),
  SYNC_MAX_FILES: int(1, 10_000).default(36),
  STREAM_MAX_ROWS: int(1, 2_000_000_000).default(50_000_000),
  JOB_MAX_ROWS: int(1, 2_000_000_000).default(500_000_000),
  MAX_CONCURRENT_JOBS: int(1, 256).default(2),
  MAX_QUEUED_JOBS: int(0, 100_000).default(50),
  /** Encoding threads per job beyond the job's own thread (src/io splits files across them). */
  JOB_THREADS: int(1, 64).default(1),
  RESULT_TTL_HOURS: z.coerce.number().min(0.001).max(24 * 365).default(24),
  /** With REDIS_URL: also take queued jobs in the server process (set false when `focusgen worker`s do it). */
  EMBEDDED_WORKER: bool.default(true),
  WEB_DIST_DIR: z.string().optional(),
});

export interface ServerConfig {
  host: string;
  port: number;
  environment: 'development' | 'production' | 'test';
  debug: boolean;
  logLevel: string;
  secretKey: string;
  csrfSecret: string;
  corsOrigins: string[];
  s3Bucket?: string;
  /** S3 client options from the standard AWS environment (endpoint, region, path style). */
  s3Options: S3SinkOptions;
  s3PublicRead: boolean;
  redisUrl?: string;
  redisPrefix: string;
  rateLimit: { perMinute: number; perHour: number; perDay: number };
  maxUploadBytes: number;
  generationTimeoutMs: number;
  dataDir: string;
  publicUrl?: string;
  trustProxy: boolean;
  bodyLimitBytes: number;
  limits: { syncRowsPerFile: number; syncFiles: number; streamRows: number; jobRows: number };
  jobs: { concurrency: number; maxQueued: number; embeddedWorker: boolean; threads: number };
  resultTtlMs: number;
  webDistDir?: string;
  /** Set when SECRET_KEY was absent and a random one was made (links die with the process). */
  ephemeralSecret: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid server configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Read and validate the configuration; `overrides` (tests) win over `env`. */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const known = Object.fromEntries(Object.keys(EnvSchema.shape).map((k) => [k, env[k] === '' && k !== 'DEBUG' ? undefined : env[k]]));
  const parsed = EnvSchema.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = i.path.join('.');
        return `${name}: ${i.message} (got ${JSON.stringify(env[name])})`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.ENVIRONMENT === 'production' && !e.SECRET_KEY) problems.push('SECRET_KEY: required when ENVIRONMENT=production (signs download links)');
  if (problems.length) throw new ConfigError(problems);
  const secret = e.SECRET_KEY ?? randomSecret();
  const config: ServerConfig = {
    host: e.API_HOST,
    port: e.API_PORT,
    environment: e.ENVIRONMENT,
    debug: e.DEBUG,
    logLevel: e.LOG_LEVEL ?? (e.DEBUG ? 'debug' : 'info'),
    secretKey: secret,
    csrfSecret: e.CSRF_SECRET_KEY ?? secret,
    corsOrigins: e.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    s3Bucket: e.S3_BUCKET_NAME || undefined,
    s3Options: s3OptionsFromEnv(env as NodeJS.ProcessEnv),
    s3PublicRead: e.S3_PUBLIC_READ,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_KEY_PREFIX,
    rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE, perHour: e.RATE_LIMIT_PER_HOUR, perDay: e.RATE_LIMIT_PER_DAY },
    maxUploadBytes: e.MAX_FILE_SIZE_MB * 1024 * 1024,
    generationTimeoutMs: e.MAX_GENERATION_TIMEOUT * 1000,
    dataDir: e.DATA_DIR,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    trustProxy: e.TRUST_PROXY,
    bodyLimitBytes: e.MAX_BODY_KB * 1024,
    limits: { syncRowsPerFile: e.SYNC_MAX_ROWS_PER_FILE, syncFiles: e.SYNC_MAX_FILES, streamRows: e.STREAM_MAX_ROWS, jobRows: e.JOB_MAX_ROWS },
    jobs: { concurrency: e.MAX_CONCURRENT_JOBS, maxQueued: e.MAX_QUEUED_JOBS, embeddedWorker: e.EMBEDDED_WORKER, threads: e.JOB_THREADS },
    resultTtlMs: e.RESULT_TTL_HOURS * 3_600_000,
    webDistDir: e.WEB_DIST_DIR,
    ephemeralSecret: !e.SECRET_KEY,
  };
  return { ...config, ...overrides };
}

function randomSecret(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64url');
}
