/**
 * Run a whole generation to a destination: plan -> units (files/parts per layout) -> writers ->
 * sink, with progress, cancellation and optional worker threads. Data goes out under temporary
 * names; documents and manifests follow; SHA256SUMS is written last, so an output without it is
 * never complete. The faces (CLI, server jobs, workers) call this.
 */
import { planExtras, planScenario, type Plan } from '../core/generate.js';
import { ScenarioError } from '../core/scenario/errors.js';
import type { Scenario } from '../core/scenario/schema.js';
import type { OutputFormat } from './formats/types.js';
import { HashingOut, sha256, sha256sums } from './checksums.js';
import { datasetDocs, manifestDoc, providerManifests, runTotals, type DataFile, type Doc } from './documents.js';
import { referenceTime } from './ids.js';
import { layoutUnits, type OutputUnit } from './layouts.js';
import { measureBytesPerRow, produceUnit, type UnitJob, type UnitWriterOptions } from './produce.js';
import { openSink, type S3SinkOptions, type Sink } from './sinks/index.js';
import type { CostTotals } from './summary.js';
import { WorkerPool } from './worker-pool.js';
import { writeZip } from './zip.js';
import { parquetFocusMetadata } from './metadata.js';

export interface RunProgress {
  rowsWritten: number;
  totalRows: number;
  bytesWritten: number;
  filesDone: number;
  totalFiles: number;
}

export interface RunOptions {
  /** Directory, file: URL, s3://bucket/prefix or '-' (stdout). Defaults to scenario.output.destination, then 'out'. */
  destination?: string;
  /** Worker threads encoding units in parallel (1 = on this thread). Output bytes do not depend on it. */
  workers?: number;
  onProgress?: (p: RunProgress) => void;
  signal?: AbortSignal;
  /** S3 connection (faces build it with s3OptionsFromEnv). */
  s3?: S3SinkOptions;
  /** Attach presigned GET URLs valid this many seconds to S3 outputs. */
  presignExpiresIn?: number;
  /** Stream used for destination '-'. */
  stdout?: NodeJS.WritableStream;
  /** A ready sink (tests, server); overrides destination parsing. */
  sink?: Sink;
}

export interface OutputFile {
  /** Path relative to the destination root. */
  name: string;
  kind: 'data' | 'metadata' | 'labels' | 'manifest' | 'archive' | 'checksums';
  rows: number;
  bytes: number;
  sha256: string;
  provider?: string;
  billingPeriod?: string;
  dataset?: string;
  /** Exact sums of the rows this data file holds (generator's own summary). */
  billedCost?: string;
  effectiveCost?: string;
  /** Presigned download URL (S3 with presignExpiresIn). */
  url?: string;
}

export interface RunResult {
  destination: string;
  format: OutputFormat;
  layout: Scenario['output']['layout'];
  files: OutputFile[];
  totalRows: number;
  totalBytes: number;
  /** Rows and exact BilledCost / EffectiveCost totals over all data files. */
  summary: CostTotals;
  elapsedMs: number;
  plan: Plan;
}

const MB = 1024 * 1024;

function checkDestination(destination: string, scenario: Scenario): void {
  if (destination === '-' && (scenario.output.format !== 'csv' || scenario.output.layout !== 'flat')) {
    throw new ScenarioError([
      {
        field: 'output.destination',
        message: '"-" (standard output) carries CSV in the flat layout only',
        received: `${scenario.output.format}/${scenario.output.layout}`,
        allowed: 'format "csv" with layout "flat", or a directory / s3:// destination',
      },
    ]);
  }
}

/** Parts per planned file: from maxRowsPerFile and/or targetFileSizeMb (measured on sample rows). */
async function partCounts(plan: Plan, format: OutputFormat, writer: UnitWriterOptions): Promise<number[]> {
  const { maxRowsPerFile, targetFileSizeMb } = plan.scenario.output;
  const perRow = new Map<string, number>();
  const counts: number[] = [];
  for (const f of plan.files) {
    let n = 1;
    if (maxRowsPerFile) n = Math.max(n, Math.ceil(f.rowCount / maxRowsPerFile));
    if (targetFileSizeMb && f.rowCount > 0) {
      const key = `${f.provider}|${f.dataset}`;
      let bpr = perRow.get(key);
      if (bpr === undefined) perRow.set(key, (bpr = await measureBytesPerRow(plan, f.index, format, writer)));
      n = Math.max(n, Math.ceil((f.rowCount * bpr) / (targetFileSizeMb * MB)));
    }
    counts.push(Math.min(n, Math.max(1, f.rowCount)));
  }
  return counts;
}

