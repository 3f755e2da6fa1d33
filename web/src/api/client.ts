/**
 * The browser's HTTP client for the API: same origin, CSRF token fetched once and sent back on
 * every POST/DELETE (refetched once if the server says it expired), and one error type that keeps
 * what support needs: the server's message, its error id, the correlation id and, for 429, when
 * to retry.
 */
import type { PreviewResult } from '../../../src/core/preview.js';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly kind: 'network' | 'http' | 'rate-limit',
    readonly correlationId: string | null = null,
    readonly errorId: string | null = null,
    readonly retryAfterSeconds: number | null = null,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface GenerateCurResult {
  message: string;
  downloadUrl: string;
  fileSize: string;
  fileSizeBytes: number;
  generationTime: string;
  generationTimeMs: number;
  summary: { totalRows: number; providers: string[]; dateRange?: unknown; files?: ResultFile[] };
  fileName?: string;
}

export interface ResultFile {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** Absent for the files of an inline request that came back as one ZIP. */
  downloadUrl?: string;
}

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobProgress {
  rowsWritten: number;
  totalRows: number;
  bytesWritten: number;
  filesDone: number;
  totalFiles: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
}

export interface Job {
  id: string;
  state: JobState;
  progress?: JobProgress;
  result?: { files: ResultFile[]; zipUrl?: string; totalRows: number; totalBytes: number; validation?: unknown };
  error?: { message?: string; type?: string } | string | null;
}

let csrfToken: string | null = null;

async function csrf(refresh = false): Promise<string> {
  if (csrfToken && !refresh) return csrfToken;
  const body = await request<{ token: string }>('GET', '/api/v1/csrf', undefined, false);
  csrfToken = body.token;
  return csrfToken;
}

function parseRetryAfter(v: string | null): number | null {
  if (!v) return null;
  const n = Number(v);
  if (Number.isFinite(n)) return Math.max(0, Math.ceil(n));
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function toError(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's HTML page): the status line is all there is.
  }
  const correlationId = res.headers.get('x-correlation-id') ?? (typeof body.correlation_id === 'string' ? body.correlation_id : null);
  const retry = parseRetryAfter(res.headers.get('retry-after'));
  const message = typeof body.message === 'string' ? body.message : `${res.status} ${res.statusText || 'error'}`;
  const errorId = typeof body.error_id === 'string' ? body.error_id : null;
  return new ApiError(message, res.status, res.status === 429 ? 'rate-limit' : 'http', correlationId, errorId, retry, body.details ?? null);
}

async function request<T>(method: string, path: string, body?: unknown, withCsrf = method !== 'GET', retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const form = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (withCsrf) headers['x-csrf-token'] = await csrf();
  let res: Response;
  try {
    const payload = body === undefined ? undefined : form ? (body as FormData) : JSON.stringify(body);
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(`Cannot reach the server (${e instanceof Error ? e.message : String(e)}). Check your connection and that the server is running.`, 0, 'network');
  }
  if (res.status === 403 && withCsrf && !retried) {
    // The token or its cookie expired: fetch a fresh pair once.
    await csrf(true);
    return request<T>(method, path, body, withCsrf, true);
  }
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  preview: (scenario: unknown, maxRows = 50) => request<PreviewResult>('POST', '/api/v1/preview', { scenario, maxRows }),
  generateInline: (scenario: unknown) => request<GenerateCurResult>('POST', '/generate-cur', scenario),
  createJob: (scenario: unknown) => request<Job>('POST', '/api/v1/jobs', { scenario }),
  job: (id: string) => request<Job>('GET', `/api/v1/jobs/${encodeURIComponent(id)}`),
  cancelJob: (id: string) => request<Job>('DELETE', `/api/v1/jobs/${encodeURIComponent(id)}`),
  /** Fetch a generated file through its link and run the server's FOCUS validator on it. */
  validateFile: async (downloadUrl: string, name: string, focusVersion: string) => {
    let blob: Blob;
    try {
      const res = await fetch(downloadUrl, { credentials: 'same-origin' });
      if (!res.ok) throw await toError(res);
      blob = await res.blob();
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw new ApiError(`Cannot fetch ${name} (${e instanceof Error ? e.message : String(e)})`, 0, 'network');
    }
    const form = new FormData();
    form.set('focusVersion', focusVersion);
    form.set('file', blob, name);
    return request<ValidationReport>('POST', '/api/v1/validate', form);
  },
};

/** The parts of the server's validation report the result card shows. */
export interface ValidationReport {
  ok: boolean;
  focusVersion: string;
  dataset: string;
  input: { rows: number; columns: string[] };
  summary: { rules: number; passed: number; failed: number; warnings: number; skipped: number; notApplicable: number; modelDefect: number; extraFailed: number };
  durationMs: number;
}

export function jobEventsUrl(id: string): string {
  return `/api/v1/jobs/${encodeURIComponent(id)}/events`;
}
