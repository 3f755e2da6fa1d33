/**
 * Every error leaves the server in the seed's shape {error: true, error_id, message, type, details}
 * with error_id = the request's correlation id. Messages are ours, never a stack, never an echo of
 * a request header; 5xx only for real faults.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ScenarioError } from '../core/scenario/errors.js';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  error: true;
  error_id: string;
  message: string;
  type: string;
  details: Record<string, unknown>;
}

export function errorBody(request: FastifyRequest, type: string, message: string, details: Record<string, unknown> = {}): ErrorBody {
  return { error: true, error_id: request.id, message, type, details };
}

/** Fastify's own 4xx codes, mapped to our types and messages (some of its messages echo headers). */
const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UnsupportedMediaType', 'Unsupported Content-Type; send application/json (or multipart/form-data for uploads)'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PayloadTooLarge', 'The request body is too large'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'ValidationError', 'The JSON body is empty'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BadRequest', 'Content-Length does not match the body'],
  FST_ERR_CTP_EMPTY_TYPE: [400, 'BadRequest', 'The Content-Type header is empty'],
  FST_ERR_CTP_INVALID_TYPE: [400, 'BadRequest', 'The Content-Type header is invalid'],
  FST_ERR_BAD_URL: [400, 'BadRequest', 'The URL is malformed'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'BadRequest', 'The request could not be routed'],
  FST_CSRF_INVALID_TOKEN: [403, 'CsrfError', 'Missing or invalid CSRF token: GET /api/v1/csrf and send it in the X-CSRF-Token header'],
  FST_CSRF_MISSING_SECRET: [403, 'CsrfError', 'Missing CSRF cookie: GET /api/v1/csrf first'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'UnsupportedMediaType', 'Send the file as multipart/form-data'],
  FST_REQ_FILE_TOO_LARGE: [413, 'PayloadTooLarge', 'The uploaded file is too large'],
  FST_PARTS_LIMIT: [413, 'PayloadTooLarge', 'Too many multipart parts'],
  FST_FILES_LIMIT: [413, 'PayloadTooLarge', 'Too many files; send one file'],
  FST_FIELDS_LIMIT: [413, 'PayloadTooLarge', 'Too many form fields'],
  FST_PROTO_VIOLATION: [400, 'BadRequest', 'Prototype-polluting field names are not allowed'],
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const { status, body } = classify(err, request);
    if (status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ status, type: body.type }, body.message);
    if (!reply.sent) reply.code(status).type('application/json').send(body);
  });
}

function classify(err: FastifyError, request: FastifyRequest): { status: number; body: ErrorBody } {
  if (err instanceof ApiError) return { status: err.statusCode, body: errorBody(request, err.type, err.message, err.details) };
  if (err instanceof ScenarioError) {
    return {
      status: 400,
      body: errorBody(request, 'ValidationError', err.message, { issues: err.issues.map((i) => ({ ...i, received: safeValue(i.received) })) }),
    };
  }
  if (err.validation) {
    const issues = err.validation.map((v) => ({
      field: [err.validationContext, ...String(v.instancePath ?? '').split('/').filter(Boolean)].filter(Boolean).join('.'),
      message: v.message ?? 'is invalid',
    }));
    return { status: 400, body: errorBody(request, 'ValidationError', `Invalid request: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`, { issues }) };
  }
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped) return { status: mapped[0], body: errorBody(request, mapped[1], mapped[2]) };
  if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err.statusCode === 400 && /JSON/.test(err.message))) {
    return { status: 400, body: errorBody(request, 'ValidationError', 'The body is not valid JSON') };
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) return { status, body: errorBody(request, 'BadRequest', 'The request could not be processed') };
  return { status: 500, body: errorBody(request, 'InternalError', `An internal error occurred; quote error_id ${request.id} when reporting it`) };
}

/** Echoing a received value helps users, but cap it so a hostile body is not mirrored back whole. */
function safeValue(v: unknown): unknown {
  if (v === undefined) return undefined;
  const s = JSON.stringify(v);
  if (s === undefined) return undefined;
  return s.length > 200 ? `${s.slice(0, 200)}...` : v;
}

export function sendError(reply: FastifyReply, status: number, type: string, message: string, details: Record<string, unknown> = {}): FastifyReply {
  return reply.code(status).send(errorBody(reply.request, type, message, details));
}
