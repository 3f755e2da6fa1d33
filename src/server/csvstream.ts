/**
 * One CSV of all planned files of a dataset, produced on demand: rows are generated only when the
 * consumer (gzip, then the socket) asks for more, so memory stays flat at any row count.
 * Providers may add their own x_ columns; the header is the union, in first-seen order.
 */
import { Readable } from 'node:stream';
import { fileRowViews, type Plan } from '../core/generate.js';
import { materialize } from '../core/focus/project.js';
import { CsvBytes, csvLine } from '../io/formats/csv-encoder.js';

/** Flush threshold: big enough to amortise stream overhead, small enough to keep memory flat. */
const CHUNK = 64 * 1024;

export interface CsvCounts {
  rows: number;
  bytes: number;
}

export function planCsvStream(plan: Plan, counts: CsvCounts): Readable {
  const header: string[] = [];
  const seen = new Map<string, number>();
  for (const f of plan.files) {
    for (const c of f.columns) {
      if (!seen.has(c.name)) {
        seen.set(c.name, header.length);
        header.push(c.name);
      }
    }
  }
  function* chunks(): Generator<Uint8Array> {
    const ready: Uint8Array[] = [];
    const columns = plan.files.find((f) => f.columns.length === header.length)?.columns ?? [];
    // The template encoder of the file writers; files whose columns differ from the union header
    // are remapped row by row.
    const enc = new CsvBytes((c) => void ready.push(c), CHUNK, columns);
    enc.push(csvLine(header));
    for (const f of plan.files) {
      const at = f.columns.map((c) => seen.get(c.name)!);
      const same = at.length === header.length && at.every((x, i) => x === i);
      const line = new Array<string | null>(header.length);
      for (const v of fileRowViews(plan, f.index)) {
        if (same) enc.pushView(v);
        else {
          const row = materialize(v);
          line.fill(null);
          for (let i = 0; i < row.length; i++) line[at[i]] = row[i];
          enc.push(csvLine(line));
        }
        counts.rows++;
        while (ready.length) {
          const c = ready.shift()!;
          counts.bytes += c.byteLength;
          yield c;
        }
      }
    }
    enc.flush();
    for (const c of ready) {
      counts.bytes += c.byteLength;
      yield c;
    }
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: CHUNK });
}
