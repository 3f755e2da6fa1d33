/**
 * Which lines report usage in a charge period: every active line, or, when an exact row count is
 * asked for, exactly as many rows as the period gets (dropping the least significant usage, or
 * adding reserve lines and finally splitting usage over several rows).
 * Runs twice per period (sizing, then rows) over up to ~170k lines, so it works in reusable
 * typed arrays rather than allocating per line.
 */
import type { FileContext } from './context.js';
import { fixedHours, flexShape } from './context.js';

/** The selection of one slice: line indices in ascending order, their amount and row count. */
export interface Selection {
  n: number;
  /** estate.lines index of each pick. */
  line: Int32Array;
  /** Hours (fixed lines) or shape factor (flex lines). */
  amount: Float64Array;
  /** Rows each pick reports (1 unless usage is split), or null when all are 1. */
  rows: Int32Array | null;
}

interface Buffers {
  line: Int32Array;
  amount: Float64Array;
  key: Float64Array;
  order: Int32Array;
  rows: Int32Array;
  sel: Selection;
}

const buffers = new WeakMap<FileContext, Buffers>();

function buffersOf(fc: FileContext): Buffers {
  let b = buffers.get(fc);
  if (!b) {
    const n = fc.estate.lines.length;
    b = {
      line: new Int32Array(n),
      amount: new Float64Array(n),
      key: new Float64Array(n),
      order: new Int32Array(n),
      rows: new Int32Array(n),
      sel: { n: 0, line: new Int32Array(n), amount: new Float64Array(n), rows: null },
    };
    buffers.set(fc, b);
  }
  return b;
}

/**
 * Select the lines of slice t: active lines, trimmed or topped up to the exact row count.
 * The returned object is reused by the next call for the same file.
 */
export function selectLines(fc: FileContext, t: number): Selection {
  const { estate, slices } = fc;
  const lines = estate.lines;
  const b = buffersOf(fc);
  const sel = b.sel;
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.reserve) continue;
    const amount = l.kind === 'fixed' ? fixedHours(l, slices, t) : flexShape(l, slices, t, fc.rnd);
    if (amount > 0) {
      b.line[n] = i;
      b.amount[n++] = amount;
    }
  }
  sel.rows = null;
  if (!fc.exact) return fill(sel, b, n);
  const need = Math.max(0, fc.sliceRows[t] - fc.unusedRows[t]);
  if (n > need) {
    // Drop the least significant usage first: small flexible lines, then uncovered fixed ones,
    // keeping covered and anomalous resources whenever the count allows.
    const anomaly = fc.anomaly && t >= fc.anomaly.firstSlice && t <= fc.anomaly.lastSlice ? fc.anomaly.lines : null;
    for (let k = 0; k < n; k++) {
      const l = lines[b.line[k]];
      const protectedLine = l.commitment >= 0 || (anomaly !== null && anomaly.includes(l.idx));
      const tier = protectedLine ? 2 : l.kind === 'fixed' ? 1 : 0;
      b.key[k] = tier * 1e12 + fc.rnd.float(l.idx * 131 + t) * Math.min(l.weight, 1e6);
      b.order[k] = k;
    }
    const order = b.order.subarray(0, n);
    order.sort((x, y) => b.key[y] - b.key[x] || x - y);
    const kept = order.subarray(0, need);
    kept.sort();
    sel.n = need;
    for (let k = 0; k < need; k++) {
      sel.line[k] = b.line[kept[k]];
      sel.amount[k] = b.amount[kept[k]];
    }
    return sel;
  }
  if (n < need) {
    for (let i = 0; i < lines.length && n < need; i++) {
      const l = lines[i];
      if (!l.reserve) continue;
      const amount = flexShape(l, slices, t, fc.rnd);
      if (amount > 0) {
        b.line[n] = i;
        b.amount[n++] = amount;
      }
    }
    fill(sel, b, n);
    // Still short (very large row counts): each line reports its usage in several rows.
    if (n < need && n > 0) {
      const base = Math.floor(need / n);
      const extra = need - base * n;
      for (let k = 0; k < n; k++) b.rows[k] = base + (k < extra ? 1 : 0);
      sel.rows = b.rows;
    }
    return sel;
  }
  return fill(sel, b, n);
}

function fill(sel: Selection, b: Buffers, n: number): Selection {
  sel.n = n;
  sel.line.set(b.line.subarray(0, n));
  sel.amount.set(b.amount.subarray(0, n));
  return sel;
}
