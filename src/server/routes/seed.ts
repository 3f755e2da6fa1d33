/**
 * The seed's generation endpoints, same paths and bodies: POST /generate-cur (synchronous, returns
 * a download link) and POST /generate-cur-stream (gzip CSV streamed as it is generated).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream';
import { normalizeScenario } from '../../core/scenario/index.js';
import type { Scenario } from '../../core/scenario/schema.js';
import { planScenario, type Plan } from '../../core/generate.js';
import { generateInThread, s3Destination, ThreadError } from '../../jobs/execute.js';
import { runGeneration } from '../../io/run.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { errors, generateResponseSchema, seedBodySchema } from '../schemas.js';
import { planCsvStream } from '../csvstream.js';
import { zipToFile } from '../zip.js';

const IN_THREAD_ROWS = 50_000;

/** Bodies are validated by normalizeScenario (field-level messages, seed names); the JSON schema documents them. */
export const passThroughBody = { validatorCompiler: () => (data: unknown) => ({ value: data }) };

export function scenarioFromBody(body: unknown): Scenario {
  return normalizeScenario(body ?? {});
}

/** The fields of an output file a client sees. */
export function publicFile(f: { name: string; rows: number; bytes: number; sha256: string; provider?: string; billingPeriod?: string; dataset?: string }) {
  return { name: f.name, rows: f.rows, bytes: f.bytes, sha256: f.sha256, provider: f.provider, billingPeriod: f.billingPeriod, dataset: f.dataset };
}

export function humanBytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} bytes` : `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

export function dateRange(plan: Plan): string {
  const periods = plan.files.map((f) => f.billingPeriod).sort();
  return `${periods[0]} to ${periods[periods.length - 1]}`;
}

function baseName(s: Scenario, plan: Plan): string {
  const periods = plan.files.map((f) => f.billingPeriod).sort();
  const range = periods[0] === periods[periods.length - 1] ? periods[0] : `${periods[0]}_to_${periods[periods.length - 1]}`;
  return `focus-${s.focusVersion}-${s.providers.join('-')}-${range}`;
}

/**
 * Files and (with an exact rowCount) rows a scenario asks for, without planning it: planning a
 * huge scenario takes seconds, and limits must be enforced before that work.
 */
export function estimateSize(s: Scenario): { files: number; rowsPerFile?: number; rows?: number } {
  const files = s.datasets.length * s.providers.length * s.months;
  return s.rowCount === undefined ? { files } : { files, rowsPerFile: s.rowCount, rows: s.rowCount * files };
}

function tooBig(message: string, details: Record<string, unknown>): ApiError {
  return new ApiError(413, 'LimitExceeded', `${message}; use POST /api/v1/jobs (asynchronous, with progress) or POST /generate-cur-stream`, details);
}

/** Abort work when the client goes away or the time limit passes. */
export function requestSignal(reply: FastifyReply, timeoutMs: number): AbortSignal {
  const gone = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) gone.abort('client disconnected');
  });
  return AbortSignal.any([gone.signal, AbortSignal.timeout(timeoutMs)]);
}

