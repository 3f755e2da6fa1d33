/**
 * Which lines report usage in a charge period: every active line, or, when an exact row count is
 * asked for, exactly as many rows as the period gets (dropping the least significant usage, or
 * adding reserve lines and finally splitting usage over several rows).
 */
import type { FileContext } from './context.js';
import { fixedHours, flexShape } from './context.js';
import type { Line } from '../estate/lines.js';

export interface Pick {
  line: Line;
  /** Hours (fixed) or shape factor (flex). */
  amount: number;
  rows: number;
}

/** Select the lines of slice t: active lines, trimmed or topped up to the exact row count. */
export function selectLines(fc: FileContext, t: number): Pick[] {
  const { estate, slices } = fc;
  const picks: Pick[] = [];
  const anomalyHere = fc.anomaly && t >= fc.anomaly.firstSlice && t <= fc.anomaly.lastSlice ? fc.anomaly.lines : null;
  for (const l of estate.lines) {
    if (l.reserve) continue;
    const amount = l.kind === 'fixed' ? fixedHours(l, slices, t) : flexShape(l, slices, t, fc.rnd);
    if (amount > 0) picks.push({ line: l, amount, rows: 1 });
  }
  if (!fc.exact) return picks;
  const need = fc.sliceRows[t] - fc.unusedRows[t];
  if (picks.length > need) {
    // Drop the least significant usage first: small flexible lines, then uncovered fixed ones,
    // keeping covered and anomalous resources whenever the count allows.
    const key = (p: Pick) => {
      const l = p.line;
      const protectedLine = l.commitment >= 0 || (anomalyHere?.includes(l.idx) ?? false);
      const tier = protectedLine ? 2 : l.kind === 'fixed' ? 1 : 0;
      return tier * 1e12 + fc.rnd.float(l.idx * 131 + t) * Math.min(l.weight, 1e6);
    };
    const keyed = picks.map((p) => ({ p, k: key(p) }));
    keyed.sort((a, b) => b.k - a.k || a.p.line.idx - b.p.line.idx);
    const kept = keyed.slice(0, Math.max(0, need)).map((x) => x.p);
    kept.sort((a, b) => a.line.idx - b.line.idx);
    return kept;
  }
  if (picks.length < need) {
    for (const l of estate.lines) {
      if (picks.length >= need) break;
      if (!l.reserve) continue;
      const amount = flexShape(l, slices, t, fc.rnd);
      if (amount > 0) picks.push({ line: l, amount, rows: 1 });
    }
    // Still short (very large row counts): each line reports its usage in several rows.
    if (picks.length < need && picks.length > 0) {
      const base = Math.floor(need / picks.length);
      const extra = need - base * picks.length;
      picks.forEach((p, i) => (p.rows = base + (i < extra ? 1 : 0)));
    }
  }
  return picks;
}

