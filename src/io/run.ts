/**
 * Run a whole generation to a destination: plan -> rows -> writer -> layout -> sink, with progress
 * and cancellation. The faces (CLI, server jobs, workers) call this. (Contract; issue 4 implements
 * formats, layouts and S3; this first version writes flat CSV files to a local directory.)
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { planScenario, fileRows, type Plan } from '../core/generate.js';
import type { Scenario } from '../core/scenario/schema.js';

export interface RunProgress {
  rowsWritten: number;
  totalRows: number;
  bytesWritten: number;
  filesDone: number;
  totalFiles: number;
}

export interface RunOptions {
  /** Local directory (or, once issue 4 lands, s3://bucket/prefix). Defaults to scenario.output.destination. */
  destination?: string;
  onProgress?: (p: RunProgress) => void;
  signal?: AbortSignal;
}

export interface OutputFile {
  /** Path relative to the destination root. */
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
  provider?: string;
  billingPeriod?: string;
  dataset?: string;
}

export interface RunResult {
  destination: string;
  files: OutputFile[];
  totalRows: number;
  totalBytes: number;
  plan: Plan;
}

function csvCell(v: string | null): string {
  if (v === null) return '';
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export async function runGeneration(scenario: Scenario, options: RunOptions = {}): Promise<RunResult> {
  const destination = options.destination ?? scenario.output.destination ?? 'out';
  await mkdir(destination, { recursive: true });
  const plan = planScenario(scenario);
  const files: OutputFile[] = [];
  let rowsWritten = 0;
  let bytesWritten = 0;
  for (const file of plan.files) {
    options.signal?.throwIfAborted();
    const name = `${file.provider}-focus-${file.billingPeriod}.csv`;
    const tmp = join(destination, `.${name}.tmp`);
    const out = createWriteStream(tmp);
    const hash = createHash('sha256');
    const write = (s: string) => {
      hash.update(s);
      return out.write(s);
    };
    write(file.columns.map((c) => c.name).join(',') + '\n');
    for (const row of fileRows(plan, file.index)) {
      if (!write(row.map(csvCell).join(',') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
      rowsWritten++;
    }
    await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
    await rename(tmp, join(destination, name));
    const bytes = (await stat(join(destination, name))).size;
    bytesWritten += bytes;
    files.push({ name, rows: file.rowCount, bytes, sha256: hash.digest('hex'), provider: file.provider, billingPeriod: file.billingPeriod, dataset: file.dataset });
    options.onProgress?.({ rowsWritten, totalRows: plan.totalRows, bytesWritten, filesDone: files.length, totalFiles: plan.files.length });
  }
  return { destination, files, totalRows: rowsWritten, totalBytes: bytesWritten, plan };
}