export async function seedRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { config, metrics } = ctx;

  app.post(
    '/generate-cur',
    {
      config: { rateLimited: true },
      ...passThroughBody,
      schema: {
        tags: ['seed'],
        summary: 'Generate FOCUS data synchronously and get a download link',
        description: `Up to ${config.limits.syncRowsPerFile} rows per file and ${config.limits.syncFiles} files; larger requests get 413 (use POST /api/v1/jobs). One file is returned as such, several as a ZIP with manifest.json.`,
        body: seedBodySchema(),
        response: { 200: generateResponseSchema, ...errors(400, 403, 413, 429) },
      },
    },
    async (request, reply) => {
      const scenario = scenarioFromBody(request.body);
      const est = estimateSize(scenario);
      if (est.rowsPerFile !== undefined && est.rowsPerFile > config.limits.syncRowsPerFile) {
        throw tooBig(`A file would have ${est.rowsPerFile} rows, over the synchronous limit of ${config.limits.syncRowsPerFile}`, { limit: 'rowsPerFile', max: config.limits.syncRowsPerFile, requested: est.rowsPerFile });
      }
      if (est.files > config.limits.syncFiles) {
        throw tooBig(`The request makes ${est.files} files, over the synchronous limit of ${config.limits.syncFiles}`, { limit: 'files', max: config.limits.syncFiles, requested: est.files });
      }
      const plan = planScenario(scenario);
      const biggest = Math.max(...plan.files.map((f) => f.rowCount));
      if (biggest > config.limits.syncRowsPerFile) {
        throw tooBig(`A file would have ${biggest} rows, over the synchronous limit of ${config.limits.syncRowsPerFile}`, { limit: 'rowsPerFile', max: config.limits.syncRowsPerFile, requested: biggest });
      }
      if (plan.files.length > config.limits.syncFiles) {
        throw tooBig(`The request makes ${plan.files.length} files, over the synchronous limit of ${config.limits.syncFiles}`, { limit: 'files', max: config.limits.syncFiles, requested: plan.files.length });
      }
      const id = randomUUID();
      const dir = ctx.s3 ? s3Destination(ctx.s3, 'results', id) : ctx.storage.resultDir(id);
      if (!ctx.s3) await mkdir(dir, { recursive: true });
      const started = performance.now();
      request.log.info({ profile: scenario.profile, providers: scenario.providers, rows: plan.totalRows, files: plan.files.length }, 'Generate CUR request');
      const signal = requestSignal(reply, config.generationTimeoutMs);
      // One planned file leaves as itself; several as one ZIP, which src/io's zip layout writes
      // with its manifest.json (other layouts keep their tree and are zipped here).
      const out = scenario.output;
      const single = plan.files.length === 1 && !out.maxRowsPerFile && !out.targetFileSizeMb;
      const layout = out.layout === 'flat' && !single ? 'zip' : out.layout;
      let result;
      try {
        // A big request runs in a worker thread so it does not stall every other client; small
        // ones are quicker here than a thread's start-up.
        const s2 = { ...scenario, output: { ...out, layout, destination: dir } };
        result =
          plan.totalRows > IN_THREAD_ROWS
            ? await generateInThread(s2, dir, config.jobs.threads, signal, () => undefined, ctx.s3)
            : await runGeneration(s2, { destination: dir, signal, s3: ctx.s3?.options, presignExpiresIn: ctx.s3?.expiresIn });
      } catch (err) {
        if (!ctx.s3) await rm(dir, { recursive: true, force: true });
        if (err instanceof ThreadError && err.kind === 'ScenarioError') throw new ApiError(400, 'ValidationError', err.message);
        if (signal.aborted && signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError') {
          throw tooBig(`Generation took longer than MAX_GENERATION_TIMEOUT (${config.generationTimeoutMs / 1000} s)`, { limit: 'MAX_GENERATION_TIMEOUT' });
        }
        if (signal.aborted) throw new ApiError(400, 'ClientClosedRequest', 'The client went away before generation finished');
        throw err;
      }
      metrics.rowsGenerated.inc({ endpoint: 'sync' }, result.totalRows);
      metrics.bytesWritten.inc({ endpoint: 'sync' }, result.totalBytes);
      const kind = (f: { kind?: string }) => f.kind ?? 'data';
      const data = result.files.filter((f) => kind(f) === 'data');
      const archives = result.files.filter((f) => kind(f) === 'archive');
      let fileName: string;
      let bytes: number;
      let url: string | undefined;
      if (single && data.length === 1) {
        ({ name: fileName, bytes, url } = data[0] as { name: string; bytes: number; url?: string });
      } else if (archives.length === 1) {
        ({ name: fileName, bytes, url } = archives[0] as { name: string; bytes: number; url?: string });
      } else if (ctx.s3) {
        throw new ApiError(400, 'ValidationError', `With S3 storage, several files are returned as a ZIP: use output.layout "flat" or "zip", or POST /api/v1/jobs`, { issues: [{ field: 'output.layout', message: 'not available synchronously with S3 storage', allowed: '"flat", "zip"' }] });
      } else {
        fileName = `${baseName(scenario, plan)}.zip`;
        const manifest = { generator: 'focus-generator', focusVersion: scenario.focusVersion, createdAt: new Date().toISOString(), totalRows: result.totalRows, totalBytes: result.totalBytes, files: result.files.map(publicFile) };
        await zipToFile(dir, manifest, join(dir, fileName));
        await Promise.all(result.files.map((f) => rm(join(dir, f.name), { force: true })));
        bytes = (await stat(join(dir, fileName))).size;
      }
      const ms = performance.now() - started;
      return {
        message: 'FOCUS data generated successfully!',
        downloadUrl: url ?? ctx.links.link('results', id, fileName, config.resultTtlMs),
        fileName,
        fileSize: humanBytes(bytes),
        fileSizeBytes: bytes,
        generationTime: `${(ms / 1000).toFixed(2)} seconds`,
        generationTimeMs: Math.round(ms),
        expiresAt: new Date(Date.now() + (ctx.s3 ? ctx.s3.expiresIn * 1000 : config.resultTtlMs)).toISOString(),
        summary: {
          totalRows: result.totalRows,
          providers: scenario.providers,
          dateRange: dateRange(plan),
          fileCount: plan.files.length,
          files: result.files.filter((f) => kind(f) !== 'checksums').map(publicFile),
          focusVersion: scenario.focusVersion,
          datasets: scenario.datasets,
          profile: scenario.profile,
          distribution: scenario.distribution,
          months: scenario.months,
          granularity: scenario.granularity,
          trend: scenario.trend.scenario,
          seed: scenario.seed,
        },
      };
    },
  );

  app.post(
    '/generate-cur-stream',
    {
      config: { rateLimited: true },
      compress: false,
      ...passThroughBody,
      schema: {
        tags: ['seed'],
        summary: 'Stream one gzip CSV as it is generated (any size the limits allow, constant memory)',
        body: seedBodySchema(),
        response: { 200: { description: 'gzip-compressed CSV', content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } } }, ...errors(400, 403, 413, 429) },
      },
    },
    async (request, reply) => {
      const scenario = scenarioFromBody(request.body);
      if (scenario.datasets.length !== 1) {
        throw new ApiError(400, 'ValidationError', 'The stream carries one dataset; ask for one in "datasets" (or use POST /api/v1/jobs)', {
          issues: [{ field: 'datasets', message: 'must hold exactly one dataset for streaming', received: scenario.datasets }],
        });
      }
      const est = estimateSize(scenario).rows;
      if (est !== undefined && est > config.limits.streamRows) {
        throw tooBig(`The stream would have ${est} rows, over the limit of ${config.limits.streamRows}`, { limit: 'streamRows', max: config.limits.streamRows, requested: est });
      }
      const plan = planScenario(scenario);
      if (plan.totalRows > config.limits.streamRows) {
        throw tooBig(`The stream would have ${plan.totalRows} rows, over the limit of ${config.limits.streamRows}`, { limit: 'streamRows', max: config.limits.streamRows, requested: plan.totalRows });
      }
      const counts = { rows: 0, bytes: 0 };
      const source = planCsvStream(plan, counts);
      // The scenario's deflate level (default 4): level 6 alone capped this stream near 60 MB/s of CSV.
      const gzip = createGzip({ level: scenario.output.gzipLevel });
      const log = request.log;
      pipeline(source, gzip, (err) => {
        metrics.rowsGenerated.inc({ endpoint: 'stream' }, counts.rows);
        metrics.bytesWritten.inc({ endpoint: 'stream' }, counts.bytes);
        if (err && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') log.warn({ err: err.message }, 'stream ended early');
        else log.info({ rows: counts.rows, bytes: counts.bytes }, 'stream finished');
      });
      const name = `${baseName(scenario, plan)}.csv.gz`;
      return reply
        .header('Content-Type', 'application/gzip')
        .header('Content-Disposition', `attachment; filename="${name}"`)
        .header('X-Total-Rows', String(plan.totalRows))
        .header('Cache-Control', 'no-store')
        .send(gzip);
    },
  );
}
