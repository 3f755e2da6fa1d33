/**
 * A generation job as every server instance and worker sees it (stored in memory or in Redis).
 */
import type { Scenario } from '../core/scenario/schema.js';

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];
export const FINISHED: ReadonlySet<JobState> = new Set(['succeeded', 'failed', 'cancelled']);

export interface JobProgress {
  rowsWritten: number;
  totalRows: number;
  bytesWritten: number;
  filesDone: number;
  totalFiles: number;
  rowsPerSecond: number;
  /** null until a rate is known. */
  etaSeconds: number | null;
}

export interface JobFile {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
  provider?: string;
  billingPeriod?: string;
  dataset?: string;
  /** data, metadata, labels, manifest, archive or checksums (as src/io names them). */
  kind?: string;
  /** Presigned URL when the result lives in S3. */
  url?: string;
}

export interface JobRecord {
  id: string;
  state: JobState;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** Correlation id of the request that created the job: job log lines carry it. */
  correlationId: string;
  scenario: Scenario;
  progress: JobProgress;
  result?: { files: JobFile[]; totalRows: number; totalBytes: number };
  error?: { type: string; message: string };
}

export function emptyProgress(totalRows: number, totalFiles: number): JobProgress {
  return { rowsWritten: 0, totalRows, bytesWritten: 0, filesDone: 0, totalFiles, rowsPerSecond: 0, etaSeconds: null };
}

export function zeroCounts(): Record<JobState, number> {
  return { queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 };
}
