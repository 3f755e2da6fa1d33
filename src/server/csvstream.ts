/**
 * One CSV of all planned files of a dataset, produced on demand: rows are generated only when the
 * consumer (gzip, then the socket) asks for more, so memory stays flat at any row count.
 * Providers may add their own x_ columns; the header is the union, in first-seen order.
 */
import { Readable } from 'node:stream';
import { fileRows, type Plan } from '../core/generate.js';

function csvCell(v: string | null): string {
  if (v === null) return '';
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

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
  function* chunks(): Generator<string> {
    let buf = header.map(csvCell).join(',') + '\n';
    for (const f of plan.files) {
      const at = f.columns.map((c) => seen.get(c.name)!);
      const same = at.length === header.length && at.every((x, i) => x === i);
      const line = new Array<string>(header.length);
      for (const row of fileRows(plan, f.index)) {
        if (same) {
          buf += row.map(csvCell).join(',') + '\n';
        } else {
          line.fill('');
          for (let i = 0; i < row.length; i++) line[at[i]] = csvCell(row[i]);
          buf += line.join(',') + '\n';
        }
        counts.rows++;
        if (buf.length >= CHUNK) {
          counts.bytes += Buffer.byteLength(buf);
          yield buf;
          buf = '';
        }
      }
    }
    counts.bytes += Buffer.byteLength(buf);
    if (buf) yield buf;
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: CHUNK });
}
