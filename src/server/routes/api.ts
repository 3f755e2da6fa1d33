/**
 * /api/v1 helpers for the web UI and API clients: preview, validation of an uploaded file, CSRF
 * token, and the scenario JSON Schema.
 */
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { previewScenario } from '../../core/preview.js';
import { scenarioJsonSchema } from '../../core/scenario/index.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { errors, scenarioSchema } from '../schemas.js';
import { estimateSize, passThroughBody, scenarioFromBody } from './seed.js';
import { checkUploadName, runValidation } from '../validate.js';

const MAX_PREVIEW_ROWS = 1000;

export async function apiRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { config } = ctx;

  app.post(
    '/api/v1/preview',
    {
      config: { rateLimited: true },
      ...passThroughBody,
      schema: {
        tags: ['api'],
        summary: 'First rows and chart aggregates of a scenario, from a small real generation',
        body: {
          type: 'object',
          required: ['scenario'],
          additionalProperties: false,
          properties: { scenario: scenarioSchema(), maxRows: { type: 'integer', minimum: 1, maximum: MAX_PREVIEW_ROWS, default: 50 } },
        },
        response: errors(400, 403, 413, 429),
      },
    },
    async (request) => {
      const body = request.body as Record<string, unknown> | null;
      if (!body || typeof body !== 'object' || Array.isArray(body) || !('scenario' in body)) {
        throw new ApiError(400, 'ValidationError', 'The body must be {"scenario": {...}, "maxRows"?: n}', { issues: [{ field: 'scenario', message: 'is required' }] });
      }
      const extra = Object.keys(body).filter((k) => k !== 'scenario' && k !== 'maxRows');
      if (extra.length) throw new ApiError(400, 'ValidationError', `Unknown field(s): ${extra.slice(0, 5).join(', ')}`, { issues: extra.slice(0, 20).map((field) => ({ field, message: 'unknown field', allowed: 'scenario, maxRows' })) });
      const maxRows = body.maxRows ?? 50;
      if (typeof maxRows !== 'number' || !Number.isInteger(maxRows) || maxRows < 1 || maxRows > MAX_PREVIEW_ROWS) {
        throw new ApiError(400, 'ValidationError', `maxRows must be an integer from 1 to ${MAX_PREVIEW_ROWS}`, { issues: [{ field: 'maxRows', message: 'out of range', received: typeof maxRows === 'number' ? maxRows : String(maxRows).slice(0, 50), allowed: `1..${MAX_PREVIEW_ROWS}` }] });
      }
      const scenario = scenarioFromBody(body.scenario);
      // planning cost grows with the requested size and runs on this thread: bound it
      const est = estimateSize(scenario).rows;
      if (est !== undefined && est > config.limits.streamRows) {
        throw new ApiError(413, 'LimitExceeded', `Preview is limited to scenarios of ${config.limits.streamRows} rows (this one has ${est})`, { limit: 'previewRows', max: config.limits.streamRows, requested: est });
      }
      return previewScenario(scenario, { maxRows });
    },
  );

  app.get(
    '/api/v1/csrf',
    { schema: { tags: ['api'], summary: 'A CSRF token for browser sessions (sets the _csrf cookie); send it as X-CSRF-Token', response: { 200: { type: 'object', properties: { token: { type: 'string' } } } } } },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.get('/api/v1/schema', { schema: { tags: ['api'], summary: 'JSON Schema of the scenario' } }, async () => scenarioJsonSchema());

  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 100 } });
    scope.post(
      '/api/v1/validate',
      {
        config: { rateLimited: true },
        schema: {
          tags: ['api'],
          summary: 'Validate an uploaded FOCUS file (multipart field "file"; optional fields focusVersion, dataset, semantics)',
          consumes: ['multipart/form-data'],
          response: errors(400, 403, 413, 415, 429, 501),
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw new ApiError(415, 'UnsupportedMediaType', 'Send the file as multipart/form-data in a field named "file"');
        const dir = join(ctx.storage.root, 'uploads');
        await mkdir(dir, { recursive: true });
        const fields: Record<string, string> = {};
        let path: string | undefined;
        let fileName = '';
        try {
          for await (const part of request.parts()) {
            if (part.type === 'file') {
              if (part.fieldname !== 'file' || path) {
                throw new ApiError(400, 'ValidationError', 'Send exactly one file, in the field "file"', { issues: [{ field: part.fieldname.slice(0, 40), message: 'unexpected file field', allowed: 'file' }] });
              }
              fileName = part.filename.replace(/[^A-Za-z0-9._-]/g, '_').slice(-100) || 'upload';
              checkUploadName(fileName);
              path = join(dir, `${randomUUID()}-${fileName}`);
              await pipeline(part.file, createWriteStream(path));
              if (part.file.truncated) throw new ApiError(413, 'PayloadTooLarge', `The file is larger than MAX_FILE_SIZE_MB (${config.maxUploadBytes / 1048576} MB)`, { maxBytes: config.maxUploadBytes });
            } else {
              fields[part.fieldname] = String(part.value);
            }
          }
          if (!path) throw new ApiError(400, 'ValidationError', 'No file: send it in the multipart field "file"', { issues: [{ field: 'file', message: 'is required' }] });
          return await runValidation(path, fileName, fields);
        } catch (err) {
          // the multipart parser throws plain errors for malformed bodies
          if (err instanceof ApiError || (err as { statusCode?: number }).statusCode) throw err;
          if (path === undefined || !(err instanceof Error) || /multipart|boundary|unexpected end|part/i.test(err.message)) {
            throw new ApiError(400, 'BadRequest', 'Malformed multipart/form-data body');
          }
          throw err;
        } finally {
          if (path) await rm(path, { force: true });
        }
      },
    );
  });
}
