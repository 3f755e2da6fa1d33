/**
 * Asynchronous jobs under /api/v1: create, status with progress, Server-Sent Events, cancel, and
 * the signed download links of their results.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PassThrough } from 'node:stream';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { errors, jobIdParams, jobSchema, scenarioSchema } from '../schemas.js';
import { estimateSize, passThroughBody, scenarioFromBody } from './seed.js';
import { JobFinishedError, JobQueueFullError } from '../../jobs/runner.js';
import { FINISHED, type JobRecord } from '../../jobs/types.js';
import { zipFiles } from '../zip.js';

const SSE_POLL_MS = 250;
const SSE_HEARTBEAT_MS = 15_000;

export async function jobRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { config, runner } = ctx;

  /** The public view of a job: no scenario internals, signed links for results. */
  function view(rec: JobRecord): Record<string, unknown> {
    const self = `/api/v1/jobs/${rec.id}`;
    const out: Record<string, unknown> = {
      id: rec.id,
      state: rec.state,
      createdAt: rec.createdAt,
      startedAt: rec.startedAt,
      finishedAt: rec.finishedAt,
      progress: rec.progress,
      links: { self, events: `${self}/events`, cancel: self },
    };
    if (rec.result && rec.finishedAt) {
      const expiresAt = Date.parse(rec.finishedAt) + config.resultTtlMs;
      const ttl = Math.max(1000, expiresAt - Date.now());
      out.result = {
        files: rec.result.files.map(({ url, ...f }) => ({ ...f, downloadUrl: url ?? ctx.links.link('jobs', rec.id, f.name, ttl) })),
        // zipped on the fly from local files; S3 results are fetched file by file
        zipUrl: rec.result.files.length > 1 && !rec.result.files.some((f) => f.url) ? ctx.links.link('jobzip', rec.id, '', ttl) : undefined,
        totalRows: rec.result.totalRows,
        totalBytes: rec.result.totalBytes,
        expiresAt: new Date(expiresAt).toISOString(),
      };
    }
    if (rec.error) out.error = rec.error;
    return out;
  }

  async function load(request: FastifyRequest): Promise<JobRecord> {
    const { id } = request.params as { id: string };
    const rec = await runner.get(id);
    if (!rec) throw new ApiError(404, 'NotFound', 'No such job (it may have expired)', { id });
    return rec;
  }

  app.post(
    '/api/v1/jobs',
    {
      config: { rateLimited: true },
      ...passThroughBody,
      schema: {
        tags: ['jobs'],
        summary: 'Start an asynchronous generation job',
        body: { type: 'object', required: ['scenario'], additionalProperties: false, properties: { scenario: scenarioSchema() } },
        response: { 202: jobSchema, ...errors(400, 403, 413, 429) },
      },
    },
    async (request, reply) => {
      const body = request.body as Record<string, unknown> | null;
      if (!body || typeof body !== 'object' || Array.isArray(body) || !('scenario' in body)) {
        throw new ApiError(400, 'ValidationError', 'The body must be {"scenario": {...}}', { issues: [{ field: 'scenario', message: 'is required' }] });
      }
      const extra = Object.keys(body).filter((k) => k !== 'scenario');
      if (extra.length) throw new ApiError(400, 'ValidationError', `Unknown field(s): ${extra.slice(0, 5).join(', ')}`, { issues: extra.slice(0, 20).map((field) => ({ field, message: 'unknown field', allowed: 'scenario' })) });
      const scenario = scenarioFromBody(body.scenario);
      // The job plans itself (seconds for big scenarios); here only the cheap estimate is checked.
      // Natural sizes (no rowCount) are bounded by the scenario schema.
      const est = estimateSize(scenario);
      if (est.rows !== undefined && est.rows > config.limits.jobRows) {
        throw new ApiError(413, 'LimitExceeded', `The job would generate ${est.rows} rows, over the limit of ${config.limits.jobRows}`, { limit: 'jobRows', max: config.limits.jobRows, requested: est.rows });
      }
      try {
        const rec = await runner.submit(scenario, { totalRows: est.rows ?? 0, totalFiles: est.files, correlationId: request.id });
        request.log.info({ job_id: rec.id, rows: est.rows, files: est.files }, 'job queued');
        return reply.code(202).header('Location', `/api/v1/jobs/${rec.id}`).send(view(rec));
      } catch (err) {
        if (err instanceof JobQueueFullError) throw new ApiError(429, 'TooManyJobs', err.message, { maxQueued: err.maxQueued });
        throw err;
      }
    },
  );

  app.get(
    '/api/v1/jobs/:id',
    { schema: { tags: ['jobs'], summary: 'Job state, progress and result links', params: jobIdParams, response: { 200: jobSchema, ...errors(400, 404) } } },
    async (request) => view(await load(request)),
  );

  app.delete(
    '/api/v1/jobs/:id',
    { schema: { tags: ['jobs'], summary: 'Cancel a queued or running job (409 if it has finished)', params: jobIdParams, response: { 200: jobSchema, ...errors(400, 403, 404, 409) } } },
    async (request) => {
      const rec = await load(request);
      try {
        const after = await runner.cancel(rec.id);
        return view(after ?? rec);
      } catch (err) {
        if (err instanceof JobFinishedError) throw new ApiError(409, 'Conflict', err.message, { state: err.state });
        throw err;
      }
    },
  );

  app.get(
    '/api/v1/jobs/:id/events',
    {
      compress: false,
      schema: {
        tags: ['jobs'],
        summary: 'Server-Sent Events: `progress` while it runs, then one of `done`, `failed`, `cancelled`',
        params: jobIdParams,
        response: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      let rec = await load(request);
      const out = new PassThrough();
      ctx.sse.add(out);
      const send = (event: string, data: unknown) => out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      let lastSent = '';
      let busy = false;
      const finish = () => {
        clearInterval(poll);
        clearInterval(beat);
        ctx.sse.delete(out);
        out.end();
      };
      const push = () => {
        const v = view(rec);
        const key = JSON.stringify([rec.state, rec.progress]);
        if (FINISHED.has(rec.state)) {
          send(rec.state === 'succeeded' ? 'done' : rec.state, v);
          return finish();
        }
        if (key !== lastSent) {
          lastSent = key;
          send('progress', v);
        }
      };
      const poll = setInterval(async () => {
        if (busy) return;
        busy = true;
        try {
          const next = await runner.get(rec.id);
          if (!next) {
            send('failed', { id: rec.id, state: 'failed', error: { type: 'NotFound', message: 'The job expired' } });
            return finish();
          }
          rec = next;
          push();
        } catch (err) {
          request.log.warn({ err: (err as Error).message }, 'job events: store read failed');
        } finally {
          busy = false;
        }
      }, SSE_POLL_MS);
      const beat = setInterval(() => out.write(': keep-alive\n\n'), SSE_HEARTBEAT_MS);
      out.on('close', finish);
      reply.raw.once('close', finish);
      out.write('retry: 2000\n\n');
      push();
      return reply.header('Content-Type', 'text/event-stream; charset=utf-8').header('Cache-Control', 'no-cache, no-transform').header('X-Accel-Buffering', 'no').send(out);
    },
  );

  app.get(
    '/api/v1/downloads/:token',
    {
      compress: false,
      schema: {
        tags: ['jobs'],
        summary: 'Download a result through a signed, expiring link',
        params: { type: 'object', required: ['token'], properties: { token: { type: 'string', maxLength: 2048 } } },
        response: { ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const t = ctx.storage.verify((request.params as { token: string }).token);
      if ('refused' in t) {
        throw t.refused === 'expired'
          ? new ApiError(404, 'LinkExpired', 'This download link has expired; generate the data again')
          : new ApiError(404, 'NotFound', 'Invalid download link');
      }
      if (t.kind === 'jobzip') {
        const rec = await runner.get(t.id);
        if (!rec?.result) throw new ApiError(404, 'NotFound', 'The job result is gone (expired or never produced)');
        const out = new PassThrough();
        const manifest = { generator: 'focus-generator', focusVersion: rec.scenario.focusVersion, createdAt: rec.finishedAt ?? '', totalRows: rec.result.totalRows, totalBytes: rec.result.totalBytes, files: rec.result.files };
        zipFiles(ctx.storage.jobDir(t.id), manifest, out).catch((err) => {
          request.log.warn({ err: (err as Error).message }, 'zip stream failed');
          out.destroy(err as Error);
        });
        return reply.type('application/zip').header('Content-Disposition', `attachment; filename="focus-job-${t.id}.zip"`).send(out);
      }
      const path = ctx.storage.pathOf(t);
      const st = path ? await stat(path).catch(() => undefined) : undefined;
      if (!path || !st?.isFile()) throw new ApiError(404, 'NotFound', 'The file is gone (expired or removed)');
      const name = basename(path).replace(/[^A-Za-z0-9._=-]/g, '_');
      const type = name.endsWith('.zip') ? 'application/zip' : name.endsWith('.gz') ? 'application/gzip' : name.endsWith('.csv') ? 'text/csv; charset=utf-8' : name.endsWith('.parquet') ? 'application/vnd.apache.parquet' : name.endsWith('.jsonl') ? 'application/jsonl' : 'application/octet-stream';
      return reply.type(type).header('Content-Length', st.size).header('Content-Disposition', `attachment; filename="${name}"`).header('Cache-Control', 'private, no-store').send(createReadStream(path));
    },
  );
}
