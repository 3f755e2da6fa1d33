/**
 * State of one "Generate" action: an inline request, or a job followed through its progress
 * events to a result, a failure or a cancel. Pure reducer, so its transitions are unit-tested.
 */
import type { Job, JobProgress, ResultFile, GenerateCurResult } from '../api/client.js';

export interface ErrorInfo {
  message: string;
  status?: number;
  kind?: 'network' | 'http' | 'rate-limit' | 'job';
  correlationId?: string | null;
  errorId?: string | null;
  retryAfterSeconds?: number | null;
}

export interface ResultCard {
  files: ResultFile[];
  zipUrl?: string;
  totalRows: number;
  totalBytes: number;
  elapsed?: string;
  validation?: unknown;
}

export type GenerateState =
  | { phase: 'idle' }
  | { phase: 'submitting'; mode: 'inline' | 'job' }
  | { phase: 'running'; jobId: string; state: 'queued' | 'running'; progress: JobProgress | null; cancelling: boolean }
  | { phase: 'done'; result: ResultCard }
  | { phase: 'cancelled'; jobId: string; progress: JobProgress | null }
  | { phase: 'error'; error: ErrorInfo };

export type GenerateAction =
  | { type: 'submit'; mode: 'inline' | 'job' }
  | { type: 'inlineDone'; response: GenerateCurResult }
  | { type: 'job'; job: Job }
  | { type: 'progress'; progress: JobProgress }
  | { type: 'cancelRequested' }
  | { type: 'failed'; error: ErrorInfo }
  | { type: 'dismiss' };

export const IDLE: GenerateState = { phase: 'idle' };

function fileName(url: string): string {
  const path = url.split('?')[0];
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'focus-data';
}

/**
 * /generate-cur answers in the seed's shape with one link: the file itself, or a ZIP holding all
 * files when there are several. Present it like a job result.
 */
export function inlineResult(r: GenerateCurResult): ResultCard {
  const listed = Array.isArray(r.summary?.files) ? r.summary.files : [];
  const zipped = /\.zip$/i.test(r.fileName ?? fileName(r.downloadUrl));
  const files: ResultFile[] = zipped
    ? listed.map((f) => ({ ...f, downloadUrl: undefined }))
    : [
        {
          name: listed[0]?.name ?? r.fileName ?? fileName(r.downloadUrl),
          rows: listed[0]?.rows ?? r.summary?.totalRows ?? 0,
          bytes: r.fileSizeBytes,
          sha256: listed[0]?.sha256 ?? '',
          downloadUrl: r.downloadUrl,
        },
      ];
  return {
    files,
    zipUrl: zipped ? r.downloadUrl : undefined,
    totalRows: r.summary?.totalRows ?? files.reduce((a, f) => a + f.rows, 0),
    totalBytes: r.fileSizeBytes,
    elapsed: r.generationTime,
  };
}

function jobError(job: Job): ErrorInfo {
  const e = job.error;
  const message = typeof e === 'string' ? e : e?.message ?? 'The job failed.';
  return { message, kind: 'job' };
}

export function generateReducer(state: GenerateState, action: GenerateAction): GenerateState {
  switch (action.type) {
    case 'submit':
      return { phase: 'submitting', mode: action.mode };
    case 'inlineDone':
      return { phase: 'done', result: inlineResult(action.response) };
    case 'job': {
      const job = action.job;
      const progress = job.progress ?? (state.phase === 'running' ? state.progress : null);
      switch (job.state) {
        case 'queued':
        case 'running':
          return { phase: 'running', jobId: job.id, state: job.state, progress, cancelling: state.phase === 'running' && state.cancelling };
        case 'succeeded': {
          const r = job.result;
          return {
            phase: 'done',
            result: { files: r?.files ?? [], zipUrl: r?.zipUrl, totalRows: r?.totalRows ?? 0, totalBytes: r?.totalBytes ?? 0, validation: r?.validation },
          };
        }
        case 'cancelled':
          return { phase: 'cancelled', jobId: job.id, progress };
        case 'failed':
          return { phase: 'error', error: jobError(job) };
      }
      return state;
    }
    case 'progress':
      // Progress only moves a running job forward; late events after done/cancel are ignored.
      return state.phase === 'running' ? { ...state, state: 'running', progress: action.progress } : state;
    case 'cancelRequested':
      return state.phase === 'running' ? { ...state, cancelling: true } : state;
    case 'failed':
      return { phase: 'error', error: action.error };
    case 'dismiss':
      return IDLE;
  }
}

export function percent(p: JobProgress | null): number {
  if (!p || !p.totalRows) return 0;
  return Math.min(100, Math.floor((p.rowsWritten / p.totalRows) * 1000) / 10);
}

export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '–';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