export async function runGeneration(scenario: Scenario, options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  const destination = options.destination ?? scenario.output.destination ?? 'out';
  checkDestination(destination, scenario);
  const format = scenario.output.format;
  const layout = scenario.output.layout;
  const plan = planScenario(scenario);
  const now = referenceTime(plan);
  const writer: UnitWriterOptions = {
    parquetCompression: scenario.output.parquetCompression,
    gzipLevel: scenario.output.gzipLevel,
    parquetNumbers: scenario.output.parquetNumbers,
    parquetMetadata: parquetFocusMetadata(plan.focusVersion, now),
  };
  const units = layoutUnits(plan, format, await partCounts(plan, format, writer));
  const sink = options.sink ?? (await openSink(destination, { s3: options.s3, stdout: options.stdout }));
  const signal = options.signal;
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  const pool = workers > 1 && units.length > 1 && layout !== 'zip' && sink.kind !== 'stdout' ? new WorkerPool(Math.min(workers, units.length), scenario, planExtras(plan)) : undefined;

  const progress: RunProgress = { rowsWritten: 0, totalRows: plan.totalRows, bytesWritten: 0, filesDone: 0, totalFiles: units.length };
  const report = () => options.onProgress?.({ ...progress });
  const onRows = (n: number) => {
    progress.rowsWritten += n;
    report();
  };
  const onBytes = (n: number) => void (progress.bytesWritten += n);

  /** Encode one unit into `out`, on a worker when there is a pool. */
  const encode = (unit: OutputUnit, out: HashingOut, header = true): Promise<CostTotals> => {
    const job: UnitJob = { fileIndex: unit.fileIndex, part: unit.part, format, writer: { ...writer, header } };
    return pool ? pool.run(job, out, onRows) : produceUnit(plan, job, out, { onRows, signal });
  };

  const files: OutputFile[] = [];
  const data: DataFile[] = [];
  const dataFile = async (unit: OutputUnit, out: HashingOut, totals: CostTotals): Promise<DataFile> => ({
    unit,
    totals,
    name: unit.path,
    rows: totals.rows,
    bytes: out.bytes,
    sha256: await out.digest(),
    provider: unit.provider,
    billingPeriod: unit.billingPeriod,
    dataset: unit.dataset,
    billedCost: totals.billedCost,
    effectiveCost: totals.effectiveCost,
  });
  const writeDoc = async (path: string, body: string, kind: OutputFile['kind']) => {
    if (sink.put) await sink.put(path, body);
    else {
      const f = await sink.create(path);
      await f.write(Buffer.from(body));
      await f.close();
    }
    files.push({ name: path, kind, rows: 0, bytes: Buffer.byteLength(body), sha256: sha256(body) });
  };

  const work = async () => {
    if (layout === 'zip') {
      const { archive, entries } = await writeZip({ plan, units, sink, now, onBytes, encode: (u, out) => encode(u, out), docs: (d) => docsFor(d), signal });
      data.push(...entries);
      files.push(archive);
    } else {
      let next = 0;
      const lane = async () => {
        while (next < units.length) {
          signal?.throwIfAborted();
          const i = next++;
          const unit = units[i];
          const file = await sink.create(unit.path);
          const out = new HashingOut(file, onBytes);
          try {
            // On stdout the parts form one CSV stream, so only the first carries the header.
            const totals = await encode(unit, out, sink.kind !== 'stdout' || i === 0);
            await file.close();
            data[i] = await dataFile(unit, out, totals);
          } catch (e) {
            await file.abort();
            throw e;
          }
          progress.filesDone++;
          report();
        }
      };
      // Every lane must have stopped (and cleaned up its open file) before a failure is reported,
      // or a lane still starting a file could leave it behind after the output is discarded.
      const settled = await Promise.allSettled(
        Array.from({ length: pool ? workers : 1 }, () =>
          lane().catch((e) => {
            next = units.length;
            throw e;
          }),
        ),
      );
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      files.push(...data.map((d) => ({ ...stripUnit(d), kind: 'data' as const })));
      if (sink.kind === 'stdout') return;
      await sink.publish();
      for (const d of docsFor(data)) await writeDoc(d.path, d.body, d.kind);
    }
    await sink.publish();
    // Written last: its presence is what marks the output complete.
    await writeDoc('SHA256SUMS', sha256sums(files), 'checksums');
    await sink.publish();
  };

  const docsFor = (d: DataFile[]): Doc[] => {
    const bucketPrefix = sink.kind === 's3' ? sink.root : '';
    const docs = [...datasetDocs(plan, units, now, format), ...providerManifests(plan, d, now, format, bucketPrefix)];
    const listed = [...d.map(stripUnit), ...docs.map((x) => ({ name: x.path, rows: 0, bytes: Buffer.byteLength(x.body), sha256: sha256(x.body) }))];
    docs.push(manifestDoc(plan, now, listed, d));
    return docs;
  };

  // Abort: in-thread encoding stops at its next signal check; worker threads are terminated.
  const onAbort = () => void pool?.close();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    signal?.throwIfAborted();
    await work();
  } catch (e) {
    await pool?.close();
    await sink.discard();
    // Whatever broke while stopping (a terminated worker, a closed stream), report the abort itself.
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('generation aborted');
    throw e;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  await pool?.close();

  if (options.presignExpiresIn && sink.url) {
    for (const f of files) f.url = await sink.url(f.name, options.presignExpiresIn);
  }
  const summary = runTotals(data);
  return {
    destination: sink.root,
    format,
    layout,
    files,
    totalRows: summary.rows,
    totalBytes: files.reduce((a, f) => a + f.bytes, 0),
    summary,
    elapsedMs: Math.round(performance.now() - started),
    plan,
  };
}

function stripUnit(d: DataFile): Omit<OutputFile, 'kind'> {
  const { unit: _u, totals: _t, ...rest } = d;
  return rest;
}
