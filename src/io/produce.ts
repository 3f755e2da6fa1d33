/**
 * Encode one output unit (a planned file, or one part of it): rows from the core, through the
 * format's writer, to a byte sink, while keeping the generator's own cost totals. The same code
 * runs on the main thread and in worker threads, so output bytes cannot depend on where it ran.
 */
import { fileRowViews, fileRows, RowTotals, type Part, type Plan } from '../core/generate.js';
import { materialize } from '../core/focus/project.js';
import { format } from '../core/decimal.js';
import { createRowWriter, type ByteOut, type OutputFormat, type WriterOptions } from './formats/index.js';
import type { CostTotals } from './summary.js';

export type UnitWriterOptions = Omit<WriterOptions, 'columns'>;

export interface UnitJob {
  fileIndex: number;
  part: Part;
  format: OutputFormat;
  writer: UnitWriterOptions;
}

const REPORT_EVERY = 8192;

export async function produceUnit(
  plan: Plan,
  job: UnitJob,
  out: ByteOut,
  hooks: { onRows?: (n: number) => void; signal?: AbortSignal } = {},
): Promise<CostTotals> {
  const columns = plan.files[job.fileIndex].columns;
  const writer = await createRowWriter(job.format, out, { ...job.writer, columns });
  const totals = new RowTotals();
  const viewOf = writer.writeView?.bind(writer);
  let sinceReport = 0;
  for (const v of fileRowViews(plan, job.fileIndex, job.part, totals)) {
    const wait = viewOf ? viewOf(v) : writer.writeRow(materialize(v));
    if (wait) await wait;
    if (++sinceReport === REPORT_EVERY) {
      hooks.onRows?.(sinceReport);
      sinceReport = 0;
      hooks.signal?.throwIfAborted();
    }
  }
  await writer.finish();
  if (sinceReport) hooks.onRows?.(sinceReport);
  return { rows: totals.rows, billedCost: format(totals.billedCost.value()), effectiveCost: format(totals.effectiveCost.value()) };
}

/** Bytes per row of a file in a format, measured on its first rows (for --target-file-size). */
export async function measureBytesPerRow(plan: Plan, fileIndex: number, format: OutputFormat, writer: UnitWriterOptions, sampleRows = 2000): Promise<number> {
  let bytes = 0;
  const columns = plan.files[fileIndex].columns;
  const w = await createRowWriter(format, { write: (c) => void (bytes += c.byteLength) }, { ...writer, columns });
  let n = 0;
  for (const row of fileRows(plan, fileIndex)) {
    await w.writeRow(row);
    if (++n >= sampleRows) break;
  }
  await w.finish();
  return n ? bytes / n : 0;
}
